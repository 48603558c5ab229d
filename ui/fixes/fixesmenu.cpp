#include "fixesmenu.h"

#include "actions/accountrightsprobe.h"
#include "actions/relayhostplan.h"
#include "dialogs/changesdialog.h"
#include "dialogs/configchangedialog.h"
#include "dialogs/servicesdialog.h"
#include "dialogs/tuningdialog.h"
#include "remote/serversession.h"
#include "wizards/relayhostwizard.h"

#include <QAction>
#include <QPointer>

namespace Ui {

class FixesMenu::Private
{
public:
    Actions::AuditLog *audit = nullptr;
    Fleet::CredentialStore *credentials = nullptr;
    QPointer<Remote::ServerSession> session;
    Fleet::ServerProfile profile;
    QList<Postfix::QueuedMessage> queue;
    QPointer<AccountRightsProbe> rights;
    bool ownRights = true;
    QPointer<QWidget> open;
    QAction *relayhost = nullptr;
    QAction *removeRelay = nullptr;
    QAction *tuning = nullptr;
    QAction *services = nullptr;
    QAction *changes = nullptr;
};

namespace {

// Remove relay: what the server says now decides the plan (the sasl_passwd key to drop, and
// whether SASL stays on for other transports).
Remote::Checked<Actions::ConfigChangePlan> removeRelayPlan(const QHash<QString, QString> &values)
{
    const QString relayhost = values.value(QStringLiteral("relayhost")).trimmed();
    if (relayhost.isEmpty())
        return {std::nullopt, FixesMenu::tr("No relayhost is set on this server: mail is already "
                                            "delivered directly.")};
    // Other transports (transport_maps, sender-dependent relays) may log in with the same
    // smtp_sasl_auth_enable; leaving it on is harmless without a relayhost, turning it off is not.
    const bool keepSaslAuth = !values.value(QStringLiteral("transport_maps")).trimmed().isEmpty()
        || !values.value(QStringLiteral("sender_dependent_relayhost_maps")).trimmed().isEmpty();
    return Actions::RelayhostPlan::remove(relayhost, values.value(QStringLiteral("smtp_sasl_password_maps")),
                                          keepSaslAuth);
}

} // namespace

FixesMenu::FixesMenu(Actions::AuditLog *audit, Fleet::CredentialStore *credentials, QWidget *parent)
    : QMenu(tr("Fixes"), parent)
    , d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("fixesMenu"));
    setToolTipsVisible(true);
    d->audit = audit;
    d->credentials = credentials;
    d->rights = new AccountRightsProbe(this);
    const auto add = [this](const QString &text, const QString &name, const QString &tip) {
        QAction *action = addAction(text);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    d->relayhost = add(tr("&Relayhost…"), QStringLiteral("fixRelayhost"),
                       tr("Send all outgoing mail through a relay (smarthost) with a login"));
    d->removeRelay = add(tr("Re&move relay…"), QStringLiteral("fixRemoveRelay"),
                         tr("Deliver mail directly again: remove relayhost and its stored login"));
    addSeparator();
    d->tuning = add(tr("Retry and &throttling…"), QStringLiteral("fixTuning"),
                    tr("Queue lifetime and retry presets; slow down delivery to a destination that "
                       "throttles this server"));
    d->services = add(tr("&Services…"), QStringLiteral("fixServices"),
                      tr("Restart Postfix, Amavis or Dovecot; Plesk's mail repair"));
    addSeparator();
    d->changes = add(tr("&Changes and rollback…"), QStringLiteral("fixChanges"),
                     tr("The configuration backups Postdesk made on this server, with rollback"));

    connect(d->relayhost, &QAction::triggered, this, &FixesMenu::openRelayhostWizard);
    connect(d->removeRelay, &QAction::triggered, this, &FixesMenu::openRemoveRelay);
    connect(d->tuning, &QAction::triggered, this, &FixesMenu::openTuning);
    connect(d->services, &QAction::triggered, this, &FixesMenu::openServices);
    connect(d->changes, &QAction::triggered, this, &FixesMenu::openChanges);
    connect(d->rights, &AccountRightsProbe::changed, this, &FixesMenu::updateActions);
    updateActions();
}

FixesMenu::~FixesMenu()
{
    delete d->open; // before the session it uses can go away
}

void FixesMenu::setServer(Remote::ServerSession *session, const Fleet::ServerProfile &profile)
{
    if (session != d->session && d->open)
        delete d->open; // its runner belongs to the previous session
    if (d->session)
        disconnect(d->session, nullptr, this, nullptr);
    d->session = session;
    d->profile = profile;
    if (d->ownRights)
        d->rights->setServer(session, profile);
    if (session)
        connect(session, &Remote::ServerSession::stateChanged, this, &FixesMenu::updateActions);
    updateActions();
}

