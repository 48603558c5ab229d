#pragma once

#include "fleet/serverprofile.h"
#include "postfix/queuedmessage.h"

#include <QMenu>

class QDialog;

namespace Actions {
class AuditLog;
}
namespace Fleet {
class CredentialStore;
}
namespace Remote {
class ServerSession;
}

namespace Ui {

class AccountRightsProbe;

// The "Fixes" menu of the main window (toolbar button): Relayhost… (wizard), Retry and
// throttling… (presets, a dedicated slow transport for a throttling destination), Services…
// (restart postfix / amavis / dovecot, plesk repair mail), Changes… (the server's backups with
// one-click rollback). Every change goes through Actions::ConfigChangeRunner (diff, backup,
// check, reload, verify, automatic rollback) and is audited. Hidden for read-only profiles.
// GUI thread only; never waits.
class FixesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixesMenu)

public:
    // audit: not owned. credentials: may be null (no keychain: the relay secret is then not kept).
    FixesMenu(Actions::AuditLog *audit, Fleet::CredentialStore *credentials, QWidget *parent);
    ~FixesMenu() override;

    void setServer(Remote::ServerSession *session, const Fleet::ServerProfile &profile);
    void setQueue(const QList<Postfix::QueuedMessage> &messages); // the last listing (for "requeue affected")

    // Share the main window's probe of the account's rights so `sudo -n -l` runs once per
    // connection (not once for the Actions menu and once here). Not owned; setServer() is then
    // the owner's business. Without it, the menu keeps its own probe.
    void setRightsProbe(AccountRightsProbe *probe);

    // The dialog or wizard a menu entry opened and that is still open (one at a time: a second
    // entry raises it instead of starting a parallel change). Test seam and for the main window.
    QWidget *openDialog() const;
    // Why an entry is disabled (the account's rights), empty when enabled. For tests and tooltips.
    QString disabledReason(const QString &actionObjectName) const;

Q_SIGNALS:
    // A change or service action succeeded: the main window tells QueueActions and reloads.
    void fixApplied();
    // "Requeue the mail deferred by this problem" after a fix: the main window opens the queue
    // action preview (QueueActions::run(Requeue, messages)).
    void requeueRequested(const QList<Postfix::QueuedMessage> &messages);

private:
    void updateActions();
    bool raiseOpen();
    void showDialog(QDialog *dialog);
    void openRelayhostWizard();
    void openRemoveRelay();
    void openTuning();
    void openServices();
    void openChanges();

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Ui
