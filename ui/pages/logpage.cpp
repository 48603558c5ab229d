#include "logpage.h"

#include "charts/barchartwidget.h"
#include "charts/chartadapters.h"
#include "models/displayformat.h"
#include "models/logeventfilterproxymodel.h"
#include "models/logeventmodel.h"
#include "remote/serversession.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimer>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

using Postfix::LogStatus;

namespace {
constexpr int kColumnWidths[] = {135, 66, 150, 90, 170, 190, 190, 300};
constexpr int kTopRows = 10;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QTableWidget *newSmallTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    return table;
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

LogPage::LogPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new LogEventModel(this))
    , m_proxy(new LogEventFilterProxyModel(this))
    , m_filterTimer(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_raw(new QPlainTextEdit(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("logPage"));
    m_proxy->setEventModel(m_model);

    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LogEventModel::Time, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < LogEventModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, kColumnWidths[c]);
    m_empty->setObjectName(QStringLiteral("logEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_raw->setObjectName(QStringLiteral("logRawLine"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_raw->setPlaceholderText(tr("Select an event to see its log line."));
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_stack);
    left->addWidget(m_raw);
    left->setStretchFactor(0, 4);
    left->setStretchFactor(1, 1);
    left->setSizes({420, 90});
    m_splitter->setObjectName(QStringLiteral("logSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(buildStatsPanel());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({660, 440});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(buildWindowBar());
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_splitter, 1);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &LogPage::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogPage::onCurrentRowChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(LogEventModel::QueueIdRole).toString();
        if (!id.isEmpty() && id != QStringLiteral("NOQUEUE"))
            Q_EMIT queueIdActivated(id);
    });
    setLoading(false);
    showEmptyText(tr("Choose a time window and press Load to read the mail log."));
}

LogPage::~LogPage() = default;

