#include "sshtransport.h"

#include "proxyjump.h"
#include "sshknownhosts.h"
#include "sshtransportprivate.h"

#include <QFile>

#include <libssh/server.h> // ssh_send_keepalive (works for clients too)
#include <QSocketNotifier>
#include <QTimer>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcSsh, "postdesk.ssh")

namespace Remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

} // namespace

void SshTransport::Private::start()
{
    session = ssh_new();
    if (session == nullptr) {
        fail(Kind::Protocol, Tr::tr("libssh could not create a session"));
        return;
    }
    const QByteArray host = params.host.toUtf8();
    const QByteArray user = params.user.toUtf8();
    const QByteArray knownHosts = QFile::encodeName(params.knownHostsFile);
    const unsigned int port = unsigned(params.port);
    const long timeoutSec = qMax(1, params.connectTimeoutMs / 1000);
    const int no = 0;
    const int yes = 1;
    ssh_options_set(session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(session, SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(session, SSH_OPTIONS_USER, user.constData());
    // Only our own settings: no ~/.ssh/config, no system known_hosts, no default identities.
    ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &no);
    ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &timeoutSec);
    ssh_options_set(session, SSH_OPTIONS_NODELAY, &yes);
    ssh_options_set(session, SSH_OPTIONS_COMPRESSION, params.compression ? "yes" : "no");
    if (!params.proxyJump.isEmpty()) {
        // libssh 0.10 has no native jump: the OpenSSH client carries the connection (-W).
        QString error;
        const QByteArray command = proxyCommandWithInstalledSsh(
            params.proxyJump, params.host, params.knownHostsFile,
            params.auth == AuthMethod::KeyFile ? params.keyFile : QString(), int(timeoutSec), &error);
        if (command.isEmpty()) {
            fail(Kind::Unreachable, error);
            return;
        }
        ssh_options_set(session, SSH_OPTIONS_PROXYCOMMAND, command.constData());
    }
    // Host key algorithms are left unset on purpose: libssh then puts the types that
    // known_hosts already holds for this host first, so a known ed25519 host is not reported as
    // "other type" because the server happened to offer ecdsa first.
    ssh_set_blocking(session, 0);
    ssh_set_counters(session, &txCounter, &rxCounter);
    phase = Phase::Connecting;
    connectClock.start();
    stepConnect();
    armWakeups();
}

void SshTransport::Private::tuneSocket()
{
    const socket_t fd = ssh_get_fd(session);
    if (fd == SSH_INVALID_SOCKET || notifier != nullptr)
        return;
    notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, q);
    QObject::connect(notifier, &QSocketNotifier::activated, q, [this] { pump(); });
    writeNotifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Write, q);
    writeNotifier->setEnabled(false);
    QObject::connect(writeNotifier, &QSocketNotifier::activated, q, [this] { pump(); });
    if (params.keepaliveSeconds > 0) {
        // TCP-level backstop for links that die silently (the keepalive check above it is the
        // primary detector). Generous, so a busy peer that is slow to ACK is not cut off.
        const int on = 1;
        const int idle = params.keepaliveSeconds;
        const int count = 3;
        const unsigned int userTimeout = unsigned(qMax(30, 4 * params.keepaliveSeconds)) * 1000u;
        setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
        setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
        setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &idle, sizeof idle);
        setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
        setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeout, sizeof userTimeout);
    }
}

void SshTransport::Private::pump()
{
    if (pumping || session == nullptr)
        return;
    pumping = true;
    repumpWanted = false;
    switch (phase) {
    case Phase::Connecting:
        stepConnect();
        break;
    case Phase::AuthNone:
    case Phase::AuthAgent:
    case Phase::AuthKey:
    case Phase::AuthPassword:
    case Phase::AuthKbdInt:
        stepAuth();
        break;
    case Phase::Open:
        stepOpen();
        break;
    default:
        break;
    }
    pumping = false;
    armWakeups();
}

void SshTransport::Private::stepOpen()
{
    drainSocket();
    // A command's read can pull in packets for a command already stepped in this pass (its
    // channel confirmation or exec reply); another pass lets that one proceed now.
    for (int pass = 0; pass < 3 && phase == Phase::Open; ++pass) {
        const quint64 before = rxCounter.in_bytes;
        stepCommands();
        if (rxCounter.in_bytes == before)
            break;
    }
    if (phase == Phase::Open)
        noteReceived();
}

