#pragma once

#include "sshcommand.h"
#include "sshknownhosts.h"
#include "sshtransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <libssh/libssh.h>

#include <map>
#include <memory>

class QSocketNotifier;
class QTimer;

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

namespace Remote {

// The state behind SshTransport (internal header: only sshtransport.cpp, the command side, and
// sshtransportlogin.cpp, the connect / host key / authentication side, include it). Everything
// runs on the transport's thread.
class SshTransport::Private
{
public:
    enum class Phase {
        Idle, Connecting, AwaitHostKey, AuthNone, AwaitSecret, AuthAgent, AuthKey, AuthPassword,
        AuthKbdInt, Open, Closed
    };
    using Kind = TransportError::Kind;

    Private(SshTransport *q, const ConnectionParams &params)
        : q(q)
        , params(params)
    {
        if (this->params.knownHostsFile.isEmpty())
            this->params.knownHostsFile = SshKnownHosts::defaultFile();
    }

    SshTransport *q;
    ConnectionParams params;
    Phase phase = Phase::Idle;
    ssh_session session = nullptr;
    ssh_event event = nullptr;
    ssh_key privateKey = nullptr;
    // Wake-ups, all on this thread. The socket notifiers are the normal path: read is enabled
    // whenever pump() reads (handshake, open), write only while libssh holds unsent bytes.
    // pollTimer runs only during the handshake (libssh may need another call without new
    // bytes); repumpTimer (0 ms, single shot) only while channel buffers still hold data that
    // no notifier announces (or commands were queued mid-pump); tickTimer checks timeouts and the link. Idle, nothing spins.
    QSocketNotifier *notifier = nullptr;
    QSocketNotifier *writeNotifier = nullptr;
    QTimer *pollTimer = nullptr;
    QTimer *tickTimer = nullptr;
    QTimer *repumpTimer = nullptr;
    bool repumpWanted = false; // channel data left unread, or commands added during a pump
    QElapsedTimer connectClock;
    // Link check: libssh counts every byte the server sends; any byte is a sign of life.
    ssh_counter_struct rxCounter{};
    ssh_counter_struct txCounter{};
    quint64 seenInBytes = 0;
    QElapsedTimer lastReceived;  // since the server last sent anything (as seen by a drain)
    QElapsedTimer probeClock;    // since the outstanding keepalive request was sent
    bool probeOutstanding = false;
    HostKeyInfo offeredHostKey; // what the server presented, for host key errors
    int authMethods = 0;
    QString password;
    QString passphrase;
    int passphraseAttempts = 0;
    bool triedKbdInt = false;
    int kbdIntRounds = 0;
    bool pumping = false;
    QList<QPair<quint64, RemoteCommand>> queued;
    std::map<quint64, std::unique_ptr<SshCommand>> running;

    QString where() const { return SshKnownHosts::hostPort(params.host, params.port); }
    QString userAtHost() const { return params.user + u'@' + where(); }

    // Keepalive verdict: after keepaliveSeconds of silence one keepalive@openssh.com request
    // (which must be answered) goes out; the link is lost when that request has had no answer
    // for max(maxMissedReplies × interval, minReplyGraceMs) on this thread's clock. Silence is
    // measured from the last byte received, read out of the socket before every verdict, so a
    // late timer on a loaded machine cannot turn an unread reply into a false alarm. A dead peer
    // is thus detected at most interval + max(3 × interval, 4 s) + one tick after its last byte.
    static constexpr int maxMissedReplies = 3;
    static constexpr qint64 minReplyGraceMs = 4000;
    static constexpr int maxDrainRounds = 512; // × libssh's 4 KB socket reads per pump

    bool isHandshaking() const
    {
        return phase == Phase::Connecting || phase == Phase::AuthNone || phase == Phase::AuthAgent
            || phase == Phase::AuthKey || phase == Phase::AuthPassword || phase == Phase::AuthKbdInt;
    }
    qint64 replyDeadlineMs() const
    {
        return qMax(qint64(maxMissedReplies) * params.keepaliveSeconds * 1000, minReplyGraceMs);
    }

    void start();
    void pump();
    void stepOpen();
    void drainSocket();
    void noteReceived();
    void armWakeups();
    void tick();
    void expireCommands();
    void checkLink();
    void sendProbe();
    void stepConnect();
    void checkHostKey();
    void acceptHostKey();
    void startAuth();
    void stepAuth();
    bool loadKey();
    void authenticated();
    void stepCommands();
    void startQueued();
    void finishCommand(quint64 id, CommandResult result);
    void fail(Kind kind, const QString &message);
    void fail(const TransportError &error);
    void lost();
    void teardown();
    void tuneSocket();
    QString sshError() const { return QString::fromUtf8(ssh_get_error(session)); }
};

} // namespace Remote
