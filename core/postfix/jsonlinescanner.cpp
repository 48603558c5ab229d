#include "jsonlinescanner.h"

#include "jsonstring.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace Postfix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

constexpr int kMaxDepth = 64;

bool sameKey(QByteArrayView key, bool escaped, QByteArrayView name, const QString &unescaped)
{
    if (!escaped)
        return key == name;
    return unescaped == QLatin1StringView(name);
}

} // namespace

JsonLineScanner::JsonLineScanner(QByteArrayView line, StringInterner &strings)
    : m_pos(line.data())
    , m_end(line.data() + line.size())
    , m_strings(strings)
{
}

bool JsonLineScanner::parse(QueuedMessage &message)
{
    skipWhitespace();
    if (!expect('{'))
        return fail(Tr::tr("not a JSON object"));
    if (!closesEmpty('}')) {
        for (bool more = true; more;) {
            if (!parseMember(message) || !nextElement('}', more))
                return false;
        }
    }
    skipWhitespace();
    if (m_pos != m_end)
        return fail(Tr::tr("unexpected text after the object"));
    return true;
}

bool JsonLineScanner::parseMember(QueuedMessage &message)
{
    Span key;
    if (!readKey(key))
        return false;
    const QByteArrayView k = key.view();
    const QString unescapedKey = key.escaped ? unescapeJsonString(k) : QString();
    const auto is = [&](const char *name) {
        return sameKey(k, key.escaped, QByteArrayView(name), unescapedKey);
    };

    const Kind kind = peekKind();
    if (kind == Kind::Invalid)
        return fail(Tr::tr("invalid value"));
    // null is "not reported": the member keeps its default, like an absent one.
    if (kind == Kind::Null)
        return skipValue(0);

    Span value;
    bool present = false;
    if (is("queue_id")) {
        message.queueId.clear();
        if (!readStringMember("queue_id", kind, value, present))
            return false;
        if (present)
            message.queueId = decode(value);
    } else if (is("queue_name")) {
        if (!readStringMember("queue_name", kind, value, present))
            return false;
        if (present)
            message.queueName = queueNameFromString(decode(value));
    } else if (is("sender")) {
        if (!readStringMember("sender", kind, value, present))
            return false;
        if (present)
            message.sender = internedDecode(value);
    } else if (is("arrival_time")) {
        return readIntegerMember("arrival_time", kind, message.arrivalTime);
    } else if (is("message_size")) {
        return readIntegerMember("message_size", kind, message.messageSize);
    } else if (is("forced_expire")) {
        if (kind == Kind::Bool)
            return readBool(message.forcedExpire);
        wrongType("forced_expire", Tr::tr("true or false"));
        return skipValue(0);
    } else if (is("recipients")) {
        if (kind != Kind::Array) {
            wrongType("recipients", Tr::tr("an array"));
            return skipValue(0);
        }
        message.recipients.clear();
        return parseRecipients(message.recipients);
    } else {
        return skipValue(0);
    }
    return true;
}

// A member that must be a string: one of another type is reported and skipped (present = false).
bool JsonLineScanner::readStringMember(const char *name, Kind kind, Span &value, bool &present)
{
    present = kind == Kind::String;
    if (present)
        return readString(value);
    wrongType(name, Tr::tr("a string"));
    return skipValue(0);
}

// A member that must be an integral number; anything else is reported and leaves 0.
bool JsonLineScanner::readIntegerMember(const char *name, Kind kind, qint64 &target)
{
    if (kind != Kind::Number) {
        wrongType(name, Tr::tr("an integer"));
        return skipValue(0);
    }
    qint64 value = 0;
    bool integral = false;
    if (!readInteger(value, integral))
        return false;
    if (!integral)
        wrongType(name, Tr::tr("an integer"));
    target = integral ? value : 0;
    return true;
}

bool JsonLineScanner::parseRecipients(QList<Recipient> &recipients)
{
    ++m_pos; // '['
    if (closesEmpty(']'))
        return true;
    for (bool more = true; more;) {
        skipWhitespace();
        const Kind kind = peekKind();
        if (kind == Kind::Invalid)
            return fail(Tr::tr("invalid value in \"recipients\""));
        if (kind == Kind::Object) {
            Recipient recipient;
            if (!parseRecipient(recipient))
                return false;
            recipients.append(std::move(recipient));
        } else {
            m_problems.append(Tr::tr("a member of \"recipients\" is not an object"));
            if (!skipValue(1))
                return false;
        }
        if (!nextElement(']', more))
            return false;
    }
    return true;
}

