#pragma once

#include <QObject>
#include <QPointer>
#include <QUuid>

class QWidget;

namespace Fleet {
class CredentialStore;
class ProfileStore;
struct ServerProfile;
} // namespace Fleet

namespace Ui {

// Adds, edits and removes server profiles for the main window: opens ServerDialog (or the removal
// question) window-modally, saves the profile to Fleet::ProfileStore and keeps the profile's
// secrets in Fleet::CredentialStore in step (written on save, all removed with the profile; never
// in the settings). Without a credential store (tests, demo) secrets are not kept at all.
//
// Signals, in order: releaseServer(id) just before a profile is replaced or removed (the owner
// drops its connection to that server: the settings may have changed), then saved(id) or
// removed(id). GUI thread; nothing blocks.
class ServerEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerEditor)

public:
    ServerEditor(Fleet::ProfileStore *profiles, Fleet::CredentialStore *credentials,
                 QWidget *dialogParent, QObject *parent = nullptr);
    ~ServerEditor() override;

    void addServer();
    void editServer(const Fleet::ServerProfile &profile);
    void removeServer(const Fleet::ServerProfile &profile); // asks first

Q_SIGNALS:
    void releaseServer(const QUuid &id);
    void saved(const QUuid &id);
    void removed(const QUuid &id);

private:
    void openDialog(const Fleet::ServerProfile &profile);

    Fleet::ProfileStore *m_profiles;
    QPointer<Fleet::CredentialStore> m_credentials;
    QPointer<QWidget> m_dialogParent;
};

} // namespace Ui
