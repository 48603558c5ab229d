#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace Postfix {

// Shares one QString between equal raw values within a parse (queue listings repeat the same
// sender and delay reason thousands of times): implicit sharing then stores the text once, and a
// hit skips the UTF-8 decoding too. Keys are the raw bytes as they appeared in the input, so a
// value is decoded once per distinct spelling. Bounded: when full it starts over, which only costs
// sharing, never correctness. Not thread-safe; one per parse.
class StringInterner
{
public:
    template <typename Decode>
    QString intern(QByteArrayView raw, Decode &&decode)
    {
        if (raw.isEmpty())
            return QString();
        const QByteArray key = QByteArray::fromRawData(raw.data(), raw.size());
        const auto it = m_strings.constFind(key);
        if (it != m_strings.cend())
            return it.value();
        if (m_strings.size() >= kMaxEntries)
            m_strings.clear();
        QString value = decode(raw);
        m_strings.insert(QByteArray(raw.data(), raw.size()), value);
        return value;
    }

    void clear() { m_strings.clear(); }

private:
    static constexpr qsizetype kMaxEntries = 65536;
    QHash<QByteArray, QString> m_strings;
};

} // namespace Postfix
