#pragma once

#include "alertevaluator.h"
#include "pollsummary.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Fleet {

// Nagios / Icinga plugin output (Monitoring Plugins guidelines): one status line
// "POSTDESK <STATE> - <server>: <what is wrong or the counts> | <perfdata>" and the exit code
// 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (server unreachable, host key, auth, postqueue failed).
// Perfdata: active, deferred, hold, incoming, maildrop, total (with warn;crit;0 on deferred),
// oldest_age in seconds (s unit, warn;crit), top_sender_share in % and growth when known.
struct NagiosResult
{
    int exitCode = 3;
    QString line;
};
NagiosResult nagiosCheck(const QString &serverName, const PollSummary &summary,
                         const AlertThresholds &thresholds, std::optional<qint64> growth);

// Prometheus text exposition format 0.0.4 for node_exporter's textfile collector. Every family
// has # HELP and # TYPE, label values escaped (\\, \", \n), families grouped, no timestamps:
//   postdesk_up{server}                                     1 / 0
//   postdesk_poll_duration_seconds{server}
//   postdesk_queue_messages{server,queue}                   every queue, 0 included
//   postdesk_queue_class_messages{server,class}             every reason class key, 0 included
//   postdesk_queue_oldest_message_age_seconds{server}
//   postdesk_queue_top_sender_share{server}                 0..1
//   postdesk_queue_recipients{server}, postdesk_queue_bytes{server}
// Unreachable servers get postdesk_up 0 (plus postdesk_poll_error{server,error} 1) and no queue
// series. Server label = the profile's display name.
struct MetricsEntry
{
    QString server;
    PollSummary summary;
};
QByteArray prometheusExposition(const QList<MetricsEntry> &entries);

} // namespace Fleet
