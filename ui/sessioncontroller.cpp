#include "sessioncontroller.h"

#include "dialogs/hostkeydialog.h"
#include "dialogs/secretdialog.h"

#include "services/maillogsourceloader.h"

#include <QWidget>

namespace Ui {

using Kind = Fleet::CredentialStore::Kind;
using Connection = ServerListModel::Connection;

namespace {
Kind kindOf(Remote::Transport::SecretKind kind)
{
    return kind == Remote::Transport::SecretKind::KeyPassphrase ? Kind::KeyPassphrase
                                                                : Kind::SshPassword;
}

Remote::Transport::SecretKind transportKind(Kind kind)
{
    return kind == Kind::KeyPassphrase ? Remote::Transport::SecretKind::KeyPassphrase
                                       : Remote::Transport::SecretKind::Password;
}
} // namespace

SessionController::SessionController(const Fleet::ServerProfile &profile,
                                     const Remote::ServerSession::TransportFactory &factory,
                                     Fleet::CredentialStore *credentials, QWidget *dialogParent,
                                     QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_credentials(credentials)
    , m_dialogParent(dialogParent)
    , m_session(new Remote::ServerSession(profile.toConnectionParams(), this, factory))
{
    m_session->setSudoMode(profile.sudoMode);
    Services::MailLogSourceLoader::setLogFileOverride(m_session, profile.logFile);
    connect(m_session, &Remote::ServerSession::stateChanged, this,
            [this](Remote::ServerSession::State state) {
                switch (state) {
                case Remote::ServerSession::State::Connecting:
                case Remote::ServerSession::State::Probing:
                    setConnection(Connection::Connecting);
                    break;
                case Remote::ServerSession::State::Ready:
                    setConnection(Connection::Ready);
                    break;
                case Remote::ServerSession::State::Failed:
                    setConnection(Connection::Failed, m_session->lastError());
                    break;
                case Remote::ServerSession::State::Disconnected:
                    if (m_state != Connection::Failed)
                        setConnection(Connection::Idle);
                    break;
                }
            });
    connect(m_session, &Remote::ServerSession::ready, this, &SessionController::ready);
    connect(m_session, &Remote::ServerSession::secretNeeded, this, &SessionController::onSecretNeeded);
    connect(m_session, &Remote::ServerSession::hostKeyNeedsApproval, this, &SessionController::onHostKey);
    connect(m_session, &Remote::ServerSession::failed, this, &SessionController::onFailed);
    connect(m_session, &Remote::ServerSession::commandLogged, this,
            [this](const Remote::CommandLogEntry &entry) {
                Q_EMIT commandLogged(m_profile.displayName(), entry);
            });
    if (m_credentials) {
        connect(m_credentials, &Fleet::CredentialStore::readFinished, this,
                &SessionController::onStoredSecret);
    }
}

SessionController::~SessionController() = default;

const Fleet::ServerProfile &SessionController::profile() const
{
    return m_profile;
}

Remote::ServerSession *SessionController::session() const
{
    return m_session;
}

ServerListModel::Connection SessionController::connection() const
{
    return m_state;
}

bool SessionController::refusedHostKey() const
{
    return m_hostKeyRefused;
}

QString SessionController::reason() const
{
    return m_reason;
}

void SessionController::connectToServer()
{
    if (m_state == Connection::Connecting || m_state == Connection::Ready)
        return;
    m_triedStored.clear();
    m_hostKeyRefused = false;
    setConnection(Connection::Connecting);
    const bool mayNeedSudoPassword = m_profile.sudoMode == Remote::SudoMode::Password
        || m_profile.sudoMode == Remote::SudoMode::Auto;
    if (!mayNeedSudoPassword) {
        startSession();
        return;
    }
    // The sudo password must be known before the probe decides how to use sudo.
    if (m_credentials) {
        m_triedStored.insert(Kind::SudoPassword);
        m_pendingPrompt.insert(Kind::SudoPassword, QString());
        m_credentials->read(m_profile.id, Kind::SudoPassword);
    } else if (m_profile.sudoMode == Remote::SudoMode::Password) {
        askUser(Kind::SudoPassword, {});
    } else {
        startSession();
    }
}

void SessionController::disconnectFromServer()
{
    m_pendingPrompt.clear();
    m_session->disconnectFromServer();
    setConnection(Connection::Idle);
}

void SessionController::startSession()
{
    m_session->connectToServer();
}

void SessionController::onSecretNeeded(Remote::Transport::SecretKind transportSecret,
                                       const QString &prompt)
{
    const Kind kind = kindOf(transportSecret);
    if (m_credentials && !m_triedStored.contains(kind)) {
        m_triedStored.insert(kind);
        m_pendingPrompt.insert(kind, prompt);
        m_credentials->read(m_profile.id, kind);
        return;
    }
    askUser(kind, prompt);
}

void SessionController::onStoredSecret(const QUuid &id, Kind kind, const QString &secret,
                                       const QString &error)
{
    Q_UNUSED(error) // a keychain that cannot answer is treated like an empty one: ask the user
    if (id != m_profile.id || !m_pendingPrompt.contains(kind))
        return;
    const QString prompt = m_pendingPrompt.take(kind);
    if (kind == Kind::SudoPassword) {
        if (!secret.isEmpty())
            m_session->setSudoPassword(secret);
        if (secret.isEmpty() && m_profile.sudoMode == Remote::SudoMode::Password)
            askUser(Kind::SudoPassword, {});
        else
            startSession();
        return;
    }
    if (secret.isEmpty())
        askUser(kind, prompt);
    else
        m_session->provideSecret(transportKind(kind), secret, false);
}

void SessionController::askUser(Kind kind, const QString &prompt)
{
    const QString who = m_profile.host.isEmpty()
        ? m_profile.displayName()
        : QStringLiteral("%1@%2").arg(m_profile.user, m_profile.host);
    QString title;
    QString text;
    switch (kind) {
    case Kind::SshPassword:
        title = tr("SSH password");
        text = tr("Password for %1:").arg(who);
        break;
    case Kind::KeyPassphrase:
        title = tr("Key passphrase");
        text = tr("Passphrase for the key %1:").arg(m_profile.keyFile);
        break;
    case Kind::SudoPassword:
        title = tr("sudo password");
        text = tr("sudo password of %1 (sent to sudo on its standard input only):").arg(who);
        break;
    case Kind::RelaySecret: // never asked for by a connection (the relay wizard owns it)
        return;
    }
    if (!prompt.isEmpty() && kind != Kind::SudoPassword)
        text += QLatin1Char('\n') + prompt;
    SecretDialog::ask(title, text, !m_credentials.isNull(), m_dialogParent, this,
                      [this, kind](const SecretDialog::Answer &a) {
                          if (!a.canceled && a.remember && m_credentials)
                              m_credentials->write(m_profile.id, kind, a.secret);
                          answer(kind, a.secret, a.canceled);
                      });
}

void SessionController::answer(Kind kind, const QString &secret, bool cancel)
{
    if (kind == Kind::SudoPassword) {
        if (cancel) {
            setConnection(Connection::Failed, tr("No sudo password given."));
            return;
        }
        m_session->setSudoPassword(secret);
        startSession();
        return;
    }
    m_session->provideSecret(transportKind(kind), cancel ? QString() : secret, cancel);
}

void SessionController::onHostKey(const Remote::HostKeyInfo &info)
{
    if (info.status == Remote::HostKeyStatus::Changed
        || info.status == Remote::HostKeyStatus::OtherType) {
        m_hostKeyRefused = true;
        m_session->approveHostKey(false);
        Q_EMIT hostKeyRefused(
            tr("The host key of %1 port %2 has CHANGED. Postdesk refused to connect: this can be "
               "an attack. The server now presents %3 %4, which does not match %5. If the key "
               "was changed on purpose, remove the old entry from that file yourself.")
                .arg(info.host)
                .arg(info.port)
                .arg(info.keyType, info.sha256Fingerprint,
                     info.knownHostsFile.isEmpty() ? tr("your known_hosts file")
                                                   : info.knownHostsFile));
        return;
    }
    HostKeyDialog::ask(info, m_dialogParent, this,
                       [this](bool accept) { m_session->approveHostKey(accept); });
}

void SessionController::onFailed(const Remote::TransportError &error)
{
    const bool changedKey = error.kind == Remote::TransportError::Kind::HostKeyChanged;
    const bool announce = changedKey && !m_hostKeyRefused;
    m_hostKeyRefused |= changedKey; // before connectionChanged: listeners ask refusedHostKey()
    setConnection(Connection::Failed, error.message);
    if (announce) {
        // The transport's message names both fingerprints and the known_hosts file: shown whole,
        // under a one-line headline.
        Q_EMIT hostKeyRefused(tr("Connection to %1 refused: its host key has CHANGED.")
                                  .arg(m_profile.displayName())
                              + QLatin1Char('\n') + error.message);
    }
}

void SessionController::setConnection(Connection state, const QString &reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    Q_EMIT connectionChanged(state, reason);
}

} // namespace Ui
