#pragma once

#include "cliarguments.h"

#include <QObject>

class CliCommand;
class CliSession;
namespace Remote {
class ServerSession;
}

// The CLI's object graph: connect (CliSession), run one CliCommand, print the one failure line,
// disconnect, and quit the event loop with the exit code. SIGINT/SIGTERM cancel the command.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    explicit CliRunner(const CliArguments &args, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();
    void interrupt(int signalNumber);

private:
    void onReady();
    void startCommand();
    CliCommand *createActionCommand(Remote::ServerSession *session);
    void finish(int exitCode, const QString &message);

    CliArguments m_args;
    CliSession *m_session;
    CliCommand *m_command = nullptr;
    int m_signal = 0;
    bool m_finished = false;
};
