#include "serversession.h"

#include "commandcatalog.h"
#include "localtransport.h"
#include "serverprobe.h"
#include "sshtransport.h"
#include "workerthreads.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

Q_LOGGING_CATEGORY(lcSession, "postdesk.session")

namespace Remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

QString statusOf(const CommandResult &r, bool sent)
{
    using Failure = CommandResult::Failure;
    // Refused before sending (no privilege, unsafe input): the entry's detail says why.
    if (!sent && (r.failure == Failure::PermissionDenied || r.failure == Failure::Refused))
        return QStringLiteral("not sent");
    if (r.failure == Failure::PermissionDenied)
        return QStringLiteral("permission denied");
    if (r.canceled)
        return QStringLiteral("canceled");
    if (r.timedOut)
        return QStringLiteral("timed out");
    if (r.error.contains(QLatin1StringView(" lost")))
        return QStringLiteral("connection lost");
    if (!r.error.isEmpty())
        return QStringLiteral("failed");
    return r.exitCode == 0 ? QStringLiteral("ok") : QStringLiteral("exit %1").arg(r.exitCode);
}

// Fills CommandResult::failure from the other fields when nobody set a more specific kind.
void classify(CommandResult &r)
{
    using Failure = CommandResult::Failure;
    if (r.failure != Failure::None)
        return;
    if (r.canceled)
        r.failure = Failure::Canceled;
    else if (r.timedOut)
        r.failure = Failure::Timeout;
    else if (!r.error.isEmpty())
        r.failure = Failure::Transport;
}

} // namespace

class ServerSession::Private
{
public:
    struct Pending
    {
        RemoteCommand command; // as given by the caller
        CommandLogEntry log;
        bool sent = false;
        bool sudo = false;
    };

    ServerSession *q;
    ConnectionParams params;
    TransportFactory factory;
    State state = State::Disconnected;
    ServerCapabilities caps;
    QString lastError;
    SudoMode sudoMode = SudoMode::Auto;
    QByteArray sudoPassword;
    QPointer<Transport> transport;
    QThread *thread = nullptr;
    quint64 nextId = 1;
    quint64 probeId = 0;
    CommandLogEntry probeLog; // the probe is a remote command too: it appears in the log
    QList<quint64> waiting; // ids run() before ready, in order
    QHash<quint64, Pending> pending;

    void setState(State s)
    {
        if (state == s)
            return;
        state = s;
        Q_EMIT q->stateChanged(s);
    }
    void createTransport();
    void teardownTransport();
    void onProbeFinished(const CommandResult &r);
    void fail(const TransportError &error);
    void dispatch(quint64 id);
    void onFinished(quint64 id, CommandResult r);
    void finishLocally(quint64 id, CommandResult r); // never sent: report asynchronously
    void completeLog(Pending &p, const CommandResult &r);
    void refreshRights();
    std::optional<RemoteCommand> wrap(const RemoteCommand &c, CommandResult *refusal, bool *sudo) const;
    static QString explainSudoFailure(const QByteArray &stdErr, const QString &user, const QString &label);
};

void ServerSession::Private::createTransport()
{
    Transport *t = nullptr;
    if (factory) {
        t = factory(params);
    } else if (params.host.isEmpty()) {
        t = new LocalTransport;
    } else {
        t = new SshTransport(params);
        thread = new QThread;
        thread->setObjectName(QStringLiteral("ssh:") + params.host);
        t->moveToThread(thread);
        thread->start();
    }
    transport = t;
    if (thread == nullptr)
        t->setParent(q);
    QObject::connect(t, &Transport::hostKeyNeedsApproval, q, &ServerSession::hostKeyNeedsApproval);
    QObject::connect(t, &Transport::secretNeeded, q, &ServerSession::secretNeeded);
    QObject::connect(t, &Transport::opened, q, [this] {
        setState(State::Probing);
        probeId = nextId++;
        const RemoteCommand probe = CommandCatalog::probe();
        probeLog = CommandLogEntry{};
        probeLog.id = probeId;
        probeLog.label = probe.label;
        probeLog.shellLine = QString::fromUtf8(probe.shellLine);
        probeLog.started = QDateTime::currentDateTime();
        probeLog.status = QStringLiteral("running");
        Q_EMIT q->commandLogged(probeLog);
        QPointer<Transport> tr = transport;
        const quint64 id = probeId;
        QMetaObject::invokeMethod(tr, [tr, id, probe] { if (tr) tr->run(id, probe); }, Qt::QueuedConnection);
    });
    QObject::connect(t, &Transport::output, q, [this](quint64 id, const QByteArray &chunk) {
        if (pending.contains(id))
            Q_EMIT q->output(id, chunk);
    });
    QObject::connect(t, &Transport::finished, q, [this](quint64 id, const CommandResult &r) {
        if (id == probeId) {
            probeLog.elapsedMs = r.elapsedMs;
            probeLog.exitCode = r.exitCode;
            probeLog.status = statusOf(r, true);
            probeLog.detail = r.error;
            Q_EMIT q->commandLogged(probeLog);
            onProbeFinished(r);
        }
        else
            onFinished(id, r);
    });
    QObject::connect(t, &Transport::failed, q, [this](const TransportError &error) { fail(error); });
    QObject::connect(t, &Transport::closed, q, [this, t] {
        QMetaObject::invokeMethod(q, [this, t] { if (transport == t) teardownTransport(); }, Qt::QueuedConnection);
    });
}

