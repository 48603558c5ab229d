#include "dashboardpage.h"

#include "charts/fleethistorychart.h"
#include "fleettext.h"
#include "models/fleetmodel.h"
#include "servercard.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

namespace {
constexpr int cardWidth = 300;
constexpr qint64 chartReloadMs = 60'000;
} // namespace

DashboardPage::DashboardPage(FleetModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_pollAll(new QPushButton(tr("Poll all now"), this))
    , m_scroll(new QScrollArea(this))
    , m_cardsHost(new QWidget)
    , m_groupsLayout(new QVBoxLayout(m_cardsHost))
    , m_chart(new FleetHistoryChart(this))
    , m_alerts(new QListWidget(this))
    , m_clock(new QTimer(this))
    , m_relayout(new QTimer(this))
    , m_chartTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_summary->setObjectName(QStringLiteral("fleetSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_filter->setObjectName(QStringLiteral("dashboardFilter"));
    m_filter->setPlaceholderText(tr("Filter servers, clients, states…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter servers"));
    m_filter->setMaximumWidth(320);
    m_pollAll->setObjectName(QStringLiteral("pollAllButton"));
    m_pollAll->setToolTip(tr("Poll every server now, ahead of its schedule"));
    connect(m_pollAll, &QPushButton::clicked, this, &DashboardPage::pollAllRequested);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { relayout(true); });
    setFocusProxy(m_filter);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_filter);
    top->addWidget(m_pollAll);

    m_groupsLayout->setContentsMargins(0, 0, 0, 0);
    m_groupsLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("dashboardCards"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_cardsHost);

    m_alerts->setObjectName(QStringLiteral("alertList"));
    m_alerts->setAccessibleName(tr("Alerts"));
    m_alerts->setWordWrap(true);
    m_alerts->setMinimumWidth(240);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_chart);
    bottom->addWidget(m_alerts);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("dashboardSplitter"));
    split->addWidget(m_scroll);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    m_scroll->setMinimumHeight(200);
    bottom->setMinimumHeight(180);
    split->setSizes({600, 280}); // scaled to the real height: the cards get about two thirds

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    // Many polls in one turn of the event loop re-sort once.
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(0);
    connect(m_relayout, &QTimer::timeout, this, [this] { relayout(); });
    m_chartTimer->setSingleShot(true);
    connect(m_chartTimer, &QTimer::timeout, this, [this] {
        if (!isVisible())
            return; // stays stale: showEvent reloads
        m_chart->reload();
        m_chartLoadedAt = QDateTime::currentMSecsSinceEpoch();
        m_chartStale = false;
    });
    m_clock->setInterval(5000);
    connect(m_clock, &QTimer::timeout, this, &DashboardPage::updateTimes);
    m_clock->start();
    connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardPage::refresh);
    connect(m_model, &FleetModel::entryChanged, this, &DashboardPage::onEntryChanged);
    refresh();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setHistoryStore(const Fleet::HistoryStore *store)
{
    m_chart->setHistoryStore(store);
    m_chartLoadedAt = QDateTime::currentMSecsSinceEpoch();
    m_chartStale = false;
}

ServerCard *DashboardPage::card(const QUuid &id) const
{
    return m_cards.value(id);
}

QList<ServerCard *> DashboardPage::cards() const
{
    QList<ServerCard *> out;
    for (const auto &group : m_order) {
        for (const QUuid &id : group.second)
            out << m_cards.value(id);
    }
    return out;
}

QStringList DashboardPage::groupOrder() const
{
    QStringList out;
    for (const auto &group : m_order)
        out << group.first;
    return out;
}

QString DashboardPage::summaryText() const
{
    return m_summary->text();
}

QListWidget *DashboardPage::alertList() const
{
    return m_alerts;
}

FleetHistoryChart *DashboardPage::historyChart() const
{
    return m_chart;
}

void DashboardPage::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void DashboardPage::refresh()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QUuid> alive;
    QList<QPair<QUuid, QString>> servers;
    for (const FleetEntry &e : m_model->entries()) {
        alive.insert(e.id);
        servers.append({e.id, e.name});
        if (ServerCard *c = m_cards.value(e.id)) {
            c->setEntry(e, now);
            continue;
        }
        auto *c = new ServerCard(e, m_cardsHost);
        c->hide();
        connect(c, &ServerCard::openRequested, this, &DashboardPage::openRequested);
        m_cards.insert(e.id, c);
    }
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (alive.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->deleteLater();
        it = m_cards.erase(it);
    }
    m_chart->setServers(servers);
    relayout(true);
}

