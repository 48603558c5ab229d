#pragma once

#include "connectionparams.h"
#include "hostkeyinfo.h"
#include "remotecommand.h"

#include <QObject>
#include <QStringList>

namespace Remote {

struct TransportError
{
    enum class Kind {
        Unreachable,     // DNS failure, refused, no route
        Timeout,         // connect or handshake took longer than connectTimeoutMs
        HostKeyChanged,  // known_hosts has a different key: refused, never overridable here
        HostKeyRejected, // the user declined an unknown key
        AuthFailed,      // every offered method was refused
        ConnectionLost,  // the link dropped while open
        Protocol,        // anything else libssh reports
    };
    Kind kind = Kind::Protocol;
    QString message; // one plain sentence for the user
    // HostKeyChanged / HostKeyRejected: the key the server offered (type, SHA256 fingerprint,
    // status Changed/OtherType/Unknown, host, port, known_hosts file) and what known_hosts holds
    // for that host ("TYPE SHA256:…" each), so a dialog can show them without parsing message.
    HostKeyInfo hostKey;
    QStringList knownFingerprints;
};

// One asynchronous way of running commands on one server (Qt Creator's ProcessInterface idea).
//
// Threading: a transport lives on one thread (SshTransport on its own worker QThread, because a
// libssh session must never be touched from two threads). Callers on other threads invoke the
// slots with QMetaObject::invokeMethod / queued connections; signals are emitted on the
// transport's thread. ServerSession does exactly that and is what the rest of the code uses.
//
// State rules:
//  - open() starts connecting. It ends in opened(), or failed() followed by closed().
//    On the way it may emit hostKeyNeedsApproval() (answered with approveHostKey()) and
//    secretNeeded() (answered with provideSecret(); an empty secret with cancel = true aborts).
//  - run() before opened() queues the command; it starts once open.
//  - Every run() id gets exactly one finished(id, result): success, remote failure, timeout
//    (result.timedOut), cancel (result.canceled) or connection loss (result.error).
//  - failed() reports connection-level trouble; when it happens while open, every running and
//    queued command first gets finished() with result.error set, then failed(), then closed().
//  - close() finishes outstanding commands as canceled, then emits closed(). Idempotent.
class Transport : public QObject
{
    Q_OBJECT

public:
    enum class SecretKind { Password, KeyPassphrase };
    Q_ENUM(SecretKind)

    using QObject::QObject;
    ~Transport() override = default;

public Q_SLOTS:
    virtual void open() = 0;
    virtual void approveHostKey(bool accept) = 0;
    virtual void provideSecret(Remote::Transport::SecretKind kind, const QString &secret, bool cancel) = 0;
    virtual void run(quint64 id, const Remote::RemoteCommand &command) = 0;
    virtual void cancel(quint64 id) = 0;
    virtual void close() = 0;

Q_SIGNALS:
    void hostKeyNeedsApproval(const Remote::HostKeyInfo &info);
    void secretNeeded(Remote::Transport::SecretKind kind, const QString &prompt);
    void opened();
    void output(quint64 id, const QByteArray &chunk); // only for RemoteCommand::streamOutput
    void finished(quint64 id, const Remote::CommandResult &result);
    void failed(const Remote::TransportError &error);
    void closed();
};

} // namespace Remote

Q_DECLARE_METATYPE(Remote::TransportError)
