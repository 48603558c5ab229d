#include "reasontext.h"

#include <QLatin1StringView>

#include <string_view>

namespace Diagnosis {

namespace {

using L1 = QLatin1StringView;
using U16 = std::u16string_view;

// Plain substring search. Qt 6.4's QStringView::indexOf(QLatin1StringView) converts and compares
// per character and dominated the profile; the needles here are fixed ASCII words.
qsizetype find(QStringView haystack, U16 needle, qsizetype from = 0)
{
    if (from > haystack.size())
        return -1;
    const std::size_t at = U16(haystack.utf16(), std::size_t(haystack.size())).find(needle, std::size_t(from));
    return at == U16::npos ? -1 : qsizetype(at);
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiAlnum(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

QStringView trimmed(QStringView s)
{
    while (!s.isEmpty() && isSpace(s.front()))
        s = s.sliced(1);
    while (!s.isEmpty() && isSpace(s.back()))
        s.chop(1);
    return s;
}

// Value of "name=" up to the next separator; searched only in the part before limit.
QStringView fieldValue(QStringView line, U16 name, qsizetype limit)
{
    const qsizetype at = find(line.left(limit), name);
    if (at < 0)
        return {};
    QStringView v = line.sliced(at + qsizetype(name.size()));
    qsizetype end = 0;
    while (end < v.size() && v[end] != u',' && v[end] != u' ' && v[end] != u'(')
        ++end;
    return v.left(end);
}

// "delay_reason": "text" (a postqueue -j member or a whole JSON line); JSON escapes are kept.
bool jsonReason(QStringView s, QStringView *out)
{
    for (const U16 key : {U16(u"\"delay_reason\""), U16(u"\"bounce_reason\"")}) {
        const qsizetype at = find(s, key);
        if (at < 0)
            continue;
        QStringView v = s.sliced(at + qsizetype(key.size()));
        qsizetype i = 0;
        while (i < v.size() && (isSpace(v[i]) || v[i] == u':'))
            ++i;
        if (i >= v.size() || v[i] != u'"')
            continue;
        v = v.sliced(i + 1);
        qsizetype end = 0;
        while (end < v.size() && v[end] != u'"')
            end += v[end] == u'\\' ? 2 : 1;
        *out = v.left(qMin(end, v.size()));
        return true;
    }
    return false;
}

// After "reject: ": "RCPT from host[ip]: 554 5.7.1 …; from=<…> to=<…> proto=…" → "554 5.7.1 …".
QStringView rejectReason(QStringView r)
{
    const qsizetype from = find(r.left(40), u" from ");
    qsizetype start = -1;
    if (from >= 0) {
        const qsizetype bracket = find(r, u"]: ", from);
        const qsizetype portEnd = find(r, u"]:", from);
        if (bracket >= 0) {
            start = bracket + 3;
        } else if (portEnd >= 0) { // postscreen: "CONNECT from [1.2.3.4]:1337: too many connections"
            const qsizetype colon = find(r, u": ", portEnd + 2);
            start = colon >= 0 ? colon + 2 : -1;
        }
    }
    if (start < 0) {
        const qsizetype colon = find(r.left(40), u": ");
        start = colon >= 0 ? colon + 2 : 0;
    }
    r = r.sliced(start);
    qsizetype end = r.size();
    for (const U16 tail : {U16(u"; from=<"), U16(u"; to=<"), U16(u"; proto=")}) {
        const qsizetype at = find(r, tail);
        if (at >= 0 && at < end)
            end = at;
    }
    return r.left(end);
}

// "postfix/smtp[123]: " → position after it, or -1. The pid bracket is what marks a program name.
qsizetype afterProgram(QStringView s)
{
    qsizetype from = 0;
    const qsizetype limit = qMin<qsizetype>(s.size(), 256);
    while (from < limit) {
        const qsizetype at = find(s, u"]: ", from);
        if (at < 0 || at >= limit)
            return -1;
        qsizetype i = at;
        while (i > 0 && isDigit(s[i - 1]))
            --i;
        if (i < at && i > 0 && s[i - 1] == u'[')
            return at + 3;
        from = at + 3;
    }
    return -1;
}

// A leading queue ID ("8AB0D28A: ", "3mPVKl0Mhjz7sXv: ", "NOQUEUE: ").
QStringView withoutQueueId(QStringView s)
{
    qsizetype i = 0;
    bool digit = false;
    bool hexUpper = true;
    while (i < s.size() && i < 24 && isAsciiAlnum(s[i])) {
        digit = digit || isDigit(s[i]);
        hexUpper = hexUpper && (isDigit(s[i]) || (s[i] >= u'A' && s[i] <= u'F'));
        ++i;
    }
    if (i < 5 || i + 1 >= s.size() || s[i] != u':' || s[i + 1] != u' ')
        return s;
    const QStringView id = s.left(i);
    if (digit || hexUpper || id == L1("NOQUEUE"))
        return s.sliced(i + 2);
    return s;
}

QStringView withoutSuspended(QStringView s)
{
    static constexpr L1 prefix("delivery temporarily suspended:");
    for (;;) {
        s = trimmed(s);
        if (!s.startsWith(prefix, Qt::CaseInsensitive))
            return s;
        s = s.sliced(prefix.size());
    }
}

// First SMTP reply code ("550", "421-") and first enhanced status ("5.1.1", "#4.1.2").
void findCodes(QStringView s, ReasonText *t)
{
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n && (t->replyCode == 0 || t->enhanced[0] < 0); ++i) {
        const QChar c = s[i];
        if (c < u'2' || c > u'5')
            continue;
        const QChar before = i > 0 ? s[i - 1] : QChar(u' ');
        if (!(isSpace(before) || before == u'(' || before == u'#' || before == u'-' || before == u'"'))
            continue;
        // Reply code: exactly three digits, then a space, '-' or the end.
        if (t->replyCode == 0 && i + 2 < n && isDigit(s[i + 1]) && isDigit(s[i + 2])
            && (i + 3 == n || s[i + 3] == u' ' || s[i + 3] == u'-')) {
            t->replyCode = (c.unicode() - u'0') * 100 + (s[i + 1].unicode() - u'0') * 10
                + (s[i + 2].unicode() - u'0');
            continue;
        }
        // Enhanced status: class.subject.detail, each 1-3 digits, not part of a longer number.
        if (t->enhanced[0] < 0 && i + 1 < n && s[i + 1] == u'.') {
            int parts[3] = {c.unicode() - u'0', 0, 0};
            qsizetype j = i + 2;
            bool ok = true;
            for (int p = 1; p < 3 && ok; ++p) {
                const qsizetype startDigits = j;
                while (j < n && isDigit(s[j]) && j - startDigits < 3)
                    parts[p] = parts[p] * 10 + (s[j++].unicode() - u'0');
                ok = j > startDigits;
                if (ok && p == 1)
                    ok = j < n && s[j++] == u'.';
            }
            if (ok && (j == n || (!isDigit(s[j]) && s[j] != u'.'))) {
                for (int p = 0; p < 3; ++p)
                    t->enhanced[p] = parts[p];
            }
        }
    }
}

// Where the words that decide the line's shape first occur, found in one pass over the line:
// every marker ends in '=' or ": ", so only those characters are looked at closely.
struct Markers
{
    qsizetype status = -1;      // "status="
    qsizetype tus = -1;         // "tus=" not preceded by "sta"
    qsizetype reject = -1;      // "reject: " (also "milter-reject: ", "proxy-reject: ")
    qsizetype severityEnd = -1; // just after the first "warning: ", "fatal: " or "panic: "

    static Markers scan(QStringView s)
    {
        Markers m;
        const qsizetype n = s.size();
        const auto endsWith = [&s](qsizetype end, U16 word) {
            const auto len = qsizetype(word.size());
            return end >= len && U16(s.utf16() + end - len, word.size()) == word;
        };
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = s[i].unicode();
            if (c == u'=') {
                if (m.status < 0 && endsWith(i, u"status"))
                    m.status = i - 6;
                else if (m.tus < 0 && endsWith(i, u"tus"))
                    m.tus = i - 3;
            } else if (c == u':' && i + 1 < n && s[i + 1] == u' ') {
                if (m.reject < 0 && endsWith(i, u"reject"))
                    m.reject = i - 6;
                else if (m.severityEnd < 0
                         && (endsWith(i, u"warning") || endsWith(i, u"fatal") || endsWith(i, u"panic")))
                    m.severityEnd = i + 2;
            }
        }
        return m;
    }
};

} // namespace

ReasonText ReasonText::parse(QStringView line)
{
    ReasonText t;
    QStringView s = trimmed(line);
    QStringView r;
    if ((s.startsWith(u'"') || s.startsWith(u'{')) && jsonReason(s, &r)) {
        t.reason = withoutSuspended(r);
        findCodes(t.reason, &t);
        return t;
    }
    while (!s.isEmpty() && (s.back() == u'"' || isSpace(s.back())))
        s.chop(1);

    const Markers m = Markers::scan(s);
    const qsizetype status = m.status >= 0 ? m.status : m.tus; // "sta            tus=": wrap damage
    const qsizetype reject = m.reject;
    const qsizetype program = afterProgram(s);
    t.postscreen = program > 0 && find(s.left(program), u"postscreen") >= 0;

    if (status >= 0 && (reject < 0 || status < reject)) {
        t.relay = fieldValue(s, u"relay=", status);
        t.dsn = fieldValue(s, u"dsn=", status);
        t.status = fieldValue(s.sliced(status), s[status] == u's' ? U16(u"status=") : U16(u"tus="), 8);
        const qsizetype paren = s.indexOf(u'(', status);
        if (paren >= 0) {
            r = s.sliced(paren + 1);
            if (r.endsWith(u')'))
                r.chop(1);
        } else {
            r = t.status;
        }
    } else if (reject >= 0) {
        t.localReject = true;
        r = rejectReason(s.sliced(reject + 8));
    } else {
        qsizetype cut = m.severityEnd;
        if (cut < 0)
            cut = program;
        if (cut < 0) { // web-UI and docker exports: "23-10-2018 11:00:42 | info | text"
            const qsizetype bar = s.left(64).lastIndexOf(L1(" | "));
            cut = bar >= 0 ? bar + 3 : 0;
        }
        r = withoutQueueId(trimmed(s.sliced(cut)));
        if (r.startsWith(u'(') && r.endsWith(u')')) // a mailq reason line
            r = r.sliced(1, r.size() - 2);
    }
    t.reason = withoutSuspended(r);
    findCodes(t.reason, &t);
    if (t.enhanced[0] < 0 && !t.dsn.isEmpty()) {
        int saved = t.replyCode;
        t.replyCode = 0;
        findCodes(t.dsn, &t);
        t.replyCode = saved;
    }
    return t;
}

} // namespace Diagnosis
