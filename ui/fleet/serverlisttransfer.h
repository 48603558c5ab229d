#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace Fleet {
class ProfileStore;
}

namespace Ui {

// The server list's import and export: "Import from SSH config…" (SshImportDialog), "Import
// server list…" and "Export server list…" (Fleet::ProfileExchange JSON, never a secret). File
// dialogs are opened with open(); importFrom()/exportTo() do the work and are what tests call.
// Every outcome is reported through message() in one plain sentence (the main window shows it
// in the status bar). Actions: importSshConfigAction, importServersAction, exportServersAction.
// GUI thread.
class ServerListTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerListTransfer)

public:
    ServerListTransfer(Fleet::ProfileStore *profiles, QWidget *dialogParent, QObject *parent = nullptr);
    ~ServerListTransfer() override;

    QMenu *menu() const;
    void openSshImport();
    void chooseImportFile();
    void chooseExportFile();
    bool importFrom(const QString &file);
    bool exportTo(const QString &file);

Q_SIGNALS:
    void message(const QString &text);

private:
    Fleet::ProfileStore *m_profiles;
    QPointer<QWidget> m_dialogParent;
    QMenu *m_menu;
};

} // namespace Ui