QWidget *LogPage::buildWindowBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_range = new QComboBox(bar);
    m_range->setObjectName(QStringLiteral("logWindowCombo"));
    m_range->addItem(tr("Last hour"), int(Range::LastHour));
    m_range->addItem(tr("Last 24 hours"), int(Range::LastDay));
    m_range->addItem(tr("Last 7 days"), int(Range::LastWeek));
    m_range->addItem(tr("Custom…"), int(Range::Custom));
    m_range->setCurrentIndex(1);
    const QDateTime now = QDateTime::currentDateTime();
    m_since = new QDateTimeEdit(now.addDays(-1), bar);
    m_since->setObjectName(QStringLiteral("logSinceEdit"));
    m_until = new QDateTimeEdit(now, bar);
    m_until->setObjectName(QStringLiteral("logUntilEdit"));
    for (QDateTimeEdit *edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setVisible(false);
    }
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
        m_since->setVisible(custom);
        m_until->setVisible(custom);
    });
    m_loadButton = new QPushButton(tr("Load"), bar);
    m_loadButton->setObjectName(QStringLiteral("logLoadButton"));
    m_loadButton->setToolTip(tr("Read the mail log of this window from the server"));
    connect(m_loadButton, &QPushButton::clicked, this, &LogPage::load);
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("logProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_cancelButton = new QPushButton(tr("Cancel"), bar);
    m_cancelButton->setObjectName(QStringLiteral("logCancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &LogPage::cancel);

    row->addWidget(new QLabel(tr("Mail log of the"), bar));
    row->addWidget(m_range);
    row->addWidget(m_since);
    row->addWidget(m_until);
    row->addWidget(m_loadButton);
    row->addWidget(m_progress);
    row->addWidget(m_status, 1);
    row->addWidget(m_cancelButton);
    return bar;
}

QWidget *LogPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("logStatusFilter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (LogStatus s : {LogStatus::Sent, LogStatus::Deferred, LogStatus::Bounced, LogStatus::Expired,
                        LogStatus::Rejected})
        m_statusFilter->addItem(LogEventModel::statusName(s), int(s));
    m_classFilter = new QComboBox(bar);
    m_classFilter->setObjectName(QStringLiteral("logClassFilter"));
    m_classFilter->addItem(tr("All reasons"), -1);
    for (Diagnosis::ReasonClass cls : Diagnosis::allReasonClasses())
        m_classFilter->addItem(Diagnosis::reasonClassInfo(cls).title, int(cls));
    auto edit = [this, bar](const QString &name, const QString &placeholder) {
        auto *e = new QLineEdit(bar);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
        return e;
    };
    m_domainFilter = edit(QStringLiteral("logDomainFilter"), tr("Recipient domain"));
    m_senderFilter = edit(QStringLiteral("logSenderFilter"), tr("Sender"));
    m_textFilter = edit(QStringLiteral("logTextFilter"), tr("Text anywhere in the line"));
    for (QComboBox *combo : {m_statusFilter, m_classFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &LogPage::applyFilters);
    row->addWidget(m_statusFilter);
    row->addWidget(m_classFilter);
    row->addWidget(m_domainFilter, 1);
    row->addWidget(m_senderFilter, 1);
    row->addWidget(m_textFilter, 2);
    return bar;
}

QWidget *LogPage::buildStatsPanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("logStats"));
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);
    m_totals = new QLabel(panel);
    m_totals->setObjectName(QStringLiteral("logTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_perHour = new BarChartWidget(tr("Deliveries per hour"), panel);
    m_perHour->setObjectName(QStringLiteral("logPerHourChart"));
    m_perHour->clear(tr("No log loaded yet."));
    m_senderWarning = new QLabel(panel);
    m_senderWarning->setObjectName(QStringLiteral("logSenderWarning"));
    m_senderWarning->setWordWrap(true);
    m_senderWarning->setTextFormat(Qt::PlainText);
    m_senderWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #b3261e; color: white; padding: 4px; }"));
    m_senderWarning->hide();
    m_topSenders = newSmallTable({tr("Top senders"), tr("Messages"), tr("Share")}, panel);
    m_topSenders->setObjectName(QStringLiteral("logTopSenders"));
    m_topDomains = newSmallTable({tr("Deferred to"), tr("Deferrals")}, panel);
    m_topDomains->setObjectName(QStringLiteral("logTopDeferredDomains"));
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_topSenders, 3); // who sends is the question; domains read when elided
    tables->addWidget(m_topDomains, 2);
    column->addWidget(m_totals);
    column->addWidget(m_perHour, 3);
    column->addWidget(m_senderWarning);
    column->addLayout(tables, 2);
    return panel;
}

void LogPage::setSession(Remote::ServerSession *session)
{
    if (m_session == session)
        return;
    delete m_loader;
    m_loader = nullptr;
    m_session = session;
    m_hasResult = false;
    m_model->clear();
    m_raw->clear();
    m_totals->clear();
    m_perHour->clear(tr("No log loaded yet."));
    m_senderWarning->hide();
    m_topSenders->setRowCount(0);
    m_topDomains->setRowCount(0);
    m_status->clear();
    setLoading(false);
    showEmptyText(tr("Choose a time window and press Load to read the mail log."));
    if (!session)
        return;
    m_loader = new Services::LogStatsLoader(session, this);
    connect(m_loader, &Services::LogStatsLoader::progress, this, [this](qint64 bytes) {
        m_status->setText(tr("Reading the log… %1").arg(DisplayFormat::size(bytes)));
    });
    connect(m_loader, &Services::LogStatsLoader::finished, this, &LogPage::showResult);
    m_loadButton->setEnabled(true);
}

Remote::ServerSession *LogPage::session() const
{
    return m_session;
}

void LogPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

Services::LogWindow LogPage::selectedWindow(const QDateTime &nowUtc) const
{
    Services::LogWindow window;
    switch (Range(m_range->currentData().toInt())) {
    case Range::LastHour:
        window.since = nowUtc.addSecs(-3600);
        break;
    case Range::LastDay:
        window.since = nowUtc.addDays(-1);
        break;
    case Range::LastWeek:
        window.since = nowUtc.addDays(-7);
        break;
    case Range::Custom:
        window.since = m_since->dateTime().toUTC();
        window.until = m_until->dateTime().toUTC();
        break;
    }
    return window;
}

