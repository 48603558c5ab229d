#include "actioncommands.h"

#include <QCoreApplication>
#include <QVersionNumber>

namespace Remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

CatalogResult failure(const QString &error)
{
    return CatalogResult{RemoteCommand{}, error};
}

constexpr int baseTimeoutMs = 60000;

QString messageCount(qsizetype n)
{
    return n == 1 ? Tr::tr("1 message") : Tr::tr("%1 messages").arg(n);
}
constexpr qint64 smallOutput = 4LL * 1024 * 1024; // postsuper prints one line per ID at most

struct OpInfo
{
    QByteArray flag;
    QString what; // for the label
};

OpInfo opInfo(ActionCommands::PostsuperOp op)
{
    switch (op) {
    case ActionCommands::PostsuperOp::Delete:
        return {"-d", Tr::tr("delete")};
    case ActionCommands::PostsuperOp::Hold:
        return {"-h", Tr::tr("put on hold")};
    case ActionCommands::PostsuperOp::Release:
        return {"-H", Tr::tr("release from hold")};
    case ActionCommands::PostsuperOp::Requeue:
        return {"-r", Tr::tr("requeue")};
    case ActionCommands::PostsuperOp::Expire:
        return {"-e", Tr::tr("force-expire")};
    case ActionCommands::PostsuperOp::ExpireAndRelease:
        return {"-f", Tr::tr("force-expire and release")};
    }
    return {};
}

// The probe lists every tool it found; a probed server without the tool gets a clear refusal.
// Default (unprobed) capabilities fall back to the catalog's default paths.
bool missingTool(const ServerCapabilities &caps, const QString &tool)
{
    return !caps.binaries.isEmpty() && !caps.binaries.contains(tool);
}

} // namespace

ActionCommands::ActionCommands(const ServerCapabilities &capabilities)
    : m_catalog(capabilities)
{
}

CatalogResult ActionCommands::postsuper(PostsuperOp op, const QList<QueueId> &ids,
                                        const QList<QueueName> &queues) const
{
    const ServerCapabilities &caps = m_catalog.capabilities();
    if (ids.isEmpty())
        return failure(Tr::tr("No message was chosen, so postsuper was not run."));
    if (missingTool(caps, QStringLiteral("postsuper")))
        return failure(Tr::tr("postsuper was not found on the server (package postfix)."));
    if (op == PostsuperOp::Expire || op == PostsuperOp::ExpireAndRelease) {
        if (caps.postfixVersion.isNull())
            return failure(Tr::tr("Force-expire needs Postfix 3.5 or later, and the Postfix "
                                  "version of this server is not known."));
        if (!caps.supportsForceExpire())
            return failure(Tr::tr("Force-expire needs Postfix 3.5 or later; this server runs "
                                  "Postfix %1. Delete the messages, or hold them, instead.")
                                   .arg(caps.postfixVersion.toString()));
    }
    const OpInfo info = opInfo(op);
    // One bare ID per line, nothing else: postsuper rejects (and logs) anything that is not an ID.
    QByteArray stdinData;
    stdinData.reserve(ids.size() * 16);
    for (const QueueId &id : ids)
        stdinData += id.bytes() + '\n';
    QList<QByteArray> args{info.flag, "-"};
    QList<QByteArray> seen;
    for (const QueueName &queue : queues) {
        if (seen.contains(queue.bytes()))
            continue;
        seen << queue.bytes();
        args << queue.bytes();
    }
    const QString queueText = seen.isEmpty() ? QString() : QLatin1Char(' ') + QString::fromLatin1(seen.join(' '));
    auto r = m_catalog.make(QStringLiteral("postsuper"), args, Privilege::Root,
                            Tr::tr("%1 %2 (postsuper %3 -%4)")
                                    .arg(info.what, messageCount(ids.size()), QString::fromLatin1(info.flag), queueText),
                            stdinData);
    if (!r.ok())
        return r;
    r.command.timeoutMs = baseTimeoutMs + int(ids.size() / 1000) * 1000;
    r.command.maxOutputBytes = smallOutput + qint64(ids.size()) * 128;
    return r;
}

QByteArray ActionCommands::deliverScript()
{
    // $1 is postqueue's absolute path, the rest are validated queue IDs. Each ID is scheduled on
    // its own (postqueue -i takes one ID); an ID postqueue refuses is echoed so the caller can
    // count and name it. Nothing from outside is ever part of this text.
    return QByteArrayLiteral("p=\"$1\"; shift; for id do "
                             "\"$p\" -i \"$id\" || echo \"postdesk-deliver-failed $id\"; "
                             "done; exit 0");
}

CatalogResult ActionCommands::deliverNow(const QList<QueueId> &ids) const
{
    const ServerCapabilities &caps = m_catalog.capabilities();
    if (ids.isEmpty())
        return failure(Tr::tr("No message was chosen, so nothing was scheduled for delivery."));
    if (ids.size() > 500)
        return failure(Tr::tr("At most 500 messages can be scheduled in one command (%1 given).")
                               .arg(ids.size()));
    if (missingTool(caps, QStringLiteral("postqueue")))
        return failure(Tr::tr("postqueue was not found on the server (package postfix)."));
    if (!caps.postfixVersion.isNull() && caps.postfixVersion < QVersionNumber(2, 4))
        return failure(Tr::tr("Delivering single messages needs Postfix 2.4 or later; this server "
                              "runs Postfix %1. Use \"Flush all deferred mail\" instead.")
                               .arg(caps.postfixVersion.toString()));
    const QString postqueue = m_catalog.binaryPath(QStringLiteral("postqueue"));
    if (!CommandCatalog::isPlainPath(postqueue))
        return failure(Tr::tr("The path of postqueue on the server looks wrong: %1").arg(postqueue.left(200)));
    QList<QByteArray> args{"-c", deliverScript(), "sh", postqueue.toUtf8()};
    for (const QueueId &id : ids)
        args << id.bytes();
    auto r = m_catalog.make(QStringLiteral("sh"), args, Privilege::User,
                            Tr::tr("deliver %1 now (postqueue -i)").arg(messageCount(ids.size())));
    if (!r.ok())
        return r;
    r.command.timeoutMs = baseTimeoutMs + int(ids.size()) * 200;
    r.command.maxOutputBytes = smallOutput;
    return r;
}

CatalogResult ActionCommands::flushAll() const
{
    if (missingTool(m_catalog.capabilities(), QStringLiteral("postqueue")))
        return failure(Tr::tr("postqueue was not found on the server (package postfix)."));
    auto r = m_catalog.make(QStringLiteral("postqueue"), {"-f"}, Privilege::User,
                            Tr::tr("flush all deferred mail (postqueue -f)"));
    if (!r.ok())
        return r;
    r.command.timeoutMs = baseTimeoutMs;
    r.command.maxOutputBytes = smallOutput;
    return r;
}

CatalogResult ActionCommands::flushSite(const Domain &site) const
{
    if (missingTool(m_catalog.capabilities(), QStringLiteral("postqueue")))
        return failure(Tr::tr("postqueue was not found on the server (package postfix)."));
    auto r = m_catalog.make(QStringLiteral("postqueue"), {"-s", site.bytes()}, Privilege::User,
                            Tr::tr("flush mail for %1 (postqueue -s)").arg(QString::fromUtf8(site.bytes())));
    if (!r.ok())
        return r;
    r.command.timeoutMs = baseTimeoutMs;
    r.command.maxOutputBytes = smallOutput;
    return r;
}

} // namespace Remote
