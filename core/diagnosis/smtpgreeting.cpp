#include "smtpgreeting.h"

namespace Diagnosis {

namespace {

// "250-…" / "250 …" / "250": the code, or 0; `last` tells whether the line ends the reply.
int replyCode(const QString &line, bool *last)
{
    if (line.size() < 3)
        return 0;
    for (int i = 0; i < 3; ++i) {
        if (!line.at(i).isDigit() || line.at(i).unicode() > 127)
            return 0;
    }
    if (line.size() > 3 && line.at(3) != u'-' && line.at(3) != u' ')
        return 0;
    *last = line.size() == 3 || line.at(3) == u' ';
    return line.left(3).toInt();
}

} // namespace

QString SmtpGreeting::text() const
{
    QStringList parts;
    for (const QString &line : lines)
        parts << (line.size() > 4 && code != 0 ? line.mid(4) : (code != 0 ? QString() : line));
    parts.removeAll(QString());
    return parts.join(u' ').trimmed();
}

SmtpGreeting SmtpGreeting::parse(QByteArrayView replyLines)
{
    QStringList lines;
    const QString text = QString::fromUtf8(replyLines);
    qsizetype start = 0;
    while (start < text.size() && lines.size() < maxLines) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        QString line = text.mid(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        lines << line;
        start = end + 1;
    }
    return parseLines(lines);
}

SmtpGreeting SmtpGreeting::parseLines(const QStringList &replyLines)
{
    SmtpGreeting g;
    for (const QString &raw : replyLines) {
        if (g.lines.size() >= maxLines)
            break;
        QString line = raw;
        while (line.endsWith(u'\r') || line.endsWith(u'\n'))
            line.chop(1);
        if (g.lines.isEmpty() && line.isEmpty())
            continue;
        g.lines << line.left(1000);
        if (g.complete || (g.lines.size() > 1 && g.code == 0))
            continue; // after the end of the reply, or not a reply at all: kept as evidence only
        bool last = false;
        const int code = replyCode(line, &last);
        if (g.lines.size() == 1)
            g.code = code;
        else if (code != g.code)
            g.consistent = false;
        g.complete = last && code != 0;
    }
    if (g.code < 200 || g.code > 599) {
        g.code = 0;
        g.complete = false;
    }
    return g;
}

} // namespace Diagnosis
