#pragma once

#include "postfix/queuedmessage.h"
#include "queuesizehistory.h"
#include "services/logstatistics.h"

#include <QDateTime>
#include <QWidget>

namespace Ui {

class BarChartWidget;
class TimeLineChartWidget;

// The Charts tab of one server: reasons by class, top recipient domains and the qshape age
// histogram of the current queue; deliveries per hour of the last log load; the queue size over
// this session's refreshes. Fed with plain data by MainWindow; the queue charts are computed
// when the page is shown (or ensureUpdated()), not on every refresh behind its back.
// objectNames: chartsPage, reasonsChart, domainsChart, ageChart, deliveryChart, historyChart.
class ChartsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPage)

public:
    explicit ChartsPage(QWidget *parent = nullptr);
    ~ChartsPage() override;

    void setQueue(const QList<Postfix::QueuedMessage> &messages, const QDateTime &takenAt);
    void setQueueHistory(const QList<QueueSizeSample> &samples);
    void setLogStatistics(const Services::LogStatistics &stats, int utcOffsetSeconds);
    void clear(); // another server: everything back to the empty states
    void ensureUpdated();

    BarChartWidget *reasonsChart() const;
    BarChartWidget *domainsChart() const;
    BarChartWidget *ageChart() const;
    BarChartWidget *deliveryChart() const;
    TimeLineChartWidget *historyChart() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    BarChartWidget *m_reasons;
    BarChartWidget *m_domains;
    BarChartWidget *m_age;
    BarChartWidget *m_delivery;
    TimeLineChartWidget *m_history;
    QList<Postfix::QueuedMessage> m_messages;
    QDateTime m_takenAt;
    bool m_dirty = false;
};

} // namespace Ui