void ServerSession::Private::teardownTransport()
{
    Transport *t = transport;
    transport = nullptr;
    if (t == nullptr)
        return;
    QObject::disconnect(t, nullptr, q, nullptr);
    if (thread != nullptr) {
        // Never wait here: this runs on the GUI thread, and a worker stuck inside libssh would
        // freeze the window. The thread stops on its own; only the application's exit waits.
        WorkerThreads::retire(std::exchange(thread, nullptr), t, [t] { t->close(); });
        return;
    }
    t->close();
    t->deleteLater();
}

void ServerSession::Private::refreshRights()
{
    const bool sudoPossible = caps.sudoNoPassword
            || (caps.binaries.contains(QStringLiteral("sudo")) && !sudoPassword.isEmpty()
                && sudoMode != SudoMode::None);
    caps.canRoot = caps.uid == 0 || (sudoMode != SudoMode::None && sudoPossible);
    caps.canMailOwner = caps.canRoot || (!caps.loginUser.isEmpty() && caps.loginUser == caps.mailOwner);
}

void ServerSession::Private::onProbeFinished(const CommandResult &r)
{
    probeId = 0;
    if (!r.error.isEmpty() || r.canceled || r.timedOut || !r.stdOut.contains("probe_end=1")) {
        const QString why = r.error.isEmpty() ? QString::fromUtf8(r.stdErr).trimmed() : r.error;
        // When the link died, the transport's own failed() follows this finished() in the queue
        // and carries the better reason; only fail here if nothing else did.
        QMetaObject::invokeMethod(q, [this, why] {
            if (state != State::Probing)
                return;
            fail(TransportError{TransportError::Kind::Protocol, Tr::tr("Checking the server failed: %1").arg(why)});
            QMetaObject::invokeMethod(q, [this] { teardownTransport(); }, Qt::QueuedConnection);
        }, Qt::QueuedConnection);
        return;
    }
    caps = ServerProbe::parse(r.stdOut);
    refreshRights();
    qCDebug(lcSession) << "probed" << params.host << "uid" << caps.uid << "postfix" << caps.postfixVersion
                      << "sudo -n" << caps.sudoNoPassword;
    setState(State::Ready);
    Q_EMIT q->ready();
    const auto ids = std::exchange(waiting, {});
    for (quint64 id : ids)
        dispatch(id);
}

void ServerSession::Private::fail(const TransportError &error)
{
    if (state == State::Failed)
        return;
    lastError = error.message;
    // Commands not yet handed to the transport cannot run any more either.
    const auto ids = std::exchange(waiting, {});
    for (quint64 id : ids) {
        CommandResult r;
        r.error = error.message;
        finishLocally(id, r);
    }
    setState(State::Failed);
    Q_EMIT q->failed(error);
}

