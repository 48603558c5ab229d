#include "sshtransport.h"

#include "sshcommand.h"
#include "sshknownhosts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <libssh/libssh.h>

#include <map>
#include <memory>

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

// OpenSSH private keys are "openssh-key-v1\0" + string ciphername; PEM keys say ENCRYPTED.
// Checked before import so libssh/OpenSSL never fall back to prompting on a terminal.
bool keyFileIsEncrypted(const QByteArray &pem)
{
    if (pem.contains("ENCRYPTED"))
        return true;
    const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    const qsizetype start = pem.indexOf(begin);
    if (start < 0)
        return false;
    const qsizetype end = pem.indexOf("-----END", start + begin.size());
    QByteArray b64 = pem.mid(start + begin.size(), end < 0 ? -1 : end - start - begin.size());
    b64 = b64.simplified().replace(' ', QByteArray());
    const QByteArray blob = QByteArray::fromBase64(b64);
    const QByteArray magic("openssh-key-v1\0", 15);
    if (!blob.startsWith(magic) || blob.size() < 19)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(blob.constData() + 15);
    const quint32 len = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
    return blob.mid(19, len) != "none";
}

QString methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi-with-mic");
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    return names.isEmpty() ? Tr::tr("nothing") : names.join(QStringLiteral(", "));
}

} // namespace

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
    QSocketNotifier *notifier = nullptr;
    QTimer *pollTimer = nullptr;
    QTimer *tickTimer = nullptr;
    QElapsedTimer connectClock;
    QElapsedTimer keepaliveClock;
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

    void start();
    void pump();
    void tick();
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
    void lost();
    void teardown();
    void tuneSocket();
    QString sshError() const { return QString::fromUtf8(ssh_get_error(session)); }
};

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
    // Host key algorithms are left unset on purpose: libssh then puts the types that
    // known_hosts already holds for this host first, so a known ed25519 host is not reported as
    // "other type" because the server happened to offer ecdsa first.
    ssh_set_blocking(session, 0);
    phase = Phase::Connecting;
    connectClock.start();
    pollTimer->start(10);
    tickTimer->start(200);
    stepConnect();
}

void SshTransport::Private::tuneSocket()
{
    const socket_t fd = ssh_get_fd(session);
    if (fd == SSH_INVALID_SOCKET || notifier != nullptr)
        return;
    notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, q);
    QObject::connect(notifier, &QSocketNotifier::activated, q, [this] { pump(); });
    if (params.keepaliveSeconds > 0) {
        // TCP-level backstop for links that die silently: unacknowledged data (our keepalives)
        // aborts the socket after a few intervals, which libssh then reports as closed.
        const int on = 1;
        const int idle = params.keepaliveSeconds;
        const int count = 3;
        const unsigned int userTimeout = unsigned(params.keepaliveSeconds) * 3000u;
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
        stepCommands();
        break;
    default:
        break;
    }
    pumping = false;
    // Poll fast while something is in flight; slowly when idle (the notifier wakes us anyway).
    if (pollTimer && session)
        pollTimer->setInterval(phase == Phase::Open && running.empty() ? 250 : 10);
}

void SshTransport::Private::tick()
{
    if (phase == Phase::Connecting || phase == Phase::AuthNone) {
        if (connectClock.elapsed() > params.connectTimeoutMs) {
            fail(Kind::Timeout, Tr::tr("%1 did not answer within %2 s.")
                                        .arg(where()).arg(params.connectTimeoutMs / 1000));
        }
        return;
    }
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
        CommandResult r = it->second->result();
        r.timedOut = true;
        r.error = Tr::tr("timed out after %1 s").arg(it->second->command().timeoutMs / 1000.0);
        finishCommand(id, r);
    }
    if (params.keepaliveSeconds > 0 && keepaliveClock.elapsed() > params.keepaliveSeconds * 1000) {
        keepaliveClock.restart();
        if (ssh_send_ignore(session, "") == SSH_ERROR)
            lost();
    }
}

