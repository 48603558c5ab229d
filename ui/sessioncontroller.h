#pragma once

#include "fleet/credentialstore.h"
#include "fleet/serverprofile.h"
#include "models/serverlistmodel.h"
#include "remote/serversession.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QWidget;

namespace Ui {

// Connects one server profile and answers everything the session asks on the way: stored secrets
// from the keychain first (once per kind), then the user through SecretDialog (with "remember in
// the system keychain"); unknown host keys through HostKeyDialog; a changed host key is refused
// and reported through hostKeyRefused() — there is no way to connect anyway from here.
// Owns the Remote::ServerSession. GUI thread; nothing blocks (dialogs are opened, not exec'd).
class SessionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionController)

public:
    SessionController(const Fleet::ServerProfile &profile,
                      const Remote::ServerSession::TransportFactory &factory,
                      Fleet::CredentialStore *credentials, QWidget *dialogParent,
                      QObject *parent = nullptr);
    ~SessionController() override;

    const Fleet::ServerProfile &profile() const;
    Remote::ServerSession *session() const;
    ServerListModel::Connection connection() const;
    QString reason() const;
    bool refusedHostKey() const; // the last attempt was refused for a changed host key

    void connectToServer();   // no-op while connecting or ready
    void disconnectFromServer();

Q_SIGNALS:
    void connectionChanged(Ui::ServerListModel::Connection state, const QString &reason);
    void ready();
    void hostKeyRefused(const QString &message);
    void commandLogged(const QString &server, const Remote::CommandLogEntry &entry);

private:
    void startSession();
    void onSecretNeeded(Remote::Transport::SecretKind kind, const QString &prompt);
    void onHostKey(const Remote::HostKeyInfo &info);
    void onFailed(const Remote::TransportError &error);
    void onStoredSecret(const QUuid &id, Fleet::CredentialStore::Kind kind, const QString &secret,
                        const QString &error);
    void askUser(Fleet::CredentialStore::Kind kind, const QString &prompt);
    void answer(Fleet::CredentialStore::Kind kind, const QString &secret, bool cancel);
    void setConnection(ServerListModel::Connection state, const QString &reason = {});

    Fleet::ServerProfile m_profile;
    QPointer<Fleet::CredentialStore> m_credentials;
    QPointer<QWidget> m_dialogParent;
    Remote::ServerSession *m_session = nullptr;
    ServerListModel::Connection m_state = ServerListModel::Connection::Idle;
    QString m_reason;
    QSet<Fleet::CredentialStore::Kind> m_triedStored; // each stored secret is offered once
    QHash<Fleet::CredentialStore::Kind, QString> m_pendingPrompt; // waiting for the keychain
    bool m_hostKeyRefused = false;
};

} // namespace Ui
