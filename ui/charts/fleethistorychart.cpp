#include "fleethistorychart.h"

#include "timelinechartwidget.h"

#include "fleet/historystore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace Ui {

FleetHistoryChart::FleetHistoryChart(QWidget *parent)
    : QWidget(parent)
    , m_range(new QComboBox(this))
    , m_server(new QComboBox(this))
    , m_chart(new TimeLineChartWidget(tr("Queue history"), this))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("fleetChart"));
    m_range->setObjectName(QStringLiteral("fleetRangeCombo"));
    m_range->addItem(tr("Last 24 hours"), 24 * 3600);
    m_range->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_range->setAccessibleName(tr("History range"));
    m_server->setObjectName(QStringLiteral("fleetServerCombo"));
    m_server->addItem(tr("All servers"), QUuid());
    m_server->setAccessibleName(tr("History of"));
    m_server->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("History of"), this));
    row->addWidget(m_server);
    row->addWidget(m_range);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_chart, 1);
    connect(m_range, &QComboBox::currentIndexChanged, this, &FleetHistoryChart::reload);
    connect(m_server, &QComboBox::currentIndexChanged, this, &FleetHistoryChart::reload);
    reload();
}

FleetHistoryChart::~FleetHistoryChart() = default;

void FleetHistoryChart::setHistoryStore(const Fleet::HistoryStore *store)
{
    m_store = store;
    reload();
}

void FleetHistoryChart::setServers(const QList<QPair<QUuid, QString>> &servers)
{
    const QUuid selected = selectedServer();
    const QSignalBlocker block(m_server);
    while (m_server->count() > 1)
        m_server->removeItem(1);
    for (const auto &server : servers)
        m_server->addItem(server.second, server.first);
    const int index = m_server->findData(selected);
    m_server->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !selected.isNull())
        reload();
}

void FleetHistoryChart::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QUuid FleetHistoryChart::selectedServer() const
{
    return m_server->currentData().toUuid();
}

int FleetHistoryChart::rangeSeconds() const
{
    return m_range->currentData().toInt();
}

const LineChartData &FleetHistoryChart::data() const
{
    return m_chart->data();
}

TimeLineChartWidget *FleetHistoryChart::chartWidget() const
{
    return m_chart;
}

void FleetHistoryChart::reload()
{
    const quint64 generation = ++m_generation;
    const QString what = m_server->currentText();
    if (!m_store || !m_store->isOpen()) {
        m_chart->setData(lineData({}, what));
        return;
    }
    const QDateTime to = m_now();
    const QDateTime from = to.addSecs(-rangeSeconds());
    // About 300 points whatever the range: 5 min buckets for a day, 1 h for a week.
    const int bucket = rangeSeconds() <= 24 * 3600 ? 300 : 3600;
    const QUuid server = selectedServer();
    const QString path = m_store->path();
    if (path == QLatin1String(":memory:")) {
        m_chart->setData(lineData(query(*m_store, server, from, to, bucket), what));
        return;
    }
    auto result = std::make_shared<QList<Fleet::HistorySample>>();
    QThread *worker = QThread::create([result, path, server, from, to, bucket] {
        Fleet::HistoryStore reader(path);
        if (reader.open())
            *result = query(reader, server, from, to, bucket);
    });
    worker->setObjectName(QStringLiteral("postdesk-history-chart"));
    // finished() is emitted on the worker; this context makes the slot run on the GUI thread,
    // and not at all once the chart is gone. The thread object deletes itself either way.
    connect(worker, &QThread::finished, this, [this, generation, result, what] {
        if (generation == m_generation)
            m_chart->setData(lineData(*result, what));
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
}

QList<Fleet::HistorySample> FleetHistoryChart::query(const Fleet::HistoryStore &store,
                                                     const QUuid &server, const QDateTime &from,
                                                     const QDateTime &to, int bucket)
{
    if (server.isNull())
        return store.fleetTotals(from, to, bucket);
    // One server: the last sample of each bucket, so a week polled every 10 s stays ~170 points.
    QList<Fleet::HistorySample> samples = store.samples(server, from, to);
    QList<Fleet::HistorySample> thinned;
    qint64 lastBucket = -1;
    for (Fleet::HistorySample &sample : samples) {
        const qint64 b = (sample.at.toSecsSinceEpoch() - from.toSecsSinceEpoch()) / bucket;
        if (b == lastBucket && !thinned.isEmpty())
            thinned.last() = std::move(sample);
        else
            thinned.append(std::move(sample));
        lastBucket = b;
    }
    return thinned;
}

LineChartData FleetHistoryChart::lineData(const QList<Fleet::HistorySample> &samples,
                                          const QString &what)
{
    LineChartData data;
    data.valueTitle = tr("messages");
    data.emptyText = tr("No history of %1 in this range yet: it grows with every poll.").arg(what);
    if (samples.isEmpty())
        return data;
    LineSeriesData total{tr("all queued"), QColor(0x3d, 0x7a, 0xc4), {}};
    LineSeriesData deferred{tr("deferred"), QColor(0xd1, 0x45, 0x3b), {}};
    for (const Fleet::HistorySample &s : samples) {
        const qint64 ms = s.at.toMSecsSinceEpoch();
        total.points.append({ms, qreal(s.total)});
        deferred.points.append({ms, qreal(s.perQueue.at(std::size_t(Postfix::QueueName::Deferred)))});
    }
    data.series = {total, deferred};
    return data;
}

} // namespace Ui
