#pragma once

#include "parseresult.h"
#include "queuedmessage.h"

#include <QByteArrayView>
#include <QStringList>

namespace Postfix {

// The last step of reading one postqueue -j line, shared by both readers: reports the member
// problems, then keeps the message only when it has a valid queue ID.
void acceptQueueEntry(QueuedMessage &&message, const QStringList &problems, qsizetype lineNumber,
                      Parsed<QueuedMessage> &out);

// Calls lineFn(line, lineNumber) for each line of `text` with the terminator (LF, or CRLF) removed,
// numbering from firstLineNumber; a UTF-8 byte order mark before line 1 is dropped and blank or
// whitespace-only lines are skipped (they still count). Returns how many lines there were; the last
// one may be unterminated. Shared by the JSON Lines readers so they number lines identically.
template <typename LineFn>
qsizetype forEachJsonLine(QByteArrayView text, qsizetype firstLineNumber, LineFn &&lineFn)
{
    qsizetype count = 0;
    qsizetype start = 0;
    const qsizetype size = text.size();
    while (start < size) {
        qsizetype end = text.indexOf('\n', start);
        const qsizetype next = end < 0 ? size : end + 1;
        if (end < 0)
            end = size;
        QByteArrayView line = text.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype lineNumber = firstLineNumber + count;
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
        ++count;
        start = next;
        bool blank = true;
        for (char c : line) {
            if (c != ' ' && c != '\t' && c != '\r') {
                blank = false;
                break;
            }
        }
        if (!blank)
            lineFn(line, lineNumber);
    }
    return count;
}

} // namespace Postfix
