#pragma once

#include "logevent.h"

#include <QByteArrayView>

namespace Postfix {

class StringInterner;

// Fills a LogEvent from the message part of a Postfix line (everything after "program[pid]: "):
// queue ID, message text, key=value fields, status and reason, rejects, the next queue ID of a
// re-injection or bounce, "removed". With an interner, values that repeat from line to line
// (hosts, programs, senders, relays, reasons) share one QString; without one they are decoded
// each time. Not thread-safe when an interner is used (one per parser).
class LogEventBuilder
{
public:
    explicit LogEventBuilder(StringInterner *interner = nullptr);

    // A repeated text (host, program, service) as a QString: null for a null view.
    QString shared(QByteArrayView text) const;

    // Sets the message-derived members of *out; *damaged becomes true (never false) when the
    // message is cut short: empty, an unclosed '<' in a field, or an unclosed reason.
    void fillFromMessage(QByteArrayView message, LogEvent *out, bool *damaged) const;

private:
    enum class Sharing { Shared, Unique };
    QString field(QByteArrayView message, QByteArrayView key, bool *damaged, Sharing sharing) const;

    StringInterner *m_interner;
};

} // namespace Postfix
