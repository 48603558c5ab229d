#include "yearlessstamp.h"

#include <array>

namespace Postfix {

namespace {

constexpr std::array<const char *, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// Two digits at p; -1 when not.
int twoDigits(const char *p)
{
    return isDigit(p[0]) && isDigit(p[1]) ? (p[0] - '0') * 10 + (p[1] - '0') : -1;
}

} // namespace

std::optional<YearlessStamp> YearlessStamp::parse(QByteArrayView text, qsizetype *consumed)
{
    // "Www Mmm dd hh:mm:ss" is exactly 19 characters; the day is " d" or "dd".
    if (text.size() < 19)
        return std::nullopt;
    const char *p = text.data();
    if (!isAlpha(p[0]) || !isAlpha(p[1]) || !isAlpha(p[2]) || p[3] != ' ' || p[7] != ' '
        || p[10] != ' ' || p[13] != ':' || p[16] != ':')
        return std::nullopt;
    YearlessStamp stamp;
    for (int m = 0; m < 12; ++m) {
        if (QByteArrayView(p + 4, 3) == QByteArrayView(kMonths[m]))
            stamp.month = m + 1;
    }
    stamp.day = p[8] == ' ' && isDigit(p[9]) ? p[9] - '0' : twoDigits(p + 8);
    const int hour = twoDigits(p + 11);
    const int minute = twoDigits(p + 14);
    const int second = twoDigits(p + 17);
    if (stamp.month == 0 || stamp.day < 1 || stamp.day > 31 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    stamp.time = QTime(hour, minute, second);
    if (!stamp.time.isValid())
        return std::nullopt;
    if (consumed)
        *consumed = 19;
    return stamp;
}

std::optional<qint64> YearlessStamp::resolve(const QDateTime &reference,
                                             const QTimeZone &serverZone) const
{
    if (!reference.isValid())
        return std::nullopt;
    const QTimeZone zone = serverZone.isValid() ? serverZone : QTimeZone::utc();
    const qint64 latest = reference.toSecsSinceEpoch() + 24 * 3600;
    const int referenceYear = reference.toTimeZone(zone).date().year();
    for (int year = referenceYear + 1; year >= referenceYear - 8; --year) {
        const QDate date(year, month, day);
        if (!date.isValid())
            continue; // Feb 29 outside leap years, Apr 31
        const qint64 seconds = QDateTime(date, time, zone).toSecsSinceEpoch();
        if (seconds <= latest)
            return seconds;
    }
    return std::nullopt;
}

} // namespace Postfix
