#include "queuepage.h"

#include "checks/diagnosetargets.h"
#include "diagnosis/reasonclass.h"
#include "models/classsummarymodel.h"
#include "models/displayformat.h"
#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"
#include "remote/serversession.h"
#include "widgets/actionbanner.h"
#include "widgets/classsummaryview.h"
#include "widgets/messagespane.h"
#include "widgets/queuefilterbar.h"
#include "widgets/queuetableview.h"
#include "widgets/shapeview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ui {

using Postfix::QueueName;

namespace {
constexpr QueueName kQueueOrder[] = {QueueName::Active, QueueName::Deferred, QueueName::Hold,
                                     QueueName::Incoming, QueueName::Maildrop};
} // namespace

QueuePage::QueuePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new QueueTableModel(this))
    , m_proxy(new QueueFilterProxyModel(this))
    , m_filterBar(new QueueFilterBar(m_proxy, this))
    , m_progress(new QProgressBar(this))
    , m_loadStatus(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_tabs(new QTabWidget(this))
    , m_messages(nullptr)
    , m_summary(new ClassSummaryView(this))
    , m_shape(new ShapeView(this))
    , m_actionBanner(new ActionBanner(this))
    , m_checkRow(new QAction(tr("Check this destination"), this))
    , m_checkClass(new QAction(tr("Check this destination"), this))
{
    setObjectName(QStringLiteral("queuePage"));
    m_proxy->setSourceModel(m_model);
    m_messages = new MessagesPane(m_proxy, m_model, this);

    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 0); // total size is unknown while postqueue streams
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_loadStatus->setObjectName(QStringLiteral("loadStatus"));
    m_loadStatus->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop loading (Esc)"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterBar, 3);
    bar->addWidget(m_progress);
    bar->addWidget(m_loadStatus);
    bar->addWidget(m_cancel);
    setLoading(false);

    m_tabs->setObjectName(QStringLiteral("queueTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_messages, tr("Messages"));
    m_tabs->addTab(m_summary, tr("By class"));
    m_tabs->addTab(m_shape, tr("Shape"));
    m_tabs->setTabToolTip(1, tr("Why mail is stuck: messages per reason class, with what to do"));
    m_tabs->setTabToolTip(2, tr("Where mail clogs: recipients per domain and age, top senders"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &QueuePage::updateOverviews);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_actionBanner);
    layout->addWidget(m_tabs, 1);

    connect(m_filterBar, &QueueFilterBar::filtersChanged, this, [this] {
        m_tabs->setCurrentIndex(0); // filters are about the message list: show it
        updateEmptyState();
        Q_EMIT countsChanged();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QueuePage::cancel);
    connect(m_summary, &ClassSummaryView::classActivated, this,
            [this](int cls) { filterByClass(cls); });
    connect(m_shape, &ShapeView::domainActivated, this, &QueuePage::filterByDomain);
    buildCheckActions();

    showMessage(tr("Select a server on the left."));
}

QueuePage::~QueuePage() = default;

void QueuePage::setSession(Remote::ServerSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, &Remote::ServerSession::stateChanged, this, nullptr);
    delete m_loader;
    m_loader = nullptr;
    delete m_timesLoader;
    m_timesLoader = nullptr;
    m_session = session;
    m_messages->setSession(session); // its loaders go before the session, or are created for it
    m_model->clear();
    m_snapshotTime = {};
    m_summary->clear(tr("No queue loaded."));
    m_shape->clear(tr("No queue loaded."));
    m_filterBar->setClassCounts({});
    updateTabTitles();
    setLoading(false);
    if (session) {
        createLoaders(session);
        connect(session, &Remote::ServerSession::stateChanged, this, &QueuePage::updateCheckActions);
    }
    updateCheckActions();
    Q_EMIT countsChanged();
}

void QueuePage::buildCheckActions()
{
    m_checkRow->setObjectName(QStringLiteral("checkRowDestinationAction"));
    m_checkRow->setToolTip(tr("Run the checks for this message's reason on the server, for the "
                              "domain of its first deferred recipient"));
    m_checkClass->setObjectName(QStringLiteral("checkClassDestinationAction"));
    m_checkClass->setToolTip(tr("Run the checks for this class on the server, for its most "
                                "deferred domain"));
    connect(m_checkRow, &QAction::triggered, this, [this] {
        checkRowDestination(m_menuRow.isValid() ? QModelIndex(m_menuRow) : m_messages->table()->currentIndex());
    });
    connect(m_checkClass, &QAction::triggered, this, [this] { checkClassDestination(m_menuClass); });

    QTableView *table = m_messages->table();
    table->setSelectionMode(QAbstractItemView::ExtendedSelection); // actions on several rows
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        const QModelIndex index = table->indexAt(pos);
        if (!index.isValid())
            return;
        // A right-click inside the selection keeps it (the actions apply to all selected rows).
        if (!table->selectionModel()->isRowSelected(index.row(), index.parent()))
            table->setCurrentIndex(index);
        m_menuRow = index;
        auto *menu = new QMenu(this);
        menu->setObjectName(QStringLiteral("queueContextMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(m_checkRow);
        Q_EMIT contextMenuAboutToShow(menu);
        menu->popup(table->viewport()->mapToGlobal(pos));
    });
    QTableView *classes = m_summary->table();
    classes->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(classes, &QWidget::customContextMenuRequested, this, [this, classes](const QPoint &pos) {
        const QModelIndex index = classes->indexAt(pos);
        if (!index.isValid())
            return;
        m_menuClass = index.data(ClassSummaryModel::ClassRole).toInt();
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(m_checkClass);
        menu->popup(classes->viewport()->mapToGlobal(pos));
    });
    updateCheckActions();
}

void QueuePage::updateCheckActions()
{
    const bool ready = m_session && m_session->state() == Remote::ServerSession::State::Ready;
    m_checkRow->setEnabled(ready);
    m_checkClass->setEnabled(ready);
}

QString QueuePage::destinationOf(const Postfix::QueuedMessage &message)
{
    for (const Postfix::Recipient &r : message.recipients) {
        if (!r.delayReason.isEmpty())
            return Checks::recipientDomain(r.address);
    }
    return message.recipients.isEmpty() ? QString() : Checks::recipientDomain(message.recipients.first().address);
}

void QueuePage::checkRowDestination(const QModelIndex &proxyIndex)
{
    if (!m_checkRow->isEnabled() || !proxyIndex.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const Postfix::QueuedMessage &message = m_model->message(source.row());
    const int cls = source.siblingAtColumn(0).data(QueueTableModel::ClassRole).toInt();
    Q_EMIT checkDestinationRequested(destinationOf(message), cls);
}

void QueuePage::checkClassDestination(int cls)
{
    if (!m_checkClass->isEnabled())
        return;
    // The class's most deferred domain: the same ranking as the Checks page's prefill, over the
    // messages of this class only.
    QList<Postfix::QueuedMessage> ofClass;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(QueueTableModel::ClassRole).toInt() == cls)
            ofClass.append(m_model->message(row));
    }
    const QStringList domains = Checks::targetsFromQueue(ofClass, 1).domains;
    Q_EMIT checkDestinationRequested(domains.value(0), cls);
}

void QueuePage::createLoaders(Remote::ServerSession *session)
{
    m_loader = new Services::QueueLoader(session, this);
    m_loader->setKeepMessages(false); // the model holds the one copy
    connect(m_loader, &Services::QueueLoader::batchReady, this, &QueuePage::onBatch);
    connect(m_loader, &Services::QueueLoader::progress, this, &QueuePage::onProgress);
    connect(m_loader, &Services::QueueLoader::finished, this, &QueuePage::onFinished);
    m_timesLoader = new Services::QueueTimesLoader(session, this);
    connect(m_timesLoader, &Services::QueueTimesLoader::finished, this,
            [this](const Services::QueueTimes &times) {
                if (m_loading)
                    return; // a newer load started; it asks again when it finishes
                m_model->setQueueTimes(times);
                Q_EMIT queueTimesLoaded();
            });
}

Remote::ServerSession *QueuePage::session() const
{
    return m_session;
}

void QueuePage::refresh()
{
    if (!m_loader)
        return;
    // QueueLoader::cancel() reports the old load as canceled at once; let that happen before this
    // load's state is set up, so the old finished() cannot end the new load's progress display.
    if (m_loader->isRunning())
        m_loader->cancel();
    m_timesLoader->cancel();
    m_messages->rememberSelection();
    m_model->clear();
    m_model->setReferenceTime(QDateTime::currentDateTimeUtc());
    // Sorting 2000-row batches into a 100k-row proxy one by one is quadratic: append unsorted
    // while loading and sort once in onFinished().
    m_proxy->setDynamicSortFilter(false);
    m_emptyText.clear();
    setLoading(true);
    m_loadStatus->setText(tr("Loading…"));
    updateEmptyState();
    m_loader->start();
}

void QueuePage::cancel()
{
    if (m_loader && m_loader->isRunning())
        m_loader->cancel();
}

bool QueuePage::isLoading() const
{
    return m_loading;
}

void QueuePage::focusFilter()
{
    m_tabs->setCurrentIndex(0);
    m_filterBar->focusText();
}

void QueuePage::showMessage(const QString &text)
{
    m_emptyText = text;
    m_messages->showMessage(text);
}

void QueuePage::onBatch(const QList<Postfix::QueuedMessage> &batch)
{
    m_model->appendMessages(batch);
    updateEmptyState();
    Q_EMIT countsChanged();
}

void QueuePage::onProgress(qint64 bytes, qint64 messages)
{
    m_loadStatus->setText(tr("Loading… %1 messages, %2")
                              .arg(messages)
                              .arg(DisplayFormat::size(bytes)));
}

void QueuePage::onFinished(const Services::QueueSnapshot &snapshot)
{
    m_proxy->setDynamicSortFilter(true); // the one sort of this load
    m_snapshotTime = snapshot.takenAt;
    m_model->setReferenceTime(snapshot.takenAt);
    setLoading(false);

    const bool noPostfix = m_session && m_session->state() == Remote::ServerSession::State::Ready
        && !m_session->capabilities().hasPostfix();
    if (snapshot.canceled) {
        m_emptyText = tr("Loading was canceled. Press F5 to load the queue again.");
        m_loadStatus->setText(m_model->rowCount() ? tr("Canceled: partial listing") : QString());
    } else if (noPostfix) {
        m_emptyText = tr("Postfix is not installed on this server.");
    } else if (!snapshot.error.isEmpty()) {
        m_emptyText = snapshot.mailSystemDown
            ? tr("The mail system is down: Postfix is not running on this server.")
            : snapshot.error;
        m_loadStatus->setText(m_model->rowCount() ? snapshot.error : QString());
    } else if (snapshot.mailSystemDown) {
        m_emptyText = tr("The mail system is down: Postfix is not running on this server.");
        m_loadStatus->setText(tr("mail system is down"));
    } else {
        m_emptyText = tr("Queue is empty.");
        m_loadStatus->setText(snapshot.issues.isEmpty()
                                  ? QString()
                                  : tr("%n line(s) could not be read", nullptr,
                                       int(snapshot.issues.size())));
    }
    m_loadStatus->setVisible(!m_loadStatus->text().isEmpty());
    m_messages->table()->updateFlagsColumn();
    updateEmptyState();

    // Next retry / Expires: one batched command after the listing, only for a queue with
    // deferred mail worth timing (and Postfix there to ask).
    if (m_timesLoader && m_model->rowCount() > 0 && !noPostfix)
        m_timesLoader->load();

    // The class summary is one pass over cached classes: always current (it also feeds the
    // counts in the class filter). The shape waits until its tab is shown.
    rebuildSummary();
    m_shapeStale = true;
    updateOverviews();
    updateTabTitles();
    m_messages->restoreSelection();
    Q_EMIT countsChanged();
    Q_EMIT loadFinished(snapshot);
}

void QueuePage::rebuildSummary()
{
    m_summary->rebuild(*m_model, m_snapshotTime);
    QHash<int, int> counts;
    const ClassSummaryModel *summary = m_summary->model();
    for (int r = 0; r < summary->rowCount(); ++r)
        counts.insert(summary->index(r, 0).data(ClassSummaryModel::ClassRole).toInt(),
                      summary->index(r, ClassSummaryModel::Messages)
                          .data(ClassSummaryModel::SortRole).toInt());
    m_filterBar->setClassCounts(counts);
}

void QueuePage::updateOverviews()
{
    if (m_tabs->currentWidget() == m_shape && m_shapeStale) {
        m_shapeStale = false;
        if (m_model->rowCount() == 0)
            m_shape->clear(m_loading ? tr("Loading the queue…") : m_emptyText);
        else
            m_shape->setMessages(m_model->messages(), m_snapshotTime.isValid()
                                                          ? m_snapshotTime.toSecsSinceEpoch()
                                                          : QDateTime::currentSecsSinceEpoch());
    }
}

void QueuePage::updateTabTitles()
{
    const int total = m_model->rowCount();
    m_tabs->setTabText(0, total ? tr("Messages (%1)").arg(total) : tr("Messages"));
    const int classes = m_summary->model()->classCount();
    m_tabs->setTabText(1, classes ? tr("By class (%1)").arg(classes) : tr("By class"));
}

void QueuePage::filterByClass(std::optional<int> cls)
{
    m_filterBar->setClassFilter(cls);
    m_tabs->setCurrentIndex(0);
}

void QueuePage::filterByDomain(const QString &domain, bool isSenderDomain)
{
    // "@domain" matches the addresses at that domain; the null sender has no domain.
    const bool bare = domain.contains(QLatin1Char('@')) || domain == QLatin1String("MAILER-DAEMON");
    Q_UNUSED(isSenderDomain) // the text filter searches senders and recipients alike
    m_filterBar->setText(bare ? domain : QLatin1Char('@') + domain);
    m_tabs->setCurrentIndex(0);
}

void QueuePage::updateEmptyState()
{
    m_messages->updateEmptyState(m_loading, m_emptyText);
}

void QueuePage::setLoading(bool loading)
{
    const bool changed = loading != m_loading;
    m_loading = loading;
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    if (loading)
        m_loadStatus->show();
    if (changed)
        Q_EMIT loadingChanged(loading);
}

QString QueuePage::countsText() const
{
    if (!m_session || (!m_loading && !m_snapshotTime.isValid()))
        return {};
    QStringList parts;
    for (QueueName q : kQueueOrder) {
        if (const int n = m_model->count(q))
            parts << tr("%1 %2").arg(Postfix::queueNameToString(q)).arg(n);
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (!text.isEmpty())
        text += QStringLiteral(" — ");
    text += tr("total %1").arg(m_model->rowCount());
    if (m_proxy->rowCount() != m_model->rowCount())
        text += tr(" (showing %1)").arg(m_proxy->rowCount());
    if (m_loading)
        text += tr(" — loading…");
    else if (m_snapshotTime.isValid())
        text += tr(" — as of %1").arg(m_snapshotTime.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    return text;
}

QueueTableModel *QueuePage::model() const
{
    return m_model;
}

QueueFilterProxyModel *QueuePage::proxy() const
{
    return m_proxy;
}

QSplitter *QueuePage::splitter() const
{
    return m_messages->splitter();
}

QTabWidget *QueuePage::tabs() const
{
    return m_tabs;
}

QList<Postfix::QueuedMessage> QueuePage::selectedMessages() const
{
    return messagesOf(m_messages->table()->selectionModel()->selectedRows());
}

QList<Postfix::QueuedMessage> QueuePage::filteredMessages() const
{
    if (!isFiltered())
        return m_model->messages();
    QModelIndexList shown;
    shown.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        shown << m_proxy->index(r, 0);
    return messagesOf(shown);
}

QList<Postfix::QueuedMessage> QueuePage::messagesOf(const QModelIndexList &proxyRows) const
{
    // In listing order, whatever the table's sort: previews and audit records read naturally.
    QList<int> rows;
    rows.reserve(proxyRows.size());
    for (const QModelIndex &index : proxyRows)
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    QList<Postfix::QueuedMessage> messages;
    messages.reserve(rows.size());
    for (int row : rows)
        messages << m_model->message(row);
    return messages;
}

bool QueuePage::isFiltered() const
{
    return !m_proxy->textFilter().isEmpty() || m_proxy->queueFilter() || m_proxy->classFilter();
}

QString QueuePage::filterDescription() const
{
    // Machine-stable words (the audit log is read by people and scripts alike): not translated.
    QStringList parts;
    if (const auto queue = m_proxy->queueFilter())
        parts << QStringLiteral("queue=") + Postfix::queueNameToString(*queue);
    if (const auto cls = m_proxy->classFilter())
        parts << QStringLiteral("class=")
                + (*cls < 0 ? QStringLiteral("none") : Diagnosis::reasonClassKey(Diagnosis::ReasonClass(*cls)));
    if (!m_proxy->textFilter().isEmpty())
        parts << QStringLiteral("text=\"%1\"").arg(m_proxy->textFilter());
    return parts.join(u' ');
}

QTableView *QueuePage::table() const
{
    return m_messages->table();
}

ActionBanner *QueuePage::actionBanner() const
{
    return m_actionBanner;
}

} // namespace Ui
