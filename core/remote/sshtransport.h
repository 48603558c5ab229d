#pragma once

#include "transport.h"

#include <memory>

namespace Remote {

// Transport over one libssh session; each command runs on its own channel (exec request).
//
// Thread: create it anywhere, then moveToThread() a worker QThread before open() (ServerSession
// does this). Every slot must be called on that thread (queued invocation). libssh is used in
// non-blocking mode, driven by socket notifiers (read; write only while output is pending),
// so the worker's event loop always stays responsive and cancel()/close() act at once, and an
// idle session sleeps (a poll timer runs only during the handshake).
//
// Connection: connect (connectTimeoutMs) → host key check against params.knownHostsFile
// (Unknown → hostKeyNeedsApproval, or accepted at once with acceptNewHostKey; Changed/OtherType →
// failed(HostKeyChanged), never overridable) → authentication (agent, key file with passphrase
// prompts, or password with keyboard-interactive fallback) → opened().
// While open: after keepaliveSeconds without a byte from the server a keepalive request goes
// out; unanswered for max(3 × keepaliveSeconds, 4 s) the link counts as lost. A dropped or
// hung link finishes every command with "connection to HOST lost", then
// failed(ConnectionLost), then closed().
class SshTransport final : public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshTransport)

public:
    explicit SshTransport(const ConnectionParams &params, QObject *parent = nullptr);
    ~SshTransport() override;

    // At most this many channels run at once; more commands wait for a free one. OpenSSH's
    // default MaxSessions is 10 per connection.
    static constexpr int maxParallelChannels = 10;

public Q_SLOTS:
    void open() override;
    void approveHostKey(bool accept) override;
    void provideSecret(Remote::Transport::SecretKind kind, const QString &secret, bool cancel) override;
    void run(quint64 id, const Remote::RemoteCommand &command) override;
    void cancel(quint64 id) override;
    void close() override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Remote
