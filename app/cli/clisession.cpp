#include "clisession.h"

#include "services/maillogsourceloader.h"

CliSession::CliSession(const CliArguments &args, QObject *parent)
    : QObject(parent)
    , m_args(args)
    , m_session(new Remote::ServerSession(args.connection, this))
{
    m_session->setSudoMode(args.sudoMode);
    if (qEnvironmentVariableIsSet("POSTDESK_SUDO_PASSWORD"))
        m_session->setSudoPassword(qEnvironmentVariable("POSTDESK_SUDO_PASSWORD"));
    Services::MailLogSourceLoader::setLogFileOverride(m_session, args.serverLogFile);

    connect(m_session, &Remote::ServerSession::hostKeyNeedsApproval, this, &CliSession::onHostKey);
    connect(m_session, &Remote::ServerSession::secretNeeded, this,
            [this](Remote::Transport::SecretKind kind, const QString &) { onSecretNeeded(kind); });
    connect(m_session, &Remote::ServerSession::failed, this, &CliSession::onFailed);
    connect(m_session, &Remote::ServerSession::ready, this, [this] {
        if (!std::exchange(m_done, true))
            Q_EMIT ready();
    });
}

CliSession::~CliSession() = default;

void CliSession::start()
{
    // A saved profile with sudo mode "password" gets its sudo password from the keychain unless
    // the environment has one; read before connecting so the first privileged command has it.
    // (Auto mode does not touch the keychain: a locked keyring would prompt a monitoring run.)
    if (!m_args.profileId.isNull() && m_args.sudoMode == Remote::SudoMode::Password
        && !qEnvironmentVariableIsSet("POSTDESK_SUDO_PASSWORD")) {
        credentials()->read(m_args.profileId, Fleet::CredentialStore::Kind::SudoPassword);
        return;
    }
    m_session->connectToServer();
}

Fleet::CredentialStore *CliSession::credentials()
{
    if (!m_credentials) {
        m_credentials = new Fleet::CredentialStore(this);
        connect(m_credentials, &Fleet::CredentialStore::readFinished, this,
                [this](const QUuid &, Fleet::CredentialStore::Kind kind, const QString &secret,
                       const QString &error) { onKeychainRead(kind, secret, error); });
    }
    return m_credentials;
}

void CliSession::onKeychainRead(Fleet::CredentialStore::Kind kind, const QString &secret,
                                const QString &error)
{
    using Kind = Fleet::CredentialStore::Kind;
    if (kind == Kind::SudoPassword) {
        if (!secret.isEmpty())
            m_session->setSudoPassword(secret);
        else if (m_args.sudoMode == Remote::SudoMode::Password) {
            fail(error.isEmpty() ? tr("the profile uses sudo with a password, but none is saved in the "
                                      "keychain: set POSTDESK_SUDO_PASSWORD")
                                 : tr("the sudo password could not be read from the keychain (%1): set "
                                      "POSTDESK_SUDO_PASSWORD").arg(error));
            return;
        }
        m_session->connectToServer();
        return;
    }
    const auto transportKind = kind == Kind::SshPassword ? Remote::Transport::SecretKind::Password
                                                          : Remote::Transport::SecretKind::KeyPassphrase;
    if (secret.isEmpty()) {
        m_pendingMessage = kind == Kind::SshPassword
            ? tr("the server asks for a password: set POSTDESK_PASSWORD or save it in Postdesk (%1)")
            : tr("the key file is protected: set POSTDESK_PASSPHRASE or save it in Postdesk (%1)");
        m_pendingMessage = m_pendingMessage.arg(error.isEmpty() ? tr("the keychain has none for %1").arg(m_args.serverName)
                                                                : tr("keychain: %1").arg(error));
        m_session->provideSecret(transportKind, QString(), true);
        fail(m_pendingMessage);
        return;
    }
    m_session->provideSecret(transportKind, secret);
}

void CliSession::onHostKey(const Remote::HostKeyInfo &info)
{
    const QString where = info.port == 22
        ? info.host
        : QStringLiteral("[%1]:%2").arg(info.host).arg(info.port);
    if (info.status == Remote::HostKeyStatus::Unknown) {
        if (m_args.connection.acceptNewHostKey) {
            m_session->approveHostKey(true);
            return;
        }
        m_pendingMessage = tr("host key of %1 is not known: %2 key %3. Check it with the server's "
                              "administrator, then rerun with --accept-new-host-key (or add it to "
                              "--known-hosts).")
                               .arg(where, info.keyType, info.sha256Fingerprint);
    } else {
        m_pendingMessage = tr("WARNING: THE HOST KEY OF %1 HAS CHANGED (now %2 %3, known_hosts %4 "
                              "says otherwise). Someone may be intercepting the connection. "
                              "Refusing to connect.")
                               .arg(where, info.keyType, info.sha256Fingerprint,
                                    info.knownHostsFile);
    }
    m_session->approveHostKey(false);
    fail(m_pendingMessage);
}

void CliSession::onSecretNeeded(Remote::Transport::SecretKind kind)
{
    const char *variable = kind == Remote::Transport::SecretKind::Password ? "POSTDESK_PASSWORD"
                                                                           : "POSTDESK_PASSPHRASE";
    if (!qEnvironmentVariableIsSet(variable) && !m_args.profileId.isNull()) {
        credentials()->read(m_args.profileId, kind == Remote::Transport::SecretKind::Password
                                                  ? Fleet::CredentialStore::Kind::SshPassword
                                                  : Fleet::CredentialStore::Kind::KeyPassphrase);
        return;
    }
    if (!qEnvironmentVariableIsSet(variable)) {
        m_pendingMessage = kind == Remote::Transport::SecretKind::Password
            ? tr("the server asks for a password: set POSTDESK_PASSWORD")
            : tr("the key file is protected: set POSTDESK_PASSPHRASE");
        m_session->provideSecret(kind, QString(), true);
        fail(m_pendingMessage);
        return;
    }
    m_session->provideSecret(kind, qEnvironmentVariable(variable));
}

void CliSession::onFailed(const Remote::TransportError &error)
{
    QString message = error.message;
    if (error.kind == Remote::TransportError::Kind::HostKeyChanged) {
        // The transport's text already names both keys; make sure it reads as an alarm.
        if (!message.contains(u"CHANGED"))
            message = tr("WARNING: THE HOST KEY HAS CHANGED. %1 Refusing to connect.").arg(message);
    } else if (!m_pendingMessage.isEmpty())
        message = m_pendingMessage;
    if (message.isEmpty())
        message = tr("connection failed");
    fail(message);
}

void CliSession::fail(const QString &message)
{
    if (std::exchange(m_done, true))
        return;
    Q_EMIT failed(ExitConnection, message);
}
