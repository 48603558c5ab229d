#include "queueactions.h"

#include "accountrightsprobe.h"
#include "actions/actionpreview.h"
#include "actions/queueactionrunner.h"
#include "dialogs/actionpreviewdialog.h"
#include "dialogs/auditlogdialog.h"
#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"
#include "pages/queuepage.h"
#include "previewanswerer.h"
#include "queueactionresulttext.h"
#include "remote/serversession.h"
#include "widgets/actionbanner.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace Ui {

using Actions::QueueActionKind;

namespace {
constexpr QueueActionKind kMessageKinds[] = {QueueActionKind::Hold,   QueueActionKind::Release,
                                             QueueActionKind::Requeue, QueueActionKind::Expire,
                                             QueueActionKind::Delete, QueueActionKind::Deliver};
} // namespace

class QueueActions::Private
{
public:
    QueueActions *q;
    QueuePage *page;
    Actions::AuditLog *audit;
    QWidget *dialogParent;
    QMenu *menu = nullptr;
    AccountRightsProbe *rights = nullptr;
    QPointer<Remote::ServerSession> session;
    Fleet::ServerProfile profile;
    bool fixApplied = false;

    QMap<QueueActionKind, QAction *> onSelection;
    QMap<QueueActionKind, QAction *> onFiltered;
    QAction *selectedHeader = nullptr;
    QAction *filteredHeader = nullptr;
    QAction *expireUnavailable = nullptr;
    QAction *flushAll = nullptr;
    QAction *flushSite = nullptr;
    QAction *accountRights = nullptr;
    QAction *auditLog = nullptr;
    QAction *deleteShortcut = nullptr;

    QPointer<Actions::QueueActionRunner> runner;
    QPointer<AuditLogDialog> auditDialog;

    void build();
    bool ready() const
    {
        return session && session->state() == Remote::ServerSession::State::Ready;
    }
    // Why `kind` cannot run now ("" = it can).
    QString blockedReason(QueueActionKind kind) const;
    void preview(QueueActionKind kind, const QList<Postfix::QueuedMessage> &messages,
                 const QString &filter, const QString &site = {});
    void onPreviewDone(ActionPreviewDialog *dialog, int result, const QList<Postfix::QueuedMessage> &original,
                       const QString &filter, const QString &site);
    void start(const Actions::ActionPreview &preview, const QString &filter, const QString &site);
    void onFinished(const Actions::QueueActionResult &result);
    void askSite();
};

void QueueActions::Private::build()
{
    menu->setToolTipsVisible(true);
    const auto add = [this](const QString &objectName) {
        auto *action = new QAction(menu);
        action->setObjectName(objectName);
        return action;
    };
    selectedHeader = menu->addSection(tr("Selected messages"));
    for (QueueActionKind kind : kMessageKinds) {
        QAction *action = add(QStringLiteral("action_%1_selected").arg(Actions::queueActionKey(kind)));
        connect(action, &QAction::triggered, q, [this, kind] { q->runOnSelection(kind); });
        menu->addAction(action);
        onSelection.insert(kind, action);
    }
    filteredHeader = menu->addSection(tr("Messages the filter shows"));
    for (QueueActionKind kind : kMessageKinds) {
        QAction *action = add(QStringLiteral("action_%1_filtered").arg(Actions::queueActionKey(kind)));
        connect(action, &QAction::triggered, q, [this, kind] { q->runOnFiltered(kind); });
        menu->addAction(action);
        onFiltered.insert(kind, action);
    }
    expireUnavailable = add(QStringLiteral("expireUnavailableAction"));
    expireUnavailable->setEnabled(false);
    menu->addAction(expireUnavailable);
    menu->addSection(tr("Whole queue"));
    flushAll = add(QStringLiteral("flushAllAction"));
    connect(flushAll, &QAction::triggered, q,
            [this] { preview(QueueActionKind::FlushAll, page->model()->messages(), QString()); });
    menu->addAction(flushAll);
    flushSite = add(QStringLiteral("flushSiteAction"));
    connect(flushSite, &QAction::triggered, q, [this] { askSite(); });
    menu->addAction(flushSite);
    menu->addSeparator();
    accountRights = add(QStringLiteral("accountRightsAction"));
    accountRights->setText(tr("Account rights…"));
    connect(accountRights, &QAction::triggered, q, &QueueActions::showAccountRights);
    menu->addAction(accountRights);
    auditLog = add(QStringLiteral("auditLogAction"));
    auditLog->setText(tr("Audit log…"));
    auditLog->setToolTip(tr("Every action and change Postdesk ran, on every server"));
    connect(auditLog, &QAction::triggered, q, &QueueActions::showAuditLog);
    menu->addAction(auditLog);

    // Del on the queue table: the delete preview of the selection (never a delete by itself).
    deleteShortcut = new QAction(tr("Delete the selected messages…"), page->table());
    deleteShortcut->setObjectName(QStringLiteral("deleteShortcut"));
    deleteShortcut->setShortcut(QKeySequence::Delete);
    deleteShortcut->setShortcutContext(Qt::WidgetShortcut);
    page->table()->addAction(deleteShortcut);
    connect(deleteShortcut, &QAction::triggered, q, [this] {
        if (!profile.readOnly && onSelection.value(QueueActionKind::Delete)->isEnabled())
            q->runOnSelection(QueueActionKind::Delete);
    });

    connect(menu, &QMenu::aboutToShow, q, &QueueActions::updateMenu);
    connect(page, &QueuePage::contextMenuAboutToShow, q, [this](QMenu *context) {
        if (profile.readOnly || !session)
            return; // read-only profiles: no actions anywhere
        q->updateMenu();
        context->addSeparator();
        for (QueueActionKind kind : kMessageKinds)
            context->addAction(onSelection.value(kind));
        context->addAction(expireUnavailable);
        context->addSeparator();
        context->addMenu(menu); // "Actions": the filter's messages, flush, rights, audit log
    });
    connect(page->actionBanner(), &ActionBanner::cancelRequested, q, &QueueActions::cancel);
}

