#pragma once

#include "queueaction.h"

#include "remote/commandcatalog.h"

#include <QList>

namespace Actions {

// The remote command(s) one queue action runs on the given messages: shared by the preview (which
// shows them) and QueueActionRunner (which runs them), so what is shown is what runs.
//   postsuper kinds: ONE command, IDs on stdin, the queues the messages are in as arguments
//     (widened to the queues a message can move between meanwhile: incoming → active ⇄ deferred,
//     still only queues the action applies to). Expire uses -f when any message is held
//     (postsuper -e leaves held mail held, so it would never be returned), else -e.
//   Deliver: one command per deliverBatchSize IDs.  FlushAll / FlushSite: one command.
struct QueueActionCommand
{
    QList<Remote::CatalogResult> commands; // empty with error set on failure
    QString error;                         // plain words (invalid ID, Postfix too old, bad site)
    QStringList queues;                    // postsuper queue arguments, for previews and audits
    bool ok() const { return error.isEmpty() && !commands.isEmpty(); }

    static QueueActionCommand build(QueueActionKind kind, const QList<Postfix::QueuedMessage> &messages,
                                    const Remote::ServerCapabilities &capabilities,
                                    const QString &site = {});
    // "/usr/sbin/postsuper -d - deferred   (12 queue IDs on stdin)"; Deliver: the first batch's
    // line shortened plus the batch count. Never stdin contents beyond the ID count.
    static QString describe(QueueActionKind kind, const QueueActionCommand &built, int idCount);

    static constexpr int deliverBatchSize = 500;
};

} // namespace Actions
