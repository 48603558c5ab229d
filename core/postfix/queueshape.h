#pragma once

#include "queuedmessage.h"

#include <QList>
#include <QString>

namespace Postfix {

// qshape(1)-style view of a queue listing, computed on the desktop from postqueue data (no root,
// no postfix-perl-scripts on the server). Rows are domains, columns age buckets; cells count
// recipients (qshape's unit), so a message to three recipients at one domain counts three.
struct QueueShapeOptions
{
    enum class By { RecipientDomain, SenderDomain };
    By by = By::RecipientDomain;
    QList<QueueName> queues;     // empty = every queue
    // Upper edges of the age buckets in minutes; the last column holds everything older.
    // qshape's default: 5 10 20 40 80 160 320 640 1280 → columns 0–5, 5–10, …, 1280+.
    QList<int> bucketMinutes = {5, 10, 20, 40, 80, 160, 320, 640, 1280};
    int maxRows = 0;             // 0 = all rows; otherwise the rest is folded into one "(other)" row
    bool parentDomains = false;  // qshape -p: also count parent domains (example.com for mx.example.com)
};

struct QueueShapeRow
{
    QString domain;              // A-label/lowercase as in the queue; "(other)" for the fold row;
                                 // "MAILER-DAEMON" (sender view) for the null sender
    qint64 total = 0;
    QList<qint64> buckets;       // bucketMinutes.size() + 1 cells
};

struct QueueShape
{
    QueueShapeOptions options;
    qint64 nowEpoch = 0;         // the reference time the ages were computed against
    QueueShapeRow totals;        // domain "TOTAL"
    QList<QueueShapeRow> rows;   // by total descending, then domain ascending
};

// Pure: `nowEpoch` comes in (use the snapshot time, not the clock).
QueueShape computeQueueShape(const QList<QueuedMessage> &messages, qint64 nowEpoch,
                             const QueueShapeOptions &options = {});

// Who fills the queue: messages per envelope sender (the compromised-mailbox signature).
struct SenderCount
{
    QString sender;              // as in the queue ("MAILER-DAEMON" for the null sender)
    qint64 messages = 0;
    qint64 recipients = 0;
    qint64 bytes = 0;
    qint64 oldestArrival = 0;
};
// Sorted by messages descending, then sender; at most `limit` entries (0 = all).
QList<SenderCount> topSenders(const QList<QueuedMessage> &messages, int limit = 20);

} // namespace Postfix