void LogPage::load()
{
    if (!m_loader)
        return;
    if (m_loader->isRunning())
        m_loader->cancel();
    setLoading(true);
    m_status->setText(tr("Reading the log…"));
    m_loader->load(selectedWindow(QDateTime::currentDateTimeUtc()));
}

void LogPage::cancel()
{
    if (m_loader && m_loader->isRunning())
        m_loader->cancel();
}

bool LogPage::isLoading() const
{
    return m_loading;
}

bool LogPage::hasResult() const
{
    return m_hasResult;
}

void LogPage::setLoading(bool loading)
{
    m_progress->setVisible(loading);
    m_cancelButton->setVisible(loading);
    m_loadButton->setEnabled(!loading && m_loader);
    if (loading != m_loading) {
        m_loading = loading;
        Q_EMIT loadingChanged(loading);
    }
}

void LogPage::showEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void LogPage::showResult(const Services::LogStatsResult &result)
{
    if (result.canceled) {
        m_status->setText(tr("Canceled."));
        if (!m_hasResult)
            showEmptyText(tr("Loading was canceled. Press Load to read the log again."));
        setLoading(false);
        return;
    }
    if (!result.ok()) {
        const QString who = m_session ? m_session->params().user : QString();
        const QString text = result.permissionDenied
            ? tr("The mail log is not readable by %1 on this server. Connect as root, with sudo, or as "
                 "a member of the group that may read it (adm on Debian).").arg(who)
            : tr("Could not read the mail log: %1").arg(result.error);
        m_status->setText(result.permissionDenied ? tr("no permission") : tr("failed"));
        m_model->clear();
        showEmptyText(text);
        setLoading(false);
        return;
    }
    m_hasResult = true;
    m_model->setEvents(result.events);
    // Delivery lines carry no sender: the column only shows when some event has one.
    const bool anySender = std::any_of(result.events.cbegin(), result.events.cend(),
                                       [](const Postfix::LogEvent &e) { return !e.from.isEmpty(); });
    m_table->setColumnHidden(LogEventModel::Sender, !anySender);
    if (result.events.isEmpty())
        showEmptyText(tr("No deliveries or rejects in this window."));
    else
        m_stack->setCurrentWidget(m_table);
    m_raw->clear();
    if (m_proxy->rowCount() > 0) // the newest event's line right away
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    QString status = tr("%1 read from %2 in %3 s")
                         .arg(DisplayFormat::size(result.bytesRead),
                              result.searchedFiles.isEmpty() ? tr("the journal")
                                                             : result.searchedFiles.join(QStringLiteral(", ")))
                         .arg(double(result.elapsedMs) / 1000.0, 0, 'f', 1);
    if (result.eventsTruncated)
        status += tr(" — showing the newest %1 events").arg(number(result.events.size()));
    m_status->setText(status);
    showStatistics(result);
    setLoading(false);
}

