#pragma once

#include "queuedmessage.h"

#include <QList>
#include <QString>
#include <QStringList>

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
    // qshape -m: with parentDomains, a parent row (".example.com") is shown only when at least
    // this many distinct subdomains were counted under it. qshape's default is 5.
    int minSubdomains = 5;
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
//
// qshape semantics, which this follows:
// - Recipient view: one count per recipient address (a message to three recipients at one domain
//   counts three); sender view: one count per message (a message has one sender).
// - Age = nowEpoch - arrival_time. A cell holds ages in [previous edge, edge) minutes, so a message
//   exactly 5 minutes old is in the 5–10 column; the last cell holds everything from the last edge
//   on. Negative ages (clock skew) and an unknown arrival (0) count as age 0.
// - The row name is the part after the last '@', lowercased, ".." collapsed, one leading and one
//   trailing dot removed. An address without '@' ("root") is its own row, lowercased. The null
//   sender ("" or "MAILER-DAEMON") is the row "MAILER-DAEMON"; an empty domain is "(empty)".
// - TOTAL counts every recipient (message) once; with parentDomains, parent rows (leading dot:
//   ".example.com", never a top-level domain) overlap the rows of their subdomains.
// - Unlike qshape, which defaults to the incoming and active queues, an empty queue filter here
//   means every queue (pass {QueueName::Deferred} for the classic `qshape deferred`).
// Bucket edges that are not positive or not ascending are dropped (options in the result show
// the edges actually used). Rows: by total descending, then domain; the fold row "(other)" last.
QueueShape computeQueueShape(const QList<QueuedMessage> &messages, qint64 nowEpoch,
                             const QueueShapeOptions &options = {});

// The row name computeQueueShape gives an address (see the rules above). `isSender` maps the
// null sender ("" or "MAILER-DAEMON") to "MAILER-DAEMON".
QString queueShapeDomain(QStringView address, bool isSender = false);

// Column headings as qshape prints them: each edge in minutes, the last cell "EDGE+"
// ({5, 10} → "5", "10", "10+").
QStringList queueShapeBucketLabels(const QList<int> &bucketMinutes);

// Who fills the queue: messages per envelope sender (the compromised-mailbox signature).
struct SenderCount
{
    QString sender;              // as in the queue ("MAILER-DAEMON" for the null sender)
    qint64 messages = 0;
    qint64 recipients = 0;
    qint64 bytes = 0;
    qint64 oldestArrival = 0;
};
// Sorted by messages descending, then sender; at most `limit` entries (0 = all). The sender is
// taken as the queue reports it (the null sender "" becomes "MAILER-DAEMON"); oldestArrival is 0
// when no message of that sender has a known arrival time.
QList<SenderCount> topSenders(const QList<QueuedMessage> &messages, int limit = 20);

} // namespace Postfix
