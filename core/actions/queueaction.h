#pragma once

#include "postfix/queuedmessage.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Actions {

// What can be done to queued mail. Every kind except FlushAll/FlushSite acts on chosen messages.
//   Hold      postsuper -h -        (IDs on stdin)   reversible; held mail does not expire
//   Release   postsuper -H -                          hold → deferred
//   Requeue   postsuper -r -                          → maildrop; pickup assigns NEW queue IDs
//   Expire    postsuper -e - (or -f - for held mail: expire and release; Postfix ≥ 3.5 only)
//   Delete    postsuper -d -                          irreversible
//   Deliver   postqueue -i ID, batched in one command  (deferred mail only; "deliver now")
//   FlushAll  postqueue -f                            every deferred message, now
//   FlushSite postqueue -s SITE                       only fast-flush destinations (see warnings)
enum class QueueActionKind { Hold, Release, Requeue, Expire, Delete, Deliver, FlushAll, FlushSite };

// Stable machine keys, never translated: "hold", "release", "requeue", "expire", "delete",
// "deliver", "flush", "flush_site" (CLI verbs, audit records, settings).
QString queueActionKey(QueueActionKind kind);
bool queueActionFromKey(QStringView key, QueueActionKind *kind); // false: unknown key, kind untouched
// Translated menu text: "Put on hold", "Release from hold", "Requeue", "Force-expire (return to
// sender)", "Delete", "Deliver now", "Flush all deferred mail", "Flush a destination…".
QString queueActionTitle(QueueActionKind kind);
// One plain sentence on what the action does and whether it can be undone (previews, tooltips).
QString queueActionExplanation(QueueActionKind kind);

bool isDestructive(QueueActionKind kind);      // Delete (gone) and Expire (bounced to the sender)
bool actsOnMessages(QueueActionKind kind);     // false for FlushAll / FlushSite
bool usesPostsuper(QueueActionKind kind);      // Hold, Release, Requeue, Expire, Delete (root)

// Which queues a message may be in for the action to apply (postsuper's defaults, narrowed to what
// makes sense): Hold: incoming/active/deferred; Release: hold; Requeue/Expire/Delete: hold,
// incoming, active, deferred; Deliver: deferred. Messages elsewhere are excluded from previews and
// never sent to the server.
bool appliesTo(QueueActionKind kind, Postfix::QueueName queue);

// A message that was previewed but is not acted on, and why (shown and audited, never silent).
struct DroppedMessage
{
    enum class Reason {
        Vanished,     // no longer in the queue (delivered, expired, deleted meanwhile)
        Reused,       // the ID now names a different message (sender or arrival time differ)
        WrongQueue,   // moved to a queue the action does not apply to (e.g. already released)
        NotApplicable // excluded at preview time (queue the action does not apply to)
    };
    Postfix::QueuedMessage message; // as previewed
    Reason reason = Reason::Vanished;
    QString detail;                 // plain words: "now from bob@x.example, arrived 12:04"
};
QString droppedReasonText(DroppedMessage::Reason reason); // translated, short
// "1 message" / "12 messages" (translated; Postdesk ships no English plural forms, so %n is not used).
QString messageCount(qsizetype n);

// The outcome of one queue action, as shown to the user and written to the audit log.
struct QueueActionResult
{
    enum class Outcome {
        Ok,        // the server reported exactly the expected count
        Mismatch,  // it ran, but reported a different count (shown, never hidden)
        Nothing,   // every message was dropped by the re-validation: nothing was sent
        Failed,    // the command failed (permission, Postfix down, timeout, transport); error says why
        Canceled,
    };
    QueueActionKind kind = QueueActionKind::Hold;
    Outcome outcome = Outcome::Failed;
    int expected = 0;            // IDs sent (after re-validation); FlushAll/FlushSite: 0
    int reported = -1;           // what postsuper/postqueue reported; -1 when it reports no count
    QStringList actedIds;        // the IDs that were sent
    QList<DroppedMessage> dropped;
    QString site;                // FlushSite
    QString command;             // the exact line that ran (sudo prefix excluded), stdin described
    QString serverOutput;        // stderr/stdout of the command, UTF-8 with replacement, capped
    QStringList warnings;        // postsuper "warning:" lines, etc.
    QString error;               // plain words when Failed
    qint64 elapsedMs = 0;

    bool ok() const { return outcome == Outcome::Ok; }
    // "Put 12 messages on hold." / "Deleted 9 of 10 messages: the server reported 9 (1 had
    // already left the queue)." / "Nothing was done: all 3 messages left the queue meanwhile."
    QString summaryText() const;
};

} // namespace Actions

Q_DECLARE_METATYPE(Actions::QueueActionResult)
