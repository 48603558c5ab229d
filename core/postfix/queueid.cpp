#include "queueparsers.h"

namespace Postfix {

namespace {

// Short IDs: hex time (5 chars) + hex inode. Long IDs: base-52 seconds (>= 6) + 4 microsecond
// characters + 'z' + base-51 inode. Real IDs are 10–12 and 12–17 characters; the limits leave room
// for bigger inode numbers without accepting anything that is not an ID.
constexpr qsizetype kShortMin = 6;
constexpr qsizetype kShortMax = 16;
constexpr qsizetype kLongMinBeforeSeparator = 6;
constexpr qsizetype kLongMax = 32;

bool isUpperHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F');
}

// Postfix's base-52 alphabet: digits and the consonants in both cases (no A E I O U a e i o u).
bool isBase52(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return true;
    char16_t lower = c;
    if (c >= u'A' && c <= u'Z')
        lower = char16_t(c - u'A' + u'a');
    else if (c < u'a' || c > u'z')
        return false;
    switch (lower) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
        return false;
    default:
        return true;
    }
}

bool isShortQueueId(QStringView id)
{
    if (id.size() < kShortMin || id.size() > kShortMax)
        return false;
    for (QChar c : id) {
        if (!isUpperHex(c.unicode()))
            return false;
    }
    return true;
}

bool isLongQueueId(QStringView id)
{
    if (id.size() > kLongMax)
        return false;
    for (QChar c : id) {
        if (!isBase52(c.unicode()))
            return false;
    }
    // The inode part after the separator is base 51 and never contains 'z', so the separator is
    // the last 'z'; it needs the time digits before it and at least one inode digit after it.
    const qsizetype separator = id.lastIndexOf(u'z');
    return separator >= kLongMinBeforeSeparator && separator < id.size() - 1;
}

} // namespace

bool isValidQueueId(QStringView id)
{
    return isShortQueueId(id) || isLongQueueId(id);
}

} // namespace Postfix
