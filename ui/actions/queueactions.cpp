#include "queueactions.h"

#include "pages/queuepage.h"

#include <QMenu>

namespace Ui {

// Skeleton: the GUI-actions slice fills this in.
class QueueActions::Private
{
public:
    QMenu *menu = nullptr;
};

QueueActions::QueueActions(QueuePage *page, Actions::AuditLog *audit, QWidget *dialogParent)
    : QObject(page)
    , d(std::make_unique<Private>())
{
    Q_UNUSED(audit)
    d->menu = new QMenu(tr("Actions"), dialogParent);
    d->menu->setObjectName(QStringLiteral("queueActionsMenu"));
}

QueueActions::~QueueActions() = default;

void QueueActions::setServer(Remote::ServerSession *session, const Fleet::ServerProfile &profile)
{
    Q_UNUSED(session)
    Q_UNUSED(profile)
}

void QueueActions::setFixApplied()
{
}

QMenu *QueueActions::menu() const
{
    return d->menu;
}

bool QueueActions::isRunning() const
{
    return false;
}

void QueueActions::run(Actions::QueueActionKind kind, const QList<Postfix::QueuedMessage> &messages)
{
    Q_UNUSED(kind)
    Q_UNUSED(messages)
}

} // namespace Ui
