// SshTransport's way in: connect, host key check against known_hosts, authentication.
#include "sshknownhosts.h"
#include "sshtransportprivate.h"

#include <QFile>

namespace Remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

// OpenSSH private keys are "openssh-key-v1\0" + string ciphername; PEM keys say ENCRYPTED.
// Checked before import so libssh/OpenSSL never fall back to prompting on a terminal.
bool keyFileIsEncrypted(const QByteArray &pem)
{
    if (pem.contains("ENCRYPTED"))
        return true;
    const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    const qsizetype start = pem.indexOf(begin);
    if (start < 0)
        return false;
    const qsizetype end = pem.indexOf("-----END", start + begin.size());
    QByteArray b64 = pem.mid(start + begin.size(), end < 0 ? -1 : end - start - begin.size());
    b64 = b64.simplified().replace(' ', QByteArray());
    const QByteArray blob = QByteArray::fromBase64(b64);
    const QByteArray magic("openssh-key-v1\0", 15);
    if (!blob.startsWith(magic) || blob.size() < 19)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(blob.constData() + 15);
    const quint32 len = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
    return blob.mid(19, len) != "none";
}

QString methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi-with-mic");
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    return names.isEmpty() ? Tr::tr("nothing") : names.join(QStringLiteral(", "));
}

} // namespace

void SshTransport::Private::stepConnect()
{
    const int rc = ssh_connect(session);
    tuneSocket();
    if (rc == SSH_AGAIN)
        return;
    if (rc == SSH_OK) {
        checkHostKey();
        return;
    }
    const QString error = sshError();
    qCInfo(lcSsh) << "connect to" << where() << "failed:" << error;
    // Through a jump host the OpenSSH client's own failure (refused, unknown jump key) shows up
    // only as a closed socket here: name the jump so the reader knows where to look.
    const QString target = params.proxyJump.isEmpty()
        ? where() : Tr::tr("%1 (through the jump host %2)").arg(where(), params.proxyJump);
    if (error.contains(QLatin1StringView("imeout")))
        fail(Kind::Timeout, Tr::tr("%1 did not answer in time (%2).").arg(target, error));
    else if (connectClock.elapsed() < params.connectTimeoutMs && !error.contains(QLatin1StringView("kex"), Qt::CaseInsensitive))
        fail(Kind::Unreachable, Tr::tr("Cannot reach %1: %2").arg(target, error));
    else
        fail(Kind::Protocol, Tr::tr("SSH handshake with %1 failed: %2").arg(target, error));
}

void SshTransport::Private::checkHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK) {
        fail(Kind::Protocol, Tr::tr("%1 sent no host key: %2").arg(where(), sshError()));
        return;
    }
    HostKeyInfo info;
    info.host = params.host;
    info.port = params.port;
    info.keyType = SshKnownHosts::keyType(key);
    info.sha256Fingerprint = SshKnownHosts::fingerprint(key);
    info.knownHostsFile = params.knownHostsFile;
    ssh_key_free(key);

    const int known = ssh_session_is_known_server(session);
    info.status = known == SSH_KNOWN_HOSTS_OK       ? HostKeyStatus::Known
                : known == SSH_KNOWN_HOSTS_CHANGED  ? HostKeyStatus::Changed
                : known == SSH_KNOWN_HOSTS_OTHER    ? HostKeyStatus::OtherType
                                                    : HostKeyStatus::Unknown;
    offeredHostKey = info;
    switch (known) {
    case SSH_KNOWN_HOSTS_OK:
        info.status = HostKeyStatus::Known;
        phase = Phase::AuthNone;
        stepAuth();
        return;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        const QStringList knownKeys =
                SshKnownHosts::knownFingerprints(params.knownHostsFile, params.host, params.port);
        fail(TransportError{Kind::HostKeyChanged,
             Tr::tr("WARNING: the host key of %1 has CHANGED. known_hosts (%2) has %3, but the "
                    "server now presents %4 %5. Someone may be intercepting the connection, or "
                    "the server was reinstalled. Postdesk will not connect. If the change is "
                    "expected, remove the old entry from %2 and connect again.")
                     .arg(where(), params.knownHostsFile,
                          knownKeys.isEmpty() ? Tr::tr("another key") : knownKeys.join(QStringLiteral(", ")),
                          info.keyType, info.sha256Fingerprint),
             info, knownKeys});
        return;
    }
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        info.status = HostKeyStatus::Unknown;
        if (params.acceptNewHostKey) {
            acceptHostKey();
            return;
        }
        phase = Phase::AwaitHostKey;
        Q_EMIT q->hostKeyNeedsApproval(info);
        return;
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    fail(Kind::Protocol, Tr::tr("Cannot check the host key of %1 against %2: %3")
                                 .arg(where(), params.knownHostsFile, sshError()));
}

