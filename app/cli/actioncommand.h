#pragma once

#include "cliarguments.h"
#include "clicommand.h"
#include "stdoutwriter.h"

#include "actions/actionpreview.h"
#include "actions/auditlog.h"

namespace Remote {
class ServerSession;
}
namespace Services {
class QueueLoader;
struct QueueSnapshot;
}
namespace Actions {
class QueueActionRunner;
}

// hold|release|requeue|expire|delete|deliver ID… | --filter EXPR, and flush [--site SITE]:
//   1. list the queue (QueueLoader) and select the messages (IDs not in the queue are reported);
//   2. print the preview (Actions::buildPreview): count, domains, senders, sample, exact command,
//      warnings, alternatives;
//   3. without --yes stop there (exit 0, nothing changed); with --yes check what the account may
//      do (Actions::AccountRights: a refusal is exit 4 before anything is sent), require
//      --confirm TOKEN when the preview asks for the server name, then run QueueActionRunner
//      (which lists again, drops reused/vanished IDs, runs, compares counts and writes the audit
//      record) and print its result.
// Exit: 0 done as previewed; 4 refused/failed; 5 incomplete (mismatch, dropped, unknown IDs,
// nothing left); 2 --confirm missing or wrong.
class ActionCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionCommand)

public:
    ActionCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent = nullptr);
    ~ActionCommand() override;

    void start() override;
    void cancel() override;

    // "user@host:port" as the audit log and the preview name the server.
    static QString serverLabel(const Remote::ConnectionParams &connection);

private:
    void onListed(const Services::QueueSnapshot &snapshot);
    void run(const Actions::ActionPreview &preview);
    void onFinished(const Actions::QueueActionResult &result);
    QString refusal(const Actions::ActionPreview &preview) const;

    Remote::ServerSession *m_session;
    CliArguments m_args;
    Services::QueueLoader *m_loader;
    Actions::AuditLog m_audit;
    Actions::QueueActionRunner *m_runner = nullptr;
    StdoutWriter m_out;
    QStringList m_unknownIds;
    bool m_canceled = false;
};
