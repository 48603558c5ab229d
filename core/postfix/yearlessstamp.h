#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace Postfix {

// The arrival column of postqueue -p: asctime() cut before the year ("Thu Aug 21 10:11:12", the
// day space-padded: "Aug  1"), in the server's local time.
struct YearlessStamp
{
    int month = 0; // 1..12
    int day = 0;   // 1..31
    QTime time;

    // Reads "Www Mmm dd hh:mm:ss" at the start of `text`; `consumed` gets its length.
    static std::optional<YearlessStamp> parse(QByteArrayView text, qsizetype *consumed);

    // Epoch seconds of the latest year that puts the stamp not after reference + 1 day (clock skew
    // tolerance), looking back at most 8 years (Feb 29 needs a leap year). nullopt when no year
    // fits (Feb 30) or reference is invalid. Pure: "now" comes in as `reference`.
    std::optional<qint64> resolve(const QDateTime &reference, const QTimeZone &serverZone) const;
};

} // namespace Postfix
