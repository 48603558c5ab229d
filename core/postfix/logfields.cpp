#include "logfields.h"

#include <cstring>
#include <string.h> // memmem, memrchr (GNU)

namespace Postfix {

namespace {

constexpr qsizetype kMinQueueId = 5;
constexpr qsizetype kMaxQueueId = 40;

inline bool isAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

inline const char *find(const char *from, const char *end, QByteArrayView needle)
{
    if (from >= end)
        return nullptr;
    return static_cast<const char *>(
        ::memmem(from, size_t(end - from), needle.data(), size_t(needle.size())));
}

// Where the value of "key=" starts, honouring the word boundary before the key; null when absent.
// Walks the '=' signs (a handful per message) and compares the key before each: cheaper than a
// substring search for short keys, and linear on any input.
const char *valueStart(QByteArrayView message, QByteArrayView key)
{
    const char *begin = message.data();
    const char *end = begin + message.size();
    const qsizetype k = key.size();
    if (k == 0 || !begin)
        return nullptr;
    for (const char *eq = begin + k; eq < end; ++eq) {
        eq = static_cast<const char *>(std::memchr(eq, '=', size_t(end - eq)));
        if (!eq)
            return nullptr;
        const char *keyStart = eq - k;
        qsizetype i = k;
        while (i > 0 && keyStart[i - 1] == key[i - 1]) // keys are a few bytes: no memcmp call
            --i;
        if (i == 0 && (keyStart == begin || keyStart[-1] == ' ' || keyStart[-1] == ','))
            return eq + 1;
    }
    return nullptr;
}

// A run of queue-ID characters at p (not past end).
QByteArrayView idToken(const char *p, const char *end)
{
    const char *q = p;
    while (q < end && isAlnum(*q))
        ++q;
    return QByteArrayView(p, q - p);
}

// Blanks, CR and stray quotes at the end of a damaged line.
QByteArrayView trimTail(QByteArrayView text)
{
    while (!text.isEmpty()) {
        const char c = text.back();
        if (c != ' ' && c != '\t' && c != '\r' && c != '"')
            break;
        text.chop(1);
    }
    return text;
}

} // namespace

QByteArrayView LogFields::field(QByteArrayView message, QByteArrayView key, bool *unterminated)
{
    if (unterminated)
        *unterminated = false;
    const char *p = valueStart(message, key);
    if (!p)
        return {};
    const char *end = message.data() + message.size();
    if (p < end && *p == '<') {
        for (const char *q = p + 1; q < end; ++q) {
            q = static_cast<const char *>(std::memchr(q, '>', size_t(end - q)));
            if (!q)
                break;
            // ':' and ';' end addresses in reject texts ("to=<b>: 5.7.1 …"), '"' is a stray
            // quote at the end of a damaged line
            if (q + 1 == end || q[1] == ',' || q[1] == ' ' || q[1] == ':' || q[1] == ';' || q[1] == '"')
                return QByteArrayView(p + 1, q - p - 1);
        }
        if (unterminated)
            *unterminated = true;
        return trimTail(QByteArrayView(p + 1, end - p - 1));
    }
    const char *q = p;
    while (q < end && *q != ',' && *q != ' ')
        ++q;
    return QByteArrayView(p, q - p);
}

LogStatus LogFields::statusFromWord(QByteArrayView word)
{
    if (word.isEmpty())
        return LogStatus::None;
    switch (word[0]) {
    case 's':
        if (word == "sent")
            return LogStatus::Sent;
        break;
    case 'd':
        if (word == "deferred")
            return LogStatus::Deferred;
        if (word == "deliverable" || word == "delivered")
            return LogStatus::Sent;
        break;
    case 'b':
        if (word == "bounced")
            return LogStatus::Bounced;
        break;
    case 'e':
        if (word == "expired")
            return LogStatus::Expired;
        break;
    case 'f':
        if (word == "force-expired")
            return LogStatus::Expired;
        break;
    default:
        break;
    }
    return LogStatus::Other;
}

LogStatus LogFields::status(QByteArrayView message, QByteArrayView *reason, QByteArrayView *word,
                            bool *unterminated)
{
    if (reason)
        *reason = {};
    if (word)
        *word = {};
    if (unterminated)
        *unterminated = false;
    const char *p = valueStart(message, "status");
    if (!p)
        return LogStatus::None;
    const char *end = message.data() + message.size();
    const char *q = p;
    while (q < end && *q != ' ' && *q != ',' && *q != '(' && *q != ')')
        ++q;
    const QByteArrayView statusWord(p, q - p);
    // smtpd's verbose traces log "status=0" / "status=1": numbers are no delivery status
    if (statusWord.isEmpty() || statusWord[0] < 'a' || statusWord[0] > 'z')
        return LogStatus::None;
    if (word)
        *word = statusWord;
    if (reason && end - q >= 2 && q[0] == ' ' && q[1] == '(') {
        const char *open = q + 2;
        const void *close = ::memrchr(open, ')', size_t(end - open));
        if (close) {
            *reason = QByteArrayView(open, static_cast<const char *>(close) - open);
        } else {
            *reason = trimTail(QByteArrayView(open, end - open));
            if (unterminated)
                *unterminated = true;
        }
    }
    return statusFromWord(statusWord);
}

bool LogFields::reject(QByteArrayView message, QByteArrayView *reason, QByteArrayView *kind)
{
    QByteArrayView body;
    if (message.startsWith("reject: ")) {
        body = message.sliced(8);
        if (kind)
            *kind = message.first(6);
    } else if (message.startsWith("milter-reject: ")) {
        body = message.sliced(15);
        if (kind)
            *kind = message.first(13);
    } else if (message.startsWith("proxy-reject: ")) {
        body = message.sliced(14);
        if (kind)
            *kind = message.first(12);
    } else {
        return false;
    }
    if (!reason)
        return true;
    const char *begin = body.data();
    const char *end = begin + body.size();
    if (body.startsWith("header ") || body.startsWith("body ")) {
        // header/body_checks: "reject: header Subject: x from h[ip]; from=<a> to=<b> …: 5.7.1 text"
        const char *text = begin;
        for (const char *hit = find(begin, end, ": "); hit; hit = find(hit + 2, end, ": "))
            text = hit + 2;
        *reason = trimTail(QByteArrayView(text, end - text));
        return true;
    }
    // "RCPT from host[ip]: 554 5.7.1 …; from=<…> to=<…> proto=… helo=<…>"; postscreen writes
    // "[ip]:port: ", IPv6 addresses hold no ": ".
    const char *colon = find(begin, end, ": ");
    const char *text = colon ? colon + 2 : begin;
    const char *stop = find(text, end, "; from=<");
    *reason = trimTail(QByteArrayView(text, (stop ? stop : end) - text));
    return true;
}

QByteArrayView LogFields::nextQueueId(QByteArrayView text)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    for (QByteArrayView marker : {QByteArrayView("queued as "), QByteArrayView("forwarded as "),
                                  QByteArrayView("notification: ")}) {
        if (const char *hit = find(begin, end, marker)) {
            const QByteArrayView id = idToken(hit + marker.size(), end);
            if (id.size() >= kMinQueueId && id.size() <= kMaxQueueId)
                return id;
        }
    }
    return {};
}

QByteArrayView LogFields::queueIdPrefix(QByteArrayView message, QByteArrayView *rest)
{
    *rest = message;
    const char *p = message.data();
    const char *end = p + message.size();
    const qsizetype limit = std::min<qsizetype>(message.size(), kMaxQueueId + 1);
    bool digit = false;
    bool lower = false;
    qsizetype n = 0;
    for (; n < limit; ++n) {
        const char c = p[n];
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c < 'A' || c > 'Z')
            break;
    }
    if (n < kMinQueueId || n > kMaxQueueId || p + n >= end || p[n] != ':' || (!digit && lower))
        return {};
    if (p + n + 1 < end && p[n + 1] != ' ')
        return {};
    const char *after = std::min(p + n + 2, end);
    *rest = QByteArrayView(after, end - after);
    return QByteArrayView(p, n);
}

} // namespace Postfix
