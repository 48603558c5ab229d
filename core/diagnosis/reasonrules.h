#pragma once

#include "reasonclass.h"

#include <span>

namespace Diagnosis {

// One classification rule as written by hand: the first rule (in table order) whose conditions
// all hold decides the class.
//  match: literal groups, case-insensitive, ASCII. "a|b" = a or b occurs; groups joined by " & "
//         must all hold; a group starting with "!" must not hold. Empty = no text condition.
//  codes: space-separated conditions on the SMTP codes and the line's context, all must hold:
//         reply=5xx|421 (first reply code, 'x' = any digit), status=x.2.2|5.1.1 (enhanced status
//         from the reason, else dsn=; 'x' = any number), class=4 (reply or status class),
//         local (this server rejected: "NOQUEUE: reject: …"), remote (not local), postscreen.
//  text:  what the rule looks for, in plain words (translated, context "Diagnosis").
struct ReasonRule
{
    const char *id;
    ReasonClass cls;
    const char *match;
    const char *codes;
    const char *text;
};

// The ordered rule table: Postfix's own wording first (smtp_trouble.c, dns_lookup.c, smtp_proto.c,
// the SASL glue, qmgr, local), then common remote wording, then fallbacks on SMTP codes.
class ReasonRules
{
public:
    static std::span<const ReasonRule> all();
};

} // namespace Diagnosis
