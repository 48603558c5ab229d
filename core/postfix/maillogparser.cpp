#include "maillogparser.h"

#include "logeventbuilder.h"
#include "logfields.h"
#include "logprogram.h"
#include "logtimestampreader.h"
#include "stringinterner.h"
#include "textlines.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <charconv>
#include <cstring>

namespace Postfix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

constexpr qsizetype kMaxPrefixToken = 64; // a compose service name
constexpr int kFramingTokens = 3;         // host, facility ("mail.info"), then the program
constexpr qsizetype kIssueExcerpt = 120;

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline const char *skipBlanks(const char *p, const char *end)
{
    while (p < end && isBlank(*p))
        ++p;
    return p;
}

inline const char *skipToken(const char *p, const char *end)
{
    while (p < end && !isBlank(*p))
        ++p;
    return p;
}

// "postfix-mailcow-1  | ", "mail    | ", "smtp_1       | ": a docker compose service prefix.
const char *skipComposePrefix(const char *p, const char *end)
{
    const char *q = p;
    while (q < end && q - p < kMaxPrefixToken && LogProgram::isNameChar(*q) && *q != '/')
        ++q;
    if (q == p || q >= end || *q != ' ')
        return p;
    q = skipBlanks(q, end);
    return end - q >= 2 && q[0] == '|' && q[1] == ' ' ? skipBlanks(q + 2, end) : p;
}

// "<22>" (syslog priority, as raw syslog on a container's stdout carries it) at p: what follows.
const char *skipPriority(const char *p, const char *end)
{
    if (p >= end || *p != '<')
        return p;
    const char *q = p + 1;
    while (q < end && q - p <= 4 && isDigit(*q))
        ++q;
    return q > p + 1 && q < end && *q == '>' ? q + 1 : p;
}

// A syslog severity written where the host belongs ("INFO    postfix/smtp[256]: …").
bool isLevelWord(QByteArrayView token)
{
    static constexpr QByteArrayView kLevels[] = {"INFO", "WARNING", "WARN", "ERROR", "ERR", "NOTICE",
                                                 "DEBUG", "CRIT", "CRITICAL", "ALERT", "EMERG"};
    if (token.size() < 3 || token.size() > 8 || token[0] < 'A' || token[0] > 'Z')
        return false;
    for (QByteArrayView level : kLevels) {
        if (token == level)
            return true;
    }
    return false;
}

// Sets *damaged for a line that is not readable as a Postfix line but claims to be one.
bool notPostfix(QByteArrayView line, bool *damaged)
{
    if (damaged)
        *damaged = LogProgram::mentionedIn(line);
    return false;
}

// The rest of a mailcow web-UI export line after its stamp: "| info | message" — no host, no
// program; the lines come from the Postfix log tab, so they count as program "postfix".
bool readExport(const char *p, const char *end, LogLineView *out, bool *damaged)
{
    if (end - p < 2 || p[0] != '|')
        return notPostfix(QByteArrayView(p, end - p), damaged);
    const char *level = skipBlanks(p + 1, end);
    const char *bar = skipBlanks(skipToken(level, end), end);
    if (bar >= end || *bar != '|')
        return notPostfix(QByteArrayView(p, end - p), damaged);
    const char *message = skipBlanks(bar + 1, end);
    out->program = QByteArrayView("postfix");
    out->service = QByteArrayView("", 0);
    out->queueId = LogFields::queueIdPrefix(QByteArrayView(message, end - message), &out->message);
    return true;
}

// RFC 5424 after "<PRI>": "1 STAMP HOST APP PROCID MSGID SD MSG" (rsyslog's
// RSYSLOG_SyslogProtocol23Format, syslog-ng's syslog() destination), nil fields written "-".
bool readRfc5424(const char *p, const char *end, LogTimestampReader &stamps, LogLineView *out,
                 bool *damaged)
{
    p += 2; // "1 "
    if (end - p >= 2 && p[0] == '-' && p[1] == ' ') {
        ++p;
    } else {
        const LogTimestampReader::Stamp stamp = stamps.read(QByteArrayView(p, end - p));
        out->timeMs = stamp.timeMs;
        out->utcOffsetSeconds = stamp.utcOffsetSeconds;
        p += stamp.length;
    }
    QByteArrayView fields[4]; // host, app, procid, msgid
    for (QByteArrayView &field : fields) {
        p = skipBlanks(p, end);
        const char *tokenEnd = skipToken(p, end);
        field = QByteArrayView(p, tokenEnd - p);
        p = tokenEnd;
    }
    if (!LogProgram::isPostfix(fields[1]))
        return notPostfix(QByteArrayView(p, end - p), damaged);
    p = skipBlanks(p, end);
    // structured data: "-" or "[id k="v" …][…]" (']' inside a value is escaped as "\]")
    if (p < end && *p == '-') {
        ++p;
    } else {
        while (p < end && *p == '[') {
            ++p;
            while (p < end && *p != ']')
                p += *p == '\\' && p + 1 < end ? 2 : 1;
            p = std::min(p + 1, end);
        }
    }
    p = skipBlanks(p, end);
    if (end - p >= 3 && std::memcmp(p, "\xef\xbb\xbf", 3) == 0)
        p += 3; // BOM before a UTF-8 message
    out->host = fields[0] == "-" ? QByteArrayView() : fields[0];
    out->program = fields[1];
    out->service = LogProgram::service(fields[1]);
    qint64 pid = -1;
    if (!fields[2].isEmpty() && std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(), pid).ec != std::errc())
        pid = -1;
    out->pid = pid;
    out->queueId = LogFields::queueIdPrefix(QByteArrayView(p, end - p), &out->message);
    if (out->message.isEmpty() && damaged)
        *damaged = true;
    return true;
}

} // namespace

