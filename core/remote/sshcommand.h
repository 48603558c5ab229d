#pragma once

#include "remotecommand.h"

#include <QElapsedTimer>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <functional>
#include <utility>

namespace Remote {

// One command on one channel of a non-blocking libssh session (internal to SshTransport: this
// header exposes libssh types). pump() advances open → exec → stdin/EOF → read until the exit
// status arrives, never blocking. Owned and driven by SshTransport on its worker thread.
//
// Contract with the caller: pump() reads the channel's buffers; it only touches the socket
// while a buffer is empty before the remote EOF. After EOF, the exit status and the channel
// close arrive only through the caller processing the session's packets (SshTransport drains
// the socket with ssh_event_dopoll before every round of pump() calls).
class SshCommand
{
    Q_DISABLE_COPY_MOVE(SshCommand)

public:
    enum class Step {
        Running,      // call pump() again later
        Done,         // result() is complete (exit code, or the command was killed by a signal)
        Failed,       // this channel failed: result().error says why
        OutputCapped, // stdout + stderr went beyond maxOutputBytes
        SessionLost,  // the session itself is dead
    };

    SshCommand(quint64 id, const RemoteCommand &command);
    ~SshCommand();

    Step pump(ssh_session session, const std::function<void(const QByteArray &)> &onStdout);
    void abort(); // kill the remote side (best effort) and close the channel; no result change

    quint64 id() const { return m_id; }
    const RemoteCommand &command() const { return m_command; }
    CommandResult &result() { return m_result; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    // After pump(): it stopped reading (fairness bound) while the channel buffer still had data,
    // which no socket notifier will announce, so pump() must be called again soon.
    bool hasBufferedOutput() const { return m_moreBuffered; }

private:
    enum class Stage { New, Opening, Exec, Streaming };
    Step fail(ssh_session session, const QString &what);
    bool writeStdin();
    static void onExitStatus(ssh_session, ssh_channel, int status, void *self);
    static void onExitSignal(ssh_session, ssh_channel, const char *signal, int core,
                             const char *errmsg, const char *lang, void *self);

    quint64 m_id;
    RemoteCommand m_command;
    CommandResult m_result;
    QElapsedTimer m_clock;
    Stage m_stage = Stage::New;
    ssh_channel m_channel = nullptr;
    ssh_channel_callbacks_struct m_callbacks{};
    qsizetype m_stdinWritten = 0;
    bool m_eofSent = false;
    bool m_eof[2] = {false, false};
    bool m_haveExit = false;
    QString m_exitSignal;
    qint64 m_bytes = 0;
    bool m_moreBuffered = false;
};

} // namespace Remote
