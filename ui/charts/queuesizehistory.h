#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUuid>

namespace Ui {

struct QueueSizeSample
{
    QDateTime time;       // when the listing was taken (UTC)
    qint64 total = 0;     // messages in all queues
    qint64 deferred = 0;  // messages in the deferred queue
};

// The queue size of each server over this session's refreshes: one sample per successful queue
// load, kept in memory only (a new session starts empty). Oldest samples are dropped beyond
// maxSamples so an auto-refresh left running for days stays small. GUI thread.
class QueueSizeHistory final
{
public:
    explicit QueueSizeHistory(int maxSamples = 5000);

    void record(const QUuid &server, const QueueSizeSample &sample);
    QList<QueueSizeSample> samples(const QUuid &server) const; // ascending time
    void forget(const QUuid &server);

private:
    QHash<QUuid, QList<QueueSizeSample>> m_samples;
    int m_maxSamples;
};

} // namespace Ui
