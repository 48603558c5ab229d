#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QTimeZone>

namespace Postfix {

// Reads the time stamp at the start of a mail-log line, in every shape seen in real logs:
//   Iso        "2023-03-14T00:00:31.185246+01:00", "2026-01-05T13:54:43+0100" (journalctl
//              -o short-iso), "…Z", a space instead of the T; without an offset → server zone
//   Classic    "Nov  5 10:01:02", "Nov 05 …" (journald), German month names ("Okt", "Mär", "Mai",
//              "Dez"); year inferred from the reference (YearlessStamp rules), server zone
//   YearFirst  "2013 Jun 10 06:28:18.123" (custom rsyslog template), server zone
//   TimeOnly   "3:04:29" (busybox syslogd): the reference's date, or the day before when that
//              would put the line more than an hour after the reference
//   Export     mailcow web-UI exports "23-10-2018 11:00:42" and "30/9/2017, 00:10:17"
// Fractions of a second are kept to the millisecond. Pure: the reference and the zone come in.
//
// Speed: a log's consecutive lines share their hour, so the zone-dependent conversion (year
// inference, DST) runs once per hour of log: the reader keeps the bytes of the last stamp up to
// its hour and reuses their result while they repeat; minutes and seconds are added arithmetically.
// RFC 3339 stamps carry their offset and are converted arithmetically without any lookup.
// One reader per thread (the cache is not shared).
class LogTimestampReader
{
public:
    enum class Kind { None, Iso, Classic, YearFirst, TimeOnly, Export };

    struct Stamp
    {
        Kind kind = Kind::None;
        qsizetype length = 0;    // bytes consumed (0 when there is no stamp)
        qint64 timeMs = 0;       // epoch milliseconds; 0 when the stamp could not be resolved
        int utcOffsetSeconds = 0;
    };

    LogTimestampReader(const QDateTime &reference, const QTimeZone &serverZone);

    // The stamp at the start of `text` (no leading blanks skipped). Kind::None and length 0 when
    // the text does not start with a stamp; a stamp with an impossible date (Feb 30, month 13)
    // still reports its length with timeMs 0 so that the rest of the line can be read.
    Stamp read(QByteArrayView text);

    // Days since 1970-01-01 of a proleptic Gregorian date (any month/day in range).
    static qint64 daysFromCivil(int year, int month, int day);
    // 1..12 for an English or German month abbreviation ("Oct", "Okt", "Mär", "Mrz", …); 0 if not.
    static int monthFromName(QByteArrayView name);

private:
    // A zone-dependent stamp cut after its hour: the result for hh:00:00.
    struct HourCache
    {
        char bytes[32] = {};
        qsizetype length = 0;
        Kind kind = Kind::None;
        qint64 hourStartSecs = 0;
        int offset = 0;
        bool valid = false; // false: the date was impossible (the stamp resolves to 0)
    };

    Stamp readIso(QByteArrayView text);
    Stamp readZoned(QByteArrayView text);
    bool resolveHour(Kind kind, int year, int month, int day, int hour, qint64 *secs, int *offset) const;

    QDateTime m_reference;
    QTimeZone m_zone;
    HourCache m_cache;
    // RFC 3339 without an offset (local time): the last hour's result, keyed by its date and hour.
    // Kept apart from m_cache, whose prefix match would ignore the offsets of the other lines.
    qint64 m_localIsoKey = -1;
    qint64 m_localIsoSecs = 0;
    int m_localIsoOffset = 0;
};

} // namespace Postfix
