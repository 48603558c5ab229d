#pragma once

#include "cliarguments.h"
#include "clicommand.h"
#include "stdoutwriter.h"

#include "actions/auditlog.h"
#include "actions/configchange.h"

namespace Remote {
class ServerSession;
}
namespace Actions {
class ConfigChangeRunner;
}

// rollback BACKUP [--yes]: finds the backup among the server's backups (an unknown ID is exit 4
// before anything changes), prints what it holds, and with --yes restores it through
// ConfigChangeRunner::rollback (a backup of the current state first, then the files byte for
// byte, postfix check, reload; audited). Without --yes nothing is changed (exit 0).
// Exit: 0 restored / preview; 4 unknown backup, refused or failed; 6/7 as for changes.
class RollbackCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RollbackCommand)

public:
    RollbackCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent = nullptr);
    ~RollbackCommand() override;

    void start() override;
    void cancel() override;

private:
    void onListed(const QList<Actions::BackupInfo> &backups, const QString &error);
    void onFinished(const Actions::ConfigChangeResult &result);

    Remote::ServerSession *m_session;
    CliArguments m_args;
    Actions::AuditLog m_audit;
    Actions::ConfigChangeRunner *m_runner;
    StdoutWriter m_out;
    bool m_rollingBack = false;
};