// Hands everything the socket holds to libssh (channel data into channel buffers, exit
// statuses, EOF/close, keepalive replies, window adjustments) and flushes pending output.
// This is what keeps the level-triggered read notifier quiet: SshCommand::pump() reads only
// channel buffers once a channel saw EOF, so bytes that arrive after it (exit-status, close)
// must be consumed here or the notifier fires without end. Bounded by the channel windows and
// by maxDrainRounds; whatever stays in the socket wakes the notifier again.
void SshTransport::Private::drainSocket()
{
    if (event == nullptr)
        return;
    for (int round = 0; round < maxDrainRounds; ++round) {
        if (ssh_event_dopoll(event, 0) != SSH_OK)
            break;
    }
}

void SshTransport::Private::noteReceived()
{
    if (rxCounter.in_bytes == seenInBytes)
        return;
    seenInBytes = rxCounter.in_bytes;
    lastReceived.restart();
    probeOutstanding = false;
}

// Enables exactly the wake-ups that can lead to progress; see the member comments.
void SshTransport::Private::armWakeups()
{
    if (session == nullptr)
        return; // torn down: teardown() stopped everything
    const bool handshaking = isHandshaking();
    const bool reading = handshaking || phase == Phase::Open;
    if (notifier)
        notifier->setEnabled(reading);
    if (writeNotifier)
        writeNotifier->setEnabled(reading && (ssh_get_poll_flags(session) & SSH_WRITE_PENDING));
    if (handshaking) {
        if (!pollTimer->isActive())
            pollTimer->start(10);
    } else {
        pollTimer->stop();
    }
    int tickMs = 1000;
    if (handshaking || !running.empty())
        tickMs = 200;
    else if (params.keepaliveSeconds > 0)
        tickMs = qBound(100, params.keepaliveSeconds * 250, 1000);
    if (phase == Phase::Closed)
        tickTimer->stop();
    else if (!tickTimer->isActive() || tickTimer->interval() != tickMs)
        tickTimer->start(tickMs);
    if (phase == Phase::Open && repumpWanted && !repumpTimer->isActive())
        repumpTimer->start();
}

void SshTransport::Private::tick()
{
    if (isHandshaking()) {
        if (connectClock.elapsed() > params.connectTimeoutMs) {
            fail(Kind::Timeout, Tr::tr("%1 did not answer within %2 s.")
                                        .arg(where()).arg(params.connectTimeoutMs / 1000.0));
        }
        return;
    }
    if (phase != Phase::Open)
        return;
    // Read first: after a late timer (a loaded machine), replies already here must count, and
    // a command that just finished must not be reported as timed out.
    pump();
    expireCommands();
    checkLink();
}

void SshTransport::Private::expireCommands()
{
    if (phase != Phase::Open)
        return;
    QList<quint64> expired;
    for (const auto &[id, command] : running) {
        const int limit = command->command().timeoutMs;
        if (limit > 0 && command->elapsedMs() > limit)
            expired << id;
    }
    for (quint64 id : expired) {
        auto it = running.find(id);
        if (it == running.end())
            continue;
        CommandResult r = it->second->result();
        r.timedOut = true;
        r.error = Tr::tr("timed out after %1 s").arg(it->second->command().timeoutMs / 1000.0);
        finishCommand(id, r);
    }
}

// See maxMissedReplies. Only probes after real silence, like OpenSSH's ServerAliveInterval:
// a busy stream needs no keepalives.
void SshTransport::Private::checkLink()
{
    if (phase != Phase::Open || params.keepaliveSeconds <= 0)
        return;
    if (lastReceived.elapsed() < qint64(params.keepaliveSeconds) * 1000)
        return;
    if (!probeOutstanding) {
        sendProbe();
        return;
    }
    if (probeClock.elapsed() >= replyDeadlineMs()) {
        qCInfo(lcSsh) << where() << "silent for" << lastReceived.elapsed() << "ms; keepalive unanswered for"
                      << probeClock.elapsed() << "ms";
        lost();
    }
}

