#pragma once

#include "cliarguments.h"
#include "clicommand.h"

#include "fleet/alertthresholds.h"
#include "fleet/pollsummary.h"

#include <optional>

class QueuePoll;
namespace Remote {
class ServerSession;
}

// "check": a Nagios/Icinga plugin. One listing → PollSummary → thresholds (the profile's, or the
// defaults, with --warn/--crit … applied) → one status line with perfdata on stdout and the exit
// code 0/1/2/3. Growth comes from the history file (--history, else the GUI's): this sample
// minus the one nearest to a window ago (at least half a window old); this sample is recorded.
// A history that cannot be opened only makes growth unknown (a warning on stderr).
class CheckCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckCommand)

public:
    CheckCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent = nullptr);
    ~CheckCommand() override;

    void start() override;
    void cancel() override;

    // The name check and metrics print for the server: the profile's, else user@host[:port].
    static QString serverLabel(const CliArguments &args);
    // The history id of the server: the profile's id, else QueuePoll::idForTarget().
    static QUuid serverId(const CliArguments &args);
    // The profile's thresholds (defaults for --ssh) with the command line's overrides.
    static Fleet::AlertThresholds thresholds(const CliArguments &args);

private:
    void onPolled(const Fleet::PollSummary &summary);
    std::optional<qint64> growthFromHistory(const Fleet::PollSummary &summary,
                                            const Fleet::AlertThresholds &thresholds);

    CliArguments m_args;
    QueuePoll *m_poll;
};
