#include "parselogging.h"
#include "queueparsers.h"
#include "textlines.h"
#include "yearlessstamp.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace Postfix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

constexpr qsizetype kExcerpt = 80;

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

QString excerpt(QByteArrayView line)
{
    const QString text = QString::fromUtf8(line.first(qMin(line.size(), kExcerpt)));
    return line.size() > kExcerpt ? text + u'…' : text;
}

// Reads postqueue -p line by line (showq_compat.c): a message line, then "(reason)" lines each
// applying to the recipient lines after it, a blank line between messages, a trailer at the end.
class TextReader
{
public:
    TextReader(const QDateTime &reference, const QTimeZone &zone)
        : m_reference(reference)
        , m_zone(zone)
    {
    }

    void readLine(QByteArrayView line, qsizetype number);
    TextQueueListing finish(qsizetype lastLine);

private:
    bool readDiagnostic(QByteArrayView line, qsizetype number);
    bool readTrailer(QByteArrayView line, qsizetype number);
    void readIndented(QByteArrayView trimmed, qsizetype number);
    void readMessageLine(QByteArrayView line, qsizetype number);
    void closeMessage();
    void issue(qsizetype number, const QString &message) { m_out.parsed.issues.append({number, message}); }

    QDateTime m_reference;
    QTimeZone m_zone;
    TextQueueListing m_out;
    std::optional<QueuedMessage> m_message;
    QString m_reason;
};

void TextReader::readLine(QByteArrayView line, qsizetype number)
{
    const QByteArrayView trimmed = line.trimmed();
    if (trimmed.isEmpty()) {
        closeMessage();
        return;
    }
    if (line.startsWith('-') && line.contains("Queue ID"))
        return; // column headings, short or long form
    if (line.startsWith("-- ")) {
        readTrailer(trimmed, number);
        return;
    }
    if (trimmed == "Mail queue is empty") {
        m_out.emptyQueue = true;
        return;
    }
    // Cheap filter first: diagnostics are never indented and always carry ": " or "is down".
    if (!isSpace(line.front()) && (line.contains(": ") || line.contains("is down"))
        && readDiagnostic(trimmed, number))
        return;
    if (isSpace(line.front()) || line.front() == '(')
        readIndented(trimmed, number);
    else
        readMessageLine(line, number);
}

// "postqueue: fatal: …", "postqueue: warning: Mail system is down -- accessing queue directly".
bool TextReader::readDiagnostic(QByteArrayView line, qsizetype number)
{
    static const QRegularExpression diagnostic(
            QStringLiteral("^[A-Za-z0-9_./-]+: (fatal|warning|error|panic): "));
    const QString text = QString::fromUtf8(line);
    const bool down = text.contains(QLatin1StringView("mail system is down"), Qt::CaseInsensitive);
    const QRegularExpressionMatch match = diagnostic.match(text);
    if (!match.hasMatch() && !down)
        return false;
    m_out.mailSystemDown = m_out.mailSystemDown || down;
    // root's "warning: Mail system is down -- accessing queue directly" precedes a real listing.
    if (!(down && match.captured(1) == QLatin1StringView("warning")))
        issue(number, text);
    return true;
}

bool TextReader::readTrailer(QByteArrayView line, qsizetype number)
{
    static const QRegularExpression trailer(
            QStringLiteral("^-- (\\d+) Kbytes in (\\d+) Requests?\\.$"));
    const QRegularExpressionMatch match = trailer.match(QString::fromUtf8(line));
    closeMessage();
    if (!match.hasMatch()) {
        issue(number, Tr::tr("unrecognised line: %1").arg(excerpt(line)));
        return false;
    }
    m_out.trailerKbytes = match.captured(1).toLongLong();
    m_out.trailerRequests = match.captured(2).toLongLong();
    return true;
}

