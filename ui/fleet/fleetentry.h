#pragma once

#include "fleet/alertevaluator.h"
#include "fleet/fleetpoller.h"
#include "fleet/pollsummary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Ui {

// What the dashboard knows about one server: the profile's names, the poller's state and its
// latest polls, the alerts as the AlertEvaluator judges them and the recent totals for the
// sparkline. A plain value kept by FleetModel and drawn by ServerCard; every text is derived
// from it by FleetText, so the texts are testable without widgets.
struct FleetEntry
{
    QUuid id;
    QString name;                 // the profile's display name
    QString group;                // the profile's group name ("Ungrouped" when empty)
    int pollIntervalSeconds = 0;
    Fleet::FleetPoller::State state = Fleet::FleetPoller::State::Idle;
    Fleet::PollSummary last;      // the latest poll, ok or failed; takenAt invalid = never
    Fleet::PollSummary lastOk;    // the latest successful poll
    qint64 previousTotal = -1;    // total of the successful poll before lastOk; -1 = none
    QList<Fleet::AlertState> alerts; // current metric alerts, Ok ones included
    Fleet::Severity alertSeverity = Fleet::Severity::Ok;
    QList<QPair<qint64, qint64>> recent; // (epoch ms, total) of the last 24 h, oldest first

    bool polled() const { return last.takenAt.isValid(); }
    bool hasNumbers() const { return lastOk.takenAt.isValid(); }
    // The latest poll failed for a reason the card tells in words (not a user's cancel).
    bool failed() const
    {
        return polled() && !last.ok() && last.error != Fleet::PollError::Canceled;
    }
    // Unknown when the server cannot be reached (worst), else the worst current alert.
    Fleet::Severity severity() const
    {
        return failed() ? Fleet::Severity::Unknown : alertSeverity;
    }
    qint64 deferred() const { return lastOk.count(Postfix::QueueName::Deferred); }
};

// Worst first: severity, then unreachable before reachable, then more deferred mail, then name.
bool worseThan(const FleetEntry &a, const FleetEntry &b);

} // namespace Ui