void LogPage::showStatistics(const Services::LogStatsResult &result)
{
    const Services::LogStatistics &s = result.stats;
    const int offset = result.events.isEmpty() ? QDateTime::currentDateTime().offsetFromUtc()
                                               : result.events.last().utcOffsetSeconds;
    QString span;
    if (s.firstMs > 0 && s.lastMs > 0) {
        const QTimeZone zone(offset);
        span = tr("From %1 to %2 (server time)")
                   .arg(QDateTime::fromMSecsSinceEpoch(s.firstMs, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QDateTime::fromMSecsSinceEpoch(s.lastMs, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            + u'\n';
    }
    QString totals = span
        + tr("Received %1 · sent %2 · deferred %3 (%4 messages) · bounced %5 · rejected %6 · expired %7")
              .arg(number(s.received), number(s.sent), number(s.deferred), number(s.deferredMessages),
                   number(s.bounced), number(s.rejected), number(s.expired));
    if (s.damagedLines > 0)
        totals += u'\n' + tr("%n log line(s) could not be read", nullptr, int(s.damagedLines));
    m_totals->setText(totals);
    m_perHour->setData(ChartAdapters::deliveryPerHour(s.perHour, offset));
    showTopSenders(s);
    showTopDomains(s);
    Q_EMIT statisticsChanged(s, offset);
}

bool LogPage::isOutsizedShare(qint64 count, qint64 total)
{
    // A quarter of all accepted mail from one address, and enough mail for that to mean something.
    return total > 0 && count >= 20 && count * 4 >= total;
}

void LogPage::showTopSenders(const Services::LogStatistics &stats)
{
    m_topSenders->setRowCount(0);
    m_senderWarning->hide();
    const qint64 total = stats.received;
    for (const Services::LogCount &c : stats.topSenders.mid(0, kTopRows)) {
        const int row = m_topSenders->rowCount();
        m_topSenders->insertRow(row);
        const double share = total > 0 ? 100.0 * double(c.count) / double(total) : 0;
        const bool nullSender = c.key.isEmpty() || c.key == QStringLiteral("<>");
        auto *sender = new QTableWidgetItem(nullSender ? tr("<> (bounces)") : c.key);
        sender->setToolTip(Qt::convertFromPlainText(sender->text(), Qt::WhiteSpaceNormal));
        m_topSenders->setItem(row, 0, sender);
        m_topSenders->setItem(row, 1, numberItem(number(c.count)));
        m_topSenders->setItem(row, 2, numberItem(QLocale().toString(share, 'f', 1) + u'%'));
        if (!isOutsizedShare(c.count, total))
            continue;
        const QString why = tr("%1 sent %2 % of all mail accepted in this window. A compromised "
                               "mailbox or web form sending spam often looks like this.")
                                .arg(c.key, QLocale().toString(share, 'f', 0));
        for (int col = 0; col < m_topSenders->columnCount(); ++col) {
            QTableWidgetItem *item = m_topSenders->item(row, col);
            item->setBackground(QColor(0xb3, 0x26, 0x1e));
            item->setForeground(Qt::white);
            item->setToolTip(Qt::convertFromPlainText(why, Qt::WhiteSpaceNormal));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        if (m_senderWarning->isHidden()) {
            m_senderWarning->setText(why);
            m_senderWarning->show();
        }
    }
}

void LogPage::showTopDomains(const Services::LogStatistics &stats)
{
    m_topDomains->setRowCount(0);
    for (const Services::LogCount &c : stats.topDeferredDomains.mid(0, kTopRows)) {
        const int row = m_topDomains->rowCount();
        m_topDomains->insertRow(row);
        auto *domain = new QTableWidgetItem(c.key);
        domain->setToolTip(Qt::convertFromPlainText(c.key, Qt::WhiteSpaceNormal));
        m_topDomains->setItem(row, 0, domain);
        m_topDomains->setItem(row, 1, numberItem(number(c.count)));
    }
}

void LogPage::applyFilters()
{
    m_proxy->setStatusFilter(m_statusFilter->currentData().toInt());
    m_proxy->setClassFilter(m_classFilter->currentData().toInt());
    m_proxy->setDomainFilter(m_domainFilter->text());
    m_proxy->setSenderFilter(m_senderFilter->text());
    m_proxy->setTextFilter(m_textFilter->text());
}

void LogPage::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_raw->clear();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    QString text = m_model->event(row).rawLine;
    const int cls = m_model->reasonClass(row);
    if (cls >= 0) {
        const Diagnosis::ReasonClassInfo info = Diagnosis::reasonClassInfo(Diagnosis::ReasonClass(cls));
        text += QStringLiteral("\n\n") + info.title + QStringLiteral(": ") + info.explanation
            + u'\n' + tr("What to do: %1").arg(info.fixHint);
    }
    m_raw->setPlainText(text);
}

void LogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first visit with a ready server reads the default window by itself.
    if (m_loader && !m_hasResult && !m_loading && m_session
        && m_session->state() == Remote::ServerSession::State::Ready)
        load();
}

LogEventModel *LogPage::model() const
{
    return m_model;
}

LogEventFilterProxyModel *LogPage::proxy() const
{
    return m_proxy;
}

BarChartWidget *LogPage::perHourChart() const
{
    return m_perHour;
}

QSplitter *LogPage::splitter() const
{
    return m_splitter;
}

} // namespace Ui
