#include "reasonclassifier.h"

#include "literalmatcher.h"
#include "reasonrules.h"
#include "reasontext.h"

#include <QCoreApplication>

#include <array>
#include <string_view>
#include <vector>

namespace Diagnosis {

namespace {

using Hits = LiteralMatcher::Hits;

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

struct CompiledRule
{
    const ReasonRule *spec = nullptr;
    std::vector<Hits> anyOf;  // each mask must share a bit with the hits
    std::vector<Hits> noneOf; // no mask may share a bit
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
    QString noneId = QStringLiteral("none");

    Rules()
    {
        for (const ReasonRule &spec : ReasonRules::all()) {
            CompiledRule rule;
            rule.spec = &spec;
            for (std::string_view group : split(spec.match, " & ")) {
                const bool negated = !group.empty() && group[0] == '!';
                if (negated)
                    group.remove_prefix(1);
                Hits mask;
                for (const std::string_view literal : split(group, "|"))
                    mask.set(std::size_t(matcher.add(literal)));
                (negated ? rule.noneOf : rule.anyOf).push_back(mask);
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
        matcher.match(text.reason.left(maxScan), &hits);
        matcher.match(text.relay, &hits);
        matcher.match(text.status, &hits);
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
            for (const Hits &mask : rule.anyOf)
                ok = ok && (hits & mask).any();
            for (const Hits &mask : rule.noneOf)
                ok = ok && (hits & mask).none();
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
