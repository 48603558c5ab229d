#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Services {

// Cuts a byte stream that arrives in chunks (SSH output, file reads) into lines without copying
// complete lines: only the unterminated tail of a chunk is kept until the next one. LF or CRLF
// endings; the callback gets each line without them. Header-only: the log loaders and the CLI's
// local reader call it per chunk, and the per-line callback should inline.
class StreamLines
{
public:
    template <typename LineFn>
    void feed(QByteArrayView chunk, LineFn &&lineFn)
    {
        qsizetype start = 0;
        if (!m_partial.isEmpty()) {
            const qsizetype nl = chunk.indexOf('\n');
            if (nl < 0) {
                m_partial.append(chunk);
                return;
            }
            m_partial.append(chunk.first(nl));
            lineFn(withoutCr(m_partial));
            m_partial.clear();
            start = nl + 1;
        }
        for (;;) {
            const qsizetype nl = chunk.indexOf('\n', start);
            if (nl < 0)
                break;
            lineFn(withoutCr(chunk.sliced(start, nl - start)));
            start = nl + 1;
        }
        if (start < chunk.size())
            m_partial.append(chunk.sliced(start));
    }

    // The last line when the stream did not end with a newline.
    template <typename LineFn>
    void finish(LineFn &&lineFn)
    {
        if (!m_partial.isEmpty())
            lineFn(withoutCr(m_partial));
        m_partial.clear();
    }

    void clear() { m_partial.clear(); }

private:
    static QByteArrayView withoutCr(QByteArrayView line)
    {
        return line.endsWith('\r') ? line.chopped(1) : line;
    }

    QByteArray m_partial;
};

} // namespace Services