// Empty optional: not sent; refusal->error and ->failure say why.
std::optional<RemoteCommand> ServerSession::Private::wrap(const RemoteCommand &c, CommandResult *refusal,
                                                          bool *sudo) const
{
    QString *error = &refusal->error;
    refusal->failure = CommandResult::Failure::PermissionDenied;
    *sudo = false;
    if (c.privilege == Privilege::User || caps.uid == 0)
        return c;
    if (c.privilege == Privilege::MailOwner && !caps.loginUser.isEmpty() && caps.loginUser == caps.mailOwner)
        return c;
    SudoMode mode = sudoMode;
    if (mode == SudoMode::Auto) {
        mode = caps.sudoNoPassword ? SudoMode::NoPassword
                                   : (sudoPassword.isEmpty() ? SudoMode::None : SudoMode::Password);
    }
    if (mode == SudoMode::None) {
        *error = c.privilege == Privilege::MailOwner
                ? Tr::tr("This account can list the queue but cannot read message contents: it is "
                         "not root and has no sudo rights.")
                : Tr::tr("This account cannot change the queue or the Postfix configuration: it is "
                         "not root and has no sudo rights.");
        return std::nullopt;
    }
    if (mode == SudoMode::Password && sudoPassword.isEmpty()) {
        *error = Tr::tr("sudo on this server needs a password: enter the sudo password for %1.")
                         .arg(params.user);
        return std::nullopt;
    }
    const CommandCatalog catalog(caps);
    const auto wrapped = catalog.sudoWrap(c, c.privilege == Privilege::MailOwner ? caps.mailOwner : QString(),
                                          mode == SudoMode::Password ? sudoPassword : QByteArray());
    if (!wrapped.ok()) {
        *error = wrapped.error;
        refusal->failure = CommandResult::Failure::Refused;
        return std::nullopt;
    }
    *sudo = true;
    return wrapped.command;
}

void ServerSession::Private::dispatch(quint64 id)
{
    auto it = pending.find(id);
    if (it == pending.end())
        return;
    CommandResult refusal;
    bool sudo = false;
    const auto sent = wrap(it->command, &refusal, &sudo);
    it->log.shellLine = QString::fromUtf8(sent ? sent->shellLine : it->command.shellLine);
    if (!sent) {
        finishLocally(id, refusal);
        return;
    }
    it->sent = true;
    it->sudo = sudo;
    it->log.started = QDateTime::currentDateTime();
    it->log.status = QStringLiteral("running");
    Q_EMIT q->commandLogged(it->log);
    QPointer<Transport> tr = transport;
    const RemoteCommand command = *sent;
    QMetaObject::invokeMethod(tr, [tr, id, command] { if (tr) tr->run(id, command); }, Qt::QueuedConnection);
}

QString ServerSession::Private::explainSudoFailure(const QByteArray &stdErr, const QString &user,
                                                   const QString &label)
{
    if (stdErr.contains("is not in the sudoers file"))
        return Tr::tr("The account %1 may not use sudo on this server (it is not in the sudoers file).").arg(user);
    if (stdErr.contains("a password is required"))
        return Tr::tr("sudo asks for a password for %1: enter the sudo password for this server.").arg(user);
    if (stdErr.contains("incorrect password attempt") || stdErr.contains("Sorry, try again"))
        return Tr::tr("sudo did not accept the password for %1.").arg(user);
    if (stdErr.contains("not allowed to execute"))
        return Tr::tr("The sudo rules on this server do not allow %1 to run this command (%2).").arg(user, label);
    if (stdErr.contains("may not run sudo"))
        return Tr::tr("The account %1 may not use sudo on this server.").arg(user);
    return {};
}

void ServerSession::Private::completeLog(Pending &p, const CommandResult &r)
{
    p.log.elapsedMs = r.elapsedMs;
    p.log.exitCode = r.exitCode;
    p.log.status = statusOf(r, p.sent);
    p.log.detail = r.error;
    p.log.sent = p.sent;
    if (!p.log.started.isValid())
        p.log.started = QDateTime::currentDateTime();
    Q_EMIT q->commandLogged(p.log);
}

void ServerSession::Private::onFinished(quint64 id, CommandResult r)
{
    auto it = pending.find(id);
    if (it == pending.end())
        return;
    Pending p = *it;
    pending.erase(it);
    if (p.sudo && r.error.isEmpty() && r.exitCode != 0) {
        const QString why = explainSudoFailure(r.stdErr, params.user, p.command.label);
        if (!why.isEmpty()) {
            r.error = why;
            r.failure = CommandResult::Failure::PermissionDenied;
        }
    }
    classify(r);
    completeLog(p, r);
    Q_EMIT q->finished(id, r);
}

