#pragma once

#include "fleet/serverprofile.h"
#include "fleet/sshconfigimport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Fleet {
class ProfileStore;
}

namespace Ui {

// "Import from SSH config…": reads an OpenSSH client config (Fleet::readSshConfig, default
// ~/.ssh/config; another file through the path field), lists its concrete hosts with a checkbox
// each (alias, host, port, user, key, jump host, what could not be carried over) and saves the
// checked ones as server profiles. Hosts that already have a profile (same alias as name, or the
// same host, port and user) are unchecked and marked "already imported". Secrets are never read
// or written here: key passphrases are asked for on the first connection.
// objectNames: sshImportDialog, sshConfigPathEdit, sshConfigBrowseButton, sshHostList,
// sshImportIssues, sshImportButton. GUI thread; the file dialog is opened with open().
class SshImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshImportDialog)

public:
    SshImportDialog(Fleet::ProfileStore *profiles, QWidget *parent = nullptr);
    ~SshImportDialog() override;

    void setConfigPath(const QString &path); // reads it at once
    void setParse(const Fleet::SshConfigParse &parse); // what to list (tests, setConfigPath)
    QList<Fleet::ServerProfile> checkedProfiles() const;
    int hostCount() const;

    void accept() override; // saves the checked hosts

Q_SIGNALS:
    void imported(int count);

private:
    bool alreadyImported(const Fleet::SshConfigHost &host) const;
    void browse();
    void updateButton();

    Fleet::ProfileStore *m_profiles;
    Fleet::SshConfigParse m_parse;
    QLineEdit *m_path;
    QTreeWidget *m_hosts;
    QLabel *m_issues;
    QPushButton *m_import;
};

} // namespace Ui
