#include "queueaction.h"

#include <QCoreApplication>

namespace Actions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

struct KindKey
{
    QueueActionKind kind;
    const char *key;
};

constexpr KindKey kindKeys[] = {
    {QueueActionKind::Hold, "hold"},         {QueueActionKind::Release, "release"},
    {QueueActionKind::Requeue, "requeue"},   {QueueActionKind::Expire, "expire"},
    {QueueActionKind::Delete, "delete"},     {QueueActionKind::Deliver, "deliver"},
    {QueueActionKind::FlushAll, "flush"},    {QueueActionKind::FlushSite, "flush_site"},
};

} // namespace

QString queueActionKey(QueueActionKind kind)
{
    for (const KindKey &k : kindKeys) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

bool queueActionFromKey(QStringView key, QueueActionKind *kind)
{
    for (const KindKey &k : kindKeys) {
        if (key == QLatin1StringView(k.key)) {
            if (kind)
                *kind = k.kind;
            return true;
        }
    }
    return false;
}

QString queueActionTitle(QueueActionKind kind)
{
    switch (kind) {
    case QueueActionKind::Hold:
        return Tr::tr("Put on hold");
    case QueueActionKind::Release:
        return Tr::tr("Release from hold");
    case QueueActionKind::Requeue:
        return Tr::tr("Requeue");
    case QueueActionKind::Expire:
        return Tr::tr("Force-expire (return to sender)");
    case QueueActionKind::Delete:
        return Tr::tr("Delete");
    case QueueActionKind::Deliver:
        return Tr::tr("Deliver now");
    case QueueActionKind::FlushAll:
        return Tr::tr("Flush all deferred mail");
    case QueueActionKind::FlushSite:
        return Tr::tr("Flush a destination…");
    }
    return {};
}

QString queueActionExplanation(QueueActionKind kind)
{
    switch (kind) {
    case QueueActionKind::Hold:
        return Tr::tr("Keeps the messages in the queue without trying to deliver them; held mail "
                      "does not expire. Can be undone with \"Release from hold\".");
    case QueueActionKind::Release:
        return Tr::tr("Moves held messages back to the deferred queue so Postfix tries them "
                      "again. Can be undone by putting them on hold again.");
    case QueueActionKind::Requeue:
        return Tr::tr("Sends the messages through Postfix again (address rewriting and content "
                      "filter are applied anew); they get new queue IDs. Nothing is lost.");
    case QueueActionKind::Expire:
        return Tr::tr("Returns the messages to their senders with a delivery failure notice at "
                      "the next delivery attempt. Cannot be undone once the notice is sent.");
    case QueueActionKind::Delete:
        return Tr::tr("Removes the messages from the server for good: neither the sender nor the "
                      "recipient is told. Cannot be undone.");
    case QueueActionKind::Deliver:
        return Tr::tr("Asks Postfix to try delivering these deferred messages right now instead "
                      "of waiting for the next retry. Changes nothing else.");
    case QueueActionKind::FlushAll:
        return Tr::tr("Asks Postfix to try every deferred message right now. Harmless to the "
                      "mail, but flushing mail that cannot be delivered slows all other mail down.");
    case QueueActionKind::FlushSite:
        return Tr::tr("Asks Postfix to try the mail for one destination right now. Works only for "
                      "destinations in fast_flush_domains (by default the relay domains).");
    }
    return {};
}

bool isDestructive(QueueActionKind kind)
{
    return kind == QueueActionKind::Delete || kind == QueueActionKind::Expire;
}

bool actsOnMessages(QueueActionKind kind)
{
    return kind != QueueActionKind::FlushAll && kind != QueueActionKind::FlushSite;
}

bool usesPostsuper(QueueActionKind kind)
{
    switch (kind) {
    case QueueActionKind::Hold:
    case QueueActionKind::Release:
    case QueueActionKind::Requeue:
    case QueueActionKind::Expire:
    case QueueActionKind::Delete:
        return true;
    case QueueActionKind::Deliver:
    case QueueActionKind::FlushAll:
    case QueueActionKind::FlushSite:
        return false;
    }
    return false;
}

bool appliesTo(QueueActionKind kind, Postfix::QueueName queue)
{
    using Postfix::QueueName;
    switch (kind) {
    case QueueActionKind::Hold:
        return queue == QueueName::Incoming || queue == QueueName::Active || queue == QueueName::Deferred;
    case QueueActionKind::Release:
        return queue == QueueName::Hold;
    case QueueActionKind::Requeue:
    case QueueActionKind::Expire:
    case QueueActionKind::Delete:
        return queue == QueueName::Hold || queue == QueueName::Incoming || queue == QueueName::Active
                || queue == QueueName::Deferred;
    case QueueActionKind::Deliver:
        return queue == QueueName::Deferred;
    case QueueActionKind::FlushAll:
    case QueueActionKind::FlushSite:
        return false;
    }
    return false;
}

QString droppedReasonText(DroppedMessage::Reason reason)
{
    switch (reason) {
    case DroppedMessage::Reason::Vanished:
        return Tr::tr("left the queue meanwhile");
    case DroppedMessage::Reason::Reused:
        return Tr::tr("queue ID now names a different message");
    case DroppedMessage::Reason::WrongQueue:
        return Tr::tr("moved to a queue this action does not apply to");
    case DroppedMessage::Reason::NotApplicable:
        return Tr::tr("in a queue this action does not apply to");
    }
    return {};
}

QString messageCount(qsizetype n)
{
    return n == 1 ? Tr::tr("1 message") : Tr::tr("%1 messages").arg(n);
}

namespace {

// "Put 12 messages on hold." — the sentence for a complete success.
QString doneText(QueueActionKind kind, int n)
{
    switch (kind) {
    case QueueActionKind::Hold:
        return Tr::tr("Put %1 on hold.").arg(messageCount(n));
    case QueueActionKind::Release:
        return Tr::tr("Released %1 from hold.").arg(messageCount(n));
    case QueueActionKind::Requeue:
        return Tr::tr("Requeued %1.").arg(messageCount(n));
    case QueueActionKind::Expire:
        return Tr::tr("Force-expired %1; the senders will be notified.").arg(messageCount(n));
    case QueueActionKind::Delete:
        return Tr::tr("Deleted %1.").arg(messageCount(n));
    case QueueActionKind::Deliver:
        return Tr::tr("Asked Postfix to deliver %1 now.").arg(messageCount(n));
    case QueueActionKind::FlushAll:
        return Tr::tr("Asked Postfix to retry all deferred mail now.");
    case QueueActionKind::FlushSite:
        return Tr::tr("Asked Postfix to retry the mail for this destination now.");
    }
    return {};
}

QString verbText(QueueActionKind kind)
{
    switch (kind) {
    case QueueActionKind::Hold:
        return Tr::tr("Put on hold");
    case QueueActionKind::Release:
        return Tr::tr("Released");
    case QueueActionKind::Requeue:
        return Tr::tr("Requeued");
    case QueueActionKind::Expire:
        return Tr::tr("Force-expired");
    case QueueActionKind::Delete:
        return Tr::tr("Deleted");
    case QueueActionKind::Deliver:
        return Tr::tr("Scheduled for delivery");
    case QueueActionKind::FlushAll:
    case QueueActionKind::FlushSite:
        return Tr::tr("Flushed");
    }
    return {};
}

QString droppedSuffix(const QList<DroppedMessage> &dropped)
{
    if (dropped.isEmpty())
        return {};
    return QLatin1Char(' ')
            + (dropped.size() == 1
                       ? Tr::tr("1 previewed message was not touched (it changed or left the queue "
                                "meanwhile).")
                       : Tr::tr("%1 previewed messages were not touched (they changed or left the "
                                "queue meanwhile).").arg(dropped.size()));
}

} // namespace

QString QueueActionResult::summaryText() const
{
    switch (outcome) {
    case Outcome::Ok:
        if (!actsOnMessages(kind))
            return doneText(kind, 0);
        return doneText(kind, expected) + droppedSuffix(dropped);
    case Outcome::Mismatch:
        if (reported < 0)
            return Tr::tr("%1 %2, but the server did not report how many it acted on.")
                           .arg(verbText(kind), messageCount(expected))
                    + droppedSuffix(dropped);
        if (reported < expected)
            return Tr::tr("%1 %2 of %3: the server reported %2, so %4 not acted on (probably "
                          "left the queue just before).")
                           .arg(verbText(kind))
                           .arg(reported)
                           .arg(messageCount(expected))
                           .arg(expected - reported == 1 ? Tr::tr("1 was") : Tr::tr("%1 were").arg(expected - reported))
                    + droppedSuffix(dropped);
        return Tr::tr("%1: the server reported %2 messages, more than the %3 sent. Check the queue.")
                       .arg(verbText(kind))
                       .arg(reported)
                       .arg(expected)
                + droppedSuffix(dropped);
    case Outcome::Nothing:
        return dropped.size() == 1
                ? Tr::tr("Nothing was done: the message changed or left the queue meanwhile.")
                : Tr::tr("Nothing was done: all %1 messages changed or left the queue meanwhile.")
                          .arg(dropped.size());
    case Outcome::Failed:
        return Tr::tr("%1 failed: %2").arg(queueActionTitle(kind),
                                           error.isEmpty() ? Tr::tr("unknown error") : error);
    case Outcome::Canceled:
        if (!actedIds.isEmpty() && reported > 0)
            return Tr::tr("Canceled after %1 of %2.").arg(reported).arg(messageCount(actedIds.size()));
        return Tr::tr("%1 was canceled.").arg(queueActionTitle(kind));
    }
    return {};
}

} // namespace Actions