QString QueueActions::Private::blockedReason(QueueActionKind kind) const
{
    if (!ready())
        return tr("Not connected to the server.");
    if (runner)
        return tr("Another action is running; wait for it or cancel it (Esc).");
    const Actions::AccountRights &r = rights->rights();
    const QString account = r.account.isEmpty() ? session->capabilities().loginUser : r.account;
    if (Actions::usesPostsuper(kind) && !r.queueActions)
        return tr("The account %1 cannot change queued mail: postsuper needs root (log in as root "
                  "or allow sudo for postsuper).").arg(account);
    if (!Actions::usesPostsuper(kind) && !r.flush)
        return tr("The account %1 cannot run postqueue here.").arg(account);
    if (kind == QueueActionKind::Expire && !session->capabilities().supportsForceExpire())
        return tr("Force-expire needs Postfix 3.5 or later.");
    return {};
}

void QueueActions::updateMenu()
{
    const bool readOnly = d->profile.readOnly;
    const bool connected = d->session != nullptr;
    const bool oldPostfix = d->ready() && !d->session->capabilities().supportsForceExpire();
    const int selected = int(d->page->table()->selectionModel()->selectedRows().size());
    const int filtered = d->page->isFiltered() ? d->page->proxy()->rowCount() : d->page->model()->rowCount();
    const QString filteredPhrase = d->page->isFiltered()
        ? tr("all %1 the filter shows").arg(ActionPreviewDialog::messagesText(filtered))
        : tr("all %1 in the queue").arg(ActionPreviewDialog::messagesText(filtered));
    const QString selectedPhrase = selected == 1 ? tr("the selected message")
                                                 : tr("the %1 selected messages").arg(selected);

    d->selectedHeader->setText(selectedPhrase.left(1).toUpper() + selectedPhrase.mid(1));
    d->filteredHeader->setText(filteredPhrase.left(1).toUpper() + filteredPhrase.mid(1));
    for (QueueActionKind kind : kMessageKinds) {
        const bool hidden = readOnly || !connected || (kind == QueueActionKind::Expire && oldPostfix);
        const QString blocked = d->blockedReason(kind);
        const QString title = Actions::queueActionTitle(kind);
        QAction *sel = d->onSelection.value(kind);
        sel->setText(tr("%1 — %2").arg(title, selectedPhrase));
        sel->setVisible(!hidden);
        sel->setEnabled(blocked.isEmpty() && selected > 0);
        sel->setToolTip(!blocked.isEmpty() ? blocked
                        : selected == 0    ? tr("Select messages in the table first.")
                                           : Actions::queueActionExplanation(kind));
        QAction *all = d->onFiltered.value(kind);
        all->setText(tr("%1 — %2").arg(title, filteredPhrase));
        all->setVisible(!hidden);
        all->setEnabled(blocked.isEmpty() && filtered > 0);
        all->setToolTip(!blocked.isEmpty() ? blocked
                        : filtered == 0    ? tr("No message to act on.")
                                           : Actions::queueActionExplanation(kind));
    }
    d->selectedHeader->setVisible(!readOnly && connected);
    d->filteredHeader->setVisible(!readOnly && connected);
    d->expireUnavailable->setVisible(!readOnly && oldPostfix);
    if (oldPostfix)
        d->expireUnavailable->setText(
            tr("Force-expire is not available: it needs Postfix 3.5 or later (this server runs %1)")
                .arg(d->session->capabilities().postfixVersion.toString()));
    const QString flushBlocked = d->blockedReason(QueueActionKind::FlushAll);
    const int deferred = d->page->model()->count(Postfix::QueueName::Deferred);
    d->flushAll->setText(tr("Flush all deferred mail (%1)").arg(ActionPreviewDialog::messagesText(deferred)));
    d->flushSite->setText(tr("Flush a destination…"));
    for (QAction *a : {d->flushAll, d->flushSite}) {
        a->setVisible(!readOnly && connected);
        a->setEnabled(flushBlocked.isEmpty());
    }
    d->flushAll->setToolTip(flushBlocked.isEmpty() ? Actions::queueActionExplanation(QueueActionKind::FlushAll)
                                                   : flushBlocked);
    d->flushSite->setToolTip(flushBlocked.isEmpty() ? Actions::queueActionExplanation(QueueActionKind::FlushSite)
                                                    : flushBlocked);
    d->accountRights->setVisible(connected);
    d->accountRights->setEnabled(d->rights->isKnown());
    d->accountRights->setToolTip(d->rights->isKnown() ? d->rights->rights().summaryText()
                                                      : tr("Known once connected."));
    d->deleteShortcut->setEnabled(!readOnly && connected);
}

