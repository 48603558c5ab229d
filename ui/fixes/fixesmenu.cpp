#include "fixesmenu.h"

namespace Ui {

// Skeleton: the GUI-fixes slice fills this in.
class FixesMenu::Private
{
};

FixesMenu::FixesMenu(Actions::AuditLog *audit, Fleet::CredentialStore *credentials, QWidget *parent)
    : QMenu(tr("Fixes"), parent)
    , d(std::make_unique<Private>())
{
    Q_UNUSED(audit)
    Q_UNUSED(credentials)
    setObjectName(QStringLiteral("fixesMenu"));
}

FixesMenu::~FixesMenu() = default;

void FixesMenu::setServer(Remote::ServerSession *session, const Fleet::ServerProfile &profile)
{
    Q_UNUSED(session)
    Q_UNUSED(profile)
}

void FixesMenu::setQueue(const QList<Postfix::QueuedMessage> &messages)
{
    Q_UNUSED(messages)
}

} // namespace Ui
