#include "chartaxes.h"

#include <QValueAxis>

#include <cmath>

namespace Ui::ChartAxes {

CountScale countScale(qreal maxValue, int ticks)
{
    if (maxValue <= 0)
        return {};
    const qreal raw = maxValue / qMax(1, ticks);
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    qreal step = 10 * magnitude;
    for (qreal m : {1.0, 2.0, 5.0}) {
        if (raw <= m * magnitude) {
            step = m * magnitude;
            break;
        }
    }
    step = qMax<qreal>(1, step);
    return {std::ceil(maxValue / step) * step, step};
}

void applyCountScale(QValueAxis *axis, qreal maxValue)
{
    const CountScale scale = countScale(maxValue);
    axis->setRange(0, scale.top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(scale.step);
    axis->setLabelFormat(QStringLiteral("%d"));
}

} // namespace Ui::ChartAxes
