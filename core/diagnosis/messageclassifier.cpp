#include "messageclassifier.h"

#include "reasonclassifier.h"

namespace Diagnosis {

namespace {
// Reasons carry host names and addresses, so a long-lived session could collect many distinct
// texts; beyond this many the cache starts over instead of growing without bound.
constexpr qsizetype kMaxCached = 200'000;
} // namespace

const QString &MessageClassifier::reasonOf(const Postfix::Recipient &recipient)
{
    return recipient.delayReason.isEmpty() ? recipient.bounceReason : recipient.delayReason;
}

ReasonClass MessageClassifier::classOf(const QString &reason)
{
    const auto it = m_cache.constFind(reason);
    if (it != m_cache.constEnd())
        return ReasonClass(*it);
    if (m_cache.size() >= kMaxCached)
        m_cache.clear();
    const ReasonClass cls = ReasonClassifier::instance().classOf(reason);
    m_cache.insert(reason, quint8(cls));
    return cls;
}

MessageClassifier::Result MessageClassifier::classify(const Postfix::QueuedMessage &message)
{
    Result result;
    int best = 0;
    for (const Postfix::Recipient &r : message.recipients) {
        const QString &reason = reasonOf(r);
        if (reason.isEmpty())
            continue;
        const int cls = int(classOf(reason));
        const int n = ++result.recipients[std::size_t(cls)];
        if (n > best || (n == best && cls < result.mainClass)) {
            best = n;
            result.mainClass = cls;
        }
    }
    for (qsizetype i = 0; i < message.recipients.size() && result.mainClass != kNoClass; ++i) {
        const QString &reason = reasonOf(message.recipients.at(i));
        if (!reason.isEmpty() && int(classOf(reason)) == result.mainClass) {
            result.exampleRecipient = int(i);
            break;
        }
    }
    return result;
}

QString MessageClassifier::exampleReason(const Postfix::QueuedMessage &message,
                                         ReasonClass cls)
{
    for (const Postfix::Recipient &r : message.recipients) {
        const QString &reason = reasonOf(r);
        if (!reason.isEmpty() && classOf(reason) == cls)
            return reason;
    }
    return {};
}

} // namespace Diagnosis
