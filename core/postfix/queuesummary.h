#pragma once

#include "queuedmessage.h"

#include <QList>

#include <array>

namespace Postfix {

// Totals over one queue listing, for the CLI "summary" command and the status bar.
struct QueueSummary
{
    std::array<qint64, 6> perQueue{}; // indexed by QueueName, Unknown included
    qint64 totalMessages = 0;
    qint64 totalRecipients = 0;
    qint64 totalBytes = 0;
    qint64 oldestArrival = 0; // Unix epoch seconds; 0 when the queue is empty
    qint64 forcedExpire = 0;

    qint64 count(QueueName name) const { return perQueue.at(std::size_t(name)); }
};

QueueSummary summarizeQueue(const QList<QueuedMessage> &messages);

} // namespace Postfix
