#include "postconfoutput.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Diagnosis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
};

constexpr int maxIssues = 50; // garbage input must not produce a million issues
constexpr int maxExpansionDepth = 10;

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

void addIssue(QList<Postfix::ParseIssue> &issues, qsizetype line, const QString &message)
{
    if (issues.size() < maxIssues)
        issues.append({line, message});
}

// Splits decoded output into logical lines: continuation lines (leading white space) are joined to
// the previous line. Each entry keeps the 1-based number of its first physical line.
QList<QPair<qsizetype, QString>> logicalLines(QByteArrayView text)
{
    QList<QPair<qsizetype, QString>> lines;
    const QString decoded = QString::fromUtf8(text);
    qsizetype number = 0;
    for (QStringView line : QStringView(decoded).split(u'\n')) {
        ++number;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.front().isSpace() && !lines.isEmpty()) {
            lines.last().second += u' ' + line.trimmed().toString();
            continue;
        }
        lines.append({number, line.toString()});
    }
    return lines;
}

// "name = value" → (name, value); name may hold '/' (postconf -P keys) and ':' (service names).
std::optional<QPair<QString, QString>> splitAssignment(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9_./:\\[\\]-]+) ?=(?: (.*))?$"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return QPair<QString, QString>(m.captured(1), m.captured(2).trimmed());
}

} // namespace

PostconfOutput PostconfOutput::parse(QByteArrayView text)
{
    PostconfOutput out;
    for (const auto &[number, line] : logicalLines(text)) {
        const auto kv = splitAssignment(line);
        if (!kv || kv->first.contains(u'/') || kv->first.contains(u':')) {
            addIssue(out.m_issues, number, Tr::tr("Not a \"name = value\" line: %1").arg(line.left(200)));
            continue;
        }
        out.m_values.insert(kv->first, kv->second);
    }
    return out;
}

QStringList PostconfOutput::names() const
{
    QStringList names = m_values.keys();
    std::sort(names.begin(), names.end());
    return names;
}

QString PostconfOutput::expanded(const QString &name) const
{
    return expand(value(name), 0);
}

QString PostconfOutput::expand(const QString &text, int depth) const
{
    if (depth > maxExpansionDepth)
        return {}; // a reference loop: Postfix refuses it too
    if (!text.contains(u'$'))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != u'$' || i + 1 >= text.size()) {
            out += c;
            ++i;
            continue;
        }
        const QChar next = text.at(i + 1);
        if (next == u'$') {
            out += u'$';
            i += 2;
            continue;
        }
        if (next == u'{' || next == u'(') {
            const QChar close = next == u'{' ? u'}' : u')';
            const qsizetype end = text.indexOf(close, i + 2);
            if (end < 0) {
                out += text.mid(i);
                break;
            }
            const QString inner = text.mid(i + 2, end - i - 2);
            const qsizetype op = inner.indexOf(QRegularExpression(QStringLiteral("[?:]")));
            const QString ref = op < 0 ? inner : inner.left(op);
            const QString refValue = expand(value(ref), depth + 1);
            if (op < 0)
                out += refValue;
            else if (inner.at(op) == u'?' && !refValue.isEmpty())
                out += expand(inner.mid(op + 1), depth + 1);
            else if (inner.at(op) == u':' && refValue.isEmpty())
                out += expand(inner.mid(op + 1), depth + 1);
            i = end + 1;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && isNameChar(text.at(end)))
            ++end;
        if (end == i + 1) {
            out += c;
            ++i;
            continue;
        }
        out += expand(value(text.mid(i + 1, end - i - 1)), depth + 1);
        i = end;
    }
    return out;
}

Postfix::Parsed<PostconfServiceParameter> PostconfOutput::parseServiceParameters(QByteArrayView text)
{
    Postfix::Parsed<PostconfServiceParameter> parsed;
    for (const auto &[number, line] : logicalLines(text)) {
        const auto kv = splitAssignment(line);
        // The service name may itself hold ':' ("127.0.0.1:10025"): split the key from the right.
        const QStringList parts = kv ? kv->first.split(u'/') : QStringList();
        if (parts.size() < 3 || parts.first().isEmpty() || parts.last().isEmpty()
            || parts.at(parts.size() - 2).isEmpty()) {
            addIssue(parsed.issues, number,
                     Tr::tr("Not a \"service/type/name = value\" line: %1").arg(line.left(200)));
            continue;
        }
        PostconfServiceParameter p;
        p.name = parts.last();
        p.type = parts.at(parts.size() - 2);
        p.service = parts.mid(0, parts.size() - 2).join(u'/');
        p.value = kv->second;
        parsed.values.append(p);
    }
    return parsed;
}

Postfix::Parsed<PostconfMasterEntry> PostconfOutput::parseMasterEntries(QByteArrayView text)
{
    Postfix::Parsed<PostconfMasterEntry> parsed;
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    for (const auto &[number, line] : logicalLines(text)) {
        if (line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(ws, Qt::SkipEmptyParts);
        // service type private unpriv chroot wakeup maxproc command [args…]
        if (fields.size() < 8) {
            addIssue(parsed.issues, number, Tr::tr("Not a master.cf service line: %1").arg(line.left(200)));
            continue;
        }
        parsed.values.append({fields.at(0), fields.at(1), fields.at(7)});
    }
    return parsed;
}

} // namespace Diagnosis
