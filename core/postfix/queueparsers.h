#pragma once

#include "parseresult.h"
#include "postcatmessage.h"
#include "queuedmessage.h"
#include "stringinterner.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QTimeZone>

namespace Postfix {

// postqueue -j (Postfix >= 3.1): JSON Lines, one object per queue file. Unknown members ignored.
// An empty input is an empty queue. Each malformed line becomes an issue with its line number.
// Blank lines are skipped, CRLF is accepted, invalid UTF-8 becomes U+FFFD, null members count as
// absent. A line that is not a JSON object, or has no string "queue_id", is skipped with an issue;
// a known member of the wrong type is reported and left at its default (the message is kept).
Parsed<QueuedMessage> parseQueueJson(QByteArrayView jsonLines);

// Incremental form of parseQueueJson for streamed output: feed() any chunk boundaries, finish()
// at end of stream. Line numbers in issues count from the first fed byte.
class QueueJsonStreamParser
{
public:
    Parsed<QueuedMessage> feed(QByteArrayView chunk); // complete lines only; keeps the tail
    Parsed<QueuedMessage> finish();                   // the unterminated last line, if any
    qint64 bytesSeen() const { return m_bytes; }

private:
    QByteArray m_tail;
    qsizetype m_line = 0;
    qint64 m_bytes = 0;
    StringInterner m_strings; // shares repeated senders/reasons across chunks
};

// What postqueue -p said besides the messages.
struct TextQueueListing
{
    Parsed<QueuedMessage> parsed;
    bool emptyQueue = false;      // "Mail queue is empty"
    bool mailSystemDown = false;  // "mail system is down" (listing may still follow for root)
    qint64 trailerKbytes = -1;    // from "-- N Kbytes in M Requests."
    qint64 trailerRequests = -1;
};

// postqueue -p / mailq text (Postfix < 3.1 fallback). The arrival stamp has no year and is in the
// server's local time: `reference` is "now" on the server and `serverZone` its time zone; the year
// is the one that puts the stamp not after reference (+1 day of tolerance).
TextQueueListing parseQueueText(QByteArrayView text, const QDateTime &reference,
                                const QTimeZone &serverZone);

// postcat output (-h, -eh, -beh, …), possibly several messages; the first is returned.
// "open queue file ID: No such file or directory" → gone = true.
struct PostcatParse
{
    PostcatMessage message;
    bool gone = false;
    bool permissionDenied = false; // "open queue file ID: Permission denied" and the like
    QList<ParseIssue> issues;
};
PostcatParse parsePostcat(QByteArrayView output);

// Queue IDs: short form (uppercase hex, 6..16 chars) or long form (base-52 alphabet: digits,
// B–Z and b–z without vowels; at most 32 chars; the last 'z' is the separator, with >= 6 chars
// before it and >= 1 after it). Nothing else passes: no '-', spaces, quotes, shell metacharacters,
// non-ASCII lookalikes. Used by the command catalog as its security boundary for IDs and by the
// parsers to check IDs after stripping -p markers (* ! #).
bool isValidQueueId(QStringView id);

} // namespace Postfix
