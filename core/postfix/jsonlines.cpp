#include "jsonlines.h"

#include "queueparsers.h"

#include <QCoreApplication>

namespace Postfix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

} // namespace

void acceptQueueEntry(QueuedMessage &&message, const QStringList &problems, qsizetype lineNumber,
                      Parsed<QueuedMessage> &out)
{
    for (const QString &problem : problems)
        out.issues.append({lineNumber, problem});
    if (message.queueId.isEmpty()) {
        out.issues.append({lineNumber, Tr::tr("queue entry without \"queue_id\" skipped")});
        return;
    }
    // Queue IDs end up in postsuper/postcat command lines: an entry whose ID is not one never
    // reaches the caller (the command catalog checks again; this is the first of two fences).
    if (!isValidQueueId(message.queueId)) {
        out.issues.append({lineNumber, Tr::tr("queue entry with an invalid queue ID skipped")});
        return;
    }
    out.values.append(std::move(message));
}

} // namespace Postfix
