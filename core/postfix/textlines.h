#pragma once

#include <QByteArrayView>

namespace Postfix {

// Calls lineFn(line, number) for every line of `text` (numbered from 1, LF or CRLF removed, an
// unterminated last line included) and returns the number of lines. For the line-oriented readers
// of postqueue -p and postcat output.
template <typename LineFn>
qsizetype forEachLine(QByteArrayView text, LineFn &&lineFn)
{
    qsizetype number = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lineFn(line, ++number);
        start = end + 1;
    }
    return number;
}

} // namespace Postfix
