#include "parselogging.h"
#include "queueparsers.h"
#include "textlines.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Postfix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

enum class Section { Start, Envelope, Content, Extracted, End };

// Reads postcat output (postcat/postcat.c). Section markers appear only when the envelope was
// requested (-e, or the default -beh); -h, -b and -bh print the message content alone. With -o
// every line starts with a record offset, and with -v content lines carry their record type
// ("regular_text: …") between pointer/padding records: both are understood too.
class PostcatReader
{
public:
    void readLine(QByteArrayView line, qsizetype number);
    PostcatParse finish(qsizetype lastLine);

private:
    bool readDiagnostic(const QString &line, qsizetype number);
    bool readMarker(const QString &line, qsizetype number);
    void readRecord(const QString &line, qsizetype number);
    void readContent(QString line, qsizetype number);
    void issue(qsizetype number, const QString &message) { m_out.issues.append({number, message}); }

    PostcatParse m_out;
    Section m_section = Section::Start;
    bool m_offsets = false;     // postcat -o
    bool m_sawMarker = false;
    bool m_sawContent = false;  // any output besides diagnostics
    bool m_inBody = false;
    bool m_ignoring = false;    // a second message follows the first
};

void PostcatReader::readLine(QByteArrayView raw, qsizetype number)
{
    static const QRegularExpression offset(QStringLiteral("^\\s*\\d+ "));
    QString line = QString::fromUtf8(raw);
    // -o: the first record after the (offset-less) ENVELOPE marker starts with its offset, which
    // a record name never does.
    if (m_section == Section::Envelope && m_out.message.envelope.isEmpty() && !m_offsets)
        m_offsets = line.contains(QRegularExpression(QStringLiteral("^\\s*\\d+ [a-z_]+:")));
    if (m_offsets)
        line.remove(offset);
    if ((m_section == Section::Start || m_section == Section::End) && readDiagnostic(line, number))
        return;
    if (readMarker(line, number) || m_ignoring)
        return;
    switch (m_section) {
    case Section::Start:
        m_section = Section::Content; // no markers: -h, -b or -bh output
        m_sawContent = true;
        readContent(line, number);
        break;
    case Section::Content:
        readContent(line, number);
        break;
    case Section::Envelope:
    case Section::Extracted:
        readRecord(line, number);
        break;
    case Section::End:
        if (!line.trimmed().isEmpty())
            issue(number, Tr::tr("unexpected text after the message: %1").arg(line.left(80)));
        break;
    }
}

bool PostcatReader::readDiagnostic(const QString &line, qsizetype number)
{
    static const QRegularExpression gone(
            QStringLiteral("^(?:\\S+: )?(?:fatal: )?open queue file \\S+: No such file or directory"));
    static const QRegularExpression diagnostic(
            QStringLiteral("^(?:postcat|sudo|[A-Za-z0-9_./-]+): (?:fatal|warning|error|panic): "));
    if (gone.match(line).hasMatch()) {
        m_out.gone = true; // the message left the queue meanwhile: not an error
        return true;
    }
    if (!diagnostic.match(line).hasMatch() && !line.startsWith(QLatin1StringView("bad mail queue ID"))
        && !line.contains(QLatin1StringView("open queue file")))
        return false;
    if (line.contains(QLatin1StringView("Permission denied")))
        m_out.permissionDenied = true;
    issue(number, line);
    return true;
}

bool PostcatReader::readMarker(const QString &line, qsizetype number)
{
    static const QRegularExpression marker(QStringLiteral(
            "^\\*\\*\\* (ENVELOPE RECORDS|MESSAGE CONTENTS|HEADER EXTRACTED|MESSAGE FILE END) (.*) \\*\\*\\*$"));
    const QRegularExpressionMatch match = marker.match(line);
    if (!match.hasMatch())
        return false;
    const QString kind = match.captured(1);
    if (kind == QLatin1StringView("ENVELOPE RECORDS")) {
        if (m_sawMarker) {
            if (!m_ignoring)
                issue(number, Tr::tr("postcat printed more than one message; only the first is shown"));
            m_ignoring = true;
            return true;
        }
        m_out.message.queuePath = match.captured(2);
        m_section = Section::Envelope;
    } else if (m_ignoring) {
        return true;
    } else if (kind == QLatin1StringView("MESSAGE CONTENTS")) {
        m_section = Section::Content;
    } else if (kind == QLatin1StringView("HEADER EXTRACTED")) {
        m_section = Section::Extracted;
    } else {
        m_section = Section::End;
    }
    if (m_out.message.queuePath.isEmpty())
        m_out.message.queuePath = match.captured(2);
    m_sawMarker = true;
    m_sawContent = true;
    return true;
}

// "name: value" envelope records, from ENVELOPE RECORDS and HEADER EXTRACTED alike.
void PostcatReader::readRecord(const QString &line, qsizetype number)
{
    if (line.trimmed().isEmpty())
        return;
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0) {
        issue(number, Tr::tr("unreadable envelope record: %1").arg(line.left(80)));
        return;
    }
    const QString name = line.left(colon);
    if (m_offsets && (name == QLatin1StringView("pointer_record") || name == QLatin1StringView("padding")))
        return; // queue file structure, not content
    m_out.message.envelope.append({name, line.mid(colon + 1).trimmed()});
}

// Header lines until the first empty line (continuations unfolded), then the body.
void PostcatReader::readContent(QString line, qsizetype number)
{
    if (m_offsets) {
        if (line.startsWith(QLatin1StringView("pointer_record:")) || line.startsWith(QLatin1StringView("padding:")))
            return;
        if (line.startsWith(QLatin1StringView("regular_text:")))
            line = line.mid(14);
    }
    if (m_inBody) {
        m_out.message.body += line + u'\n';
        return;
    }
    QList<QPair<QString, QString>> &headers = m_out.message.headers;
    if (line.isEmpty()) {
        m_inBody = true;
        return;
    }
    if (line.front() == u' ' || line.front() == u'\t') {
        if (headers.isEmpty())
            issue(number, Tr::tr("header continuation without a header: %1").arg(line.left(80)));
        else
            headers.last().second += line; // unfolding removes only the line break
        return;
    }
    const qsizetype colon = line.indexOf(u':');
    bool validName = colon > 0;
    for (qsizetype i = 0; validName && i < colon; ++i)
        validName = line.at(i).unicode() > 32 && line.at(i).unicode() < 127;
    if (!validName) {
        issue(number, Tr::tr("unreadable header line: %1").arg(line.left(80)));
        return;
    }
    headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
}

PostcatParse PostcatReader::finish(qsizetype lastLine)
{
    if (m_sawMarker && !m_ignoring && m_section != Section::End)
        issue(lastLine, Tr::tr("the output ends inside the message; it may be truncated"));
    if (!m_sawContent && !m_out.gone && m_out.issues.isEmpty())
        issue(lastLine, Tr::tr("postcat printed nothing"));
    return std::move(m_out);
}

} // namespace

PostcatParse parsePostcat(QByteArrayView output)
{
    PostcatReader reader;
    const qsizetype lines = forEachLine(
            output, [&](QByteArrayView line, qsizetype number) { reader.readLine(line, number); });
    PostcatParse parse = reader.finish(lines);
    if (!parse.issues.isEmpty())
        qCDebug(lcParse) << "postcat:" << parse.issues.size() << "issues";
    return parse;
}

} // namespace Postfix