void ServerSession::Private::finishLocally(quint64 id, CommandResult r)
{
    classify(r);
    QMetaObject::invokeMethod(q, [this, id, r] {
        auto it = pending.find(id);
        if (it == pending.end())
            return;
        Pending p = *it;
        pending.erase(it);
        waiting.removeAll(id);
        completeLog(p, r);
        Q_EMIT q->finished(id, r);
    }, Qt::QueuedConnection);
}

ServerSession::ServerSession(const ConnectionParams &params, QObject *parent, TransportFactory factory)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<Remote::RemoteCommand>();
    qRegisterMetaType<Remote::CommandResult>();
    qRegisterMetaType<Remote::HostKeyInfo>();
    qRegisterMetaType<Remote::TransportError>();
    qRegisterMetaType<Remote::CommandLogEntry>();
    qRegisterMetaType<Remote::ConnectionParams>();
    d->q = this;
    d->params = params;
    d->factory = std::move(factory);
}

ServerSession::~ServerSession()
{
    d->teardownTransport();
}

const ConnectionParams &ServerSession::params() const { return d->params; }
ServerSession::State ServerSession::state() const { return d->state; }
const ServerCapabilities &ServerSession::capabilities() const { return d->caps; }
QString ServerSession::lastError() const { return d->lastError; }

void ServerSession::setSudoMode(SudoMode mode)
{
    d->sudoMode = mode;
    d->refreshRights();
}

void ServerSession::setSudoPassword(const QString &password)
{
    d->sudoPassword.fill('\0');
    d->sudoPassword = password.toUtf8();
    d->refreshRights();
}

void ServerSession::connectToServer()
{
    if (d->state == State::Connecting || d->state == State::Probing || d->state == State::Ready)
        return;
    d->teardownTransport();
    d->lastError.clear();
    d->createTransport();
    d->setState(State::Connecting);
    QPointer<Transport> tr = d->transport;
    QMetaObject::invokeMethod(tr, [tr] { if (tr) tr->open(); }, Qt::QueuedConnection);
}

void ServerSession::approveHostKey(bool accept)
{
    QPointer<Transport> tr = d->transport;
    QMetaObject::invokeMethod(tr, [tr, accept] { if (tr) tr->approveHostKey(accept); }, Qt::QueuedConnection);
}

void ServerSession::provideSecret(Transport::SecretKind kind, const QString &secret, bool cancel)
{
    QPointer<Transport> tr = d->transport;
    QMetaObject::invokeMethod(tr, [tr, kind, secret, cancel] { if (tr) tr->provideSecret(kind, secret, cancel); },
                              Qt::QueuedConnection);
}

void ServerSession::disconnectFromServer()
{
    const auto ids = d->pending.keys();
    d->waiting.clear();
    d->teardownTransport();
    for (quint64 id : ids) {
        auto it = d->pending.find(id);
        if (it == d->pending.end())
            continue;
        Private::Pending p = *it;
        d->pending.erase(it);
        CommandResult r;
        r.canceled = true;
        r.failure = CommandResult::Failure::Canceled;
        d->completeLog(p, r);
        Q_EMIT finished(id, r);
    }
    d->probeId = 0;
    d->setState(State::Disconnected);
}

quint64 ServerSession::run(const RemoteCommand &command)
{
    const quint64 id = d->nextId++;
    Private::Pending p;
    p.command = command;
    p.log.id = id;
    p.log.label = command.label;
    p.log.shellLine = QString::fromUtf8(command.shellLine);
    d->pending.insert(id, p);
    if (d->state == State::Ready) {
        d->dispatch(id);
    } else if (d->state == State::Failed) {
        CommandResult r;
        r.error = d->lastError.isEmpty() ? Tr::tr("not connected") : d->lastError;
        d->finishLocally(id, r);
    } else {
        d->waiting.append(id);
    }
    return id;
}

void ServerSession::cancel(quint64 id)
{
    const auto it = d->pending.constFind(id);
    if (it == d->pending.constEnd())
        return;
    if (!it->sent) {
        d->waiting.removeAll(id);
        CommandResult r;
        r.canceled = true;
        d->finishLocally(id, r);
        return;
    }
    QPointer<Transport> tr = d->transport;
    QMetaObject::invokeMethod(tr, [tr, id] { if (tr) tr->cancel(id); }, Qt::QueuedConnection);
}

void ServerSession::cancelAll()
{
    const auto ids = d->pending.keys();
    for (quint64 id : ids)
        cancel(id);
}

} // namespace Remote
