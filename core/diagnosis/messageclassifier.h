#pragma once

#include "reasonclass.h"
#include "postfix/queuedmessage.h"

#include <QHash>
#include <QString>

#include <array>

namespace Diagnosis {

// Classifies the reasons of queued messages (queue view, fleet digest), each distinct reason text
// once: the answer is cached by the reason string (a 100,000-message queue typically has a few hundred
// distinct reasons), so neither loading nor painting runs the classifier per row.
// GUI thread (not thread-safe: the cache is mutable).
class MessageClassifier
{
public:
    static constexpr int kNoClass = -1;

    struct Result
    {
        int mainClass = kNoClass; // int(ReasonClass); kNoClass = no recipient has a reason
        std::array<int, reasonClassCount> recipients{}; // recipients per class
        int exampleRecipient = -1; // index of the first recipient whose reason is of mainClass
    };

    // A recipient's reason as Postfix reports it: delay_reason, else bounce_reason (3.11+).
    static const QString &reasonOf(const Postfix::Recipient &recipient);

    ReasonClass classOf(const QString &reason);
    // The class most recipients share (ties: the class listed first in the display order).
    Result classify(const Postfix::QueuedMessage &message);
    // The first reason of `message` that falls into `cls`; empty when none.
    QString exampleReason(const Postfix::QueuedMessage &message, ReasonClass cls);

    qsizetype cacheSize() const { return m_cache.size(); }

private:
    QHash<QString, quint8> m_cache;
};

} // namespace Diagnosis
