#include "chartspage.h"

#include "barchartwidget.h"
#include "chartadapters.h"
#include "diagnosis/reasonclassifier.h"
#include "timelinechartwidget.h"

#include <QGridLayout>

namespace Ui {

namespace {
constexpr int kTopDomains = 8;
}

ChartsPage::ChartsPage(QWidget *parent)
    : QWidget(parent)
    , m_reasons(new BarChartWidget(tr("Stuck recipients by reason"), this))
    , m_domains(new BarChartWidget(tr("Top recipient domains in the queue"), this))
    , m_age(new BarChartWidget(tr("Age of queued recipients"), this))
    , m_delivery(new BarChartWidget(tr("Deliveries per hour (mail log)"), this))
    , m_history(new TimeLineChartWidget(tr("Queue size during this session"), this))
{
    setObjectName(QStringLiteral("chartsPage"));
    m_reasons->setObjectName(QStringLiteral("reasonsChart"));
    m_domains->setObjectName(QStringLiteral("domainsChart"));
    m_age->setObjectName(QStringLiteral("ageChart"));
    m_delivery->setObjectName(QStringLiteral("deliveryChart"));
    m_history->setObjectName(QStringLiteral("historyChart"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(10);
    grid->addWidget(m_reasons, 0, 0);
    grid->addWidget(m_domains, 0, 1);
    grid->addWidget(m_age, 0, 2);
    grid->addWidget(m_delivery, 1, 0, 1, 2);
    grid->addWidget(m_history, 1, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    grid->setRowStretch(0, 5); // the bar lists need the height more than the time charts
    grid->setRowStretch(1, 4);
    clear();
}

ChartsPage::~ChartsPage() = default;

void ChartsPage::setQueue(const QList<Postfix::QueuedMessage> &messages, const QDateTime &takenAt)
{
    m_messages = messages;
    m_takenAt = takenAt;
    m_dirty = true;
    if (isVisible())
        ensureUpdated();
}

void ChartsPage::ensureUpdated()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_reasons->setData(ChartAdapters::reasonsByClass(
        ChartAdapters::countReasonClasses(m_messages, Diagnosis::ReasonClassifier::instance())));
    const qint64 now = m_takenAt.isValid() ? m_takenAt.toSecsSinceEpoch()
                                           : QDateTime::currentSecsSinceEpoch();
    Postfix::QueueShapeOptions options;
    options.maxRows = kTopDomains;
    const Postfix::QueueShape shape = Postfix::computeQueueShape(m_messages, now, options);
    m_domains->setData(ChartAdapters::topDomains(shape));
    m_age->setData(ChartAdapters::ageHistogram(shape));
}

void ChartsPage::setQueueHistory(const QList<QueueSizeSample> &samples)
{
    m_history->setData(ChartAdapters::queueSizeHistory(samples));
}

void ChartsPage::setLogStatistics(const Services::LogStatistics &stats, int utcOffsetSeconds)
{
    m_delivery->setData(ChartAdapters::deliveryPerHour(stats.perHour, utcOffsetSeconds));
}

void ChartsPage::clear()
{
    m_messages.clear();
    m_takenAt = {};
    m_dirty = false;
    const QString noQueue = tr("The queue has not been loaded yet.");
    m_reasons->clear(noQueue);
    m_domains->clear(noQueue);
    m_age->clear(noQueue);
    m_delivery->clear(tr("Load the mail log on the Log tab to see deliveries per hour."));
    m_history->setData(ChartAdapters::queueSizeHistory({}));
}

BarChartWidget *ChartsPage::reasonsChart() const
{
    return m_reasons;
}

BarChartWidget *ChartsPage::domainsChart() const
{
    return m_domains;
}

BarChartWidget *ChartsPage::ageChart() const
{
    return m_age;
}

BarChartWidget *ChartsPage::deliveryChart() const
{
    return m_delivery;
}

TimeLineChartWidget *ChartsPage::historyChart() const
{
    return m_history;
}

void ChartsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureUpdated();
}

} // namespace Ui
