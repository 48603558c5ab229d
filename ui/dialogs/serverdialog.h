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

// Adds or edits one server profile. The profile goes to Fleet::ProfileStore; the password fields
// are returned separately by secrets() and go to Fleet::CredentialStore only (never QSettings).
// An empty password field means "ask when connecting" (and, when editing, "keep what is stored").
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

    void accept() override;

private:
    void updateVisibility();
    void browseInto(QLineEdit *target, const QString &title, bool mustExist);

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
    QLabel *m_error;
    QFormLayout *m_form = nullptr;
};

} // namespace Ui
