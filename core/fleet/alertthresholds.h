#pragma once

#include <QMetaType>
#include <QString>

namespace Fleet {

// Severity of one server or one alert metric. Order matters: worse is greater (sorting, max()).
enum class Severity { Ok, Warning, Critical, Unknown };

// Stable machine key ("ok", "warning", "critical", "unknown"); never translated.
QString severityKey(Severity severity);
QString severityTitle(Severity severity); // translated ("OK", "Warning", …)

// One warn/critical pair. 0 disables that level; a metric with both 0 is off.
struct Threshold
{
    qint64 warn = 0;
    qint64 crit = 0;

    bool enabled() const { return warn > 0 || crit > 0; }
    Severity severityOf(qint64 value) const; // Ok / Warning / Critical, no hysteresis

    friend bool operator==(const Threshold &, const Threshold &) = default;
};

// Per-server alert thresholds (stored in the profile; editable in the server dialog; the CLI
// `check` overrides them with --warn/--crit …). Defaults are the ones a new profile gets.
struct AlertThresholds
{
    Threshold deferred{500, 2000};         // messages in the deferred queue
    Threshold growth{200, 1000};           // increase of the whole queue within growthWindowMinutes
    int growthWindowMinutes = 10;
    Threshold oldestAgeHours{24, 72};      // age of the oldest queued message, hours
    Threshold topSenderPercent{50, 80};    // one sender's share of the queue, percent
    int topSenderMinimumMessages = 50;     // the share alerts only when the queue holds at least this
    // Hysteresis: an alert raised at threshold T clears only when the value falls below
    // T * (100 - clearPercent) / 100, and it is raised only after raiseAfterPolls consecutive
    // polls at or above T (1 = at once), so a value hovering at the threshold does not flap.
    int clearPercent = 20;
    int raiseAfterPolls = 1;

    friend bool operator==(const AlertThresholds &, const AlertThresholds &) = default;
};

} // namespace Fleet

Q_DECLARE_METATYPE(Fleet::Severity)
