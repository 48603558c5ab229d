#pragma once

#include "chartdata.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUuid>
#include <QWidget>

#include <functional>

class QComboBox;

namespace Fleet {
class HistoryStore;
struct HistorySample;
} // namespace Fleet

namespace Ui {

class TimeLineChartWidget;

// The fleet's queue history under the dashboard: total and deferred messages over the last 24 h
// or 7 d, of one server or of all together (HistoryStore::fleetTotals), as a line chart.
// objectNames: fleetChart (this), fleetRangeCombo (24 h / 7 d), fleetServerCombo ("All servers"
// first, then the servers by name). reload() is called by the owner at a modest pace (the
// dashboard: after polls, at most once a minute) and on every combo change. A week of a large
// fleet is a million rows, so a file-backed store is queried on a worker thread through its own
// read connection (SQLite WAL) and the chart follows when the answer arrives; only an in-memory
// store (tests) is read on the GUI thread. The store is not owned; null = an empty chart.
class FleetHistoryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetHistoryChart)

public:
    explicit FleetHistoryChart(QWidget *parent = nullptr);
    ~FleetHistoryChart() override;

    void setHistoryStore(const Fleet::HistoryStore *store);
    void setServers(const QList<QPair<QUuid, QString>> &servers); // (id, display name)
    void setClock(std::function<QDateTime()> now);                  // test seam; UTC
    void reload();

    QUuid selectedServer() const; // null = all servers
    int rangeSeconds() const;
    const LineChartData &data() const;
    TimeLineChartWidget *chartWidget() const;

    // Pure: the lines (total, deferred) of these samples.
    static LineChartData lineData(const QList<Fleet::HistorySample> &samples, const QString &what);

private:
    static QList<Fleet::HistorySample> query(const Fleet::HistoryStore &store, const QUuid &server,
                                             const QDateTime &from, const QDateTime &to, int bucket);

    const Fleet::HistoryStore *m_store = nullptr;
    quint64 m_generation = 0; // answers of superseded reloads are dropped
    QComboBox *m_range;
    QComboBox *m_server;
    TimeLineChartWidget *m_chart;
    std::function<QDateTime()> m_now;
};

} // namespace Ui
