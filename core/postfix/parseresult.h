#pragma once

#include <QList>
#include <QString>

namespace Postfix {

// A problem found while parsing. Parsers never throw and never drop a record silently: what they
// cannot read becomes an issue, and the caller decides whether to show it.
struct ParseIssue
{
    qsizetype line = 0; // 1-based line number in the parsed input, 0 when not line-oriented
    QString message;
};

template <typename T>
struct Parsed
{
    QList<T> values;
    QList<ParseIssue> issues;
};

} // namespace Postfix
