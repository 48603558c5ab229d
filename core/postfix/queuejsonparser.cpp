#include "jsonlines.h"
#include "jsonlinescanner.h"
#include "parselogging.h"
#include "queueparsers.h"

#include <QCoreApplication>

#include <cstring>

namespace Postfix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

void parseLine(QByteArrayView line, qsizetype lineNumber, StringInterner &strings,
               Parsed<QueuedMessage> &out)
{
    QueuedMessage message;
    JsonLineScanner scanner(line, strings);
    if (!scanner.parse(message)) {
        out.issues.append({lineNumber, Tr::tr("unreadable queue entry: %1").arg(scanner.error())});
        return;
    }
    acceptQueueEntry(std::move(message), scanner.problems(), lineNumber, out);
}

qsizetype parseLines(QByteArrayView text, qsizetype firstLineNumber, StringInterner &strings,
                     Parsed<QueuedMessage> &out)
{
    // Counting lines first saves the list from regrowing (and moving every message) while parsing.
    qsizetype lines = 1;
    for (const char *p = text.data(), *end = p + text.size();
         (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))); ++p)
        ++lines;
    out.values.reserve(out.values.size() + lines);
    return forEachJsonLine(text, firstLineNumber, [&](QByteArrayView line, qsizetype number) {
        parseLine(line, number, strings, out);
    });
}

} // namespace

Parsed<QueuedMessage> parseQueueJson(QByteArrayView jsonLines)
{
    Parsed<QueuedMessage> out;
    StringInterner strings;
    parseLines(jsonLines, 1, strings, out);
    if (!out.issues.isEmpty())
        qCDebug(lcParse) << "postqueue -j:" << out.values.size() << "messages," << out.issues.size()
                         << "issues";
    return out;
}

Parsed<QueuedMessage> QueueJsonStreamParser::feed(QByteArrayView chunk)
{
    Parsed<QueuedMessage> out;
    m_bytes += chunk.size();
    if (!m_tail.isEmpty()) {
        const qsizetype newline = chunk.indexOf('\n');
        if (newline < 0) {
            m_tail.append(chunk);
            return out;
        }
        m_tail.append(chunk.first(newline + 1));
        m_line += parseLines(m_tail, m_line + 1, m_strings, out);
        m_tail.clear();
        chunk = chunk.sliced(newline + 1);
    }
    const qsizetype lastNewline = chunk.lastIndexOf('\n');
    if (lastNewline >= 0)
        m_line += parseLines(chunk.first(lastNewline + 1), m_line + 1, m_strings, out);
    m_tail = chunk.sliced(lastNewline + 1).toByteArray();
    return out;
}

Parsed<QueuedMessage> QueueJsonStreamParser::finish()
{
    Parsed<QueuedMessage> out;
    if (!m_tail.isEmpty())
        m_line += parseLines(m_tail, m_line + 1, m_strings, out);
    m_tail.clear();
    m_strings.clear();
    return out;
}

} // namespace Postfix