void SshTransport::Private::stepConnect()
{
    const int rc = ssh_connect(session);
    tuneSocket();
    if (rc == SSH_AGAIN)
        return;
    if (rc == SSH_OK) {
        checkHostKey();
        return;
    }
    const QString error = sshError();
    qCInfo(lcSsh) << "connect to" << where() << "failed:" << error;
    if (error.contains(QLatin1StringView("imeout")))
        fail(Kind::Timeout, Tr::tr("%1 did not answer in time (%2).").arg(where(), error));
    else if (connectClock.elapsed() < params.connectTimeoutMs && !error.contains(QLatin1StringView("kex"), Qt::CaseInsensitive))
        fail(Kind::Unreachable, Tr::tr("Cannot reach %1: %2").arg(where(), error));
    else
        fail(Kind::Protocol, Tr::tr("SSH handshake with %1 failed: %2").arg(where(), error));
}

void SshTransport::Private::checkHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK) {
        fail(Kind::Protocol, Tr::tr("%1 sent no host key: %2").arg(where(), sshError()));
        return;
    }
    HostKeyInfo info;
    info.host = params.host;
    info.port = params.port;
    info.keyType = SshKnownHosts::keyType(key);
    info.sha256Fingerprint = SshKnownHosts::fingerprint(key);
    info.knownHostsFile = params.knownHostsFile;
    ssh_key_free(key);

    switch (ssh_session_is_known_server(session)) {
    case SSH_KNOWN_HOSTS_OK:
        info.status = HostKeyStatus::Known;
        phase = Phase::AuthNone;
        stepAuth();
        return;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        const QStringList known =
                SshKnownHosts::knownFingerprints(params.knownHostsFile, params.host, params.port);
        fail(Kind::HostKeyChanged,
             Tr::tr("WARNING: the host key of %1 has CHANGED. known_hosts (%2) has %3, but the "
                    "server now presents %4 %5. Someone may be intercepting the connection, or "
                    "the server was reinstalled. Postdesk will not connect. If the change is "
                    "expected, remove the old entry from %2 and connect again.")
                     .arg(where(), params.knownHostsFile,
                          known.isEmpty() ? Tr::tr("another key") : known.join(QStringLiteral(", ")),
                          info.keyType, info.sha256Fingerprint));
        return;
    }
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        info.status = HostKeyStatus::Unknown;
        if (params.acceptNewHostKey) {
            acceptHostKey();
            return;
        }
        phase = Phase::AwaitHostKey;
        Q_EMIT q->hostKeyNeedsApproval(info);
        return;
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    fail(Kind::Protocol, Tr::tr("Cannot check the host key of %1 against %2: %3")
                                 .arg(where(), params.knownHostsFile, sshError()));
}

void SshTransport::Private::acceptHostKey()
{
    QString error;
    if (!SshKnownHosts::ensureFile(params.knownHostsFile, &error)
        || ssh_session_update_known_hosts(session) != SSH_OK) {
        if (error.isEmpty())
            error = sshError();
        fail(Kind::Protocol, Tr::tr("Cannot save the host key to %1: %2").arg(params.knownHostsFile, error));
        return;
    }
    phase = Phase::AuthNone;
    connectClock.restart();
    stepAuth();
}

void SshTransport::Private::startAuth()
{
    const auto offersOnly = [this] {
        fail(Kind::AuthFailed, Tr::tr("%1 does not accept this login method; the server offers only: %2.")
                                       .arg(where(), methodNames(authMethods)));
    };
    switch (params.auth) {
    case AuthMethod::Agent:
        if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            fail(Kind::AuthFailed, Tr::tr("No ssh-agent is running (SSH_AUTH_SOCK is not set)."));
            return;
        }
        if (!(authMethods & SSH_AUTH_METHOD_PUBLICKEY))
            return offersOnly();
        phase = Phase::AuthAgent;
        break;
    case AuthMethod::KeyFile:
        if (!(authMethods & SSH_AUTH_METHOD_PUBLICKEY))
            return offersOnly();
        if (!loadKey())
            return;
        phase = Phase::AuthKey;
        break;
    case AuthMethod::Password:
        if (!(authMethods & (SSH_AUTH_METHOD_PASSWORD | SSH_AUTH_METHOD_INTERACTIVE)))
            return offersOnly();
        if (password.isEmpty()) {
            phase = Phase::AwaitSecret;
            Q_EMIT q->secretNeeded(Transport::SecretKind::Password,
                                   Tr::tr("Password for %1").arg(userAtHost()));
            return;
        }
        phase = (authMethods & SSH_AUTH_METHOD_PASSWORD) ? Phase::AuthPassword : Phase::AuthKbdInt;
        break;
    }
    stepAuth();
}

