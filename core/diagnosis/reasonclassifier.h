#pragma once

#include "reasonclass.h"

#include <QString>
#include <QStringView>

namespace Diagnosis {

// The result of classifying one reason text or log line, explainable: which rule decided.
struct Classification
{
    ReasonClass cls = ReasonClass::Other;
    QString ruleId;      // stable rule name, e.g. "smtp-connect-refused"; "none" when nothing matched
    QString ruleText;    // plain words: what the rule looks for ("\"Connection refused\" on connect")
    QString reason;      // the reason text that was classified (extracted from a log line, with a
                         // "delivery temporarily suspended:" prefix removed)
};

// Classifies delay/bounce/reject reasons into ReasonClass. Accepts:
//  - a bare reason as postqueue shows it ("connect to mx.example[1.2.3.4]:25: Connection refused"),
//  - a whole log line (delivery "status=deferred (…)", "NOQUEUE: reject: RCPT from …: 554 …",
//    "warning: …", "fatal: …"), with any syslog prefix and timestamp style.
// Pure and thread-safe after construction (the rule table is built once and shared); no clock,
// no settings. One instance may be used from several threads. Cheap to call: the queue table
// classifies every recipient reason and the log engine every deferred line.
class ReasonClassifier
{
public:
    ReasonClassifier();

    Classification classify(QStringView reasonOrLogLine) const;
    // Fast path when only the class is needed (no strings allocated for the explanation).
    ReasonClass classOf(QStringView reasonOrLogLine) const;

    // Shared default instance (immutable, created on first use; thread-safe).
    static const ReasonClassifier &instance();

private:
    struct Rules;
    const Rules *m_rules;
};

} // namespace Diagnosis
