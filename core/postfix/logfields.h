#pragma once

#include "logevent.h"

#include <QByteArrayView>

namespace Postfix {

// Reads the parts of a Postfix log message ("to=<a@b>, relay=…, status=deferred (…)") as views of
// the message, without allocating. All functions are pure and never read outside the view.
class LogFields
{
public:
    // The value of `key`= in `message`, <…> brackets removed. The key must start the message or
    // follow a blank or a comma, so "to" never matches inside "orig_to=". A value ends at ", ",
    // a blank or the end; a bracketed value ends at the first '>' followed by ',', a blank or the
    // end (so "<user@<cutout>>" keeps its inner brackets). Absent: a null view; present but empty
    // ("from=<>"): an empty non-null view. `unterminated` (optional) is set when a '<' is never
    // closed (a line cut in the middle of an address).
    static QByteArrayView field(QByteArrayView message, QByteArrayView key, bool *unterminated = nullptr);

    // status=WORD and the reason in the parentheses after it: from the '(' after the word to the
    // last ')' of the message (reasons nest parentheses and may hold '=' signs). `word` gets the
    // status word, `unterminated` is set when the '(' is never closed. Absent: LogStatus::None.
    static LogStatus status(QByteArrayView message, QByteArrayView *reason = nullptr,
                            QByteArrayView *word = nullptr, bool *unterminated = nullptr);

    // A status word as a LogStatus ("sent" → Sent, "force-expired" → Expired, "foo" → Other).
    static LogStatus statusFromWord(QByteArrayView word);

    // "reject: …" / "milter-reject: …" / "proxy-reject: …" (message after the queue ID): the
    // reject text, e.g. "554 5.7.1 <x@y>: Relay access denied" from "reject: RCPT from h[ip]:
    // 554 …; from=<…> …". `kind` gets the word before ": ". False when the message is no reject
    // ("reject_warning: " is a warning, not a reject).
    static bool reject(QByteArrayView message, QByteArrayView *reason, QByteArrayView *kind = nullptr);

    // The queue ID named after "queued as " in a delivery reason, or after "notification: " of a
    // bounce/delay notice ("sender non-delivery notification: 4F2A3B1C9D"). Null when none.
    static QByteArrayView nextQueueId(QByteArrayView text);

    // A queue ID at the start of a message ("4F2A3B1C9D: to=…", "NOQUEUE: reject: …"): 5..40
    // characters of [0-9A-Za-z] followed by ':' and a blank (or the end), that hold a digit or are all
    // upper case (so "warning: …" and "fatal: …" are no IDs). Accepts short hex, long IDs, and the
    // anonymized forms of real logs ("7E1AEC2C388XXXX", "AAAAAAAAAAA"). `rest` gets the message
    // after "ID: " (or the whole message when there is no ID).
    static QByteArrayView queueIdPrefix(QByteArrayView message, QByteArrayView *rest);
};

} // namespace Postfix