void FixesMenu::setQueue(const QList<Postfix::QueuedMessage> &messages)
{
    d->queue = messages;
}

void FixesMenu::setRightsProbe(AccountRightsProbe *probe)
{
    if (!probe || probe == d->rights)
        return;
    if (d->ownRights)
        delete d->rights;
    d->rights = probe;
    d->ownRights = false;
    connect(probe, &AccountRightsProbe::changed, this, &FixesMenu::updateActions);
    updateActions();
}

QWidget *FixesMenu::openDialog() const
{
    return d->open;
}

QString FixesMenu::disabledReason(const QString &actionObjectName) const
{
    const QAction *action = findChild<QAction *>(actionObjectName);
    return action && !action->isEnabled() ? action->toolTip() : QString();
}

void FixesMenu::updateActions()
{
    const bool ready = d->session && d->session->state() == Remote::ServerSession::State::Ready;
    const Actions::AccountRights rights = d->rights ? d->rights->rights() : Actions::AccountRights{};
    QString configReason;
    QString serviceReason;
    if (!ready) {
        configReason = serviceReason = tr("Not connected to a server.");
    } else if (d->rights && d->rights->isKnown()) {
        if (!rights.configChanges)
            configReason = tr("This account cannot change the configuration. %1").arg(rights.summaryText());
        if (!rights.restartServices)
            serviceReason = tr("This account cannot restart services. %1").arg(rights.summaryText());
    }
    const auto apply = [](QAction *action, const QString &reason, const QString &normalTip) {
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? normalTip : reason);
    };
    apply(d->relayhost, configReason, tr("Send all outgoing mail through a relay (smarthost) with a login"));
    apply(d->removeRelay, configReason, tr("Deliver mail directly again: remove relayhost and its stored login"));
    apply(d->tuning, configReason, tr("Queue lifetime and retry presets; slow down delivery to a "
                                      "destination that throttles this server"));
    apply(d->services, serviceReason, tr("Restart Postfix, Amavis or Dovecot; Plesk's mail repair"));
    apply(d->changes, configReason, tr("The configuration backups Postdesk made on this server, with rollback"));
}

bool FixesMenu::raiseOpen()
{
    if (!d->open)
        return false;
    d->open->show();
    d->open->raise();
    d->open->activateWindow();
    return true;
}

void FixesMenu::showDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    d->open = dialog;
    dialog->open(); // window-modal for the main window, never a nested event loop
}

void FixesMenu::openRelayhostWizard()
{
    if (raiseOpen() || !d->session)
        return;
    auto *wizard = new RelayhostWizard(d->session, d->audit, d->credentials, d->profile, d->queue,
                                       parentWidget());
    connect(wizard, &RelayhostWizard::applied, this, &FixesMenu::fixApplied);
    connect(wizard, &RelayhostWizard::requeueRequested, this, &FixesMenu::requeueRequested);
    showDialog(wizard);
}

void FixesMenu::openRemoveRelay()
{
    if (raiseOpen() || !d->session)
        return;
    auto *dialog = new ConfigChangeDialog(d->session, d->audit, d->profile.displayName(), parentWidget());
    dialog->setWindowTitle(tr("Remove the relay — %1").arg(d->profile.displayName()));
    connect(dialog, &ConfigChangeDialog::applied, this, &FixesMenu::fixApplied);
    showDialog(dialog);
    dialog->start({QStringLiteral("relayhost"), QStringLiteral("smtp_sasl_password_maps"),
                   QStringLiteral("transport_maps"), QStringLiteral("sender_dependent_relayhost_maps")},
                  removeRelayPlan);
}

void FixesMenu::openTuning()
{
    if (raiseOpen() || !d->session)
        return;
    auto *dialog = new TuningDialog(d->session, d->audit, d->profile.displayName(), d->queue, parentWidget());
    connect(dialog, &TuningDialog::applied, this, &FixesMenu::fixApplied);
    showDialog(dialog);
}

void FixesMenu::openServices()
{
    if (raiseOpen() || !d->session)
        return;
    auto *dialog = new ServicesDialog(d->session, d->audit, d->profile.displayName(), parentWidget());
    connect(dialog, &ServicesDialog::serviceRestarted, this, &FixesMenu::fixApplied);
    showDialog(dialog);
}

void FixesMenu::openChanges()
{
    if (raiseOpen() || !d->session)
        return;
    auto *dialog = new ChangesDialog(d->session, d->audit, d->profile.displayName(), parentWidget());
    connect(dialog, &ChangesDialog::rolledBack, this, &FixesMenu::fixApplied);
    showDialog(dialog);
}

} // namespace Ui