void TextReader::readIndented(QByteArrayView trimmed, qsizetype number)
{
    if (!m_message) {
        issue(number, Tr::tr("line outside a queue entry: %1").arg(excerpt(trimmed)));
        return;
    }
    if (trimmed.startsWith('(') && trimmed.endsWith(')')) {
        const QByteArrayView reason = trimmed.sliced(1, trimmed.size() - 2);
        m_reason = reason == "reason unavailable" ? QString() : QString::fromUtf8(reason);
        return;
    }
    Recipient recipient;
    recipient.address = QString::fromUtf8(trimmed);
    recipient.delayReason = m_reason;
    m_message->recipients.append(std::move(recipient));
}

// "ID[*!#]  size Www Mmm dd hh:mm:ss  sender": the sender is the rest of the line (quoted local
// parts may contain spaces).
void TextReader::readMessageLine(QByteArrayView line, qsizetype number)
{
    const auto unrecognised = [&] {
        issue(number, Tr::tr("unrecognised line: %1").arg(excerpt(line)));
    };
    qsizetype at = 0;
    while (at < line.size() && !isSpace(line[at]))
        ++at;
    QByteArrayView id = line.first(at);
    QueuedMessage message;
    message.queueName = QueueName::Deferred; // -p does not tell deferred, incoming, maildrop apart
    while (!id.isEmpty() && (id.back() == '*' || id.back() == '!' || id.back() == '#')) {
        if (id.back() == '*')
            message.queueName = QueueName::Active;
        else if (id.back() == '!')
            message.queueName = QueueName::Hold;
        else
            message.forcedExpire = true;
        id.chop(1);
    }
    message.queueId = QString::fromLatin1(id);
    if (!isValidQueueId(message.queueId))
        return unrecognised();
    while (at < line.size() && isSpace(line[at]))
        ++at;
    const qsizetype sizeStart = at;
    while (at < line.size() && line[at] >= '0' && line[at] <= '9')
        ++at;
    bool ok = false;
    message.messageSize = line.sliced(sizeStart, at - sizeStart).toLongLong(&ok);
    while (at < line.size() && isSpace(line[at]))
        ++at;
    qsizetype stampLength = 0;
    const std::optional<YearlessStamp> stamp = YearlessStamp::parse(line.sliced(at), &stampLength);
    if (!ok || !stamp)
        return unrecognised();
    at += stampLength;
    while (at < line.size() && isSpace(line[at]))
        ++at;
    message.sender = QString::fromUtf8(line.sliced(at));
    const std::optional<qint64> arrival = stamp->resolve(m_reference, m_zone);
    if (arrival)
        message.arrivalTime = *arrival;
    else
        issue(number, Tr::tr("cannot place the arrival time of %1 in a year").arg(message.queueId));
    closeMessage();
    m_message = std::move(message);
}

void TextReader::closeMessage()
{
    if (m_message)
        m_out.parsed.values.append(std::move(*m_message));
    m_message.reset();
    m_reason.clear();
}

TextQueueListing TextReader::finish(qsizetype lastLine)
{
    closeMessage();
    const qsizetype count = m_out.parsed.values.size();
    if (m_out.trailerRequests >= 0 && m_out.trailerRequests != count) {
        issue(lastLine, Tr::tr("the listing announces %1 messages but %2 were read")
                                .arg(m_out.trailerRequests)
                                .arg(count));
    } else if (m_out.trailerRequests < 0 && count > 0) {
        issue(lastLine, Tr::tr("the listing has no summary line; it may be incomplete"));
    } else if (count == 0 && !m_out.emptyQueue && m_out.parsed.issues.isEmpty()) {
        // postqueue always prints something: a listing, "Mail queue is empty" or an error.
        issue(lastLine, Tr::tr("the output holds no queue listing"));
    }
    return std::move(m_out);
}

} // namespace

TextQueueListing parseQueueText(QByteArrayView text, const QDateTime &reference,
                                const QTimeZone &serverZone)
{
    TextReader reader(reference, serverZone);
    const qsizetype lines = forEachLine(
            text, [&](QByteArrayView line, qsizetype number) { reader.readLine(line, number); });
    TextQueueListing listing = reader.finish(lines);
    if (!listing.parsed.issues.isEmpty())
        qCDebug(lcParse) << "postqueue -p:" << listing.parsed.values.size() << "messages,"
                         << listing.parsed.issues.size() << "issues";
    return listing;
}

} // namespace Postfix
