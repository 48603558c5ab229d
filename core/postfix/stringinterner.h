#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstring>
#include <functional>
#include <string_view>
#include <vector>

namespace Postfix {

// Shares one QString between equal raw values within a parse (queue listings repeat the same
// sender and delay reason thousands of times): implicit sharing then stores the text once, and a
// hit skips the UTF-8 decoding too. Keys are the raw bytes as they appeared in the input, so a
// value is decoded once per distinct spelling.
//
// A direct-mapped cache, not a hash map: one slot per hash value, a new value simply replaces the
// slot's old one. Measured (docs/benchmarks.md): a growing map of every distinct reason spent a
// third of the parse chasing bucket chains; the cache costs one probe, never allocates after
// warm-up, and still shares what repeats. Not thread-safe; one per parse or stream.
class StringInterner
{
public:
    template <typename Decode>
    QString intern(QByteArrayView raw, Decode &&decode)
    {
        if (raw.isEmpty())
            return QString();
        if (m_slots.empty())
            m_slots.resize(kSlots);
        const std::string_view key(raw.data(), std::size_t(raw.size()));
        const std::size_t hash = std::hash<std::string_view>()(key);
        Slot &slot = m_slots[hash & (kSlots - 1)];
        if (slot.hash == hash && QByteArrayView(slot.key) == raw)
            return slot.value;
        slot.hash = hash;
        slot.key.resize(raw.size()); // keeps its capacity: no allocation once warm
        std::memcpy(slot.key.data(), raw.data(), std::size_t(raw.size()));
        slot.value = decode(raw);
        return slot.value;
    }

    void clear() { m_slots.clear(); }

private:
    struct Slot
    {
        std::size_t hash = 0;
        QByteArray key;
        QString value;
    };
    static constexpr std::size_t kSlots = 65536; // a power of two; about 1.5 MiB of slots when in use
    std::vector<Slot> m_slots;
};

} // namespace Postfix