void SshTransport::Private::sendProbe()
{
    // libssh tracks one keepalive@openssh.com request at a time: a call made while the answer
    // to the previous one is still recorded only collects that answer. The second call then
    // sends; when a request is still unanswered, neither sends (one in flight is enough).
    ssh_send_keepalive(session);
    ssh_send_keepalive(session);
    probeOutstanding = true;
    probeClock.start();
    if (!ssh_is_connected(session))
        lost();
    else
        armWakeups(); // the request may sit in libssh's output buffer
}

void SshTransport::Private::startQueued()
{
    while (!queued.isEmpty() && int(running.size()) < SshTransport::maxParallelChannels) {
        const auto next = queued.takeFirst();
        running.emplace(next.first, std::make_unique<SshCommand>(next.first, next.second));
    }
    if (pumping)
        repumpWanted = true; // called from inside pump() (login just finished)
    else
        pump();
}

// Advances every running command once. Callers drain the socket first (stepOpen).
void SshTransport::Private::stepCommands()
{
    if (phase != Phase::Open)
        return;
    QList<quint64> ids;
    for (const auto &entry : running)
        ids << entry.first;
    for (quint64 id : ids) {
        auto it = running.find(id);
        if (it == running.end())
            continue;
        SshCommand *command = it->second.get();
        const auto step = command->pump(session, [this, id](const QByteArray &chunk) {
            Q_EMIT q->output(id, chunk);
        });
        if (command->hasBufferedOutput())
            repumpWanted = true;
        switch (step) {
        case SshCommand::Step::Running:
            break;
        case SshCommand::Step::Done:
        case SshCommand::Step::Failed:
            finishCommand(id, command->result());
            break;
        case SshCommand::Step::OutputCapped: {
            CommandResult r = command->result();
            r.error = Tr::tr("output exceeded %1 MB")
                              .arg(double(command->command().maxOutputBytes) / (1024 * 1024), 0, 'g', 4);
            finishCommand(id, r);
            break;
        }
        case SshCommand::Step::SessionLost:
            lost();
            return;
        }
        if (phase != Phase::Open)
            return;
    }
    if (!ssh_is_connected(session) || (ssh_get_status(session) & (SSH_CLOSED | SSH_CLOSED_ERROR)))
        lost();
}

void SshTransport::Private::finishCommand(quint64 id, CommandResult result)
{
    auto it = running.find(id);
    if (it == running.end())
        return;
    std::unique_ptr<SshCommand> command = std::move(it->second);
    running.erase(it);
    result.elapsedMs = command->elapsedMs();
    command.reset(); // closes the channel
    Q_EMIT q->finished(id, result);
    if (phase == Phase::Open && !queued.isEmpty())
        QTimer::singleShot(0, q, [this] { startQueued(); });
}

void SshTransport::Private::lost()
{
    fail(Kind::ConnectionLost, Tr::tr("connection to %1 lost").arg(where()));
}

void SshTransport::Private::fail(Kind kind, const QString &message)
{
    fail(TransportError{kind, message, {}, {}});
}

void SshTransport::Private::fail(const TransportError &error)
{
    const Kind kind = error.kind;
    const QString &message = error.message;
    if (phase == Phase::Closed)
        return;
    qCWarning(lcSsh) << "transport failed:" << message;
    const QString commandError = kind == Kind::ConnectionLost ? message : Tr::tr("not connected: %1").arg(message);
    phase = Phase::Closed;
    std::map<quint64, std::unique_ptr<SshCommand>> stopped;
    stopped.swap(running);
    for (auto &[id, command] : stopped) {
        CommandResult r = command->result();
        r.error = commandError;
        r.elapsedMs = command->elapsedMs();
        command.reset();
        Q_EMIT q->finished(id, r);
    }
    const auto waiting = std::exchange(queued, {});
    for (const auto &entry : waiting) {
        CommandResult r;
        r.error = commandError;
        Q_EMIT q->finished(entry.first, r);
    }
    teardown();
    Q_EMIT q->failed(error);
    Q_EMIT q->closed();
}

void SshTransport::Private::teardown()
{
    running.clear(); // channels before the session
    if (pollTimer)
        pollTimer->stop();
    if (tickTimer)
        tickTimer->stop();
    if (repumpTimer)
        repumpTimer->stop();
    delete notifier;
    notifier = nullptr;
    delete writeNotifier;
    writeNotifier = nullptr;
    if (privateKey) {
        ssh_key_free(privateKey);
        privateKey = nullptr;
    }
    if (event) {
        ssh_event_remove_session(event, session);
        ssh_event_free(event);
        event = nullptr;
    }
    if (session) {
        if (ssh_is_connected(session))
            ssh_disconnect(session);
        ssh_free(session);
        session = nullptr;
    }
}