// False when the key is not usable yet (a passphrase was asked for, or the login failed).
bool SshTransport::Private::loadKey()
{
    QFile file(params.keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(Kind::AuthFailed, Tr::tr("Cannot read the key file %1: %2").arg(params.keyFile, file.errorString()));
        return false;
    }
    const bool encrypted = keyFileIsEncrypted(file.readAll());
    if (encrypted && passphrase.isEmpty()) {
        phase = Phase::AwaitSecret;
        Q_EMIT q->secretNeeded(Transport::SecretKind::KeyPassphrase,
                               passphraseAttempts == 0
                                       ? Tr::tr("Passphrase for the key %1").arg(params.keyFile)
                                       : Tr::tr("Wrong passphrase for the key %1. Try again:").arg(params.keyFile));
        return false;
    }
    const QByteArray path = QFile::encodeName(params.keyFile);
    const QByteArray pass = passphrase.toUtf8();
    const int rc = ssh_pki_import_privkey_file(path.constData(), encrypted ? pass.constData() : nullptr,
                                               nullptr, nullptr, &privateKey);
    if (rc == SSH_OK)
        return true;
    privateKey = nullptr;
    if (!encrypted) {
        fail(Kind::AuthFailed, Tr::tr("The key file %1 is not a private key libssh can read.").arg(params.keyFile));
        return false;
    }
    passphrase.clear();
    if (++passphraseAttempts >= 3) {
        fail(Kind::AuthFailed, Tr::tr("Wrong passphrase for the key %1 (3 attempts).").arg(params.keyFile));
        return false;
    }
    return loadKey(); // asks again
}

void SshTransport::Private::stepAuth()
{
    int rc = SSH_AUTH_ERROR;
    switch (phase) {
    case Phase::AuthNone:
        rc = ssh_userauth_none(session, nullptr);
        if (rc == SSH_AUTH_AGAIN)
            return;
        if (rc == SSH_AUTH_SUCCESS)
            return authenticated();
        if (rc == SSH_AUTH_ERROR)
            break;
        authMethods = ssh_userauth_list(session, nullptr);
        startAuth();
        return;
    case Phase::AuthAgent:
        rc = ssh_userauth_agent(session, nullptr);
        if (rc == SSH_AUTH_DENIED) {
            fail(Kind::AuthFailed, Tr::tr("Key refused: %1 accepted none of the keys in the ssh-agent.").arg(userAtHost()));
            return;
        }
        break;
    case Phase::AuthKey:
        rc = ssh_userauth_publickey(session, nullptr, privateKey);
        if (rc == SSH_AUTH_DENIED) {
            fail(Kind::AuthFailed, Tr::tr("Key refused: %1 does not accept the key %2.").arg(userAtHost(), params.keyFile));
            return;
        }
        break;
    case Phase::AuthPassword:
        rc = ssh_userauth_password(session, nullptr, password.toUtf8().constData());
        if (rc == SSH_AUTH_DENIED && (authMethods & SSH_AUTH_METHOD_INTERACTIVE) && !triedKbdInt) {
            phase = Phase::AuthKbdInt;
            return stepAuth();
        }
        if (rc == SSH_AUTH_DENIED) {
            fail(Kind::AuthFailed, Tr::tr("Wrong password for %1.").arg(userAtHost()));
            return;
        }
        break;
    case Phase::AuthKbdInt:
        triedKbdInt = true;
        rc = ssh_userauth_kbdint(session, nullptr, nullptr);
        if (rc == SSH_AUTH_INFO) {
            if (++kbdIntRounds > 5) {
                fail(Kind::AuthFailed, Tr::tr("%1 keeps asking questions Postdesk cannot answer.").arg(where()));
                return;
            }
            const QByteArray answer = password.toUtf8();
            const int prompts = ssh_userauth_kbdint_getnprompts(session);
            for (int i = 0; i < prompts; ++i)
                ssh_userauth_kbdint_setanswer(session, unsigned(i), answer.constData());
            return; // answered on the next pump
        }
        if (rc == SSH_AUTH_DENIED) {
            fail(Kind::AuthFailed, Tr::tr("Wrong password for %1.").arg(userAtHost()));
            return;
        }
        break;
    default:
        return;
    }
    if (rc == SSH_AUTH_AGAIN)
        return;
    if (rc == SSH_AUTH_SUCCESS)
        return authenticated();
    if (rc == SSH_AUTH_PARTIAL) {
        fail(Kind::AuthFailed, Tr::tr("%1 wants a second login method as well (%2); Postdesk does not support that.")
                                       .arg(where(), methodNames(ssh_userauth_list(session, nullptr))));
        return;
    }
    if (!ssh_is_connected(session)) {
        fail(Kind::ConnectionLost, Tr::tr("%1 closed the connection during login: %2").arg(where(), sshError()));
        return;
    }
    fail(Kind::AuthFailed, Tr::tr("Login to %1 failed: %2").arg(userAtHost(), sshError()));
}

