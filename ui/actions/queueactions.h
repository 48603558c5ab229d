#pragma once

#include "actions/accountrights.h"
#include "actions/queueaction.h"
#include "fleet/serverprofile.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace Actions {
class AuditLog;
}
namespace Remote {
class ServerSession;
}

namespace Ui {

class AccountRightsProbe;
class QueuePage;

// The queue actions of the main window (hold, release, requeue, force-expire, delete, deliver now,
// flush all, flush a destination) on the selected rows or on everything the queue filter shows:
// the "Actions" menu (toolbar button and the queue table's context menu), the preview dialog with
// typed confirmation, the runner (re-validation, exact command, counts), the result message, and
// the audit record. Hidden for read-only profiles; disabled with the reason when the account
// cannot (Actions::AccountRights). Lives on the GUI thread; never waits.
// objectNames in menu(): action_<queueActionKey>_selected / action_<key>_filtered for the six
// message actions, expireUnavailableAction (shown instead of force-expire on Postfix < 3.5),
// flushAllAction, flushSiteAction, accountRightsAction, auditLogAction; deleteShortcut (Del on
// the queue table). Test seam for the preview: Ui::PreviewAnswerer.
class QueueActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueActions)

public:
    // audit: not owned, outlives this. dialogParent: parent of the preview dialogs.
    QueueActions(QueuePage *page, Actions::AuditLog *audit, QWidget *dialogParent);
    ~QueueActions() override;

    // The server whose queue the page shows (nullptr: none). A running action keeps its own
    // runner and reports to the server it started on.
    void setServer(Remote::ServerSession *session, const Fleet::ServerProfile &profile);
    // A fix (configuration change, service restart) succeeded on the current server since the
    // queue was listed: flush/deliver previews drop the "retrying will not help" warning.
    void setFixApplied();

    QMenu *menu() const;    // for the toolbar button "Actions"
    bool isRunning() const;
    void cancel();          // stops a running action (Esc, the banner's Cancel)

    // What the connected account can do (probe + `sudo -n -l`, once per connection).
    const Actions::AccountRights &accountRights() const;
    // The probe behind accountRights() (owned by this; follows setServer()), shared with the
    // Fixes menu so `sudo -n -l` runs once per connection.
    AccountRightsProbe *rightsProbe() const;
    // Rebuilds the item texts, enabled states and tooltips (the menu does it when shown).
    void updateMenu();
    // The menu entry for `kind` on the selection (onFiltered = false) or on everything the filter
    // shows; nullptr for FlushAll / FlushSite (see flushAllAction / flushSiteAction).
    QAction *messageAction(Actions::QueueActionKind kind, bool onFiltered) const;
    // Opens the preview for `kind` on the selected rows / on what the filter shows, as the menu does.
    void runOnSelection(Actions::QueueActionKind kind);
    void runOnFiltered(Actions::QueueActionKind kind);
    void flushSite(const QString &site); // the preview for postqueue -s SITE
    void showAuditLog();
    void showAccountRights();

    // Opens the preview for `kind` on these messages (the Fixes flows call it after a fix:
    // "requeue what was deferred by the relay").
    void run(Actions::QueueActionKind kind, const QList<Postfix::QueuedMessage> &messages);

Q_SIGNALS:
    void runningChanged(bool running);
    void finished(const Actions::QueueActionResult &result); // the main window reloads the queue

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Ui
