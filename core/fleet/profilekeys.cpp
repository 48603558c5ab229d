#include "profilekeys.h"

namespace Fleet {

namespace {

template <typename E>
struct Spelling
{
    E value;
    const char *text;
};

// The first entry is what ProfileStore falls back to for unknown text: the safest choice.
constexpr Spelling<Remote::AuthMethod> authSpellings[] = {
    {Remote::AuthMethod::Agent, "agent"},
    {Remote::AuthMethod::KeyFile, "key"},
    {Remote::AuthMethod::Password, "password"},
};

constexpr Spelling<Remote::SudoMode> sudoSpellings[] = {
    {Remote::SudoMode::Auto, "auto"},
    {Remote::SudoMode::None, "none"},
    {Remote::SudoMode::NoPassword, "nopasswd"},
    {Remote::SudoMode::Password, "password"},
};

template <typename E, std::size_t N>
QString spell(const Spelling<E> (&table)[N], E value)
{
    for (const Spelling<E> &entry : table) {
        if (entry.value == value)
            return QLatin1String(entry.text);
    }
    return QLatin1String(table[0].text);
}

template <typename E, std::size_t N>
std::optional<E> parseSpelling(const Spelling<E> (&table)[N], QStringView text)
{
    for (const Spelling<E> &entry : table) {
        if (text == QLatin1String(entry.text))
            return entry.value;
    }
    return std::nullopt;
}

constexpr qint64 maxCount = 1000000000;

} // namespace

QString authMethodKey(Remote::AuthMethod method)
{
    return spell(authSpellings, method);
}

std::optional<Remote::AuthMethod> authMethodFromKey(QStringView key)
{
    return parseSpelling(authSpellings, key);
}

QString sudoModeKey(Remote::SudoMode mode)
{
    return spell(sudoSpellings, mode);
}

std::optional<Remote::SudoMode> sudoModeFromKey(QStringView key)
{
    return parseSpelling(sudoSpellings, key);
}

#define PD_ALERT_FIELD(key, lo, hi, member)                                                       \
    AlertField { key, lo, hi, [](const AlertThresholds &a) -> qint64 { return a.member; },        \
                 [](AlertThresholds &a, qint64 v) { a.member = static_cast<decltype(a.member)>(v); } }

const QList<AlertField> &alertFields()
{
    static const QList<AlertField> fields = {
        PD_ALERT_FIELD("deferredWarn", 0, maxCount, deferred.warn),
        PD_ALERT_FIELD("deferredCrit", 0, maxCount, deferred.crit),
        PD_ALERT_FIELD("growthWarn", 0, maxCount, growth.warn),
        PD_ALERT_FIELD("growthCrit", 0, maxCount, growth.crit),
        PD_ALERT_FIELD("growthWindowMinutes", 1, 7 * 24 * 60, growthWindowMinutes),
        PD_ALERT_FIELD("oldestAgeHoursWarn", 0, 24 * 365, oldestAgeHours.warn),
        PD_ALERT_FIELD("oldestAgeHoursCrit", 0, 24 * 365, oldestAgeHours.crit),
        PD_ALERT_FIELD("topSenderPercentWarn", 0, 100, topSenderPercent.warn),
        PD_ALERT_FIELD("topSenderPercentCrit", 0, 100, topSenderPercent.crit),
        PD_ALERT_FIELD("topSenderMinimumMessages", 0, maxCount, topSenderMinimumMessages),
        PD_ALERT_FIELD("clearPercent", 0, 99, clearPercent),
        PD_ALERT_FIELD("raiseAfterPolls", 1, 100, raiseAfterPolls),
    };
    return fields;
}

#undef PD_ALERT_FIELD

bool isValidPort(qint64 port)
{
    return port >= 1 && port <= 65535;
}

bool isValidPollInterval(qint64 seconds)
{
    return seconds == 0 || (seconds >= 5 && seconds <= 86400);
}

} // namespace Fleet
