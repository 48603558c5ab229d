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
    qint64 timeMs = 0;         // Unix epoch milliseconds (UTC), 0 when unreadable or absent
    int utcOffsetSeconds = 0;  // the stamp's own offset (RFC 3339), else the server zone's
    QByteArrayView host;       // empty when the line has none (or a log level word stands there)
    QByteArrayView program;    // "postfix/smtp"; "postfix" for mailcow web-UI exports (no program)
    QByteArrayView service;    // "smtp" (last component of program); empty for mailcow exports
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
// Also accepted: no host field, no time stamp at all (timeMs 0), busybox "3:04:29 host mail.info
// postfix/smtp[1]: …", a log level word instead of the host ("INFO    postfix/smtp[1]: …"),
// docker compose prefixes ("postfix-mailcow-1  | …"), "<PRI>" prefixes, RFC 5424 lines
// ("<22>1 2023-…Z host postfix/smtp 1234 - - msg"), mailcow web-UI exports
// ("23-10-2018 11:00:42 | info | …"). See LogTimestampReader for every stamp shape.
//
// Which lines are Postfix: the program is "postfix", starts with "postfix" ("postfix/smtp",
// "postfix-out/smtp", "postfix-incoming/smtpd"), or is an instance name with a '/' whose last
// component is a Postfix daemon ("example.com/smtp", "server1-1/smtp": syslog_name set to
// something else, seen in real logs).
//
// Lines from other programs are skipped silently (not issues); damaged Postfix lines (cut in the
// middle, garbage, non-UTF-8) become issues, never crashes. A damaged line may still yield a
// best-effort event: parseLine/parseEvent then return true AND set *damaged. parseLine does not
// validate UTF-8 (it reads no further than the queue ID); parseEvent does. One instance per thread.
class MailLogParser
{
public:
    MailLogParser(const QDateTime &reference, const QTimeZone &serverZone);

    // false: not a Postfix line (or unreadable; `damaged` says which when non-null).
    bool parseLine(QByteArrayView line, LogLineView *out, bool *damaged = nullptr);

    // The full event of one line (allocates); nullopt-like: returns false when not Postfix.
    bool parseEvent(QByteArrayView line, LogEvent *out, bool *damaged = nullptr);

    // A message without its syslog prefix, as users paste them ("4F2A3B1C9D: to=<a@b>, …,
    // status=deferred (…)" or "to=<a@b>, …"), read as if `program` had logged it (timeMs 0,
    // rawLine = message). `damaged` as for parseEvent.
    static void parseMessage(QByteArrayView program, QByteArrayView message, LogEvent *out,
                             bool *damaged = nullptr);

    // Key=value field of a message view: field(msg, "to") → "user@example.com" (brackets
    // removed); a null view when absent, an empty non-null view for "from=<>". The key must start
    // the message or follow a blank/comma ("to" does not match "orig_to="). See LogFields.
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
