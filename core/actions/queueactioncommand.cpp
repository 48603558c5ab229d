#include "queueactioncommand.h"

#include "remote/actioncommands.h"

#include <QCoreApplication>

namespace Actions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

using Postfix::QueueName;

Remote::ActionCommands::PostsuperOp postsuperOp(QueueActionKind kind, bool anyHeld)
{
    using Op = Remote::ActionCommands::PostsuperOp;
    switch (kind) {
    case QueueActionKind::Hold:
        return Op::Hold;
    case QueueActionKind::Release:
        return Op::Release;
    case QueueActionKind::Requeue:
        return Op::Requeue;
    case QueueActionKind::Expire:
        return anyHeld ? Op::ExpireAndRelease : Op::Expire;
    case QueueActionKind::Delete:
    default:
        return Op::Delete;
    }
}

// The queue arguments for postsuper: where the messages were listed, plus where they may have
// moved by the time postsuper runs (qmgr moves deferred mail to active at each scan and back on
// failure; incoming goes to active). Narrowing to the listed queues alone would make postsuper
// miss a message that qmgr just moved, which shows up as a count mismatch for no good reason.
QStringList queueArguments(QueueActionKind kind, const QList<Postfix::QueuedMessage> &messages)
{
    bool in[5] = {false, false, false, false, false}; // hold incoming active deferred (maildrop unused)
    for (const auto &m : messages) {
        switch (m.queueName) {
        case QueueName::Hold:
            in[0] = true;
            break;
        case QueueName::Incoming:
            in[1] = in[2] = true;
            break;
        case QueueName::Active:
        case QueueName::Deferred:
            in[2] = in[3] = true;
            break;
        default:
            break;
        }
    }
    static const QueueName order[4] = {QueueName::Hold, QueueName::Incoming, QueueName::Active,
                                       QueueName::Deferred};
    QStringList queues;
    for (int i = 0; i < 4; ++i) {
        if (in[i] && appliesTo(kind, order[i]))
            queues << Postfix::queueNameToString(order[i]);
    }
    return queues;
}

} // namespace

QueueActionCommand QueueActionCommand::build(QueueActionKind kind,
                                             const QList<Postfix::QueuedMessage> &messages,
                                             const Remote::ServerCapabilities &capabilities,
                                             const QString &site)
{
    QueueActionCommand out;
    const Remote::ActionCommands builder(capabilities);
    if (kind == QueueActionKind::FlushAll) {
        out.commands << builder.flushAll();
    } else if (kind == QueueActionKind::FlushSite) {
        const auto domain = Remote::Domain::parse(site.trimmed(), Remote::Domain::Literal::Allow);
        if (!domain.ok()) {
            out.error = site.trimmed().isEmpty()
                    ? Tr::tr("Name the destination to flush (a domain, or an address as [192.0.2.1]).")
                    : Tr::tr("\"%1\" is not a destination postqueue -s accepts: %2")
                              .arg(site.left(100), domain.error);
            return out;
        }
        out.commands << builder.flushSite(*domain);
    } else {
        if (messages.isEmpty()) {
            out.error = Tr::tr("No message to act on.");
            return out;
        }
        QList<Remote::QueueId> ids;
        ids.reserve(messages.size());
        bool anyHeld = false;
        for (const auto &m : messages) {
            const auto id = Remote::QueueId::parse(m.queueId);
            if (!id.ok()) {
                out.error = Tr::tr("\"%1\" is not a queue ID: %2").arg(m.queueId.left(40), id.error);
                return out;
            }
            ids << *id;
            anyHeld = anyHeld || m.queueName == QueueName::Hold;
        }
        if (kind == QueueActionKind::Deliver) {
            for (qsizetype i = 0; i < ids.size(); i += deliverBatchSize)
                out.commands << builder.deliverNow(ids.mid(i, deliverBatchSize));
        } else {
            out.queues = queueArguments(kind, messages);
            QList<Remote::QueueName> queues;
            for (const QString &q : std::as_const(out.queues))
                queues << *Remote::QueueName::parse(q);
            out.commands << builder.postsuper(postsuperOp(kind, anyHeld), ids, queues);
        }
    }
    for (const auto &c : std::as_const(out.commands)) {
        if (!c.ok()) {
            out.error = c.error;
            out.commands.clear();
            break;
        }
    }
    return out;
}

QString QueueActionCommand::describe(QueueActionKind kind, const QueueActionCommand &built, int idCount)
{
    if (built.commands.isEmpty())
        return {};
    const QString line = QString::fromUtf8(built.commands.first().command.shellLine);
    if (usesPostsuper(kind))
        return idCount == 1 ? Tr::tr("%1   (1 queue ID on stdin)").arg(line)
                            : Tr::tr("%1   (%2 queue IDs on stdin, one per line)").arg(line).arg(idCount);
    if (kind == QueueActionKind::Deliver) {
        // The line carries every ID of its batch: show its start and say how many commands run.
        return Tr::tr("postqueue -i ID for each of the %1, in %2 command(s) of at most %3 IDs:\n%4 …")
                .arg(messageCount(idCount))
                .arg(built.commands.size())
                .arg(deliverBatchSize)
                .arg(line.left(300));
    }
    return line;
}

} // namespace Actions
