#pragma once

#include "connectionparams.h"
#include "hostkeyinfo.h"
#include "remotecommand.h"
#include "servercapabilities.h"
#include "transport.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

namespace Remote {

enum class SudoMode {
    Auto,      // probe: sudo -n works → NoPassword; else Password if a sudo password is provided
    None,      // never use sudo (root login, or a least-privilege viewer)
    NoPassword,// sudo -n
    Password,  // sudo -S -p '' with the password on stdin
};

// One entry of the command log panel: what ran, how it ended. Never contains stdin (secrets).
struct CommandLogEntry
{
    quint64 id = 0;
    QString label;
    QString shellLine;   // the exact line sent, sudo prefix included
    QDateTime started;
    qint64 elapsedMs = -1; // -1 while running
    int exitCode = -1;
    QString status;      // "ok", "exit 1", "timed out", "canceled", "connection lost", "running",
                         // "permission denied", "not sent" (refused before sending; see detail)
    QString detail;      // the plain error of a failed command (never stdin, so never a secret)
    bool sent = true;    // false when the session refused before sending (no privilege)
};

// The one object the GUI and CLI use to talk to one server. Lives on the caller's thread (the GUI
// thread); owns the transport and, for SSH, the worker thread it runs on. Nothing here blocks.
//
// After connectToServer(): hostKeyNeedsApproval / secretNeeded may be emitted and must be answered;
// then the session probes the server (binaries by absolute path, Postfix version, uid, sudo rights,
// mail_owner) and emits ready(). run() before ready() is queued. Privileged commands are wrapped in
// sudo here according to RemoteCommand::privilege and the probed rights; when the account cannot
// get the privilege, finished() carries a plain error ("this account can list the queue but not
// read message contents") and nothing is sent.
class ServerSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSession)

public:
    enum class State { Disconnected, Connecting, Probing, Ready, Failed };
    Q_ENUM(State)

    using TransportFactory = std::function<Transport *(const ConnectionParams &)>;

    // The default factory makes an SshTransport on a worker thread, or a LocalTransport when
    // params.host is empty ("this machine"). Tests inject their own.
    explicit ServerSession(const ConnectionParams &params, QObject *parent = nullptr,
                           TransportFactory factory = {});
    ~ServerSession() override;

    const ConnectionParams &params() const;
    State state() const;
    const ServerCapabilities &capabilities() const; // valid once ready()
    QString lastError() const;

    void setSudoMode(SudoMode mode);
    void setSudoPassword(const QString &password); // kept in memory only, written to sudo's stdin

    void connectToServer();
    void approveHostKey(bool accept);
    void provideSecret(Transport::SecretKind kind, const QString &secret, bool cancel = false);
    void disconnectFromServer();

    quint64 run(const RemoteCommand &command); // returns the id used in output()/finished()
    void cancel(quint64 id);
    void cancelAll();

Q_SIGNALS:
    void stateChanged(Remote::ServerSession::State state);
    void hostKeyNeedsApproval(const Remote::HostKeyInfo &info);
    void secretNeeded(Remote::Transport::SecretKind kind, const QString &prompt);
    void ready();
    void failed(const Remote::TransportError &error);
    void output(quint64 id, const QByteArray &chunk);
    void finished(quint64 id, const Remote::CommandResult &result);
    void commandLogged(const Remote::CommandLogEntry &entry); // on start and again on finish

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Remote

Q_DECLARE_METATYPE(Remote::CommandLogEntry)
