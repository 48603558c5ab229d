#pragma once

#include <QStringView>

#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Diagnosis {

// Finds many ASCII literals at once, ignoring ASCII case, in one pass over the text (an
// Aho-Corasick automaton with a dense transition table over the characters the literals use).
// Built once; match() is const, allocation-free and safe to call from several threads.
// Non-ASCII characters never match a literal character (literals are ASCII by contract).
class LiteralMatcher
{
public:
    static constexpr std::size_t maxLiterals = 1024;
    // The set of literals found: a fixed bit set (no allocation) that can list its members fast.
    struct Hits
    {
        std::array<std::uint64_t, maxLiterals / 64> words{};

        void set(std::size_t id) { words[id >> 6] |= std::uint64_t(1) << (id & 63); }
        bool test(std::size_t id) const { return words[id >> 6] >> (id & 63) & 1; }
        template <typename Fn>
        void forEach(Fn &&fn) const
        {
            for (std::size_t w = 0; w < words.size(); ++w) {
                for (std::uint64_t bits = words[w]; bits; bits &= bits - 1)
                    fn(w * 64 + std::size_t(std::countr_zero(bits)));
            }
        }
    };

    // Returns the literal's id (0, 1, 2, … in order of first addition); an already added literal
    // (case-insensitively) returns its existing id. Only before build().
    int add(std::string_view literal);
    void build();

    int literalCount() const { return int(m_literals.size()); }
    std::string_view literal(int id) const { return m_literals[std::size_t(id)]; }

    // Sets the bit of every literal that occurs in text (bits already set stay set).
    void match(QStringView text, Hits *hits) const;

private:

    std::vector<std::string> m_literals;
    std::uint8_t m_symbol[128] = {};
    int m_symbolCount = 1; // symbol 0 = any character no literal uses
    std::vector<std::uint32_t> m_next;      // state * m_symbolCount + symbol -> state
    std::vector<std::uint32_t> m_outBegin;  // per state: range in m_out of literal ids ending here
    std::vector<std::uint16_t> m_out;
};

} // namespace Diagnosis
