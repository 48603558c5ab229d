// Actions::revalidate (declared in actionpreview.h): the last check before a queue action runs.

#include "actionpreview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace Actions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

QString arrivalText(qint64 epoch)
{
    return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).toString(Qt::ISODate);
}

QString senderText(const QString &sender)
{
    return sender.isEmpty() ? QStringLiteral("<>") : sender;
}

} // namespace

Revalidation revalidate(QueueActionKind kind, const QList<Postfix::QueuedMessage> &previewed,
                        const QList<Postfix::QueuedMessage> &current)
{
    QHash<QString, const Postfix::QueuedMessage *> byId;
    byId.reserve(current.size());
    for (const auto &m : current)
        byId.insert(m.queueId, &m);

    Revalidation out;
    QSet<QString> seen;
    for (const auto &before : previewed) {
        if (seen.contains(before.queueId))
            continue; // the same message twice in a selection is acted on once
        seen.insert(before.queueId);
        const auto *now = byId.value(before.queueId);
        DroppedMessage dropped;
        dropped.message = before;
        if (!now) {
            dropped.reason = DroppedMessage::Reason::Vanished;
            dropped.detail = Tr::tr("%1 is no longer in the queue").arg(before.queueId);
        } else if (now->sender != before.sender || now->arrivalTime != before.arrivalTime) {
            // Short queue IDs are reused: same ID, different message. Never act on it.
            dropped.reason = DroppedMessage::Reason::Reused;
            dropped.detail = Tr::tr("%1 now names another message: from %2, arrived %3 (previewed: "
                                    "from %4, arrived %5)")
                                     .arg(before.queueId, senderText(now->sender),
                                          arrivalText(now->arrivalTime), senderText(before.sender),
                                          arrivalText(before.arrivalTime));
        } else if (!appliesTo(kind, now->queueName)) {
            dropped.reason = DroppedMessage::Reason::WrongQueue;
            dropped.detail = Tr::tr("%1 is now in the %2 queue")
                                     .arg(before.queueId, Postfix::queueNameToString(now->queueName));
        } else {
            out.confirmed << *now;
            continue;
        }
        out.dropped << dropped;
    }
    return out;
}

} // namespace Actions