void SshTransport::Private::acceptHostKey()
{
    QString error;
    if (!SshKnownHosts::ensureFile(params.knownHostsFile, &error)
        || ssh_session_update_known_hosts(session) != SSH_OK) {
        if (error.isEmpty())
            error = sshError();
        fail(Kind::Protocol, Tr::tr("Cannot save the host key to %1: %2").arg(params.knownHostsFile, error));
        return;
    }
    phase = Phase::AuthNone;
    connectClock.restart();
    stepAuth();
}

void SshTransport::Private::startAuth()
{
    const auto offersOnly = [this] {
        fail(Kind::AuthFailed, Tr::tr("%1 does not accept this login method; the server offers only: %2.")
                                       .arg(where(), methodNames(authMethods)));
    };
    switch (params.auth) {
    case AuthMethod::Agent:
        if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            fail(Kind::AuthFailed, Tr::tr("No ssh-agent is running (SSH_AUTH_SOCK is not set)."));
            return;
        }
        if (!(authMethods & SSH_AUTH_METHOD_PUBLICKEY))
            return offersOnly();
        phase = Phase::AuthAgent;
        break;
    case AuthMethod::KeyFile:
        if (!(authMethods & SSH_AUTH_METHOD_PUBLICKEY))
            return offersOnly();
        if (!loadKey())
            return;
        phase = Phase::AuthKey;
        break;
    case AuthMethod::Password:
        if (!(authMethods & (SSH_AUTH_METHOD_PASSWORD | SSH_AUTH_METHOD_INTERACTIVE)))
            return offersOnly();
        if (password.isEmpty()) {
            phase = Phase::AwaitSecret;
            Q_EMIT q->secretNeeded(Transport::SecretKind::Password,
                                   Tr::tr("Password for %1").arg(userAtHost()));
            return;
        }
        phase = (authMethods & SSH_AUTH_METHOD_PASSWORD) ? Phase::AuthPassword : Phase::AuthKbdInt;
        break;
    }
    stepAuth();
}

// False when the key is not usable yet (a passphrase was asked for, or the login failed).
bool SshTransport::Private::loadKey()
{
    QFile file(params.keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(Kind::AuthFailed, Tr::tr("Cannot read the key file %1: %2").arg(params.keyFile, file.errorString()));
        return false;
    }
    const bool encrypted = keyFileIsEncrypted(file.readAll());
    if (encrypted && passphrase.isEmpty()) {
        phase = Phase::AwaitSecret;
        Q_EMIT q->secretNeeded(Transport::SecretKind::KeyPassphrase,
                               passphraseAttempts == 0
                                       ? Tr::tr("Passphrase for the key %1").arg(params.keyFile)
                                       : Tr::tr("Wrong passphrase for the key %1. Try again:").arg(params.keyFile));
        return false;
    }
    const QByteArray path = QFile::encodeName(params.keyFile);
    const QByteArray pass = passphrase.toUtf8();
    const int rc = ssh_pki_import_privkey_file(path.constData(), encrypted ? pass.constData() : nullptr,
                                               nullptr, nullptr, &privateKey);
    if (rc == SSH_OK)
        return true;
    privateKey = nullptr;
    if (!encrypted) {
        fail(Kind::AuthFailed, Tr::tr("The key file %1 is not a private key libssh can read.").arg(params.keyFile));
        return false;
    }
    passphrase.clear();
    if (++passphraseAttempts >= 3) {
        fail(Kind::AuthFailed, Tr::tr("Wrong passphrase for the key %1 (3 attempts).").arg(params.keyFile));
        return false;
    }
    return loadKey(); // asks again
}

