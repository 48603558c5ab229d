#include "timelinechartwidget.h"

#include "chartaxes.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cstdlib>
#include <limits>

namespace Ui {

TimeLineChartWidget::TimeLineChartWidget(const QString &title, QWidget *parent)
    : ChartWidget(title, parent)
{
    rebuild();
}

TimeLineChartWidget::~TimeLineChartWidget() = default;

void TimeLineChartWidget::setData(const LineChartData &data)
{
    m_data = data;
    rebuild();
}

const LineChartData &TimeLineChartWidget::data() const
{
    return m_data;
}

QString TimeLineChartWidget::toolTipText(qint64 timeMs) const
{
    if (m_data.isEmpty())
        return {};
    // Every series has a point per sample time; find the nearest time in the first non-empty one.
    const LineSeriesData *reference = nullptr;
    for (const LineSeriesData &s : m_data.series) {
        if (!s.points.isEmpty()) {
            reference = &s;
            break;
        }
    }
    qint64 best = reference->points.first().timeMs;
    for (const LinePointData &p : reference->points) {
        if (std::llabs(p.timeMs - timeMs) < std::llabs(best - timeMs))
            best = p.timeMs;
    }
    const QLocale locale;
    QString text = QDateTime::fromMSecsSinceEpoch(best).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    for (const LineSeriesData &s : m_data.series) {
        for (const LinePointData &p : s.points) {
            if (p.timeMs == best) {
                text += u'\n' + s.name + QStringLiteral(": ") + locale.toString(qint64(p.value));
                break;
            }
        }
    }
    return text;
}

void TimeLineChartWidget::rebuild()
{
    removeEverything();
    if (m_data.isEmpty()) {
        showEmptyState(m_data.emptyText.isEmpty() ? tr("Nothing to show.") : m_data.emptyText);
        return;
    }
    showPlot();
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    qreal top = 0;
    QList<QLineSeries *> lines;
    for (const LineSeriesData &data : m_data.series) {
        auto *line = new QLineSeries;
        line->setName(data.name);
        QPen pen(data.color);
        pen.setWidthF(2);
        line->setPen(pen);
        line->setColor(data.color);
        line->setPointsVisible(true);
        for (const LinePointData &p : data.points) {
            line->append(qreal(p.timeMs), p.value);
            first = qMin(first, p.timeMs);
            last = qMax(last, p.timeMs);
            top = qMax(top, p.value);
        }
        connect(line, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), toolTipText(qint64(point.x())), chartView());
            else
                QToolTip::hideText();
        });
        chart()->addSeries(line);
        lines << line;
    }
    // A single refresh still gets a readable axis: half a minute either side at least.
    const qint64 span = last - first;
    const qint64 pad = qMax<qint64>(30'000, span / 20);
    auto *time = new QDateTimeAxis;
    time->setRange(QDateTime::fromMSecsSinceEpoch(first - pad), QDateTime::fromMSecsSinceEpoch(last + pad));
    time->setFormat(span > 20 * 3600'000LL ? QStringLiteral("MMM d HH:mm")
                    : span + 2 * pad < 3600'000LL ? QStringLiteral("HH:mm:ss")
                                                   : QStringLiteral("HH:mm"));
    time->setTickCount(4);
    time->setTruncateLabels(false);
    auto *values = new QValueAxis;
    ChartAxes::applyCountScale(values, top);
    values->setTitleText(m_data.valueTitle);
    chart()->addAxis(time, Qt::AlignBottom);
    chart()->addAxis(values, Qt::AlignLeft);
    for (QLineSeries *line : lines) {
        line->attachAxis(time);
        line->attachAxis(values);
    }
    styleAxis(time);
    styleAxis(values);
    chart()->legend()->setVisible(m_data.series.size() > 1);
}

} // namespace Ui