SshTransport::SshTransport(const ConnectionParams &params, QObject *parent)
    : Transport(parent)
    , d(std::make_unique<Private>(this, params))
{
    d->pollTimer = new QTimer(this);
    d->tickTimer = new QTimer(this);
    d->repumpTimer = new QTimer(this);
    d->repumpTimer->setSingleShot(true);
    d->repumpTimer->setInterval(0);
    connect(d->pollTimer, &QTimer::timeout, this, [this] { d->pump(); });
    connect(d->tickTimer, &QTimer::timeout, this, [this] { d->tick(); });
    connect(d->repumpTimer, &QTimer::timeout, this, [this] { d->pump(); });
}

SshTransport::~SshTransport()
{
    d->teardown();
}

void SshTransport::open()
{
    if (d->phase != Private::Phase::Idle)
        return;
    d->start();
}

void SshTransport::approveHostKey(bool accept)
{
    if (d->phase != Private::Phase::AwaitHostKey)
        return;
    if (accept)
        d->acceptHostKey();
    else
        d->fail(TransportError{TransportError::Kind::HostKeyRejected,
                               Tr::tr("The host key of %1 was not accepted; not connected.").arg(d->where()),
                               d->offeredHostKey,
                               SshKnownHosts::knownFingerprints(d->params.knownHostsFile, d->params.host,
                                                                d->params.port)});
    d->armWakeups(); // the socket is read again from here on
}

void SshTransport::provideSecret(Transport::SecretKind kind, const QString &secret, bool cancel)
{
    if (d->phase != Private::Phase::AwaitSecret)
        return;
    if (cancel) {
        d->fail(TransportError::Kind::AuthFailed, Tr::tr("Login to %1 canceled.").arg(d->userAtHost()));
        return;
    }
    d->connectClock.restart(); // the time the user took to answer does not count
    if (kind == SecretKind::Password) {
        d->password = secret;
        d->phase = (d->authMethods & SSH_AUTH_METHOD_PASSWORD) ? Private::Phase::AuthPassword
                                                                 : Private::Phase::AuthKbdInt;
        d->pump();
        return;
    }
    d->passphrase = secret;
    if (d->loadKey()) {
        d->phase = Private::Phase::AuthKey;
        d->pump();
    }
    d->armWakeups();
}

void SshTransport::run(quint64 id, const RemoteCommand &command)
{
    if (d->phase == Private::Phase::Closed) {
        CommandResult r;
        r.error = Tr::tr("not connected to %1").arg(d->where());
        Q_EMIT finished(id, r);
        return;
    }
    d->queued.append({id, command});
    if (d->phase == Private::Phase::Open)
        d->startQueued();
}

void SshTransport::cancel(quint64 id)
{
    for (qsizetype i = 0; i < d->queued.size(); ++i) {
        if (d->queued.at(i).first == id) {
            d->queued.removeAt(i);
            CommandResult r;
            r.canceled = true;
            Q_EMIT finished(id, r);
            return;
        }
    }
    auto it = d->running.find(id);
    if (it == d->running.end())
        return;
    CommandResult r = it->second->result();
    r.canceled = true;
    d->finishCommand(id, r);
}

void SshTransport::close()
{
    if (d->phase == Private::Phase::Closed)
        return;
    const bool wasOpen = d->phase != Private::Phase::Idle;
    d->phase = Private::Phase::Closed;
    std::map<quint64, std::unique_ptr<SshCommand>> stopped;
    stopped.swap(d->running);
    for (auto &[id, command] : stopped) {
        CommandResult r = command->result();
        r.canceled = true;
        r.elapsedMs = command->elapsedMs();
        command.reset();
        Q_EMIT finished(id, r);
    }
    const auto waiting = std::exchange(d->queued, {});
    for (const auto &entry : waiting) {
        CommandResult r;
        r.canceled = true;
        Q_EMIT finished(entry.first, r);
    }
    d->teardown();
    Q_UNUSED(wasOpen)
    Q_EMIT closed();
}

} // namespace Remote
