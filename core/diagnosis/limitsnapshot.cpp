#include "limitsnapshot.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Diagnosis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
};

constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

bool isTimeParameter(const QString &name)
{
    return name.endsWith(QStringLiteral("_lifetime")) || name.endsWith(QStringLiteral("_time"))
            || name.endsWith(QStringLiteral("_delay")) || name.endsWith(QStringLiteral("_timeout"));
}

QChar defaultUnitOf(const QString &name)
{
    return name.endsWith(QStringLiteral("queue_lifetime")) ? u'd' : u's';
}

// "5d" for 432000, "90m" for 5400, "45s"
QString formatSeconds(qint64 s)
{
    if (s != 0 && s % day == 0)
        return QStringLiteral("%1d").arg(s / day);
    if (s != 0 && s % hour == 0)
        return QStringLiteral("%1h").arg(s / hour);
    if (s != 0 && s % minute == 0)
        return QStringLiteral("%1m").arg(s / minute);
    return QStringLiteral("%1s").arg(s);
}

std::optional<qint64> secondsOf(const LimitSnapshot &snap, const QString &name)
{
    const auto s = snap.setting(name);
    return s ? s->seconds : std::nullopt;
}

std::optional<int> numberOf(const LimitSnapshot &snap, const QString &name)
{
    const auto s = snap.setting(name);
    if (!s)
        return std::nullopt;
    bool ok = false;
    const int n = s->effective.toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

} // namespace

QString LimitSetting::line() const
{
    const QString origin = explicitlySet ? Tr::tr("set in main.cf") : Tr::tr("default");
    if (effective != value)
        return QStringLiteral("%1 = %2 = %3 (%4)").arg(name, value, effective, origin);
    return QStringLiteral("%1 = %2 (%3)").arg(name, value, origin);
}

QStringList LimitSnapshot::baseNames()
{
    return {
        QStringLiteral("maximal_queue_lifetime"),
        QStringLiteral("bounce_queue_lifetime"),
        QStringLiteral("minimal_backoff_time"),
        QStringLiteral("maximal_backoff_time"),
        QStringLiteral("queue_run_delay"),
        QStringLiteral("default_destination_concurrency_limit"),
        QStringLiteral("smtp_destination_concurrency_limit"),
        QStringLiteral("default_destination_rate_delay"),
        QStringLiteral("smtp_destination_rate_delay"),
        QStringLiteral("default_destination_recipient_limit"),
        QStringLiteral("smtp_destination_recipient_limit"),
        QStringLiteral("smtp_connect_timeout"),
        QStringLiteral("smtp_helo_timeout"),
    };
}

std::optional<qint64> LimitSnapshot::parseTime(QStringView value, QChar defaultUnit)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,12})([smhdw]?)$"));
    const auto m = re.match(value.trimmed().toString());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).isEmpty() ? defaultUnit : m.captured(2).at(0);
    switch (unit.unicode()) {
    case 's':
        return n;
    case 'm':
        return n * minute;
    case 'h':
        return n * hour;
    case 'd':
        return n * day;
    case 'w':
        return n * 7 * day;
    default:
        return std::nullopt;
    }
}

LimitSnapshot LimitSnapshot::fromPostconf(const PostconfOutput &all, const PostconfOutput &explicitOnly)
{
    LimitSnapshot snap;
    QStringList wanted = baseNames();
    // Transport-specific knobs only when someone set them: postconf lists one of each for every
    // master.cf transport, nearly all "$default_…", which would bury the ones that matter.
    static const QRegularExpression perTransport(
            QStringLiteral("^[a-z0-9][a-z0-9_-]*_destination_(concurrency_limit|rate_delay|recipient_limit)$"));
    for (const QString &name : explicitOnly.names()) {
        if (perTransport.match(name).hasMatch() && !wanted.contains(name))
            wanted.append(name);
    }
    for (const QString &name : std::as_const(wanted)) {
        if (!all.contains(name) && !explicitOnly.contains(name)) {
            snap.m_missing.append(name);
            continue;
        }
        LimitSetting s;
        s.name = name;
        s.explicitlySet = explicitOnly.contains(name);
        s.value = all.contains(name) ? all.value(name) : explicitOnly.value(name);
        s.effective = all.contains(name) ? all.expanded(name) : explicitOnly.expanded(name);
        if (isTimeParameter(name))
            s.seconds = parseTime(s.effective, defaultUnitOf(name));
        snap.m_settings.append(s);
    }
    snap.evaluate();
    return snap;
}

std::optional<LimitSetting> LimitSnapshot::setting(const QString &name) const
{
    for (const LimitSetting &s : m_settings) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

void LimitSnapshot::evaluate()
{
    const auto lifetime = secondsOf(*this, QStringLiteral("maximal_queue_lifetime"));
    const auto bounceLifetime = secondsOf(*this, QStringLiteral("bounce_queue_lifetime"));
    const auto minBackoff = secondsOf(*this, QStringLiteral("minimal_backoff_time"));
    const auto maxBackoff = secondsOf(*this, QStringLiteral("maximal_backoff_time"));
    const auto runDelay = secondsOf(*this, QStringLiteral("queue_run_delay"));

    if (lifetime && *lifetime == 0)
        m_warnings << Tr::tr("maximal_queue_lifetime is 0: mail bounces at the first temporary failure.");
    else if (lifetime && *lifetime < day)
        m_warnings << Tr::tr("maximal_queue_lifetime is only %1: mail bounces when a destination is down for longer "
                             "(the default is 5d).").arg(formatSeconds(*lifetime));
    else if (lifetime && *lifetime > 7 * day)
        m_warnings << Tr::tr("maximal_queue_lifetime is %1: senders wait very long before they learn that mail "
                             "could not be delivered (the default is 5d).").arg(formatSeconds(*lifetime));
    // Only when someone set it: lowering maximal_queue_lifetime alone leaves the 5d default here.
    const auto bounceSetting = setting(QStringLiteral("bounce_queue_lifetime"));
    if (lifetime && bounceLifetime && *bounceLifetime > *lifetime && bounceSetting->explicitlySet)
        m_warnings << Tr::tr("bounce_queue_lifetime (%1) is longer than maximal_queue_lifetime (%2): bounces "
                             "stay in the queue longer than normal mail.")
                              .arg(formatSeconds(*bounceLifetime), formatSeconds(*lifetime));
    if (minBackoff && maxBackoff && *maxBackoff < *minBackoff)
        m_warnings << Tr::tr("maximal_backoff_time (%1) is shorter than minimal_backoff_time (%2).")
                              .arg(formatSeconds(*maxBackoff), formatSeconds(*minBackoff));
    if (runDelay && minBackoff && *runDelay > *minBackoff)
        m_warnings << Tr::tr("queue_run_delay (%1) is longer than minimal_backoff_time (%2): deferred mail is "
                             "retried later than the backoff allows.")
                              .arg(formatSeconds(*runDelay), formatSeconds(*minBackoff));
    const auto defaultConcurrency = numberOf(*this, QStringLiteral("default_destination_concurrency_limit"));
    const auto smtpConcurrency = numberOf(*this, QStringLiteral("smtp_destination_concurrency_limit"));
    if (defaultConcurrency == 1 && smtpConcurrency.value_or(1) == 1)
        m_warnings << Tr::tr("The destination concurrency limit is 1 everywhere: every destination gets one "
                             "delivery at a time, so a busy queue drains very slowly.");
}

} // namespace Diagnosis
