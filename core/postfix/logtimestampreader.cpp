#include "logtimestampreader.h"

#include "yearlessstamp.h"

#include <cstring>

namespace Postfix {

namespace {

constexpr qint64 kSecsPerDay = 86400;

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline int digit(char c)
{
    return c - '0';
}

// Two digits at p (caller checked the bounds); -1 when not digits.
inline int twoDigits(const char *p)
{
    return isDigit(p[0]) && isDigit(p[1]) ? digit(p[0]) * 10 + digit(p[1]) : -1;
}

// One or two digits at p, not past end; *used gets how many. -1 when none.
int oneOrTwoDigits(const char *p, const char *end, qsizetype *used)
{
    if (p >= end || !isDigit(*p))
        return -1;
    if (p + 1 < end && isDigit(p[1])) {
        *used = 2;
        return digit(p[0]) * 10 + digit(p[1]);
    }
    *used = 1;
    return digit(p[0]);
}

// ".123456" at p: the milliseconds (first three digits) and the bytes used (0 when no fraction).
int fraction(const char *p, const char *end, qsizetype *used)
{
    *used = 0;
    if (p >= end || *p != '.' || p + 1 >= end || !isDigit(p[1]))
        return 0;
    int ms = 0;
    int scale = 100;
    const char *q = p + 1;
    while (q < end && isDigit(*q)) {
        ms += digit(*q) * scale;
        scale /= 10;
        ++q;
    }
    *used = q - p;
    return ms;
}

// ":MM:SS[.fff]" at p: seconds after the hour, milliseconds, bytes used; false when not there.
bool minutesSeconds(const char *p, const char *end, int *secs, int *ms, qsizetype *used)
{
    if (end - p < 6 || p[0] != ':' || p[3] != ':')
        return false;
    const int minute = twoDigits(p + 1);
    const int second = twoDigits(p + 4);
    if (minute < 0 || minute > 59 || second < 0 || second > 60)
        return false;
    qsizetype fractionLength = 0;
    *ms = fraction(p + 6, end, &fractionLength);
    *secs = minute * 60 + (second == 60 ? 59 : second); // a leap second stays in its minute
    *used = 6 + fractionLength;
    return true;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// Four digits at p (caller checked the bounds); -1 when not digits.
inline int fourDigits(const char *p)
{
    const int high = twoDigits(p);
    const int low = twoDigits(p + 2);
    return high >= 0 && low >= 0 ? high * 100 + low : -1;
}

// "Mmm dd " or "Mmm  d " at p (month 0 when the name is unknown): where the hour starts, null when
// the text is not shaped like that.
const char *monthAndDay(const char *p, const char *end, int *month, int *day)
{
    const char *space = static_cast<const char *>(std::memchr(p, ' ', size_t(std::min<qsizetype>(end - p, 5))));
    if (!space)
        return nullptr;
    *month = LogTimestampReader::monthFromName(QByteArrayView(p, space - p));
    const char *d = space + 1;
    if (d < end && *d == ' ')
        ++d;
    qsizetype used = 0;
    *day = oneOrTwoDigits(d, end, &used);
    const char *hourAt = d + used + 1;
    return *day < 0 || hourAt > end || hourAt[-1] != ' ' ? nullptr : hourAt;
}

// mailcow web-UI dates "23-10-2018 " and "30/9/2017, " (day, month, year) at p: where the hour
// starts, null when not such a date.
const char *exportDate(const char *p, const char *end, int *year, int *month, int *day)
{
    qsizetype used = 0;
    *day = oneOrTwoDigits(p, end, &used);
    const char separator = p[used];
    if (separator != '-' && separator != '/')
        return nullptr;
    const char *m = p + used + 1;
    *month = oneOrTwoDigits(m, end, &used);
    const char *y = m + used + 1;
    if (*month < 0 || y + 5 > end || y[-1] != separator || fourDigits(y) < 0)
        return nullptr;
    *year = fourDigits(y);
    const char *after = y + 4;
    if (*after == ',')
        ++after;
    return after < end && *after == ' ' ? after + 1 : nullptr;
}

} // namespace

LogTimestampReader::LogTimestampReader(const QDateTime &reference, const QTimeZone &serverZone)
    : m_reference(reference)
    , m_zone(serverZone.isValid() ? serverZone : QTimeZone::utc())
{
}

qint64 LogTimestampReader::daysFromCivil(int year, int month, int day)
{
    // Gregorian calendar counted in 400-year eras that start on March 1st, so that the leap day
    // is the last day of its "year" (the well-known civil-days formula).
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

int LogTimestampReader::monthFromName(QByteArrayView name)
{
    // English abbreviations first, then the German ones that differ; "Mär" is 4 bytes in UTF-8.
    struct Name
    {
        const char *text;
        int month;
    };
    static constexpr Name kNames[] = {
        {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"may", 5}, {"jun", 6}, {"jul", 7},
        {"aug", 8}, {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}, {"m\xc3\xa4r", 3},
        {"mrz", 3}, {"mai", 5}, {"okt", 10}, {"dez", 12}};
    if (name.size() < 3 || name.size() > 4)
        return 0;
    char lower[4] = {};
    for (qsizetype i = 0; i < name.size(); ++i)
        lower[i] = name[i] >= 'A' && name[i] <= 'Z' ? char(name[i] - 'A' + 'a') : name[i];
    const QByteArrayView key(lower, name.size());
    for (const Name &candidate : kNames) {
        if (key == QByteArrayView(candidate.text))
            return candidate.month;
    }
    return 0;
}

LogTimestampReader::Stamp LogTimestampReader::read(QByteArrayView text)
{
    const qsizetype n = text.size();
    if (n < 7)
        return {};
    const char *p = text.data();
    // Same hour as the previous line: only minutes, seconds and the fraction are new.
    if (m_cache.length > 0 && n > m_cache.length && p[m_cache.length] == ':'
        && std::memcmp(p, m_cache.bytes, size_t(m_cache.length)) == 0) {
        int secs = 0;
        int ms = 0;
        qsizetype used = 0;
        if (minutesSeconds(p + m_cache.length, p + n, &secs, &ms, &used)) {
            Stamp stamp;
            stamp.kind = m_cache.kind;
            stamp.length = m_cache.length + used;
            if (m_cache.valid) {
                stamp.timeMs = (m_cache.hourStartSecs + secs) * 1000 + ms;
                stamp.utcOffsetSeconds = m_cache.offset;
            }
            return stamp;
        }
    }
    if (isDigit(p[0]) && isDigit(p[1]) && isDigit(p[2]) && isDigit(p[3]) && p[4] == '-')
        return readIso(text);
    return readZoned(text);
}

LogTimestampReader::Stamp LogTimestampReader::readIso(QByteArrayView text)
{
    // YYYY-MM-DDTHH:MM:SS = 19 bytes
    const char *p = text.data();
    const char *end = p + text.size();
    if (text.size() < 19 || p[7] != '-' || (p[10] != 'T' && p[10] != ' ') || p[13] != ':')
        return {};
    const int year = fourDigits(p);
    const int month = twoDigits(p + 5);
    const int day = twoDigits(p + 8);
    const int hour = twoDigits(p + 11);
    int secs = 0;
    int ms = 0;
    qsizetype used = 0;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
        || !minutesSeconds(p + 13, end, &secs, &ms, &used))
        return {};
    Stamp stamp;
    stamp.kind = Kind::Iso;
    const char *q = p + 13 + used;
    bool hasOffset = false;
    int offset = 0;
    if (q < end && (*q == 'Z' || *q == 'z')) {
        hasOffset = true;
        ++q;
    } else if (end - q >= 5 && (*q == '+' || *q == '-')) {
        const int oh = twoDigits(q + 1);
        const bool colon = q[3] == ':';
        const char *minutes = q + (colon ? 4 : 3);
        const int om = end - minutes >= 2 ? twoDigits(minutes) : -1;
        if (oh >= 0 && oh <= 23 && om >= 0 && om <= 59) {
            hasOffset = true;
            offset = (oh * 3600 + om * 60) * (*q == '-' ? -1 : 1);
            q = minutes + 2;
        }
    }
    stamp.length = q - p;
    if (day > daysInMonth(year, month))
        return stamp; // "2023-02-30": the length is known, the time is not
    if (hasOffset) {
        const qint64 local = daysFromCivil(year, month, day) * kSecsPerDay + hour * 3600 + secs;
        stamp.timeMs = (local - offset) * 1000 + ms;
        stamp.utcOffsetSeconds = offset;
    } else {
        const qint64 key = daysFromCivil(year, month, day) * 24 + hour;
        if (key != m_localIsoKey) {
            if (!resolveHour(Kind::Iso, year, month, day, hour, &m_localIsoSecs, &m_localIsoOffset))
                return stamp; // Feb 30: length known, time 0
            m_localIsoKey = key;
        }
        stamp.timeMs = (m_localIsoSecs + secs) * 1000 + ms;
        stamp.utcOffsetSeconds = m_localIsoOffset;
    }
    return stamp;
}

LogTimestampReader::Stamp LogTimestampReader::readZoned(QByteArrayView text)
{
    const char *p = text.data();
    const char *end = p + text.size();
    Kind kind = Kind::None;
    int year = 0;
    int month = 0;
    int day = 0;
    const char *hourAt = nullptr;
    qsizetype used = 0;
    if (isDigit(p[0]) && fourDigits(p) >= 0 && p[4] == ' ') {
        // "2013 Jun 10 06:28:18.123"
        year = fourDigits(p);
        hourAt = monthAndDay(p + 5, end, &month, &day);
        kind = Kind::YearFirst;
    } else if (isDigit(p[0])) {
        oneOrTwoDigits(p, end, &used);
        if (p[used] == ':') { // "3:04:29" (text is at least 7 bytes)
            hourAt = p;
            kind = Kind::TimeOnly;
        } else {
            hourAt = exportDate(p, end, &year, &month, &day);
            kind = Kind::Export;
        }
    } else {
        // "Nov  5 10:01:02", "Nov 05 …", "Okt 15 …", "Mär  3 …"
        hourAt = monthAndDay(p, end, &month, &day);
        kind = Kind::Classic;
        if (month == 0)
            return {};
    }
    if (!hourAt)
        return {};
    const int hour = oneOrTwoDigits(hourAt, end, &used);
    const char *colon = hourAt + used;
    int secs = 0;
    int ms = 0;
    qsizetype tail = 0;
    if (hour < 0 || hour > 23 || !minutesSeconds(colon, end, &secs, &ms, &tail))
        return {};
    // Remember the stamp up to its hour for the next lines.
    const qsizetype prefix = colon - p;
    if (prefix <= qsizetype(sizeof m_cache.bytes)) {
        std::memcpy(m_cache.bytes, p, size_t(prefix));
        m_cache.length = prefix;
        m_cache.kind = kind;
        m_cache.valid = month >= 0 && month <= 12
            && resolveHour(kind, year, month, day, hour, &m_cache.hourStartSecs, &m_cache.offset);
    }
    Stamp stamp;
    stamp.kind = kind;
    stamp.length = prefix + tail;
    if (m_cache.valid) {
        stamp.timeMs = (m_cache.hourStartSecs + secs) * 1000 + ms;
        stamp.utcOffsetSeconds = m_cache.offset;
    }
    return stamp;
}

bool LogTimestampReader::resolveHour(Kind kind, int year, int month, int day, int hour, qint64 *secs,
                                     int *offset) const
{
    const QTime hourStart(hour, 0, 0);
    QDateTime local;
    if (kind == Kind::Classic) {
        YearlessStamp stamp;
        stamp.month = month;
        stamp.day = day;
        stamp.time = hourStart;
        const std::optional<qint64> resolved = stamp.resolve(m_reference, m_zone);
        if (!resolved)
            return false;
        local = QDateTime::fromSecsSinceEpoch(*resolved, m_zone);
    } else if (kind == Kind::TimeOnly) {
        if (!m_reference.isValid())
            return false;
        local = QDateTime(m_reference.toTimeZone(m_zone).date(), hourStart, m_zone);
        if (local.toSecsSinceEpoch() > m_reference.toSecsSinceEpoch() + 3600)
            local = QDateTime(local.date().addDays(-1), hourStart, m_zone);
    } else {
        const QDate date(year, month, day);
        if (!date.isValid())
            return false;
        local = QDateTime(date, hourStart, m_zone);
    }
    if (!local.isValid())
        return false;
    *secs = local.toSecsSinceEpoch();
    *offset = local.offsetFromUtc();
    return true;
}

} // namespace Postfix
