#pragma once

#include "cliarguments.h"
#include "clicommand.h"

#include "fleet/monitoringoutput.h"

#include <QHash>
#include <QList>
#include <QUuid>

class QueuePoll;
namespace Fleet {
class CredentialStore;
class FleetPoller;
}
namespace Remote {
class ServerSession;
}

// "metrics": Prometheus text exposition of one server (--server/--ssh: the ready session, one
// listing) or of every saved profile (--all: a Fleet::FleetPoller polls them once, at most
// --concurrency at a time, secrets from the keychain, unknown host keys declined). The text goes
// to stdout or, with --output, atomically into FILE (QSaveFile: temp file + rename) for
// node_exporter's textfile collector. Exit 0 when at least one server was polled, 3 when none.
class MetricsCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsCommand)

public:
    // session null: --all
    MetricsCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent = nullptr);
    ~MetricsCommand() override;

    void start() override;
    void cancel() override;

    // Writes the exposition of `entries` (stdout or --output) and returns the exit code;
    // *message gets the one line for stderr when writing failed or nothing was up.
    static int publish(const CliArguments &args, const QList<Fleet::MetricsEntry> &entries, QString *message);

private:
    void startAll();
    void onPolled(const Fleet::PollSummary &summary);
    void finishAll();

    CliArguments m_args;
    QueuePoll *m_poll = nullptr;
    Fleet::FleetPoller *m_poller = nullptr;
    Fleet::CredentialStore *m_credentials = nullptr;
    QList<QUuid> m_order;                       // --all: profiles in settings order
    QHash<QUuid, QString> m_names;
    QHash<QUuid, Fleet::PollSummary> m_results;
    bool m_finished = false;
};