bool JsonLineScanner::parseRecipient(Recipient &recipient)
{
    ++m_pos; // '{'
    if (closesEmpty('}'))
        return true;
    Span address;
    Span origAddress;
    Span delayReason;
    Span bounceReason;
    for (bool more = true; more;) {
        Span key;
        if (!readKey(key))
            return false;
        const QByteArrayView k = key.view();
        const QString unescapedKey = key.escaped ? unescapeJsonString(k) : QString();
        Span *target = nullptr;
        const char *name = nullptr;
        for (auto [candidate, span] : {std::pair{"address", &address},
                                       std::pair{"orig_address", &origAddress},
                                       std::pair{"delay_reason", &delayReason},
                                       std::pair{"bounce_reason", &bounceReason}}) {
            if (sameKey(k, key.escaped, QByteArrayView(candidate), unescapedKey)) {
                target = span;
                name = candidate;
                break;
            }
        }
        const Kind kind = peekKind();
        if (kind == Kind::Invalid)
            return fail(Tr::tr("invalid value in a recipient"));
        if (target && kind == Kind::String) {
            if (!readString(*target))
                return false;
        } else {
            if (target && kind != Kind::Null) {
                *target = Span();
                wrongType(name, Tr::tr("a string"));
            }
            if (!skipValue(2))
                return false;
        }
        if (!nextElement('}', more))
            return false;
    }
    recipient.address = decode(address);
    // postqueue repeats the address as orig_address for most recipients: share the text.
    if (origAddress.escaped == address.escaped && origAddress.view() == address.view())
        recipient.origAddress = recipient.address;
    else
        recipient.origAddress = decode(origAddress);
    recipient.delayReason = internedDecode(delayReason);
    recipient.bounceReason = internedDecode(bounceReason);
    return true;
}

bool JsonLineScanner::readKey(Span &key)
{
    skipWhitespace();
    if (m_pos >= m_end || *m_pos != '"')
        return fail(Tr::tr("expected a member name"));
    if (!readString(key))
        return false;
    skipWhitespace();
    if (!expect(':'))
        return fail(Tr::tr("expected ':' after a member name"));
    skipWhitespace();
    return true;
}

