#include "literalmatcher.h"

#include <QtGlobal>

#include <deque>
#include <limits>

namespace Diagnosis {

namespace {

constexpr std::uint32_t noEdge = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint32_t hasOutput = 0x80000000u; // flag bit in m_next: the target reports literals

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

} // namespace

int LiteralMatcher::add(std::string_view literal)
{
    Q_ASSERT(m_next.empty()); // not after build()
    std::string lower;
    lower.reserve(literal.size());
    for (const char c : literal) {
        Q_ASSERT(static_cast<unsigned char>(c) < 128 && c != 0);
        lower += asciiLower(c);
    }
    Q_ASSERT(!lower.empty());
    for (std::size_t i = 0; i < m_literals.size(); ++i) {
        if (m_literals[i] == lower)
            return int(i);
    }
    Q_ASSERT(m_literals.size() < maxLiterals);
    m_literals.push_back(std::move(lower));
    return int(m_literals.size()) - 1;
}

void LiteralMatcher::build()
{
    // Alphabet: the characters the literals use (both cases map to one symbol), everything else 0.
    for (const std::string &literal : m_literals) {
        for (const char c : literal) {
            auto &sym = m_symbol[static_cast<unsigned char>(c)];
            if (sym == 0)
                sym = std::uint8_t(m_symbolCount++);
        }
    }
    for (char c = 'a'; c <= 'z'; ++c)
        m_symbol[static_cast<unsigned char>(c - 'a' + 'A')] = m_symbol[static_cast<unsigned char>(c)];
    const auto width = std::size_t(m_symbolCount);

    // Trie.
    m_next.assign(width, noEdge);
    std::vector<std::vector<std::uint16_t>> out(1);
    for (std::size_t id = 0; id < m_literals.size(); ++id) {
        std::uint32_t state = 0;
        for (const char c : m_literals[id]) {
            const std::size_t slot = state * width + m_symbol[static_cast<unsigned char>(c)];
            if (m_next[slot] == noEdge) {
                m_next[slot] = std::uint32_t(out.size());
                out.emplace_back();
                m_next.resize(out.size() * width, noEdge);
            }
            state = m_next[slot];
        }
        out[state].push_back(std::uint16_t(id));
    }

    // Failure links breadth-first; missing edges become the failure target's edges (a DFA), and
    // each state reports the literals of its failure chain too.
    std::vector<std::uint32_t> fail(out.size(), 0);
    std::deque<std::uint32_t> queue;
    for (std::size_t a = 0; a < width; ++a) {
        std::uint32_t &child = m_next[a];
        if (child == noEdge) {
            child = 0;
        } else {
            fail[child] = 0;
            queue.push_back(child);
        }
    }
    while (!queue.empty()) {
        const std::uint32_t s = queue.front();
        queue.pop_front();
        const std::vector<std::uint16_t> &inherited = out[fail[s]];
        out[s].insert(out[s].end(), inherited.begin(), inherited.end());
        for (std::size_t a = 0; a < width; ++a) {
            std::uint32_t &child = m_next[s * width + a];
            const std::uint32_t viaFail = m_next[fail[s] * width + a];
            if (child == noEdge) {
                child = viaFail;
            } else {
                fail[child] = viaFail;
                queue.push_back(child);
            }
        }
    }

    // Mark transitions into states that report literals, so match() touches the output table
    // only there.
    for (std::uint32_t &target : m_next) {
        if (!out[target].empty())
            target |= hasOutput;
    }

    m_outBegin.assign(out.size() + 1, 0);
    for (std::size_t s = 0; s < out.size(); ++s) {
        m_outBegin[s] = std::uint32_t(m_out.size());
        m_out.insert(m_out.end(), out[s].begin(), out[s].end());
    }
    m_outBegin[out.size()] = std::uint32_t(m_out.size());
}

void LiteralMatcher::match(QStringView text, Hits *hits) const
{
    Q_ASSERT(!m_next.empty());
    const auto width = std::size_t(m_symbolCount);
    const std::uint32_t *next = m_next.data();
    const std::uint32_t *outBegin = m_outBegin.data();
    const std::uint8_t *symbol = m_symbol;
    std::uint32_t state = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const std::uint32_t t = next[state * width + (c < 128 ? symbol[c] : 0)];
        state = t & ~hasOutput;
        if (t & hasOutput) {
            for (std::uint32_t i = outBegin[state]; i < outBegin[state + 1]; ++i)
                hits->set(m_out[i]);
        }
    }
}

} // namespace Diagnosis