void SshTransport::Private::authenticated()
{
    password.fill(u'\0');
    password.clear();
    passphrase.fill(u'\0');
    passphrase.clear();
    phase = Phase::Open;
    event = ssh_event_new();
    if (event)
        ssh_event_add_session(event, session);
    keepaliveClock.start();
    qCDebug(lcSsh) << "logged in to" << userAtHost();
    Q_EMIT q->opened();
    if (phase == Phase::Open)
        startQueued();
}

void SshTransport::Private::startQueued()
{
    while (!queued.isEmpty() && int(running.size()) < SshTransport::maxParallelChannels) {
        const auto next = queued.takeFirst();
        running.emplace(next.first, std::make_unique<SshCommand>(next.first, next.second));
    }
    stepCommands();
}

void SshTransport::Private::stepCommands()
{
    if (phase != Phase::Open)
        return;
    if (event && running.empty())
        ssh_event_dopoll(event, 0); // notices a closed socket while idle
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
    Q_EMIT q->failed(TransportError{kind, message});
    Q_EMIT q->closed();
}

void SshTransport::Private::teardown()
{
    running.clear(); // channels before the session
    if (pollTimer)
        pollTimer->stop();
    if (tickTimer)
        tickTimer->stop();
    delete notifier;
    notifier = nullptr;
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
    connect(d->pollTimer, &QTimer::timeout, this, [this] { d->pump(); });
    connect(d->tickTimer, &QTimer::timeout, this, [this] { d->tick(); });
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
        d->fail(TransportError::Kind::HostKeyRejected,
                Tr::tr("The host key of %1 was not accepted; not connected.").arg(d->where()));
}

void SshTransport::provideSecret(Transport::SecretKind kind, const QString &secret, bool cancel)
{
    if (d->phase != Private::Phase::AwaitSecret)
        return;
    if (cancel) {
        d->fail(TransportError::Kind::AuthFailed, Tr::tr("Login to %1 canceled.").arg(d->userAtHost()));
        return;
    }
    if (kind == SecretKind::Password) {
        d->password = secret;
        d->phase = (d->authMethods & SSH_AUTH_METHOD_PASSWORD) ? Private::Phase::AuthPassword
                                                                 : Private::Phase::AuthKbdInt;
        d->stepAuth();
        return;
    }
    d->passphrase = secret;
    if (d->loadKey()) {
        d->phase = Private::Phase::AuthKey;
        d->stepAuth();
    }
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
