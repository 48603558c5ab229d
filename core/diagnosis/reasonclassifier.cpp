#include "reasonclassifier.h"

#include "literalmatcher.h"
#include "reasonrules.h"
#include "reasontext.h"

#include <QCoreApplication>

#include <array>
#include <bitset>
#include <string_view>
#include <vector>

namespace Diagnosis {

namespace {

using Hits = LiteralMatcher::Hits;

// Every "a|b|c" group of every rule gets an id; a literal found sets the bits of its groups.
constexpr std::size_t maxGroups = 512;
using Groups = std::bitset<maxGroups>;

// Reasons are at most a few KB; a pathological input is only scanned this far.
constexpr qsizetype maxScan = 64 * 1024;

std::vector<std::string_view> split(std::string_view text, std::string_view separator)
{
    std::vector<std::string_view> parts;
    while (!text.empty()) {
        const std::size_t at = text.find(separator);
        parts.push_back(text.substr(0, at));
        if (at == std::string_view::npos)
            break;
        text.remove_prefix(at + separator.size());
    }
    return parts;
}

// "x.2.2" → {-1, 2, 2}; "4xx" → {4, -1, -1} (one digit per element).
std::array<int, 3> codePattern(std::string_view p, bool dotted)
{
    std::array<int, 3> out{-1, -1, -1};
    const std::vector<std::string_view> parts = dotted ? split(p, ".") : std::vector<std::string_view>{};
    for (int i = 0; i < 3; ++i) {
        std::string_view part = dotted ? (std::size_t(i) < parts.size() ? parts[std::size_t(i)] : "x")
                                       : p.substr(std::size_t(i), 1);
        if (part.empty() || part[0] == 'x')
            continue;
        int v = 0;
        for (const char c : part)
            v = v * 10 + (c - '0');
        out[std::size_t(i)] = v;
    }
    return out;
}

bool codeMatches(const std::array<int, 3> &pattern, const int value[3])
{
    if (value[0] < 0)
        return false;
    for (int i = 0; i < 3; ++i) {
        if (pattern[std::size_t(i)] >= 0 && pattern[std::size_t(i)] != value[i])
            return false;
    }
    return true;
}

bool isHostChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.'
        || u == u'-' || u == u'_';
}

// Scans text without the names that only identify someone: a host name in front of "[" (Postfix
// writes "name[address]") and a short <address>. A host called antispam.example or
// dns1.example must not decide the class; the bracketed address and port stay visible.
void matchWithoutNames(const LiteralMatcher &matcher, QStringView text, Hits *hits)
{
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'[') {
            qsizetype name = i;
            while (name > start && isHostChar(text[name - 1]))
                --name;
            if (name < i) {
                matcher.match(text.sliced(start, name - start), hits);
                start = i;
            }
        } else if (c == u'<') {
            qsizetype end = i + 1;
            while (end < n && end - i < 256 && text[end] != u'>' && text[end] != u' ')
                ++end;
            if (end < n && text[end] == u'>') {
                matcher.match(text.sliced(start, i - start), hits);
                start = end + 1;
                i = end;
            }
        }
    }
    matcher.match(text.sliced(start), hits);
}

struct CompiledRule
{
    const ReasonRule *spec = nullptr;
    std::vector<std::uint16_t> anyOf;  // groups that must all be present
    std::vector<std::uint16_t> noneOf; // groups that must all be absent
    std::vector<std::array<int, 3>> status;
    std::vector<std::array<int, 3>> reply;
    int codeClass = 0;
    bool local = false;
    bool remote = false;
    bool postscreen = false;
};

} // namespace

struct ReasonClassifier::Rules
{
    LiteralMatcher matcher;
    std::vector<CompiledRule> rules;
    std::vector<Groups> groupsOfLiteral; // literal id → the groups it satisfies
    QString noneId = QStringLiteral("none");

