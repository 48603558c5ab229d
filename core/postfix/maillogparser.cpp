#include "maillogparser.h"

#include "logeventbuilder.h"
#include "logfields.h"
#include "logtimestampreader.h"
#include "stringinterner.h"
#include "textlines.h"

#include <QCoreApplication>
#include <QStringDecoder>

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

inline bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '/' || c == '-'
        || c == '_' || c == '.';
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
    while (q < end && q - p < kMaxPrefixToken && isNameChar(*q) && *q != '/')
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

// Postfix daemons and commands: the last component of a program name whose instance part does
// not start with "postfix" ("example.com/smtp").
bool isPostfixService(QByteArrayView service)
{
    static constexpr QByteArrayView kServices[] = {
        "smtp", "smtpd", "qmgr", "oqmgr", "cleanup", "pickup", "lmtp", "local", "virtual", "pipe",
        "error", "retry", "discard", "bounce", "defer", "trace", "postscreen", "dnsblog",
        "tlsproxy", "tlsmgr", "trivial-rewrite", "anvil", "scache", "verify", "master", "showq",
        "flush", "proxymap", "proxywrite", "spawn", "qmqpd", "postsuper", "postqueue", "postdrop",
        "sendmail", "postfix-script", "postlog", "postmulti", "postmap", "postalias", "postcat"};
    for (QByteArrayView known : kServices) {
        if (service == known)
            return true;
    }
    return false;
}

QByteArrayView lastComponent(QByteArrayView program)
{
    const qsizetype slash = program.lastIndexOf('/');
    return slash < 0 ? program : program.sliced(slash + 1);
}

bool isPostfixProgram(QByteArrayView program)
{
    if (program.startsWith("postfix"))
        return true;
    return program.contains('/') && isPostfixService(lastComponent(program));
}

enum class ProgramMatch { None, Program, Truncated };

// "name[pid]: " (or "name: " for a name with a '/') at p. Truncated: the line ends inside it.
ProgramMatch matchProgram(const char *p, const char *end, QByteArrayView *name, qint64 *pid,
                          const char **after)
{
    const char *q = p;
    while (q < end && isNameChar(*q))
        ++q;
    if (q == p)
        return ProgramMatch::None;
    *name = QByteArrayView(p, q - p);
    if (q == end)
        return name->contains('/') ? ProgramMatch::Truncated : ProgramMatch::None;
    if (*q == '[') {
        const char *d = q + 1;
        qint64 value = 0;
        while (d < end && isDigit(*d) && d - q < 19) {
            value = value * 10 + (*d - '0');
            ++d;
        }
        if (d == end || (*d == ']' && d + 1 == end))
            return d > q + 1 ? ProgramMatch::Truncated : ProgramMatch::None;
        if (d == q + 1 || *d != ']' || d[1] != ':')
            return ProgramMatch::None;
        const char *colon = d + 1;
        if (colon + 1 < end && colon[1] != ' ')
            return ProgramMatch::None;
        *pid = value;
        *after = std::min(colon + 2, end);
        return ProgramMatch::Program;
    }
    if (*q == ':' && (q + 1 == end || q[1] == ' ') && name->contains('/')) {
        *pid = -1;
        *after = std::min(q + 2, end);
        return ProgramMatch::Program;
    }
    return ProgramMatch::None;
}

// Does `text` hold a Postfix program token ("postfix/…" or "postfix[" at the start of a word)?
// Paths ("/etc/postfix/main.cf", "libexec/postfix/smtpd") do not count.
bool mentionsPostfixProgram(QByteArrayView text)
{
    for (qsizetype at = text.indexOf("postfix"); at >= 0; at = text.indexOf("postfix", at + 1)) {
        const char before = at > 0 ? text[at - 1] : ' ';
        const char after = at + 7 < text.size() ? text[at + 7] : '\0';
        if (!isNameChar(before) && (after == '/' || after == '['))
            return true;
    }
    return false;
}

// Sets *damaged for a line that is not readable as a Postfix line but claims to be one.
bool notPostfix(QByteArrayView line, bool *damaged)
{
    if (damaged)
        *damaged = mentionsPostfixProgram(line);
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
    const char *p = skipPriority(skipComposePrefix(begin, end), end);

    *out = LogLineView();
    const LogTimestampReader::Stamp stamp = m_state->stamps.read(QByteArrayView(p, end - p));
    out->timeMs = stamp.timeMs;
    out->utcOffsetSeconds = stamp.utcOffsetSeconds;
    p = skipBlanks(p + stamp.length, end);

    if (stamp.kind == LogTimestampReader::Kind::Export)
        return readExport(p, end, out, damaged);

    QByteArrayView name;
    const char *after = nullptr;
    for (int token = 0; token < kFramingTokens && p < end; ++token) {
        const ProgramMatch match = matchProgram(p, end, &name, &out->pid, &after);
        if (match == ProgramMatch::Truncated) {
            if (damaged)
                *damaged = isPostfixProgram(name);
            return false;
        }
        if (match == ProgramMatch::Program)
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
    if (!isPostfixProgram(name))
        return false;
    out->program = name;
    out->service = lastComponent(name);
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
    out->service = QString::fromUtf8(lastComponent(program));
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
