#pragma once

#include "configchange.h"

#include "remote/commandarguments.h"

#include <QList>

namespace Actions {

// Retry presets (queue and bounce lifetimes, backoff, queue_run_delay) and the throttling fix for
// one destination: a dedicated transport with lower concurrency and a rate delay (the Postfix way
// — TUNING_README — not faster retries).
struct RetryPreset
{
    QString key;            // "postfix-default", "patient", "quick-bounce"
    QString title;          // translated
    QString description;    // one or two plain sentences: when to choose it
    QList<QPair<QString, QString>> values; // maximal_queue_lifetime, bounce_queue_lifetime,
                                           // minimal_backoff_time, maximal_backoff_time, queue_run_delay
};

class TuningPresets
{
public:
    static QList<RetryPreset> retryPresets();
    static ConfigChangePlan retryPlan(const RetryPreset &preset);

    struct Throttle
    {
        QString domain;                 // the throttling destination (validated Domain)
        int concurrency = 2;            // TRANSPORT_destination_concurrency_limit
        QString rateDelay = QStringLiteral("1s"); // TRANSPORT_destination_rate_delay (0s–3600s form)
        QString transport = QStringLiteral("postdesk-slow"); // master.cf service name
    };
    // master.cf "postdesk-slow unix - - n - - smtp", postdesk-slow_destination_concurrency_limit,
    // postdesk-slow_destination_rate_delay (and _initial_destination_concurrency when lower than 5),
    // a map entry "DOMAIN postdesk-slow:" in TYPE:CONFIG_DIR/postdesk_transport, and transport_maps
    // with that map prepended to the current value (kept when already there).
    static Remote::Checked<ConfigChangePlan> throttlePlan(const Throttle &throttle,
                                                           const QString &defaultDatabaseType,
                                                           const QString &configDirectory,
                                                           const QString &currentTransportMaps);
    // Removes the domain's entry (and the transport + parameters when no domain is left; the caller
    // says so with lastDomain).
    static Remote::Checked<ConfigChangePlan> removeThrottlePlan(const QString &domain,
                                                                 const QString &defaultDatabaseType,
                                                                 const QString &configDirectory,
                                                                 const QString &currentTransportMaps,
                                                                 bool lastDomain);
};

} // namespace Actions
