#pragma once

#include "diagnosis/messageclassifier.h"
#include "postfix/queuedmessage.h"
#include "postfix/queuetimes.h"

#include <QString>

#include <optional>

namespace Ui::TriageText {

// Texts of the queue table's triage columns (Class, Next retry, Expires). Pure functions: "now"
// comes in as an argument. Tooltips are returned as plain text; the model makes them inert.

// "Network / port 25 — 2 recipients\nDNS — 1 recipient\n\nRule: …\nReason: …\n\nWhat it means: …"
QString classTooltip(const Postfix::QueuedMessage &message,
                     const Diagnosis::MessageClassifier::Result &result,
                     Diagnosis::MessageClassifier &classifier);

// What the table knows about the retry time of one message.
struct RetryState
{
    bool timesRead = false;        // QueueTimesLoader finished for this listing
    bool permissionDenied = false; // the account may not read the queue files' times
    bool retryKnown = false;       // the times were read (QueueTimes::retryKnown)
    std::optional<qint64> nextRetry; // epoch seconds; nullopt = not among the deferred files
    QString error;                 // why the times are unknown (plain words), may be empty
};
QString nextRetryText(const Postfix::QueuedMessage &message, const RetryState &state, qint64 now);
QString nextRetryTooltip(const Postfix::QueuedMessage &message, const RetryState &state, qint64 now);

QString expiresText(const Postfix::QueuedMessage &message, std::optional<qint64> expires);
QString expiresTooltip(const Postfix::QueuedMessage &message, std::optional<qint64> expires,
                       const Postfix::QueueLifetimes &lifetimes, bool lifetimesRead, qint64 now);

} // namespace Ui::TriageText