bool JsonLineScanner::readString(Span &out)
{
    ++m_pos; // opening quote
    const char *begin = m_pos;
    const auto remaining = size_t(m_end - m_pos);
    const auto *quote = static_cast<const char *>(std::memchr(m_pos, '"', remaining));
    if (!quote)
        return fail(Tr::tr("unterminated string"));
    const auto *backslash = static_cast<const char *>(std::memchr(m_pos, '\\', size_t(quote - m_pos)));
    if (!backslash) {
        out = Span{begin, quote - begin, false};
        m_pos = quote + 1;
        return true;
    }
    // Slow path: walk the escapes to find the real closing quote; unescapeJsonString() decodes later.
    const char *p = backslash;
    while (p < m_end) {
        if (*p == '"') {
            out = Span{begin, p - begin, true};
            m_pos = p + 1;
            return true;
        }
        if (*p != '\\') {
            ++p;
            continue;
        }
        if (p + 1 >= m_end)
            break;
        switch (p[1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            p += 2;
            break;
        case 'u':
            if (m_end - p < 6 || readJsonHex4(p + 2) < 0)
                return fail(Tr::tr("invalid \\u escape in a string"));
            p += 6;
            break;
        default:
            // Not JSON, but QJsonDocument accepts "\x" as "x" for ASCII x; so do we.
            if (uchar(p[1]) >= 0x80)
                return fail(Tr::tr("invalid escape in a string"));
            p += 2;
            break;
        }
    }
    return fail(Tr::tr("unterminated string"));
}

bool JsonLineScanner::readInteger(qint64 &value, bool &integral)
{
    const char *begin = m_pos;
    const char *p = m_pos;
    if (p < m_end && *p == '-')
        ++p;
    const char *digits = p;
    while (p < m_end && *p >= '0' && *p <= '9')
        ++p;
    if (p == digits)
        return fail(Tr::tr("invalid number"));
    bool plainInteger = true;
    if (p < m_end && *p == '.') {
        plainInteger = false;
        const char *fraction = ++p;
        while (p < m_end && *p >= '0' && *p <= '9')
            ++p;
        if (p == fraction)
            return fail(Tr::tr("invalid number"));
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        plainInteger = false;
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        const char *exponent = p;
        while (p < m_end && *p >= '0' && *p <= '9')
            ++p;
        if (p == exponent)
            return fail(Tr::tr("invalid number"));
    }
    m_pos = p;
    if (plainInteger && p - digits <= 18) {
        qint64 v = 0;
        for (const char *d = digits; d < p; ++d)
            v = v * 10 + (*d - '0');
        value = *begin == '-' ? -v : v;
        integral = true;
        return true;
    }
    // Fractions, exponents and huge values: accept what is an integral value that fits qint64.
    double d = 0;
    const auto result = std::from_chars(begin, p, d);
    if (result.ec != std::errc() || !std::isfinite(d))
        return fail(Tr::tr("number out of range"));
    constexpr double kLimit = 9223372036854775807.0;
    integral = d == std::trunc(d) && d < kLimit
            && d >= -kLimit;
    value = integral ? qint64(d) : 0;
    return true;
}

bool JsonLineScanner::readBool(bool &value)
{
    const auto remaining = m_end - m_pos;
    if (remaining >= 4 && std::memcmp(m_pos, "true", 4) == 0) {
        value = true;
        m_pos += 4;
        return true;
    }
    if (remaining >= 5 && std::memcmp(m_pos, "false", 5) == 0) {
        value = false;
        m_pos += 5;
        return true;
    }
    return fail(Tr::tr("invalid literal"));
}

bool JsonLineScanner::skipValue(int depth)
{
    if (depth > kMaxDepth)
        return fail(Tr::tr("nested too deeply"));
    skipWhitespace();
    switch (peekKind()) {
    case Kind::String: {
        Span ignored;
        return readString(ignored);
    }
    case Kind::Number: {
        qint64 ignored = 0;
        bool integral = false;
        return readInteger(ignored, integral);
    }
    case Kind::Bool: {
        bool ignored = false;
        return readBool(ignored);
    }
    case Kind::Null:
        if (m_end - m_pos >= 4 && std::memcmp(m_pos, "null", 4) == 0) {
            m_pos += 4;
            return true;
        }
        return fail(Tr::tr("invalid literal"));
    case Kind::Array:
    case Kind::Object: {
        const bool object = *m_pos == '{';
        const char close = object ? '}' : ']';
        ++m_pos;
        if (closesEmpty(close))
            return true;
        for (bool more = true; more;) {
            Span key;
            if ((object && !readKey(key)) || !skipValue(depth + 1) || !nextElement(close, more))
                return false;
        }
        return true;
    }
    case Kind::Invalid:
        break;
    }
    return fail(Tr::tr("invalid value"));
}

bool JsonLineScanner::closesEmpty(char close)
{
    skipWhitespace();
    return expect(close);
}

bool JsonLineScanner::nextElement(char close, bool &more)
{
    skipWhitespace();
    more = expect(',');
    if (more || expect(close))
        return true;
    return fail(Tr::tr("expected ',' or '%1'").arg(QLatin1Char(close)));
}

bool JsonLineScanner::expect(char c)
{
    if (m_pos < m_end && *m_pos == c) {
        ++m_pos;
        return true;
    }
    return false;
}

void JsonLineScanner::skipWhitespace()
{
    while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\t' || *m_pos == '\n' || *m_pos == '\r'))
        ++m_pos;
}

JsonLineScanner::Kind JsonLineScanner::peekKind()
{
    skipWhitespace();
    if (m_pos >= m_end)
        return Kind::Invalid;
    switch (*m_pos) {
    case '"':
        return Kind::String;
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case 't':
    case 'f':
        return Kind::Bool;
    case 'n':
        return Kind::Null;
    case '-':
        return Kind::Number;
    default:
        return (*m_pos >= '0' && *m_pos <= '9') ? Kind::Number : Kind::Invalid;
    }
}

bool JsonLineScanner::fail(const QString &what)
{
    if (m_error.isEmpty())
        m_error = what;
    return false;
}

void JsonLineScanner::wrongType(const char *member, const QString &expected)
{
    m_problems.append(Tr::tr("member \"%1\" is not %2")
                              .arg(QLatin1StringView(member), expected));
}

QString JsonLineScanner::decode(const Span &span)
{
    if (span.size == 0)
        return QString();
    return span.escaped ? unescapeJsonString(span.view()) : QString::fromUtf8(span.view());
}

QString JsonLineScanner::internedDecode(const Span &span)
{
    if (!span.escaped)
        return m_strings.intern(span.view(), [](QByteArrayView raw) { return QString::fromUtf8(raw); });
    return m_strings.intern(span.view(), [](QByteArrayView raw) { return unescapeJsonString(raw); });
}

} // namespace Postfix