void DashboardPage::noteHistoryChanged()
{
    m_chartStale = true;
    if (m_chartTimer->isActive())
        return;
    const qint64 sinceLoad = QDateTime::currentMSecsSinceEpoch() - m_chartLoadedAt;
    const qint64 wait = m_chart->data().isEmpty() ? 3000 : std::max<qint64>(1000, chartReloadMs - sinceLoad);
    m_chartTimer->start(int(wait));
}

void DashboardPage::onEntryChanged(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    ServerCard *c = m_cards.value(id);
    if (row < 0 || !c)
        return;
    c->setEntry(m_model->entry(row), QDateTime::currentDateTimeUtc());
    m_relayout->start();
}

bool DashboardPage::matchesFilter(const ServerCard *card) const
{
    const QString needle = m_filter->text().trimmed();
    if (needle.isEmpty())
        return true;
    const FleetEntry &e = card->entry();
    for (const QString &hay : {e.name, e.group, card->stateText()}) {
        if (hay.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

int DashboardPage::columnCount() const
{
    const int width = m_scroll->viewport()->width() - 24;
    return std::max(1, width / cardWidth);
}

QGroupBox *DashboardPage::groupBox(const QString &name)
{
    if (QGroupBox *box = m_groups.value(name))
        return box;
    auto *box = new QGroupBox(name, m_cardsHost);
    box->setObjectName(QStringLiteral("group_") + name);
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(10);
    m_groups.insert(name, box);
    return box;
}

void DashboardPage::relayout(bool force)
{
    // Worst first inside each group, groups by their worst server.
    QList<ServerCard *> visible;
    for (ServerCard *c : std::as_const(m_cards)) {
        if (matchesFilter(c))
            visible << c;
        else
            c->hide();
    }
    std::sort(visible.begin(), visible.end(),
              [](const ServerCard *a, const ServerCard *b) { return worseThan(a->entry(), b->entry()); });
    QList<QPair<QString, QList<QUuid>>> order;
    for (const ServerCard *c : std::as_const(visible)) {
        auto it = std::find_if(order.begin(), order.end(),
                               [c](const auto &g) { return g.first == c->entry().group; });
        if (it == order.end())
            order.append({c->entry().group, {c->id()}});
        else
            it->second.append(c->id());
    }
    const int columns = columnCount();
    updateSummary();
    if (!force && order == m_order && columns == m_columns)
        return;
    m_order = order;
    m_columns = columns;
    m_cardsHost->setUpdatesEnabled(false);
    QSet<QString> used;
    for (int g = 0; g < order.size(); ++g) {
        QGroupBox *box = groupBox(order.at(g).first);
        used.insert(order.at(g).first);
        auto *grid = static_cast<QGridLayout *>(box->layout());
        while (grid->count() > 0)
            delete grid->takeAt(0); // the layout items only; the cards stay
        const QList<QUuid> &ids = order.at(g).second;
        for (int i = 0; i < ids.size(); ++i) {
            ServerCard *c = m_cards.value(ids.at(i));
            if (c->parentWidget() != box)
                c->setParent(box);
            grid->addWidget(c, i / columns, i % columns);
            c->show();
        }
        for (int col = 0; col < columns; ++col)
            grid->setColumnStretch(col, 1);
        m_groupsLayout->removeWidget(box);
        m_groupsLayout->insertWidget(g, box);
        box->show();
    }
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        const bool hasServers = std::any_of(m_cards.cbegin(), m_cards.cend(),
                                            [&](const ServerCard *c) { return c->entry().group == it.key(); });
        if (!used.contains(it.key()))
            it.value()->hide();
        if (hasServers) {
            ++it;
            continue;
        }
        const QList<ServerCard *> strays = it.value()->findChildren<ServerCard *>(Qt::FindDirectChildrenOnly);
        for (ServerCard *c : strays)
            c->setParent(m_cardsHost); // hidden by the filter; its group moved on
        it.value()->deleteLater();
        it = m_groups.erase(it);
    }
    m_cardsHost->setUpdatesEnabled(true);
}

void DashboardPage::updateSummary()
{
    int attention = 0;
    qint64 deferred = 0;
    for (const FleetEntry &e : m_model->entries()) {
        if (e.severity() != Fleet::Severity::Ok)
            ++attention;
        deferred += e.deferred();
    }
    m_summary->setText(FleetText::summaryText(int(m_model->entries().size()), attention, deferred));
}

void DashboardPage::updateTimes()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (ServerCard *c : std::as_const(m_cards))
        c->updateTime(now);
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (columnCount() != m_columns)
        m_relayout->start();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_chartStale) {
        m_chart->reload();
        m_chartLoadedAt = QDateTime::currentMSecsSinceEpoch();
        m_chartStale = false;
    }
    m_relayout->start();
}

} // namespace Ui