void QueueActions::Private::preview(QueueActionKind kind, const QList<Postfix::QueuedMessage> &messages,
                                    const QString &filter, const QString &site)
{
    if (profile.readOnly) {
        page->actionBanner()->showResult(tr("This server profile is read-only: Postdesk offers no "
                                            "queue actions for it."), {}, ActionBanner::Tone::Warning);
        return;
    }
    const QString blocked = blockedReason(kind);
    if (!blocked.isEmpty()) {
        page->actionBanner()->showResult(tr("%1: not possible. %2").arg(Actions::queueActionTitle(kind), blocked),
                                         {}, ActionBanner::Tone::Error);
        return;
    }
    Actions::PreviewContext context;
    context.serverName = profile.displayName();
    context.capabilities = session->capabilities();
    context.totalInQueue = page->model()->rowCount();
    context.fixAppliedSince = fixApplied;
    context.site = site;
    const Actions::ActionPreview built = Actions::buildPreview(kind, messages, context);

    auto *dialog = new ActionPreviewDialog(built, context.serverName, dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, q, [this, dialog, messages, filter, site](int result) {
        onPreviewDone(dialog, result, messages, filter, site);
    });
    PreviewAnswerer::countQuestion();
    if (const auto answer = PreviewAnswerer::takeAnswer()) {
        dialog->setTypedConfirmation(answer->typed);
        // From the event loop, as a click would come: the dialog's own rules decide.
        QTimer::singleShot(0, dialog, [dialog, answer] {
            using Choice = PreviewAnswerer::Answer::Choice;
            PreviewAnswerer::setLastRunWasEnabled(dialog->runButton()->isEnabled());
            if (answer->choice == Choice::Alternative)
                dialog->chooseAlternative(answer->alternative);
            else if (answer->choice == Choice::Run && dialog->runButton()->isEnabled())
                dialog->runButton()->click();
            else
                dialog->reject();
        });
        return;
    }
    dialog->open();
}

void QueueActions::Private::onPreviewDone(ActionPreviewDialog *dialog, int result,
                                          const QList<Postfix::QueuedMessage> &original,
                                          const QString &filter, const QString &site)
{
    const Actions::ActionPreview built = dialog->preview();
    if (result == QDialog::Accepted) {
        start(built, filter, site);
    } else if (result == ActionPreviewDialog::AlternativeChosen) {
        const QueueActionKind alternative = dialog->alternative();
        // After the dialog has closed: the alternative opens its own preview.
        QTimer::singleShot(0, q, [this, alternative, original, filter] { preview(alternative, original, filter); });
    }
}

void QueueActions::Private::start(const Actions::ActionPreview &built, const QString &filter,
                                  const QString &site)
{
    if (!ready() || runner)
        return;
    runner = new Actions::QueueActionRunner(session, audit, q);
    connect(runner, &Actions::QueueActionRunner::progress, page->actionBanner(), &ActionBanner::showRunning);
    connect(runner, &Actions::QueueActionRunner::finished, q,
            [this](const Actions::QueueActionResult &result) { onFinished(result); });
    Actions::QueueActionRunner::Request request;
    request.kind = built.kind;
    request.messages = built.messages;
    request.site = site;
    request.serverName = profile.displayName();
    request.filter = filter;
    page->actionBanner()->showRunning(tr("%1: starting…").arg(Actions::queueActionTitle(built.kind)));
    Q_EMIT q->runningChanged(true);
    runner->start(request);
}

void QueueActions::Private::onFinished(const Actions::QueueActionResult &result)
{
    if (runner)
        runner->deleteLater();
    runner = nullptr;
    page->actionBanner()->showResult(result.summaryText(), QueueActionResultText::details(result),
                                     QueueActionResultText::tone(result));
    Q_EMIT q->runningChanged(false);
    Q_EMIT q->finished(result);
}

