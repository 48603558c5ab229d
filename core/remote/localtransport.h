#pragma once

#include "transport.h"

#include <QHash>

#include <memory>

namespace Remote {

// Runs commands on this machine: /bin/sh -c SHELLLINE in its own process group, one signal-driven
// QProcess per command. Same result, timeout, cancel and output-cap rules as SshTransport;
// open() emits opened() at once (no host key, no login). Lives on any thread with an event loop.
class LocalTransport final : public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalTransport)

public:
    explicit LocalTransport(QObject *parent = nullptr);
    ~LocalTransport() override;

public Q_SLOTS:
    void open() override;
    void approveHostKey(bool accept) override;
    void provideSecret(Remote::Transport::SecretKind kind, const QString &secret, bool cancel) override;
    void run(quint64 id, const Remote::RemoteCommand &command) override;
    void cancel(quint64 id) override;
    void close() override;

private:
    struct Job;
    void start(quint64 id, const RemoteCommand &command);
    void readFrom(quint64 id, bool stdErr);
    void finish(quint64 id, CommandResult result, bool kill);

    enum class State { Idle, Open, Closed };
    State m_state = State::Idle;
    QList<QPair<quint64, RemoteCommand>> m_queued;
    QHash<quint64, std::shared_ptr<Job>> m_jobs;
};

} // namespace Remote
