#pragma once

#include <QtGlobal>

class QValueAxis;

namespace Ui::ChartAxes {

// A count axis from 0 with whole-number ticks at 1/2/5 × 10^n steps, about five of them.
struct CountScale
{
    qreal top = 1;
    qreal step = 1;
};
CountScale countScale(qreal maxValue, int ticks = 5);
void applyCountScale(QValueAxis *axis, qreal maxValue);

} // namespace Ui::ChartAxes
