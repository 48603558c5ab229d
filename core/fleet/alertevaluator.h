#pragma once

#include "alertthresholds.h"
#include "pollsummary.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace Fleet {

enum class AlertMetric { Deferred, Growth, OldestAge, TopSenderShare };
QString alertMetricKey(AlertMetric metric); // "deferred", "growth", "oldest_age", "top_sender_share"

// One metric of one server as judged now.
struct AlertState
{
    QUuid server;
    AlertMetric metric = AlertMetric::Deferred;
    Severity severity = Severity::Ok;
    qint64 value = 0;          // messages, messages per window, hours, percent
    qint64 threshold = 0;      // the warn or crit value that applies to severity (0 when Ok)
    QString text;              // plain sentence: "312 deferred (warning at 200)",
                               // "queue grew by 340 in 10 min", "one sender holds 85 % (x@y)"
    QDateTime since;           // when this severity was entered (UTC)
};

// A severity change of one metric (raised, escalated, lowered, cleared).
struct AlertChange
{
    AlertState state;
    Severity previous = Severity::Ok;
    bool raised() const { return state.severity > previous; }
};

// Stateless judgement, no hysteresis: what postdesk-cli check prints and exits with.
// growth: increase of summary.total over the thresholds' window, when known.
QList<AlertState> evaluateAlerts(const PollSummary &summary, const AlertThresholds &thresholds,
                                 std::optional<qint64> growth);
Severity worstSeverity(const QList<AlertState> &states);

// Stateful judgement with hysteresis for the dashboard and desktop notifications: one instance for
// the whole fleet, fed every PollSummary. Keeps the recent totals per server (for growth over the
// window) itself; seedHistory() primes them from HistoryStore after a restart.
// Failed polls do not change metric alerts (the card shows reachability separately).
class AlertEvaluator
{
public:
    void setThresholds(const QUuid &server, const AlertThresholds &thresholds);
    void seedHistory(const QUuid &server, const QList<QPair<QDateTime, qint64>> &totals);
    QList<AlertChange> update(const PollSummary &summary); // the changes this poll caused
    QList<AlertState> current(const QUuid &server) const;  // every enabled metric, Ok included
    Severity severity(const QUuid &server) const;          // worst current metric
    std::optional<qint64> growth(const QUuid &server) const; // over the window, if samples allow
    void forget(const QUuid &server);

private:
    struct Metric
    {
        Severity severity = Severity::Ok;
        int pending = 0;           // consecutive polls at a higher level not yet raised
        QDateTime since;
        AlertState state;
    };
    struct Server
    {
        AlertThresholds thresholds;
        QList<QPair<QDateTime, qint64>> totals; // recent (time, total), oldest first
        QHash<int, Metric> metrics;             // by int(AlertMetric)
    };
    QHash<QUuid, Server> m_servers;
};

} // namespace Fleet
