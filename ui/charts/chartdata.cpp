#include "chartdata.h"

#include <algorithm>

namespace Ui {

bool BarChartData::isEmpty() const
{
    for (const BarSetData &set : sets) {
        if (std::any_of(set.values.cbegin(), set.values.cend(), [](qreal v) { return v != 0; }))
            return false;
    }
    return true;
}

qreal BarChartData::total(int category) const
{
    qreal sum = 0;
    for (const BarSetData &set : sets)
        sum += set.values.value(category);
    return sum;
}

qreal BarChartData::maxStackOrValue() const
{
    qreal best = 0;
    for (int c = 0; c < categories.size(); ++c) {
        if (stacked) {
            best = std::max(best, total(c));
            continue;
        }
        for (const BarSetData &set : sets)
            best = std::max(best, set.values.value(c));
    }
    return best;
}

bool LineChartData::isEmpty() const
{
    return std::all_of(series.cbegin(), series.cend(),
                       [](const LineSeriesData &s) { return s.points.isEmpty(); });
}

} // namespace Ui