void SshTransport::Private::stepAuth()
{
    int rc = SSH_AUTH_ERROR;
    switch (phase) {
    case Phase::AuthNone:
        rc = ssh_userauth_none(session, nullptr);
        if (rc == SSH_AUTH_AGAIN)
            return;
        if (rc == SSH_AUTH_SUCCESS)
            return authenticated();
        if (rc == SSH_AUTH_ERROR)
            break;
        authMethods = ssh_userauth_list(session, nullptr);
        startAuth();
        return;
    case Phase::AuthAgent:
        rc = ssh_userauth_agent(session, nullptr);
        if (rc == SSH_AUTH_DENIED) {
            fail(Kind::AuthFailed, Tr::tr("Key refused: %1 accepted none of the keys in the ssh-agent.").arg(userAtHost()));
            return;
        }
        break;
    case Phase::AuthKey:
        rc = ssh_userauth_publickey(session, nullptr, privateKey);
        if (rc == SSH_AUTH_DENIED) {
            fail(Kind::AuthFailed, Tr::tr("Key refused: %1 does not accept the key %2.").arg(userAtHost(), params.keyFile));
            return;
        }
        break;
    case Phase::AuthPassword:
        rc = ssh_userauth_password(session, nullptr, password.toUtf8().constData());
        if (rc == SSH_AUTH_DENIED && (authMethods & SSH_AUTH_METHOD_INTERACTIVE) && !triedKbdInt) {
            phase = Phase::AuthKbdInt;
            return stepAuth();
        }
        if (rc == SSH_AUTH_DENIED) {
            fail(Kind::AuthFailed, Tr::tr("Wrong password for %1.").arg(userAtHost()));
            return;
        }
        break;
    case Phase::AuthKbdInt:
        triedKbdInt = true;
        rc = ssh_userauth_kbdint(session, nullptr, nullptr);
        if (rc == SSH_AUTH_INFO) {
            if (++kbdIntRounds > 5) {
                fail(Kind::AuthFailed, Tr::tr("%1 keeps asking questions Postdesk cannot answer.").arg(where()));
                return;
            }
            const QByteArray answer = password.toUtf8();
            const int prompts = ssh_userauth_kbdint_getnprompts(session);
            for (int i = 0; i < prompts; ++i)
                ssh_userauth_kbdint_setanswer(session, unsigned(i), answer.constData());
            return; // answered on the next pump
        }
        if (rc == SSH_AUTH_DENIED) {
            fail(Kind::AuthFailed, Tr::tr("Wrong password for %1.").arg(userAtHost()));
            return;
        }
        break;
    default:
        return;
    }
    if (rc == SSH_AUTH_AGAIN)
        return;
    if (rc == SSH_AUTH_SUCCESS)
        return authenticated();
    if (rc == SSH_AUTH_PARTIAL) {
        fail(Kind::AuthFailed, Tr::tr("%1 wants a second login method as well (%2); Postdesk does not support that.")
                                       .arg(where(), methodNames(ssh_userauth_list(session, nullptr))));
        return;
    }
    if (!ssh_is_connected(session)) {
        fail(Kind::ConnectionLost, Tr::tr("%1 closed the connection during login: %2").arg(where(), sshError()));
        return;
    }
    fail(Kind::AuthFailed, Tr::tr("Login to %1 failed: %2").arg(userAtHost(), sshError()));
}

void SshTransport::Private::authenticated()
{
    password.fill(u'\0');
    password.clear();
    passphrase.fill(u'\0');
    passphrase.clear();
    phase = Phase::Open;
    event = ssh_event_new();
    if (event)
        ssh_event_add_session(event, session);
    seenInBytes = rxCounter.in_bytes;
    lastReceived.start();
    probeOutstanding = false;
    qCDebug(lcSsh) << "logged in to" << userAtHost();
    Q_EMIT q->opened();
    if (phase == Phase::Open)
        startQueued();
}

} // namespace Remote
