#include "sparklinewidget.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Ui {

SparklineWidget::SparklineWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sparkline"));
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Queue size, last 24 hours"));
}

SparklineWidget::~SparklineWidget() = default;

void SparklineWidget::setPoints(const QList<QPair<qint64, qint64>> &points)
{
    if (points == m_points)
        return;
    m_points = points;
    QString description = tr("No history yet");
    if (!m_points.isEmpty()) {
        qint64 low = m_points.first().second;
        qint64 high = low;
        for (const auto &p : std::as_const(m_points)) {
            low = std::min(low, p.second);
            high = std::max(high, p.second);
        }
        const QLocale locale;
        description = tr("Queue size over the last 24 hours: %1 to %2 messages, now %3")
                          .arg(locale.toString(low), locale.toString(high),
                               locale.toString(m_points.last().second));
    }
    setToolTip(description);
    setAccessibleDescription(description);
    update();
}

const QList<QPair<qint64, qint64>> &SparklineWidget::points() const
{
    return m_points;
}

void SparklineWidget::setColor(const QColor &color)
{
    m_color = color;
    update();
}

QSize SparklineWidget::sizeHint() const
{
    return {160, 28};
}

QSize SparklineWidget::minimumSizeHint() const
{
    return {60, 20};
}

void SparklineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(2, 3, -4, -3);
    const QColor color = m_color.isValid() ? m_color : palette().color(QPalette::Highlight);
    QColor base = palette().color(QPalette::Mid);
    base.setAlpha(90);
    p.setPen(QPen(base, 1));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_points.isEmpty())
        return;
    const qint64 t0 = m_points.first().first;
    const qint64 t1 = m_points.last().first;
    qint64 low = m_points.first().second;
    qint64 high = low;
    for (const auto &pt : std::as_const(m_points)) {
        low = std::min(low, pt.second);
        high = std::max(high, pt.second);
    }
    const auto xOf = [&](qint64 t) {
        return t1 == t0 ? area.right() : area.left() + area.width() * double(t - t0) / double(t1 - t0);
    };
    const auto yOf = [&](qint64 v) {
        return high == low ? area.center().y()
                           : area.bottom() - area.height() * double(v - low) / double(high - low);
    };
    QPainterPath path;
    if (m_points.size() == 1)
        path.moveTo(area.left(), yOf(m_points.first().second));
    else
        path.moveTo(xOf(t0), yOf(m_points.first().second));
    for (const auto &pt : std::as_const(m_points))
        path.lineTo(xOf(pt.first), yOf(pt.second));
    p.setPen(QPen(color, 1.6));
    p.drawPath(path);
    const QPointF lastPoint(xOf(t1), yOf(m_points.last().second));
    p.setBrush(color);
    p.drawEllipse(lastPoint, 2.5, 2.5);
}

} // namespace Ui
