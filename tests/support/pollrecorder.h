#pragma once

#include "fleet/fleetpoller.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>

namespace TestSupport {

// Records every PollSummary a FleetPoller emits (polled), per server, in order; an optional
// callback sees each one first (e.g. to feed a HistoryStore and an AlertEvaluator the way the
// application does). Test code only: waitForPollAfter() spins the event loop.
class PollRecorder
{
public:
    using Callback = std::function<void(const Fleet::PollSummary &)>;
    explicit PollRecorder(Fleet::FleetPoller *poller, Callback callback = {});

    QList<Fleet::PollSummary> polls(const QUuid &id) const { return m_polls.value(id); }
    QList<Fleet::PollSummary> okPolls(const QUuid &id) const;
    // The first poll of id that started after `after`; takenAt invalid while there is none.
    Fleet::PollSummary pollAfter(const QUuid &id, const QDateTime &after) const;
    // Asks for a poll now (pollNow) and waits up to timeoutMs for one that started after `after`.
    bool waitForPollAfter(const QUuid &id, const QDateTime &after, Fleet::PollSummary *out,
                          int timeoutMs = 60000);

private:
    Fleet::FleetPoller *m_poller;
    QObject m_context;
    QHash<QUuid, QList<Fleet::PollSummary>> m_polls;
};

} // namespace TestSupport
