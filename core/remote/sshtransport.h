#pragma once

#include "transport.h"

#include <memory>

namespace Remote {

// Transport over one libssh session; each command runs on its own channel (exec request).
//
// Thread: create it anywhere, then moveToThread() a worker QThread before open() (ServerSession
// does this). Every slot must be called on that thread (queued invocation). libssh is used in
// non-blocking mode, driven by a QSocketNotifier on the session socket plus a short poll timer,
// so the worker's event loop always stays responsive and cancel()/close() act at once.
//
// Connection: connect (connectTimeoutMs) → host key check against params.knownHostsFile
// (Unknown → hostKeyNeedsApproval, or accepted at once with acceptNewHostKey; Changed/OtherType →
// failed(HostKeyChanged), never overridable) → authentication (agent, key file with passphrase
// prompts, or password with keyboard-interactive fallback) → opened().
// While open: keepalives every keepaliveSeconds; a dropped link finishes every command with
// "connection to HOST lost", then failed(ConnectionLost), then closed().
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
