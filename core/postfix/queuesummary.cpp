#include "queuesummary.h"

namespace Postfix {

QueueSummary summarizeQueue(const QList<QueuedMessage> &messages)
{
    QueueSummary summary;
    for (const QueuedMessage &message : messages) {
        ++summary.perQueue.at(std::size_t(message.queueName));
        ++summary.totalMessages;
        summary.totalRecipients += message.recipients.size();
        summary.totalBytes += message.messageSize;
        if (message.forcedExpire)
            ++summary.forcedExpire;
        // Arrival 0 means "not reported" (-j without arrival_time): it is not the oldest mail.
        if (message.arrivalTime > 0
            && (summary.oldestArrival == 0 || message.arrivalTime < summary.oldestArrival))
            summary.oldestArrival = message.arrivalTime;
    }
    return summary;
}

} // namespace Postfix
