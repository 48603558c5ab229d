#pragma once

#include "fleet/credentialstore.h"
#include "fleet/serverprofile.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Ui {

class AlertThresholdsEditor;

// Adds or edits one server profile. The profile goes to Fleet::ProfileStore; the password fields
// are returned separately by secrets() and go to Fleet::CredentialStore only (never QSettings).
// An empty password field means "ask when connecting" (and, when editing, "keep what is stored").
// Fleet fields: client/group (serverGroupCombo, editable, offers the groups of setGroups()),
// dashboard polling (serverPollCombo: off, 10 s … 1 h), mail log override (serverLogFileEdit),
// jump host (serverJumpEdit, OpenSSH ProxyJump) and the alert thresholds (AlertThresholdsEditor).
class ServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDialog)

public:
    explicit ServerDialog(const Fleet::ServerProfile &profile, bool keychainAvailable,
                          QWidget *parent = nullptr);
    ~ServerDialog() override;

    Fleet::ServerProfile profile() const;
    QHash<Fleet::CredentialStore::Kind, QString> secrets() const; // non-empty fields only
    void setGroups(const QStringList &groups); // existing client groups for the combo

    void accept() override;

private:
    void updateVisibility();
    void browseInto(QLineEdit *target, const QString &title, bool mustExist);
    void buildFleetFields();
    QString fleetProblem() const;

    Fleet::ServerProfile m_profile;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QComboBox *m_auth;
    QLineEdit *m_keyFile;
    QWidget *m_keyFileRow;
    QComboBox *m_sudo;
    QCheckBox *m_readOnly;
    QLineEdit *m_knownHosts;
    QLineEdit *m_password;
    QLineEdit *m_passphrase;
    QLineEdit *m_sudoPassword;
    QComboBox *m_group;
    QComboBox *m_poll;
    QLineEdit *m_logFile;
    QLineEdit *m_jump;
    AlertThresholdsEditor *m_alerts;
    QLabel *m_error;
    QFormLayout *m_form = nullptr;
};

} // namespace Ui
