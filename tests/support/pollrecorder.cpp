#include "pollrecorder.h"

#include <QTest>

namespace TestSupport {

PollRecorder::PollRecorder(Fleet::FleetPoller *poller, Callback callback)
    : m_poller(poller)
{
    QObject::connect(poller, &Fleet::FleetPoller::polled, &m_context,
                     [this, callback](const Fleet::PollSummary &summary) {
                         if (callback)
                             callback(summary);
                         m_polls[summary.server].append(summary);
                     });
}

QList<Fleet::PollSummary> PollRecorder::okPolls(const QUuid &id) const
{
    QList<Fleet::PollSummary> ok;
    for (const Fleet::PollSummary &s : m_polls.value(id)) {
        if (s.ok())
            ok.append(s);
    }
    return ok;
}

Fleet::PollSummary PollRecorder::pollAfter(const QUuid &id, const QDateTime &after) const
{
    for (const Fleet::PollSummary &s : m_polls.value(id)) {
        if (s.takenAt > after)
            return s;
    }
    return {};
}

bool PollRecorder::waitForPollAfter(const QUuid &id, const QDateTime &after, Fleet::PollSummary *out,
                                    int timeoutMs)
{
    m_poller->pollNow(id);
    const bool arrived = QTest::qWaitFor([&] { return pollAfter(id, after).takenAt.isValid(); }, timeoutMs);
    *out = pollAfter(id, after);
    return arrived;
}

} // namespace TestSupport