void QueueActions::Private::askSite()
{
    if (const auto answer = PreviewAnswerer::takeSiteAnswer()) {
        if (!answer->trimmed().isEmpty())
            QTimer::singleShot(0, q, [this, site = answer->trimmed()] { q->flushSite(site); });
        return;
    }
    auto *input = new QInputDialog(dialogParent);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setObjectName(QStringLiteral("flushSiteInput"));
    input->setWindowTitle(tr("Flush a destination"));
    input->setLabelText(tr("Destination domain (or [address]) whose deferred mail Postfix should "
                           "try now.\nThis works only for destinations listed in fast_flush_domains "
                           "(by default the relay_domains)."));
    const QList<Postfix::QueuedMessage> selected = page->selectedMessages();
    if (!selected.isEmpty())
        input->setTextValue(QueuePage::destinationOf(selected.first()));
    connect(input, &QInputDialog::textValueSelected, q, [this](const QString &site) {
        if (!site.trimmed().isEmpty())
            q->flushSite(site.trimmed());
    });
    input->open();
}

QueueActions::QueueActions(QueuePage *page, Actions::AuditLog *audit, QWidget *dialogParent)
    : QObject(page)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->page = page;
    d->audit = audit;
    d->dialogParent = dialogParent;
    d->menu = new QMenu(tr("Actions"), dialogParent);
    d->menu->setObjectName(QStringLiteral("queueActionsMenu"));
    d->rights = new AccountRightsProbe(this);
    d->build();
    connect(d->rights, &AccountRightsProbe::changed, this, &QueueActions::updateMenu);
    updateMenu();
}

QueueActions::~QueueActions()
{
    if (d->runner)
        d->runner->disconnect(this);
}

void QueueActions::setServer(Remote::ServerSession *session, const Fleet::ServerProfile &profile)
{
    if (d->session)
        disconnect(d->session, nullptr, this, nullptr);
    d->session = session;
    d->profile = profile;
    d->fixApplied = false;
    d->rights->setServer(session, profile);
    if (session)
        connect(session, &Remote::ServerSession::stateChanged, this, &QueueActions::updateMenu);
    updateMenu();
}

void QueueActions::setFixApplied()
{
    d->fixApplied = true;
}

QMenu *QueueActions::menu() const
{
    return d->menu;
}

bool QueueActions::isRunning() const
{
    return d->runner != nullptr;
}

void QueueActions::cancel()
{
    if (d->runner)
        d->runner->cancel();
}

const Actions::AccountRights &QueueActions::accountRights() const
{
    return d->rights->rights();
}

AccountRightsProbe *QueueActions::rightsProbe() const
{
    return d->rights;
}

QAction *QueueActions::messageAction(QueueActionKind kind, bool onFiltered) const
{
    return (onFiltered ? d->onFiltered : d->onSelection).value(kind);
}

void QueueActions::runOnSelection(QueueActionKind kind)
{
    const QList<Postfix::QueuedMessage> messages = d->page->selectedMessages();
    d->preview(kind, messages, QStringLiteral("selection of %1").arg(messages.size()));
}

void QueueActions::runOnFiltered(QueueActionKind kind)
{
    const QString filter = d->page->filterDescription();
    d->preview(kind, d->page->filteredMessages(), filter.isEmpty() ? QStringLiteral("all") : filter);
}

void QueueActions::flushSite(const QString &site)
{
    d->preview(QueueActionKind::FlushSite, d->page->model()->messages(), QString(), site);
}

void QueueActions::run(QueueActionKind kind, const QList<Postfix::QueuedMessage> &messages)
{
    d->preview(kind, messages, QStringLiteral("%1 chosen by a fix").arg(messages.size()));
}

void QueueActions::showAuditLog()
{
    if (!d->auditDialog) {
        d->auditDialog = new AuditLogDialog(d->audit, d->dialogParent);
        d->auditDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        d->auditDialog->reload();
    }
    if (!d->profile.displayName().isEmpty())
        d->auditDialog->setServerFilter(d->profile.displayName());
    d->auditDialog->show();
    d->auditDialog->raise();
}

void QueueActions::showAccountRights()
{
    const Actions::AccountRights &r = d->rights->rights();
    auto *box = new QMessageBox(QMessageBox::Information, tr("Account rights"),
                                r.summaryText(), QMessageBox::Close, d->dialogParent);
    box->setObjectName(QStringLiteral("accountRightsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QStringList details = r.notes;
    if (!d->rights->sudoListed())
        details << tr("sudo -n -l was not run or gave no answer (root login, sudo disabled in the "
                      "profile, or sudo needs a password).");
    box->setDetailedText(details.join(u'\n'));
    box->open();
}

} // namespace Ui
