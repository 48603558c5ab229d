#pragma once

#include <QString>
#include <QStringList>

#include <libssh/libssh.h>

namespace Remote {

// known_hosts helpers for SshTransport (internal: this header exposes libssh types, so only
// sshtransport.cpp includes it).
class SshKnownHosts
{
public:
    static QString defaultFile();                           // ~/.ssh/known_hosts
    static QString hostPort(const QString &host, int port); // "host" or "[host]:port"
    static QString fingerprint(ssh_key key);                // "SHA256:…" like ssh-keygen -l
    static QString keyType(ssh_key key);                    // "ssh-ed25519", …
    // "TYPE SHA256:…" of every entry for host:port in file (plain or hashed host names).
    static QStringList knownFingerprints(const QString &file, const QString &host, int port);
    // Creates the directory (0700) and the file (0600) when missing.
    static bool ensureFile(const QString &file, QString *error);
};

} // namespace Remote
