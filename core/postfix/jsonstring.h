#pragma once

#include <QByteArrayView>
#include <QString>

namespace Postfix {

// JSON string helpers for JsonLineScanner.

// Value of the 4 hex digits at p (the caller checked that 4 bytes exist); -1 when not hex.
int readJsonHex4(const char *p);

// Decodes the body of a JSON string (between the quotes) whose escapes were validated: \uXXXX
// with surrogate pairs (a lone surrogate becomes U+FFFD), the short escapes, and QJsonDocument's
// lenient "\x" = "x" for other ASCII x. Raw bytes are decoded as UTF-8, invalid ones as U+FFFD.
QString unescapeJsonString(QByteArrayView raw);

} // namespace Postfix
