#include "commandrunner.h"

#include "remote/serversession.h"

#include <QTimer>

namespace Checks {

CommandRunner::CommandRunner(Remote::ServerSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (session)
        connect(session, &Remote::ServerSession::finished, this, &CommandRunner::onFinished);
}

CommandRunner::~CommandRunner()
{
    cancelAll();
}

Remote::ServerSession *CommandRunner::session() const
{
    return m_session;
}

const Remote::ServerCapabilities &CommandRunner::capabilities() const
{
    static const Remote::ServerCapabilities none;
    return m_session ? m_session->capabilities() : none;
}

QString CommandRunner::displayLine(const Remote::RemoteCommand &command)
{
    return QString::fromUtf8(command.shellLine);
}

void CommandRunner::run(const Remote::CatalogResult &built, Callback done)
{
    if (!built.ok() || !m_session) {
        Remote::CommandResult refused;
        refused.failure = Remote::CommandResult::Failure::Refused;
        refused.error = built.ok() ? tr("The server connection is gone.") : built.error;
        // Never call back from inside run(): the caller may not be ready for it yet.
        QTimer::singleShot(0, this, [done = std::move(done), refused] { done(refused); });
        return;
    }
    m_sent.append(displayLine(built.command));
    const quint64 id = m_session->run(built.command);
    m_pending.insert(id, std::move(done));
}

void CommandRunner::cancelAll()
{
    const auto ids = m_pending.keys();
    m_pending.clear();
    if (!m_session)
        return;
    for (quint64 id : ids)
        m_session->cancel(id);
}

int CommandRunner::pendingCount() const
{
    return int(m_pending.size());
}

QStringList CommandRunner::sentCommands() const
{
    return m_sent;
}

void CommandRunner::onFinished(quint64 id, const Remote::CommandResult &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Callback done = std::move(it.value());
    m_pending.erase(it);
    done(result);
}

} // namespace Checks
