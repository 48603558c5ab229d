#include "serverlisttransfer.h"

#include "dialogs/sshimportdialog.h"

#include "fleet/profileexchange.h"
#include "fleet/profilestore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QSaveFile>

namespace Ui {

namespace {
QFileDialog *jsonDialog(QWidget *parent, const QString &title, QFileDialog::AcceptMode mode)
{
    auto *dialog = new QFileDialog(parent, title, QDir::homePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(mode);
    dialog->setNameFilter(ServerListTransfer::tr("Postdesk server list (*.json)"));
    dialog->setDefaultSuffix(QStringLiteral("json"));
    if (mode == QFileDialog::AcceptOpen)
        dialog->setFileMode(QFileDialog::ExistingFile);
    return dialog;
}
} // namespace

ServerListTransfer::ServerListTransfer(Fleet::ProfileStore *profiles, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_dialogParent(dialogParent)
    , m_menu(new QMenu(tr("Servers"), dialogParent))
{
    m_menu->setObjectName(QStringLiteral("serverListMenu"));
    m_menu->addAction(tr("Import from SSH config…"), this, &ServerListTransfer::openSshImport)
        ->setObjectName(QStringLiteral("importSshConfigAction"));
    m_menu->addSeparator();
    m_menu->addAction(tr("Import server list…"), this, &ServerListTransfer::chooseImportFile)
        ->setObjectName(QStringLiteral("importServersAction"));
    m_menu->addAction(tr("Export server list…"), this, &ServerListTransfer::chooseExportFile)
        ->setObjectName(QStringLiteral("exportServersAction"));
}

ServerListTransfer::~ServerListTransfer() = default;

QMenu *ServerListTransfer::menu() const
{
    return m_menu;
}

void ServerListTransfer::openSshImport()
{
    auto *dialog = new SshImportDialog(m_profiles, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SshImportDialog::imported, this, [this](int count) {
        Q_EMIT message(count == 1 ? tr("Imported 1 server from the SSH config.")
                                  : tr("Imported %1 servers from the SSH config.").arg(count));
    });
    dialog->setConfigPath({});
    dialog->open();
}

void ServerListTransfer::chooseImportFile()
{
    auto *dialog = jsonDialog(m_dialogParent, tr("Import server list"), QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &ServerListTransfer::importFrom);
    dialog->open();
}

void ServerListTransfer::chooseExportFile()
{
    auto *dialog = jsonDialog(m_dialogParent, tr("Export server list"), QFileDialog::AcceptSave);
    dialog->selectFile(QStringLiteral("postdesk-servers.json"));
    connect(dialog, &QFileDialog::fileSelected, this, &ServerListTransfer::exportTo);
    dialog->open();
}

bool ServerListTransfer::importFrom(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        Q_EMIT message(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(file), in.errorString()));
        return false;
    }
    const Fleet::ProfileImport parsed = Fleet::importProfiles(in.readAll());
    if (!parsed.ok()) {
        Q_EMIT message(tr("Nothing imported from %1: %2").arg(QDir::toNativeSeparators(file), parsed.error));
        return false;
    }
    const Fleet::ProfileMerge merge = Fleet::mergeProfiles(m_profiles->profiles(), parsed.profiles);
    for (const Fleet::ServerProfile &p : merge.toSave)
        m_profiles->save(p);
    QString text = tr("Imported %1 servers: %2 added, %3 replaced, %4 renamed.")
                       .arg(merge.toSave.size())
                       .arg(merge.added)
                       .arg(merge.replaced)
                       .arg(merge.renamed);
    if (!parsed.issues.isEmpty())
        text += u' ' + tr("Skipped: %1").arg(parsed.issues.join(QStringLiteral("; ")));
    Q_EMIT message(text);
    return true;
}

bool ServerListTransfer::exportTo(const QString &file)
{
    const QList<Fleet::ServerProfile> profiles = m_profiles->profiles();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(Fleet::exportProfiles(profiles)) < 0 || !out.commit()) {
        Q_EMIT message(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
        return false;
    }
    Q_EMIT message(tr("Exported %1 servers to %2 (no passwords).")
                       .arg(profiles.size())
                       .arg(QDir::toNativeSeparators(file)));
    return true;
}

} // namespace Ui
