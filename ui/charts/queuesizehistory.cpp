#include "queuesizehistory.h"

#include <algorithm>

namespace Ui {

QueueSizeHistory::QueueSizeHistory(int maxSamples)
    : m_maxSamples(qMax(1, maxSamples))
{
}

void QueueSizeHistory::record(const QUuid &server, const QueueSizeSample &sample)
{
    QList<QueueSizeSample> &list = m_samples[server];
    // Loads finish in start order, but keep the list sorted even if a clock jumps back.
    auto it = std::upper_bound(list.begin(), list.end(), sample.time,
                               [](const QDateTime &t, const QueueSizeSample &s) { return t < s.time; });
    list.insert(it, sample);
    if (list.size() > m_maxSamples)
        list.remove(0, list.size() - m_maxSamples);
}

QList<QueueSizeSample> QueueSizeHistory::samples(const QUuid &server) const
{
    return m_samples.value(server);
}

void QueueSizeHistory::forget(const QUuid &server)
{
    m_samples.remove(server);
}

} // namespace Ui
