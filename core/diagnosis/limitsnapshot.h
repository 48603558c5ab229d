#pragma once

#include "postconfoutput.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Diagnosis {

// One retry/limit parameter as the server has it.
struct LimitSetting
{
    QString name;
    QString value;         // as postconf prints it ("$default_destination_concurrency_limit", "5d")
    QString effective;     // with $name references expanded ("20")
    bool explicitlySet = false; // listed by postconf -n (main.cf), else the built-in default
    std::optional<qint64> seconds; // time parameters: the value in seconds (Postfix units s m h d w)

    // "maximal_queue_lifetime = 5d (default)", "queue_run_delay = 15m (set in main.cf)",
    // "smtp_destination_concurrency_limit = $default_destination_concurrency_limit = 20 (default)"
    QString line() const;
    friend bool operator==(const LimitSetting &, const LimitSetting &) = default;
};

// The read-only retry/limits snapshot of the limits check: lifetimes, backoff, queue run delay,
// concurrency / rate delay / recipient limits (the defaults, smtp's and every transport-specific
// one set in main.cf), connect and HELO timeouts, plus warnings for values that hurt delivery.
// Pure: built from `postconf` (all parameters) and `postconf -n` (the explicit ones).
class LimitSnapshot
{
public:
    static LimitSnapshot fromPostconf(const PostconfOutput &all, const PostconfOutput &explicitOnly);

    const QList<LimitSetting> &settings() const { return m_settings; }
    std::optional<LimitSetting> setting(const QString &name) const;
    // Plain-words warnings (translated), most serious first; empty when nothing hurts.
    const QStringList &warnings() const { return m_warnings; }
    // Parameters the snapshot wanted and postconf did not print (an old Postfix, garbage output).
    const QStringList &missing() const { return m_missing; }

    // A Postfix time value: digits with an optional unit s m h d w ("5d", "300s", "300");
    // defaultUnit applies without a unit (maximal_queue_lifetime and bounce_queue_lifetime: 'd').
    static std::optional<qint64> parseTime(QStringView value, QChar defaultUnit = u's');
    // The parameters always in the snapshot, in display order.
    static QStringList baseNames();

private:
    void evaluate();

    QList<LimitSetting> m_settings;
    QStringList m_warnings;
    QStringList m_missing;
};

} // namespace Diagnosis
