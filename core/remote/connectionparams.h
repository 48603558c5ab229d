#pragma once

#include <QMetaType>
#include <QString>

namespace Remote {

enum class AuthMethod { Agent, KeyFile, Password };

// Everything a transport needs to reach one server. Secrets are not in here: they are asked for
// through Transport::credentialsNeeded and answered with provideSecret(), so they never sit in a
// settings object.
struct ConnectionParams
{
    QString host;
    int port = 22;
    QString user;
    AuthMethod auth = AuthMethod::Agent;
    QString keyFile;          // for KeyFile (ed25519, ECDSA, RSA; may be passphrase-protected)
    QString knownHostsFile;   // OpenSSH format; default ~/.ssh/known_hosts
    // "[user@]host[:port]" of a jump host (OpenSSH ProxyJump, one hop). libssh 0.10 has no native
    // jump support: SshTransport runs the OpenSSH client as ProxyCommand ("ssh -W [%h]:%p …", the
    // same translation libssh applies to a ProxyJump line), with the value validated and quoted.
    QString proxyJump;
    bool acceptNewHostKey = false; // CLI --accept-new-host-key: Unknown keys are added without asking
    int connectTimeoutMs = 15000;
    int keepaliveSeconds = 15;  // 0 = off
    bool compression = false;
};

} // namespace Remote

Q_DECLARE_METATYPE(Remote::ConnectionParams)
