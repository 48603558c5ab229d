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
    // True once after the server sent this channel anything (data, EOF, exit status).
    bool takeProgress() { return std::exchange(m_progress, false); }

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
    bool m_progress = false;
};

} // namespace Remote
