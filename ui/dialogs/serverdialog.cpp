#include "serverdialog.h"

#include "alertthresholdseditor.h"

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
    , m_group(new QComboBox(this))
    , m_poll(new QComboBox(this))
    , m_logFile(new QLineEdit(profile.logFile, this))
    , m_jump(new QLineEdit(profile.proxyJump, this))
    , m_alerts(new AlertThresholdsEditor(profile.alerts, this))
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
    buildFleetFields();

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
    layout->addWidget(m_alerts);
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

void ServerDialog::buildFleetFields()
{
    m_group->setObjectName(QStringLiteral("serverGroupCombo"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->lineEdit()->setPlaceholderText(tr("client or group (the dashboard groups by it)"));
    m_group->setEditText(m_profile.group);
    m_poll->setObjectName(QStringLiteral("serverPollCombo"));
    m_poll->addItem(tr("Off (only on \"Poll all now\")"), 0);
    for (int s : {10, 30, 60, 120, 300, 600, 900, 1800, 3600})
        m_poll->addItem(s < 60 ? tr("every %1 s").arg(s) : s < 3600 ? tr("every %1 min").arg(s / 60)
                                                                    : tr("every hour"), s);
    if (m_poll->findData(m_profile.pollIntervalSeconds) < 0)
        m_poll->addItem(tr("every %1 s").arg(m_profile.pollIntervalSeconds), m_profile.pollIntervalSeconds);
    m_poll->setCurrentIndex(m_poll->findData(m_profile.pollIntervalSeconds));
    m_logFile->setObjectName(QStringLiteral("serverLogFileEdit"));
    m_logFile->setPlaceholderText(tr("detect (journal, maillog_file, /var/log/mail.log …)"));
    m_jump->setObjectName(QStringLiteral("serverJumpEdit"));
    m_jump->setPlaceholderText(tr("[user@]host[:port] (empty: connect directly)"));
    m_jump->setToolTip(tr("An SSH jump host, like OpenSSH's ProxyJump"));
    m_form->insertRow(1, tr("&Client / group:"), m_group);
    m_form->insertRow(m_form->rowCount() - 1, tr("&Jump host:"), m_jump);
    m_form->insertRow(m_form->rowCount() - 1, tr("&Mail log:"), m_logFile);
    m_form->insertRow(m_form->rowCount() - 1, tr("Dashboard p&olling:"), m_poll);
}

void ServerDialog::setGroups(const QStringList &groups)
{
    const QString text = m_group->currentText();
    m_group->clear();
    for (const QString &g : groups) {
        if (!g.isEmpty())
            m_group->addItem(g);
    }
    m_group->setEditText(text);
}

QString ServerDialog::fleetProblem() const
{
    const QString jump = m_jump->text().trimmed();
    if (!jump.isEmpty() && (jump.startsWith(u'-') || jump.contains(u' ') || jump.contains(u',')))
        return tr("Enter the jump host as [user@]host[:port] (one hop, no spaces).");
    return m_alerts->problem();
}

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
    p.group = m_group->currentText().trimmed();
    p.pollIntervalSeconds = m_poll->currentData().toInt();
    p.logFile = m_logFile->text().trimmed();
    p.proxyJump = m_jump->text().trimmed();
    p.alerts = m_alerts->thresholds();
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
    else
        problem = fleetProblem();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Ui
