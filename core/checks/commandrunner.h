#pragma once

#include "remote/commandcatalog.h"
#include "remote/remotecommand.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Remote {
class ServerSession;
}

namespace Checks {

// Runs catalog-built commands on one session and calls back with each result; what the checks use
// instead of talking to ServerSession directly. Lives on the session's thread (GUI thread); never
// blocks. Every callback runs asynchronously (never from inside run()), at most once, and not at
// all after cancelAll() or once the runner is destroyed.
//
//     runner.run(commands.tcpConnect(host, 25, 5), [this](const Remote::CommandResult &r) { … });
//
// A CatalogResult that failed to build (invalid value, tool missing on the server) is not sent:
// the callback gets a CommandResult with failure Refused and the catalog's error text.
class CommandRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    using Callback = std::function<void(const Remote::CommandResult &result)>;

    explicit CommandRunner(Remote::ServerSession *session, QObject *parent = nullptr);
    ~CommandRunner() override;

    Remote::ServerSession *session() const;
    const Remote::ServerCapabilities &capabilities() const;

    void run(const Remote::CatalogResult &built, Callback done);
    void cancelAll();
    int pendingCount() const;

    // The display line of every command sent so far, in order (RemoteCommand::shellLine as the
    // catalog built it: no sudo prefix, never stdin). Checks copy the relevant ones into
    // CheckResult::commands.
    QStringList sentCommands() const;
    // The display line of one built command (what sentCommands() will hold for it).
    static QString displayLine(const Remote::RemoteCommand &command);

private:
    void onFinished(quint64 id, const Remote::CommandResult &result);

    QPointer<Remote::ServerSession> m_session;
    QHash<quint64, Callback> m_pending;
    QStringList m_sent;
};

} // namespace Checks
