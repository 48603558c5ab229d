#include "shellquote.h"

namespace Remote {

namespace {

bool isPlainChar(char c)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '_': case '@': case '%': case '+': case '=': case ':': case ',': case '.': case '/':
    case '-':
        return true;
    default:
        return false;
    }
}

} // namespace

bool ShellQuote::isPlainWord(QByteArrayView word)
{
    if (word.isEmpty() || word.front() == '-')
        return false;
    for (char c : word) {
        if (!isPlainChar(c))
            return false;
    }
    return true;
}

std::optional<QByteArray> ShellQuote::quote(QByteArrayView argument)
{
    if (argument.contains('\0'))
        return std::nullopt;
    if (isPlainWord(argument))
        return argument.toByteArray();
    QByteArray out;
    out.reserve(argument.size() + 8);
    out.append('\'');
    for (char c : argument) {
        if (c == '\'')
            out.append("'\\''");
        else
            out.append(c);
    }
    out.append('\'');
    return out;
}

std::optional<QByteArray> ShellQuote::quote(const QString &argument)
{
    if (argument.contains(QChar(u'\0')))
        return std::nullopt;
    return quote(QByteArrayView(argument.toUtf8()));
}

std::optional<QByteArray> ShellQuote::join(const QList<QByteArray> &argv)
{
    QByteArray line;
    for (const QByteArray &arg : argv) {
        const auto quoted = quote(QByteArrayView(arg));
        if (!quoted)
            return std::nullopt;
        if (!line.isEmpty())
            line.append(' ');
        line.append(*quoted);
    }
    return line;
}

} // namespace Remote
