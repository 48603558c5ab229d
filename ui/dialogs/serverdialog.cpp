#include "serverdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ui {

using Kind = Fleet::CredentialStore::Kind;

namespace {
QLineEdit *passwordEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setPlaceholderText(ServerDialog::tr("ask when connecting"));
    return edit;
}

QWidget *withBrowse(QLineEdit *edit, QPushButton *button, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    h->addWidget(button);
    return row;
}
} // namespace

ServerDialog::ServerDialog(const Fleet::ServerProfile &profile, bool keychainAvailable,
                           QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_name(new QLineEdit(profile.name, this))
    , m_host(new QLineEdit(profile.host, this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(profile.user, this))
    , m_auth(new QComboBox(this))
    , m_keyFile(new QLineEdit(profile.keyFile, this))
    , m_keyFileRow(nullptr)
    , m_sudo(new QComboBox(this))
    , m_readOnly(new QCheckBox(tr("Read-only: never offer queue actions"), this))
    , m_knownHosts(new QLineEdit(profile.knownHostsFile, this))
    , m_password(passwordEdit(QStringLiteral("sshPasswordEdit"), this))
    , m_passphrase(passwordEdit(QStringLiteral("keyPassphraseEdit"), this))
    , m_sudoPassword(passwordEdit(QStringLiteral("sudoPasswordEdit"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("serverDialog"));
    setWindowTitle(profile.name.isEmpty() ? tr("Add server") : tr("Edit server"));
    m_name->setObjectName(QStringLiteral("serverNameEdit"));
    m_host->setObjectName(QStringLiteral("serverHostEdit"));
    m_host->setPlaceholderText(tr("mx1.example.org (empty: this machine)"));
    m_port->setObjectName(QStringLiteral("serverPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(profile.port);
    m_user->setObjectName(QStringLiteral("serverUserEdit"));
    m_auth->setObjectName(QStringLiteral("serverAuthCombo"));
    m_auth->addItem(tr("SSH agent"), int(Remote::AuthMethod::Agent));
    m_auth->addItem(tr("Key file"), int(Remote::AuthMethod::KeyFile));
    m_auth->addItem(tr("Password"), int(Remote::AuthMethod::Password));
    m_auth->setCurrentIndex(m_auth->findData(int(profile.auth)));
    m_keyFile->setObjectName(QStringLiteral("serverKeyFileEdit"));
    m_sudo->setObjectName(QStringLiteral("serverSudoCombo"));
    m_sudo->addItem(tr("Automatic (use sudo when needed)"), int(Remote::SudoMode::Auto));
    m_sudo->addItem(tr("Never (root login or viewer account)"), int(Remote::SudoMode::None));
    m_sudo->addItem(tr("sudo without password"), int(Remote::SudoMode::NoPassword));
    m_sudo->addItem(tr("sudo with password"), int(Remote::SudoMode::Password));
    m_sudo->setCurrentIndex(m_sudo->findData(int(profile.sudoMode)));
    m_readOnly->setChecked(profile.readOnly);
    m_knownHosts->setObjectName(QStringLiteral("serverKnownHostsEdit"));
    m_knownHosts->setPlaceholderText(tr("default: ~/.ssh/known_hosts"));

    auto *browseKey = new QPushButton(tr("Browse…"), this);
    connect(browseKey, &QPushButton::clicked, this,
            [this] { browseInto(m_keyFile, tr("Private key"), true); });
    auto *browseHosts = new QPushButton(tr("Browse…"), this);
    connect(browseHosts, &QPushButton::clicked, this,
            [this] { browseInto(m_knownHosts, tr("Known hosts file"), false); });
    m_keyFileRow = withBrowse(m_keyFile, browseKey, this);

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("&Key file:"), m_keyFileRow);
    form->addRow(tr("Key &passphrase:"), m_passphrase);
    form->addRow(tr("SSH pass&word:"), m_password);
    form->addRow(tr("&Sudo:"), m_sudo);
    form->addRow(tr("Sudo pa&ssword:"), m_sudoPassword);
    form->addRow(tr("Known hosts &file:"), withBrowse(m_knownHosts, browseHosts, this));
    form->addRow(QString(), m_readOnly);

    auto *note = new QLabel(keychainAvailable
                                ? tr("Passwords are stored in the system keychain, never in "
                                     "Postdesk's settings. Leave them empty to be asked.")
                                : tr("No system keychain: passwords are asked for when connecting."),
                            this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("serverDialogError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QLineEdit *e : {m_password, m_passphrase, m_sudoPassword})
        e->setEnabled(keychainAvailable);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ServerDialog::updateVisibility);
    connect(m_sudo, &QComboBox::currentIndexChanged, this, &ServerDialog::updateVisibility);
    updateVisibility();
    setMinimumWidth(460);
}

ServerDialog::~ServerDialog() = default;

void ServerDialog::updateVisibility()
{
    const auto auth = Remote::AuthMethod(m_auth->currentData().toInt());
    const auto sudo = Remote::SudoMode(m_sudo->currentData().toInt());
    m_form->setRowVisible(m_keyFileRow, auth == Remote::AuthMethod::KeyFile);
    m_form->setRowVisible(m_passphrase, auth == Remote::AuthMethod::KeyFile);
    m_form->setRowVisible(m_password, auth == Remote::AuthMethod::Password);
    m_form->setRowVisible(m_sudoPassword,
                        sudo == Remote::SudoMode::Password || sudo == Remote::SudoMode::Auto);
}

void ServerDialog::browseInto(QLineEdit *target, const QString &title, bool mustExist)
{
    // A non-static dialog opened with open(): no nested event loop.
    auto *dialog = new QFileDialog(this, title, QDir::homePath() + QStringLiteral("/.ssh"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(mustExist ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    dialog->setFilter(QDir::AllDirs | QDir::Files | QDir::Hidden);
    connect(dialog, &QFileDialog::fileSelected, target, &QLineEdit::setText);
    dialog->open();
}

Fleet::ServerProfile ServerDialog::profile() const
{
    Fleet::ServerProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.user = m_user->text().trimmed();
    p.auth = Remote::AuthMethod(m_auth->currentData().toInt());
    p.keyFile = p.auth == Remote::AuthMethod::KeyFile ? m_keyFile->text().trimmed() : QString();
    p.sudoMode = Remote::SudoMode(m_sudo->currentData().toInt());
    p.readOnly = m_readOnly->isChecked();
    p.knownHostsFile = m_knownHosts->text().trimmed();
    return p;
}

QHash<Kind, QString> ServerDialog::secrets() const
{
    const Fleet::ServerProfile p = profile();
    QHash<Kind, QString> out;
    if (p.auth == Remote::AuthMethod::Password && !m_password->text().isEmpty())
        out.insert(Kind::SshPassword, m_password->text());
    if (p.auth == Remote::AuthMethod::KeyFile && !m_passphrase->text().isEmpty())
        out.insert(Kind::KeyPassphrase, m_passphrase->text());
    if ((p.sudoMode == Remote::SudoMode::Password || p.sudoMode == Remote::SudoMode::Auto)
        && !m_sudoPassword->text().isEmpty())
        out.insert(Kind::SudoPassword, m_sudoPassword->text());
    return out;
}

void ServerDialog::accept()
{
    const Fleet::ServerProfile p = profile();
    QString problem;
    if (p.name.isEmpty())
        problem = tr("Give the server a name.");
    else if (!p.host.isEmpty() && p.user.isEmpty())
        problem = tr("Enter the user to log in as.");
    else if (p.auth == Remote::AuthMethod::KeyFile && p.keyFile.isEmpty())
        problem = tr("Choose the private key file.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Ui
