#pragma once

#include "cliarguments.h"
#include "clicommand.h"

#include "actions/configchange.h"

namespace Remote {
class ServerSession;
}
namespace Actions {
class ConfigChangeRunner;
}

// changes: the server-side backups Postdesk made before each configuration change, newest first
// (ConfigChangeRunner::listBackups), as a table or, with --json, one object per line (the
// backup's INFO: id, time, kind, title, account, client, files, rolledBack).
class ChangesCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesCommand)

public:
    ChangesCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent = nullptr);
    ~ChangesCommand() override;

    void start() override;
    void cancel() override;

private:
    void onListed(const QList<Actions::BackupInfo> &backups, const QString &error);

    CliArguments m_args;
    Actions::ConfigChangeRunner *m_runner;
};
