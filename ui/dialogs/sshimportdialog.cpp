#include "sshimportdialog.h"

#include "fleet/profilestore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

namespace {
enum Column { Alias, Host, Port, User, Key, Jump, Notes, ColumnCount };
constexpr int hostIndexRole = Qt::UserRole + 1;
} // namespace

SshImportDialog::SshImportDialog(Fleet::ProfileStore *profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_path(new QLineEdit(this))
    , m_hosts(new QTreeWidget(this))
    , m_issues(new QLabel(this))
    , m_import(nullptr)
{
    setObjectName(QStringLiteral("sshImportDialog"));
    setWindowTitle(tr("Import from SSH config"));
    m_path->setObjectName(QStringLiteral("sshConfigPathEdit"));
    m_path->setPlaceholderText(QDir::homePath() + QStringLiteral("/.ssh/config"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("sshConfigBrowseButton"));
    auto *read = new QPushButton(tr("Read"), this);
    connect(browse, &QPushButton::clicked, this, &SshImportDialog::browse);
    connect(read, &QPushButton::clicked, this, [this] { setConfigPath(m_path->text().trimmed()); });
    connect(m_path, &QLineEdit::returnPressed, read, &QPushButton::click);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(new QLabel(tr("Config file:"), this));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    pathRow->addWidget(read);

    m_hosts->setObjectName(QStringLiteral("sshHostList"));
    m_hosts->setRootIsDecorated(false);
    m_hosts->setColumnCount(ColumnCount);
    m_hosts->setHeaderLabels({tr("Alias"), tr("Host"), tr("Port"), tr("User"), tr("Key"),
                              tr("Jump host"), tr("Notes")});
    m_hosts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hosts->header()->setStretchLastSection(true);
    connect(m_hosts, &QTreeWidget::itemChanged, this, &SshImportDialog::updateButton);
    m_issues->setObjectName(QStringLiteral("sshImportIssues"));
    m_issues->setTextFormat(Qt::PlainText);
    m_issues->setWordWrap(true);
    m_issues->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("sshImportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SshImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *note = new QLabel(tr("Passwords and passphrases are not imported: Postdesk asks for them "
                               "on the first connection and keeps them in the system keychain."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pathRow);
    layout->addWidget(m_hosts, 1);
    layout->addWidget(m_issues);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(760, 420);
    updateButton();
}

SshImportDialog::~SshImportDialog() = default;

void SshImportDialog::setConfigPath(const QString &path)
{
    m_path->setText(path);
    setParse(Fleet::readSshConfig(path));
}

bool SshImportDialog::alreadyImported(const Fleet::SshConfigHost &host) const
{
    const QList<Fleet::ServerProfile> existing = m_profiles->profiles();
    return std::any_of(existing.cbegin(), existing.cend(), [&host](const Fleet::ServerProfile &p) {
        return p.name.compare(host.alias, Qt::CaseInsensitive) == 0
            || (p.host.compare(host.hostName, Qt::CaseInsensitive) == 0 && p.port == host.port
                && p.user == host.user);
    });
}

void SshImportDialog::setParse(const Fleet::SshConfigParse &parse)
{
    m_parse = parse;
    const QSignalBlocker block(m_hosts);
    m_hosts->clear();
    for (int i = 0; i < parse.hosts.size(); ++i) {
        const Fleet::SshConfigHost &h = parse.hosts.at(i);
        const bool known = alreadyImported(h);
        QStringList notes = h.warnings;
        if (known)
            notes.prepend(tr("already imported"));
        auto *item = new QTreeWidgetItem(
            m_hosts, {h.alias, h.hostName, QString::number(h.port), h.user, h.identityFile,
                      h.proxyJump, notes.join(QStringLiteral("; "))});
        item->setData(Alias, hostIndexRole, i);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Alias, known ? Qt::Unchecked : Qt::Checked);
        item->setToolTip(Notes, notes.join(u'\n'));
        if (known) {
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    QStringList issues = parse.issues;
    if (parse.hosts.isEmpty())
        issues.prepend(tr("No concrete hosts in this file (wildcard patterns are not servers)."));
    m_issues->setText(issues.join(u'\n'));
    m_issues->setVisible(!issues.isEmpty());
    updateButton();
}

QList<Fleet::ServerProfile> SshImportDialog::checkedProfiles() const
{
    QList<Fleet::ServerProfile> out;
    for (int row = 0; row < m_hosts->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_hosts->topLevelItem(row);
        if (item->checkState(Alias) == Qt::Checked)
            out << m_parse.hosts.at(item->data(Alias, hostIndexRole).toInt()).toProfile();
    }
    return out;
}

int SshImportDialog::hostCount() const
{
    return m_hosts->topLevelItemCount();
}

void SshImportDialog::updateButton()
{
    const int count = int(checkedProfiles().size());
    m_import->setEnabled(count > 0);
    m_import->setText(count == 1 ? tr("Import 1 server") : tr("Import %1 servers").arg(count));
}

void SshImportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("SSH client config"), QDir::homePath() + QStringLiteral("/.ssh"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(QDir::AllDirs | QDir::Files | QDir::Hidden);
    connect(dialog, &QFileDialog::fileSelected, this, &SshImportDialog::setConfigPath);
    dialog->open();
}

void SshImportDialog::accept()
{
    const QList<Fleet::ServerProfile> profiles = checkedProfiles();
    for (const Fleet::ServerProfile &p : profiles)
        m_profiles->save(p);
    Q_EMIT imported(int(profiles.size()));
    QDialog::accept();
}

} // namespace Ui