struct MailLogParser::State
{
    State(const QDateTime &reference, const QTimeZone &zone)
        : stamps(reference, zone)
    {
    }
    LogTimestampReader stamps;
    StringInterner strings; // parseEvent only
};

MailLogParser::MailLogParser(const QDateTime &reference, const QTimeZone &serverZone)
    : m_state(std::make_shared<State>(reference, serverZone))
{
}

bool MailLogParser::parseLine(QByteArrayView line, LogLineView *out, bool *damaged)
{
    if (damaged)
        *damaged = false;
    const char *begin = line.data();
    const char *end = begin + line.size();
    while (end > begin && (end[-1] == '\n' || end[-1] == '\r'))
        --end;
    const char *afterPrefix = skipComposePrefix(begin, end);
    const char *p = skipPriority(afterPrefix, end);

    *out = LogLineView();
    if (p != afterPrefix && end - p >= 2 && p[0] == '1' && p[1] == ' ')
        return readRfc5424(p, end, m_state->stamps, out, damaged);
    const LogTimestampReader::Stamp stamp = m_state->stamps.read(QByteArrayView(p, end - p));
    out->timeMs = stamp.timeMs;
    out->utcOffsetSeconds = stamp.utcOffsetSeconds;
    p = skipBlanks(p + stamp.length, end);

    if (stamp.kind == LogTimestampReader::Kind::Export)
        return readExport(p, end, out, damaged);

    QByteArrayView name;
    const char *after = nullptr;
    for (int token = 0; token < kFramingTokens && p < end; ++token) {
        const LogProgram::Match match = LogProgram::match(p, end, &name, &out->pid, &after);
        if (match == LogProgram::Match::Truncated) {
            if (damaged)
                *damaged = LogProgram::isPostfix(name);
            return false;
        }
        if (match == LogProgram::Match::Program)
            break;
        const char *tokenEnd = skipToken(p, end);
        if (token == 0) {
            const QByteArrayView host(p, tokenEnd - p);
            if (!isLevelWord(host))
                out->host = host;
        }
        p = skipBlanks(tokenEnd, end);
    }
    if (!after)
        return notPostfix(QByteArrayView(begin, end - begin), damaged);
    if (!LogProgram::isPostfix(name))
        return false;
    out->program = name;
    out->service = LogProgram::service(name);
    out->queueId = LogFields::queueIdPrefix(QByteArrayView(after, end - after), &out->message);
    if (out->message.isEmpty() && damaged)
        *damaged = true;
    return true;
}

bool MailLogParser::parseEvent(QByteArrayView line, LogEvent *out, bool *damaged)
{
    bool broken = false;
    LogLineView view;
    const bool postfix = parseLine(line, &view, &broken);
    if (damaged)
        *damaged = broken;
    if (!postfix)
        return false;
    *out = LogEvent();
    out->timeMs = view.timeMs;
    out->utcOffsetSeconds = view.utcOffsetSeconds;
    const LogEventBuilder builder(&m_state->strings);
    out->host = builder.shared(view.host);
    out->program = builder.shared(view.program);
    out->service = builder.shared(view.service);
    out->pid = view.pid;

    // Re-join ID and message: fillFromMessage splits them again (the same rule).
    const char *messageStart = view.queueId.isNull() ? view.message.data() : view.queueId.data();
    const char *lineEnd = view.message.data() + view.message.size();
    builder.fillFromMessage(QByteArrayView(messageStart, lineEnd - messageStart), out, &broken);

    QByteArrayView raw = line;
    while (raw.endsWith('\n') || raw.endsWith('\r'))
        raw.chop(1);
    QStringDecoder decoder(QStringDecoder::Utf8);
    out->rawLine = decoder(raw);
    if (decoder.hasError() || std::memchr(raw.data(), '\0', size_t(raw.size())))
        broken = true;
    if (damaged)
        *damaged = broken;
    return true;
}

void MailLogParser::parseMessage(QByteArrayView program, QByteArrayView message, LogEvent *out,
                                 bool *damaged)
{
    bool broken = false;
    *out = LogEvent();
    out->program = QString::fromUtf8(program);
    out->service = QString::fromUtf8(LogProgram::service(program));
    while (message.endsWith('\n') || message.endsWith('\r'))
        message.chop(1);
    LogEventBuilder().fillFromMessage(message, out, &broken);
    QStringDecoder decoder(QStringDecoder::Utf8);
    out->rawLine = decoder(message);
    if (decoder.hasError())
        broken = true;
    if (damaged)
        *damaged = broken;
}

QByteArrayView MailLogParser::field(QByteArrayView message, QByteArrayView key)
{
    return LogFields::field(message, key);
}

LogStatus MailLogParser::status(QByteArrayView message, QByteArrayView *reason)
{
    const LogStatus delivery = LogFields::status(message, reason);
    if (delivery != LogStatus::None)
        return delivery;
    return LogFields::reject(message, reason) ? LogStatus::Rejected : LogStatus::None;
}

Parsed<LogEvent> parseMailLog(QByteArrayView text, const QDateTime &reference, const QTimeZone &serverZone)
{
    Parsed<LogEvent> parsed;
    MailLogParser parser(reference, serverZone);
    forEachLine(text, [&](QByteArrayView line, qsizetype number) {
        if (line.isEmpty())
            return;
        LogEvent event;
        bool damaged = false;
        if (parser.parseEvent(line, &event, &damaged)) {
            event.lineNumber = number;
            parsed.values.append(std::move(event));
        }
        if (damaged) {
            const QString excerpt = QString::fromUtf8(line.first(std::min(line.size(), kIssueExcerpt)));
            parsed.issues.append({number, Tr::tr("Damaged Postfix log line: %1").arg(excerpt)});
        }
    });
    return parsed;
}

} // namespace Postfix
