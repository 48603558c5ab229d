#include "check.h"

#include "remote/serversession.h"

#include <QTimer>

namespace Checks {

Check::Check(Diagnosis::CheckId id, Remote::ServerSession *session, const CheckOptions &options,
             QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_options(options)
    , m_runner(session)
{
}

Check::~Check() = default;

Diagnosis::CheckId Check::id() const
{
    return m_id;
}

void Check::start()
{
    if (m_running || m_finishPending)
        return;
    m_running = true;
    m_results.clear();
    QTimer::singleShot(0, this, [this] {
        if (m_running)
            run();
    });
}

void Check::cancel()
{
    m_running = false;
    m_finishPending = false;
    m_runner.cancelAll();
}

bool Check::isRunning() const
{
    return m_running;
}

QList<Diagnosis::CheckResult> Check::results() const
{
    return m_results;
}

CommandRunner &Check::runner()
{
    return m_runner;
}

const CheckOptions &Check::options() const
{
    return m_options;
}

const Remote::ServerCapabilities &Check::capabilities() const
{
    return m_runner.capabilities();
}

void Check::setProgress(const QString &message)
{
    if (m_running)
        Q_EMIT progress(message);
}

void Check::report(Diagnosis::CheckResult result)
{
    if (!m_running)
        return;
    result.check = m_id;
    m_results.append(result);
    Q_EMIT resultReady(result);
}

void Check::done()
{
    if (!m_running)
        return;
    m_running = false;
    m_finishPending = true;
    m_runner.cancelAll(); // nothing of this check may outlive it
    QTimer::singleShot(0, this, [this] {
        if (!m_finishPending)
            return;
        m_finishPending = false;
        Q_EMIT finished();
    });
}

} // namespace Checks