    Rules()
    {
        std::size_t groupCount = 0;
        for (const ReasonRule &spec : ReasonRules::all()) {
            CompiledRule rule;
            rule.spec = &spec;
            for (std::string_view group : split(spec.match, " & ")) {
                const bool negated = !group.empty() && group[0] == '!';
                if (negated)
                    group.remove_prefix(1);
                const std::size_t id = groupCount++;
                Q_ASSERT(id < maxGroups);
                for (const std::string_view literal : split(group, "|")) {
                    const auto literalId = std::size_t(matcher.add(literal));
                    if (groupsOfLiteral.size() <= literalId)
                        groupsOfLiteral.resize(literalId + 1);
                    groupsOfLiteral[literalId].set(id);
                }
                (negated ? rule.noneOf : rule.anyOf).push_back(std::uint16_t(id));
            }
            for (const std::string_view cond : split(spec.codes, " ")) {
                if (cond.substr(0, 7) == "status=") {
                    for (const std::string_view p : split(cond.substr(7), "|"))
                        rule.status.push_back(codePattern(p, true));
                } else if (cond.substr(0, 6) == "reply=") {
                    for (const std::string_view p : split(cond.substr(6), "|"))
                        rule.reply.push_back(codePattern(p, false));
                } else if (cond.substr(0, 6) == "class=") {
                    rule.codeClass = cond[6] - '0';
                } else if (cond == "local") {
                    rule.local = true;
                } else if (cond == "remote") {
                    rule.remote = true;
                } else if (cond == "postscreen") {
                    rule.postscreen = true;
                } else {
                    Q_ASSERT_X(cond.empty(), "ReasonClassifier", "unknown code condition");
                }
            }
            rules.push_back(std::move(rule));
        }
        matcher.build();
    }

    const CompiledRule *decide(const ReasonText &text) const
    {
        Hits hits;
        matchWithoutNames(matcher, text.reason.left(maxScan), &hits);
        const qsizetype bracket = text.relay.indexOf(u'['); // "[127.0.0.1]:10024", not the name
        if (bracket >= 0)
            matcher.match(text.relay.sliced(bracket), &hits);
        matcher.match(text.status, &hits);
        Groups groups;
        hits.forEach([&](std::size_t literal) { groups |= groupsOfLiteral[literal]; });
        const int reply[3] = {text.replyCode > 0 ? text.replyCode / 100 : -1,
                              text.replyCode > 0 ? text.replyCode / 10 % 10 : -1,
                              text.replyCode > 0 ? text.replyCode % 10 : -1};
        const int codeClass = text.replyCode > 0 ? text.replyCode / 100 : text.enhanced[0];
        for (const CompiledRule &rule : rules) {
            if (rule.local && !text.localReject)
                continue;
            if (rule.remote && text.localReject)
                continue;
            if (rule.postscreen && !text.postscreen)
                continue;
            if (rule.codeClass != 0 && rule.codeClass != codeClass)
                continue;
            bool ok = true;
            for (const std::uint16_t g : rule.anyOf)
                ok = ok && groups.test(g);
            for (const std::uint16_t g : rule.noneOf)
                ok = ok && !groups.test(g);
            if (!ok)
                continue;
            if (!rule.status.empty()) {
                bool any = false;
                for (const auto &p : rule.status)
                    any = any || codeMatches(p, text.enhanced);
                if (!any)
                    continue;
            }
            if (!rule.reply.empty()) {
                bool any = false;
                for (const auto &p : rule.reply)
                    any = any || codeMatches(p, reply);
                if (!any)
                    continue;
            }
            return &rule;
        }
        return nullptr;
    }
};

ReasonClassifier::ReasonClassifier()
{
    static const Rules rules; // built once, shared by every instance; thread-safe initialisation
    m_rules = &rules;
}

Classification ReasonClassifier::classify(QStringView reasonOrLogLine) const
{
    const ReasonText text = ReasonText::parse(reasonOrLogLine);
    Classification result;
    result.reason = text.reason.toString();
    if (const CompiledRule *rule = m_rules->decide(text)) {
        result.cls = rule->spec->cls;
        result.ruleId = QString::fromLatin1(rule->spec->id);
        result.ruleText = QCoreApplication::translate("Diagnosis", rule->spec->text);
    } else {
        result.ruleId = m_rules->noneId;
        result.ruleText = QCoreApplication::translate("Diagnosis", "no rule matched");
    }
    return result;
}

ReasonClass ReasonClassifier::classOf(QStringView reasonOrLogLine) const
{
    const CompiledRule *rule = m_rules->decide(ReasonText::parse(reasonOrLogLine));
    return rule ? rule->spec->cls : ReasonClass::Other;
}

const ReasonClassifier &ReasonClassifier::instance()
{
    static const ReasonClassifier classifier;
    return classifier;
}

} // namespace Diagnosis
