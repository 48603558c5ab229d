#include "servereditor.h"

#include "dialogs/serverdialog.h"
#include "fleet/credentialstore.h"
#include "fleet/profilestore.h"

#include <QMessageBox>

namespace Ui {

ServerEditor::ServerEditor(Fleet::ProfileStore *profiles, Fleet::CredentialStore *credentials,
                           QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_dialogParent(dialogParent)
{
}

ServerEditor::~ServerEditor() = default;

void ServerEditor::addServer()
{
    Fleet::ServerProfile p = Fleet::ServerProfile::create();
    p.name.clear();
    openDialog(p);
}

void ServerEditor::editServer(const Fleet::ServerProfile &profile)
{
    if (profile.isValid())
        openDialog(profile);
}

void ServerEditor::openDialog(const Fleet::ServerProfile &profile)
{
    auto *dialog = new ServerDialog(profile, !m_credentials.isNull(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList groups;
    for (const Fleet::ServerProfile &p : m_profiles->profiles()) {
        if (!groups.contains(p.group))
            groups << p.group;
    }
    groups.sort(Qt::CaseInsensitive);
    dialog->setGroups(groups);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Fleet::ServerProfile edited = dialog->profile();
        Q_EMIT releaseServer(edited.id);
        const QUuid id = m_profiles->save(edited);
        if (m_credentials) {
            const auto secrets = dialog->secrets();
            for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
                m_credentials->write(id, it.key(), it.value());
        }
        Q_EMIT saved(id);
    });
    dialog->open();
}

void ServerEditor::removeServer(const Fleet::ServerProfile &profile)
{
    if (!profile.isValid())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove server"),
                                tr("Remove %1 from Postdesk? Its stored passwords are deleted from "
                                   "the keychain too. Nothing changes on the server.")
                                    .arg(profile.displayName()),
                                QMessageBox::Yes | QMessageBox::No, m_dialogParent);
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id = profile.id](int result) {
        if (result != QMessageBox::Yes)
            return;
        Q_EMIT releaseServer(id);
        m_profiles->remove(id);
        if (m_credentials)
            m_credentials->removeAll(id);
        Q_EMIT removed(id);
    });
    box->open();
}

} // namespace Ui
