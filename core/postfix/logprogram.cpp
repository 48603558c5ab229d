#include "logprogram.h"

namespace Postfix {

namespace {

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

} // namespace

QByteArrayView LogProgram::service(QByteArrayView program)
{
    const qsizetype slash = program.lastIndexOf('/');
    return slash < 0 ? program : program.sliced(slash + 1);
}

bool LogProgram::isPostfix(QByteArrayView program)
{
    if (program.startsWith("postfix"))
        return true;
    return program.contains('/') && isPostfixService(service(program));
}

LogProgram::Match LogProgram::match(const char *p, const char *end, QByteArrayView *name, qint64 *pid,
                                    const char **after)
{
    const char *q = p;
    while (q < end && isNameChar(*q))
        ++q;
    if (q == p)
        return Match::None;
    *name = QByteArrayView(p, q - p);
    if (q == end)
        return name->contains('/') ? Match::Truncated : Match::None;
    if (*q == '[') {
        const char *d = q + 1;
        qint64 value = 0;
        while (d < end && *d >= '0' && *d <= '9' && d - q < 19) {
            value = value * 10 + (*d - '0');
            ++d;
        }
        if (d == end || (*d == ']' && d + 1 == end))
            return d > q + 1 ? Match::Truncated : Match::None;
        if (d == q + 1 || *d != ']' || d[1] != ':')
            return Match::None;
        const char *colon = d + 1;
        if (colon + 1 < end && colon[1] != ' ')
            return Match::None;
        *pid = value;
        *after = std::min(colon + 2, end);
        return Match::Program;
    }
    if (*q == ':' && (q + 1 == end || q[1] == ' ') && name->contains('/')) {
        *pid = -1;
        *after = std::min(q + 2, end);
        return Match::Program;
    }
    return Match::None;
}

bool LogProgram::mentionedIn(QByteArrayView text)
{
    for (qsizetype at = text.indexOf("postfix"); at >= 0; at = text.indexOf("postfix", at + 1)) {
        const char before = at > 0 ? text[at - 1] : ' ';
        const char after = at + 7 < text.size() ? text[at + 7] : '\0';
        if (!isNameChar(before) && (after == '/' || after == '['))
            return true;
    }
    return false;
}

} // namespace Postfix
