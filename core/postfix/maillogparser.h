#pragma once

#include "logevent.h"
#include "parseresult.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QTimeZone>

#include <memory>

namespace Postfix {

// A Postfix log line split into views of the caller's buffer — the fast path for statistics over
// gigabytes: nothing is allocated per line. Valid only while the buffer lives.
struct LogLineView
{
    qint64 timeMs = 0;         // Unix epoch milliseconds (UTC), 0 when unreadable
    QByteArrayView host;
    QByteArrayView program;    // "postfix/smtp"
    QByteArrayView service;    // "smtp"
    qint64 pid = -1;
    QByteArrayView queueId;    // empty when the message has none; "NOQUEUE" kept as is
    QByteArrayView message;    // after "ID: " (or after "program[pid]: ")
};

// Parses Postfix syslog/journal lines. Pure: no clock — the year of classic "Nov  5 10:01:02"
// stamps is inferred from `reference` (the latest year that is not after reference + 1 day),
// and classic stamps are read in `zone` (the server's zone). RFC 3339 stamps carry their own
// offset. Accepts: classic syslog, RFC 3339 (fractions, Z or ±hh:mm), journalctl -o short-iso,
// "YYYY Mon DD HH:MM:SS[.mmm]", any syslog_name ("postfix-out/smtp", "postfix/amavis/smtp",
// "postfix/10025/smtpd"), short/long/odd queue IDs, NOQUEUE.
//
// Lines from other programs are skipped silently (not issues); damaged Postfix lines (cut in the
// middle, garbage, non-UTF-8) become issues, never crashes. One instance per thread.
class MailLogParser
{
public:
    MailLogParser(const QDateTime &reference, const QTimeZone &serverZone);

    // false: not a Postfix line (or unreadable; `damaged` says which when non-null).
    bool parseLine(QByteArrayView line, LogLineView *out, bool *damaged = nullptr);

    // The full event of one line (allocates); nullopt-like: returns false when not Postfix.
    bool parseEvent(QByteArrayView line, LogEvent *out, bool *damaged = nullptr);

    // Key=value field of a message view: field(msg, "to") → "user@example.com" (brackets
    // removed); empty when absent. Handles values that contain spaces only for the reason.
    static QByteArrayView field(QByteArrayView message, QByteArrayView key);
    // status=… of a delivery line, and the reason in parentheses after it.
    static LogStatus status(QByteArrayView message, QByteArrayView *reason = nullptr);

private:
    struct State;
    std::shared_ptr<State> m_state;
};

// Whole text → events (every Postfix line, in input order) + issues for damaged lines.
Parsed<LogEvent> parseMailLog(QByteArrayView text, const QDateTime &reference, const QTimeZone &serverZone);

} // namespace Postfix
