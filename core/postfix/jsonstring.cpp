#include "jsonstring.h"

namespace Postfix {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

int readJsonHex4(const char *p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

// Decodes a string body that readString() validated (every escape is well-formed).
QString unescapeJsonString(QByteArrayView raw)
{
    QString out;
    out.reserve(raw.size());
    const char *p = raw.data();
    const char *end = p + raw.size();
    const char *segment = p;
    const auto flush = [&](const char *upTo) {
        if (upTo > segment)
            out += QString::fromUtf8(QByteArrayView(segment, upTo - segment));
    };
    while (p < end) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        flush(p);
        const char c = p[1];
        p += 2;
        switch (c) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            const auto unit = char16_t(readJsonHex4(p));
            p += 4;
            if (QChar::isHighSurrogate(unit) && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                const auto low = char16_t(readJsonHex4(p + 2));
                if (QChar::isLowSurrogate(low)) {
                    out += QChar(unit);
                    out += QChar(low);
                    p += 6;
                    break;
                }
            }
            out += QChar::isSurrogate(unit) ? QChar(QChar::ReplacementCharacter) : QChar(unit);
            break;
        }
        case '"':
        case '\\':
        case '/':
            out += QLatin1Char(c);
            break;
        default: // a lenient "\x" (readString() let only ASCII x through): keep x
            out += QLatin1Char(c);
            break;
        }
        segment = p;
    }
    flush(end);
    return out;
}

} // namespace Postfix
