#include "localtransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace Remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

} // namespace

struct LocalTransport::Job
{
    QProcess *process = nullptr;
    QTimer *timer = nullptr;
    RemoteCommand command;
    CommandResult result;
    QElapsedTimer clock;
    qint64 bytes = 0;
    qint64 pid = 0;
};

LocalTransport::LocalTransport(QObject *parent)
    : Transport(parent)
{
}

LocalTransport::~LocalTransport()
{
    for (const auto &job : std::as_const(m_jobs)) {
        job->process->disconnect(this);
        if (job->pid > 0)
            ::kill(-pid_t(job->pid), SIGKILL);
    }
}

void LocalTransport::open()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Open;
    Q_EMIT opened();
    const auto queued = std::exchange(m_queued, {});
    for (const auto &[id, command] : queued)
        start(id, command);
}

void LocalTransport::approveHostKey(bool) { }

void LocalTransport::provideSecret(Transport::SecretKind, const QString &, bool) { }

void LocalTransport::run(quint64 id, const RemoteCommand &command)
{
    switch (m_state) {
    case State::Idle:
        m_queued.append({id, command});
        break;
    case State::Open:
        start(id, command);
        break;
    case State::Closed: {
        CommandResult r;
        r.error = Tr::tr("not connected");
        Q_EMIT finished(id, r);
        break;
    }
    }
}

void LocalTransport::start(quint64 id, const RemoteCommand &command)
{
    auto job = std::make_shared<Job>();
    job->command = command;
    job->process = new QProcess(this);
    job->timer = new QTimer(job->process);
    job->timer->setSingleShot(true);
    m_jobs.insert(id, job);

    QProcess *p = job->process;
    // Own process group, so a timeout or cancel also stops whatever the shell started.
    p->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(p, &QProcess::readyReadStandardOutput, this, [this, id] { readFrom(id, false); });
    connect(p, &QProcess::readyReadStandardError, this, [this, id] { readFrom(id, true); });
    connect(p, &QProcess::finished, this, [this, id](int exitCode, QProcess::ExitStatus status) {
        const auto job = m_jobs.value(id);
        if (!job)
            return;
        readFrom(id, false);
        readFrom(id, true);
        if (!m_jobs.contains(id))
            return; // the cap was hit while draining
        CommandResult r = job->result;
        if (status == QProcess::CrashExit)
            r.error = Tr::tr("the command was killed");
        else
            r.exitCode = exitCode;
        finish(id, r, false);
    });
    connect(p, &QProcess::errorOccurred, this, [this, id](QProcess::ProcessError error) {
        const auto job = m_jobs.value(id);
        if (!job || error != QProcess::FailedToStart)
            return;
        CommandResult r = job->result;
        r.error = Tr::tr("could not start /bin/sh: %1").arg(job->process->errorString());
        finish(id, r, false);
    });
    connect(job->timer, &QTimer::timeout, this, [this, id] {
        const auto job = m_jobs.value(id);
        if (!job)
            return;
        CommandResult r = job->result;
        r.timedOut = true;
        r.error = Tr::tr("timed out after %1 s").arg(job->command.timeoutMs / 1000.0);
        finish(id, r, true);
    });

    job->clock.start();
    p->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(command.shellLine)});
    job->pid = p->processId();
    if (job->pid <= 0)
        return; // errorOccurred(FailedToStart) finishes it
    if (!command.stdinData.isEmpty())
        p->write(command.stdinData);
    p->closeWriteChannel();
    if (command.timeoutMs > 0)
        job->timer->start(command.timeoutMs);
}

void LocalTransport::readFrom(quint64 id, bool stdErr)
{
    const auto job = m_jobs.value(id);
    if (!job)
        return;
    const QByteArray chunk = stdErr ? job->process->readAllStandardError()
                                    : job->process->readAllStandardOutput();
    if (chunk.isEmpty())
        return;
    job->bytes += chunk.size();
    if (job->bytes > job->command.maxOutputBytes) {
        CommandResult r = job->result;
        r.error = Tr::tr("output exceeded %1 MB")
                          .arg(double(job->command.maxOutputBytes) / (1024 * 1024), 0, 'g', 4);
        finish(id, r, true);
        return;
    }
    if (stdErr) {
        job->result.stdErr += chunk;
    } else {
        if (!job->command.streamOutput || job->command.keepStdout)
            job->result.stdOut += chunk;
        if (job->command.streamOutput)
            Q_EMIT output(id, chunk);
    }
}

void LocalTransport::finish(quint64 id, CommandResult result, bool kill)
{
    const auto job = m_jobs.take(id);
    if (!job)
        return;
    result.elapsedMs = job->clock.elapsed();
    job->timer->stop();
    QProcess *p = job->process;
    p->disconnect(this);
    if (kill && job->pid > 0 && p->state() != QProcess::NotRunning) {
        ::kill(-pid_t(job->pid), SIGKILL);
        // Not our child any more: it deletes itself once reaped, even if we are gone by then.
        p->setParent(nullptr);
        connect(p, &QProcess::finished, p, &QObject::deleteLater);
    } else {
        p->deleteLater();
    }
    Q_EMIT finished(id, result);
}

void LocalTransport::cancel(quint64 id)
{
    for (qsizetype i = 0; i < m_queued.size(); ++i) {
        if (m_queued.at(i).first == id) {
            m_queued.removeAt(i);
            CommandResult r;
            r.canceled = true;
            Q_EMIT finished(id, r);
            return;
        }
    }
    const auto job = m_jobs.value(id);
    if (!job)
        return;
    CommandResult r = job->result;
    r.canceled = true;
    finish(id, r, true);
}

void LocalTransport::close()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    const auto queued = std::exchange(m_queued, {});
    for (const auto &entry : queued) {
        CommandResult r;
        r.canceled = true;
        Q_EMIT finished(entry.first, r);
    }
    const auto ids = m_jobs.keys();
    for (quint64 id : ids)
        cancel(id);
    Q_EMIT closed();
}

} // namespace Remote
