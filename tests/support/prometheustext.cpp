#include "prometheustext.h"

#include <QRegularExpression>
#include <QSet>

namespace PrometheusText {

namespace {

const QRegularExpression metricName(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
const QRegularExpression floatValue(
    QStringLiteral("^(?:[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?Inf|NaN)$"));
const QRegularExpression timestampValue(QStringLiteral("^-?[0-9]+$"));
const QSet<QString> knownTypes{QStringLiteral("counter"), QStringLiteral("gauge"), QStringLiteral("histogram"),
                               QStringLiteral("summary"), QStringLiteral("untyped")};

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// A cursor over one line; errors are collected by the caller.
struct Cursor
{
    QString text;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    QChar peek() const { return atEnd() ? QChar() : text.at(pos); }
    void skipBlanks()
    {
        while (!atEnd() && isBlank(text.at(pos)))
            ++pos;
    }
    QString token() // up to the next blank, '{' or end
    {
        const qsizetype start = pos;
        while (!atEnd() && !isBlank(text.at(pos)) && text.at(pos) != QLatin1Char('{'))
            ++pos;
        return text.mid(start, pos - start);
    }
};

// The family a sample belongs to: its own name, or the histogram/summary base name.
QString familyOf(const QString &sample, const QMap<QString, Family> &declared)
{
    for (const char *suffix : {"_bucket", "_sum", "_count"}) {
        const QLatin1String s(suffix);
        if (!sample.endsWith(s))
            continue;
        const QString base = sample.chopped(s.size());
        const auto it = declared.constFind(base);
        if (it == declared.cend())
            continue;
        if (it->type == QLatin1String("histogram")
            || (it->type == QLatin1String("summary") && s != QLatin1String("_bucket")))
            return base;
    }
    return sample;
}

class Parser
{
public:
    Parsed result;

    void line(int number, const QString &text);
    void finish();

private:
    void error(const QString &message) { result.errors << QStringLiteral("line %1: %2").arg(m_line).arg(message); }
    void metadata(Cursor &c);
    void sample(Cursor &c);
    bool labels(Cursor &c, QMap<QString, QString> *labels);
    bool quoted(Cursor &c, QString *value);
    Family &enter(const QString &name); // makes `name` the current family; checks contiguity

    int m_line = 0;
    QMap<QString, Family> m_families;
    QStringList m_order;
    QString m_current;
    QSet<QString> m_closed; // families left for another one
    QSet<QString> m_series;
    QSet<QString> m_help, m_type;
};

Family &Parser::enter(const QString &name)
{
    if (m_current != name) {
        if (m_closed.contains(name))
            error(QStringLiteral("family %1 resumed after another family (families must be contiguous)").arg(name));
        if (!m_current.isEmpty())
            m_closed.insert(m_current);
        m_current = name;
    }
    if (!m_families.contains(name)) {
        m_order << name;
        m_families[name].name = name;
        m_families[name].type = QStringLiteral("untyped");
    }
    return m_families[name];
}

void Parser::line(int number, const QString &text)
{
    m_line = number;
    Cursor c{text};
    c.skipBlanks();
    if (c.atEnd())
        return;
    if (c.peek() == QLatin1Char('#'))
        metadata(c);
    else
        sample(c);
}

void Parser::metadata(Cursor &c)
{
    ++c.pos;
    c.skipBlanks();
    const QString keyword = c.token();
    if (keyword != QLatin1String("HELP") && keyword != QLatin1String("TYPE"))
        return; // a plain comment
    c.skipBlanks();
    const QString name = c.token();
    if (!metricName.match(name).hasMatch()) {
        error(QStringLiteral("invalid metric name '%1' in %2").arg(name, keyword));
        return;
    }
    if (!c.atEnd() && !isBlank(c.peek())) {
        error(QStringLiteral("garbage after the metric name in %1").arg(keyword));
        return;
    }
    const QString rest = c.text.mid(c.pos + 1);
    Family &family = enter(name);
    if (!family.samples.isEmpty())
        error(QStringLiteral("%1 of %2 after its samples").arg(keyword, name));
    if (keyword == QLatin1String("HELP")) {
        if (m_help.contains(name))
            error(QStringLiteral("second HELP for %1").arg(name));
        m_help.insert(name);
        QString help;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (rest.at(i) != QLatin1Char('\\') || i + 1 == rest.size()) {
                help += rest.at(i);
                continue;
            }
            const QChar next = rest.at(++i);
            if (next == QLatin1Char('n'))
                help += QLatin1Char('\n');
            else if (next == QLatin1Char('\\'))
                help += QLatin1Char('\\');
            else
                help += QLatin1Char('\\') + next; // other escapes stay literal in HELP
        }
        family.help = help;
        return;
    }
    if (m_type.contains(name))
        error(QStringLiteral("second TYPE for %1").arg(name));
    m_type.insert(name);
    const QString type = rest.trimmed();
    if (!knownTypes.contains(type))
        error(QStringLiteral("unknown TYPE '%1' for %2").arg(type, name));
    family.type = type;
}

bool Parser::quoted(Cursor &c, QString *value)
{
    if (c.peek() != QLatin1Char('"')) {
        error(QStringLiteral("label value must be in double quotes"));
        return false;
    }
    ++c.pos;
    while (!c.atEnd()) {
        const QChar ch = c.text.at(c.pos++);
        if (ch == QLatin1Char('"'))
            return true;
        if (ch != QLatin1Char('\\')) {
            *value += ch;
            continue;
        }
        const QChar next = c.peek();
        ++c.pos;
        if (next == QLatin1Char('\\') || next == QLatin1Char('"'))
            *value += next;
        else if (next == QLatin1Char('n'))
            *value += QLatin1Char('\n');
        else {
            error(QStringLiteral("invalid escape '\\%1' in a label value").arg(next));
            return false;
        }
    }
    error(QStringLiteral("unterminated label value"));
    return false;
}

bool Parser::labels(Cursor &c, QMap<QString, QString> *labels)
{
    ++c.pos; // '{'
    for (;;) {
        c.skipBlanks();
        if (c.peek() == QLatin1Char('}')) {
            ++c.pos;
            return true;
        }
        const qsizetype start = c.pos;
        while (!c.atEnd() && c.peek() != QLatin1Char('=') && !isBlank(c.peek()))
            ++c.pos;
        const QString name = c.text.mid(start, c.pos - start);
        if (!labelName.match(name).hasMatch() || name.startsWith(QLatin1String("__"))) {
            error(QStringLiteral("invalid label name '%1'").arg(name));
            return false;
        }
        c.skipBlanks();
        if (c.peek() != QLatin1Char('=')) {
            error(QStringLiteral("'=' expected after label %1").arg(name));
            return false;
        }
        ++c.pos;
        c.skipBlanks();
        QString value;
        if (!quoted(c, &value))
            return false;
        if (labels->contains(name)) {
            error(QStringLiteral("label %1 given twice").arg(name));
            return false;
        }
        labels->insert(name, value);
        c.skipBlanks();
        if (c.peek() == QLatin1Char(',')) {
            ++c.pos;
            continue;
        }
        if (c.peek() != QLatin1Char('}')) {
            error(QStringLiteral("',' or '}' expected after label %1").arg(name));
            return false;
        }
    }
}

void Parser::sample(Cursor &c)
{
    Sample s;
    s.name = c.token();
    if (!metricName.match(s.name).hasMatch()) {
        error(QStringLiteral("invalid metric name '%1'").arg(s.name));
        return;
    }
    if (c.peek() == QLatin1Char('{') && !labels(c, &s.labels))
        return;
    if (c.atEnd() || !isBlank(c.peek())) {
        error(QStringLiteral("blank and value expected after %1").arg(s.name));
        return;
    }
    c.skipBlanks();
    const QString value = c.token();
    if (!floatValue.match(value).hasMatch()) {
        error(QStringLiteral("value '%1' of %2 is not a float").arg(value, s.name));
        return;
    }
    s.value = value.endsWith(QLatin1String("Inf")) ? (value.startsWith(QLatin1Char('-')) ? -qInf() : qInf())
            : value == QLatin1String("NaN")       ? qQNaN()
                                                  : value.toDouble();
    c.skipBlanks();
    if (!c.atEnd()) {
        const QString stamp = c.token();
        c.skipBlanks();
        if (!timestampValue.match(stamp).hasMatch() || !c.atEnd()) {
            error(QStringLiteral("invalid timestamp or trailing text after %1").arg(s.name));
            return;
        }
        s.timestamp = stamp.toLongLong();
    }
    QStringList key{s.name};
    for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
        key << it.key() + QLatin1Char('=') + it.value();
    const QString series = key.join(QChar(0));
    if (m_series.contains(series))
        error(QStringLiteral("duplicate series %1").arg(key.join(QLatin1Char(' '))));
    m_series.insert(series);
    enter(familyOf(s.name, m_families)).samples.append(s);
}

void Parser::finish()
{
    for (const QString &name : std::as_const(m_order))
        result.families.append(m_families.value(name));
}

} // namespace

const Family *Parsed::family(const QString &name) const
{
    for (const Family &f : families)
        if (f.name == name)
            return &f;
    return nullptr;
}

const Sample *Parsed::sample(const QString &name, const QMap<QString, QString> &labels) const
{
    for (const Family &f : families)
        for (const Sample &s : f.samples)
            if (s.name == name && s.labels == labels)
                return &s;
    return nullptr;
}

QList<Sample> Parsed::samples(const QString &name, const QMap<QString, QString> &subset) const
{
    QList<Sample> found;
    for (const Family &f : families) {
        for (const Sample &s : f.samples) {
            if (s.name != name)
                continue;
            bool match = true;
            for (auto it = subset.cbegin(); match && it != subset.cend(); ++it)
                match = s.labels.value(it.key(), QString()) == it.value() && s.labels.contains(it.key());
            if (match)
                found << s;
        }
    }
    return found;
}

Parsed parse(QByteArrayView text)
{
    Parser parser;
    if (!text.isEmpty() && !text.endsWith('\n'))
        parser.result.errors << QStringLiteral("the text does not end with a newline");
    const QString all = QString::fromUtf8(text);
    if (all.contains(QChar::ReplacementCharacter))
        parser.result.errors << QStringLiteral("the text is not valid UTF-8");
    const QStringList lines = all.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).endsWith(QLatin1Char('\r')))
            parser.result.errors << QStringLiteral("line %1: carriage return").arg(i + 1);
        parser.line(int(i + 1), lines.at(i));
    }
    parser.finish();
    return parser.result;
}

} // namespace PrometheusText
