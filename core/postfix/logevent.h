#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Postfix {

// What a log line says happened to (a recipient of) a message.
enum class LogStatus {
    None,     // not a delivery/reject line (qmgr from=, cleanup message-id=, warning, …)
    Sent,     // status=sent (also "delivered", "deliverable" in verify mode)
    Deferred, // status=deferred
    Bounced,  // status=bounced
    Expired,  // status=expired ("message is administratively expired" / lifetime over)
    Rejected, // smtpd/cleanup "reject:" / "milter-reject:" / postscreen rejects (NOQUEUE or ID)
    Other,    // another status= word (undeliverable, …): kept in statusText
};

// One Postfix log line, parsed. Views into the raw text are NOT kept: every field is an owned
// copy, so events outlive the buffer. Fields that the line does not carry stay empty / -1.
struct LogEvent
{
    qint64 lineNumber = 0;   // 1-based in the parsed input (0 if unknown)
    qint64 timeMs = 0;       // Unix epoch milliseconds (UTC); 0 when the stamp could not be read
    int utcOffsetSeconds = 0;// offset the line was written in (RFC 3339), else the zone's offset
    QString host;            // syslog host field
    QString program;         // "postfix/smtp", "postfix-out/smtp", "postfix/amavis/smtp", "postfix/10025/smtpd"
    QString service;         // last program component: "smtp", "qmgr", "smtpd", "cleanup", "pickup", …
    qint64 pid = -1;
    QString queueId;         // "4F2A3B1C9D", long form, odd forms; "NOQUEUE"; empty for none
    QString message;         // text after "QUEUEID: " (or after "program[pid]: " when no ID)

    // key=value fields (from=, to=, orig_to=, relay=, delay=, delays=, dsn=, status=, size=,
    // nrcpt=, client=, message-id=, orig_id=); <…> brackets removed from addresses.
    // A field the line does not carry is a null QString; "from=<>" (the null sender of bounces)
    // is an empty but non-null QString (isNull() false, isEmpty() true).
    QString from;
    QString to;
    QString origTo;
    QString relay;           // "mx.example.com[1.2.3.4]:25", "none", "local", "private/amavis"
    QString dsn;             // "4.4.1"
    QString delays;          // "0.01/0/30/0"
    QString client;          // smtpd client=host[ip]
    QString messageIdHeader; // cleanup message-id=<…> (without brackets)
    QString origId;          // pickup/cleanup/qmgr orig_id= after postsuper -r requeue
    double delay = -1;       // seconds
    qint64 size = -1;
    int nrcpt = -1;

    LogStatus status = LogStatus::None;
    QString statusText;      // the status word as written ("sent", "deferred", …); "reject" or
                             // "milter-reject" for rejects
    QString reason;          // the text in parentheses after status=… (outer parens removed), or
                             // the reject text after "reject: …: " for rejects
    QString nextQueueId;     // "queued as NEWID" inside a sent reason (content-filter re-injection),
                             // "forwarded as NEWID" (local(8) forwarding to another address)
                             // or the ID of a generated bounce ("sender non-delivery notification: NEWID")
    bool removed = false;    // "ID: removed" — the message left the queue

    QString rawLine;         // the whole line as received (lossy UTF-8 decode), for trails and detail views
};

} // namespace Postfix

Q_DECLARE_METATYPE(Postfix::LogEvent)
