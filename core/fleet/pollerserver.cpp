#include "fleetpoller_p.h"

#include "services/queueloader.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPoller, "postdesk.fleet")

namespace Fleet {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Fleet)
};

CredentialStore::Kind credentialKind(Remote::Transport::SecretKind kind)
{
    return kind == Remote::Transport::SecretKind::KeyPassphrase
            ? CredentialStore::Kind::KeyPassphrase
            : CredentialStore::Kind::SshPassword;
}
} // namespace

bool sameConnection(const ServerProfile &a, const ServerProfile &b)
{
    return a.host == b.host && a.port == b.port && a.user == b.user && a.auth == b.auth
        && a.keyFile == b.keyFile && a.proxyJump == b.proxyJump
        && a.knownHostsFile == b.knownHostsFile && a.sudoMode == b.sudoMode;
}

PollSummary summaryOfSnapshot(const QUuid &server, const Services::QueueSnapshot &snapshot)
{
    const QDateTime takenAt = snapshot.takenAt.isValid() ? snapshot.takenAt
                                                         : QDateTime::currentDateTimeUtc();
    if (snapshot.ok()) {
        QueueDigest digest;
        digest.add(snapshot.messages);
        return digest.summary(server, takenAt, snapshot.elapsedMs);
    }
    PollSummary summary;
    summary.server = server;
    summary.takenAt = takenAt.toUTC();
    summary.elapsedMs = snapshot.elapsedMs;
    summary.error = snapshot.mailSystemDown ? PollError::MailSystemDown : PollError::Remote;
    summary.errorText = snapshot.error;
    return summary;
}

// --- SecretSource

SecretSource::SecretSource(const FleetPoller::SecretReader &reader, CredentialStore *store,
                           QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_store(store)
{
    if (m_store && !m_reader) {
        connect(m_store, &CredentialStore::readFinished, this,
                [this](const QUuid &profile, CredentialStore::Kind kind, const QString &secret,
                       const QString &error) {
                    if (!error.isEmpty())
                        qCInfo(lcPoller) << "keychain read failed:" << error;
                    onReadFinished(profile, kind, secret);
                });
    }
}

SecretSource::~SecretSource() = default;

void SecretSource::read(const QUuid &profile, CredentialStore::Kind kind, QObject *context,
                        Done done)
{
    QPointer<QObject> guard = context;
    if (m_reader) {
        m_reader(profile, kind, [guard, done](const QString &secret) {
            if (guard)
                done(secret);
        });
        return;
    }
    if (!m_store) {
        QMetaObject::invokeMethod(
                this, [guard, done] { if (guard) done({}); }, Qt::QueuedConnection);
        return;
    }
    const QString key = CredentialStore::keyFor(profile, kind);
    QList<Waiter> &waiters = m_waiting[key];
    waiters.append(Waiter{guard, std::move(done)});
    if (waiters.size() == 1)
        m_store->read(profile, kind);
}

void SecretSource::onReadFinished(const QUuid &profile, CredentialStore::Kind kind,
                                  const QString &secret)
{
    const QList<Waiter> waiters = m_waiting.take(CredentialStore::keyFor(profile, kind));
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(secret);
    }
}

// --- ServerPoll

ServerPoll::ServerPoll(const ServerProfile &profile, const FleetPoller::Options &options,
                       SecretSource *secrets, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_options(options)
    , m_secrets(secrets)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &ServerPoll::onDeadline);
}

ServerPoll::~ServerPoll()
{
    dropSession();
}

void ServerPoll::setProfile(const ServerProfile &profile, bool connectionChanged)
{
    m_profile = profile;
    if (connectionChanged) {
        abort();
        dropSession();
    }
}

void ServerPoll::createSession()
{
    m_session = new Remote::ServerSession(m_profile.toConnectionParams(), this,
                                          m_options.transportFactory);
    m_session->setSudoMode(m_profile.sudoMode);
    // Connected before the loader exists, so the transport error is known when it finishes.
    connect(m_session, &Remote::ServerSession::failed, this, &ServerPoll::onSessionFailed);
    connect(m_session, &Remote::ServerSession::hostKeyNeedsApproval, this,
            [this](const Remote::HostKeyInfo &info) {
                m_offeredKey = info.keyType.isEmpty()
                        ? info.sha256Fingerprint
                        : info.keyType + QLatin1Char(' ') + info.sha256Fingerprint;
                m_session->approveHostKey(false); // the poller never trusts a key by itself
            });
    connect(m_session, &Remote::ServerSession::secretNeeded, this,
            [this](Remote::Transport::SecretKind kind) { onSecretNeeded(kind); });
    connect(m_session, &Remote::ServerSession::ready, this, [this] {
        if (m_running)
            Q_EMIT stateChanged(FleetPoller::State::Polling);
    });
    m_loader = new Services::QueueLoader(m_session, m_session);
    m_loader->setKeepMessages(false);
    connect(m_loader, &Services::QueueLoader::batchReady, this,
            [this](const QList<Postfix::QueuedMessage> &batch) {
                if (m_digest)
                    m_digest->add(batch);
            });
    connect(m_loader, &Services::QueueLoader::finished, this, &ServerPoll::onListed);

    if (m_profile.sudoMode == Remote::SudoMode::Password) {
        // postqueue -j needs no sudo; the password only matters for later privileged commands,
        // so the poll does not wait for it.
        QPointer<Remote::ServerSession> session = m_session;
        m_secrets->read(m_profile.id, CredentialStore::Kind::SudoPassword, m_session,
                        [session](const QString &secret) {
                            if (session && !secret.isEmpty())
                                session->setSudoPassword(secret);
                        });
    }
}

void ServerPoll::dropSession()
{
    if (!m_session)
        return;
    Remote::ServerSession *session = std::exchange(m_session, nullptr);
    m_loader = nullptr; // a child of the session
    disconnect(session, nullptr, this, nullptr);
    const auto loaders = session->findChildren<Services::QueueLoader *>();
    for (Services::QueueLoader *loader : loaders)
        disconnect(loader, nullptr, this, nullptr);
    session->disconnectFromServer();
    session->deleteLater();
}

void ServerPoll::start()
{
    if (m_running)
        return;
    ++m_generation;
    m_running = true;
    m_timedOut = false;
    m_secretAsked = false;
    m_secretMissing = false;
    m_offeredKey.clear();
    m_transportError.reset();
    m_digest.emplace();
    m_takenAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_deadline->start(qMax(1, m_options.pollTimeoutMs));

    if (m_session && m_session->state() == Remote::ServerSession::State::Failed)
        dropSession();
    if (!m_session)
        createSession();
    const bool ready = m_session->state() == Remote::ServerSession::State::Ready;
    Q_EMIT stateChanged(ready ? FleetPoller::State::Polling : FleetPoller::State::Connecting);
    if (m_session->state() == Remote::ServerSession::State::Disconnected)
        m_session->connectToServer();
    m_loader->start();
}

void ServerPoll::abort()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_deadline->stop();
    m_digest.reset();
    if (m_loader) {
        QSignalBlocker block(m_loader);
        m_loader->cancel();
    }
    dropSession();
}

void ServerPoll::onSecretNeeded(Remote::Transport::SecretKind kind)
{
    if (!m_running || m_secretAsked) {
        // Asked again after the stored secret was tried: it is wrong, and the poller never asks
        // anyone; cancel so that the login fails (AuthFailed).
        if (m_session)
            m_session->provideSecret(kind, {}, true);
        return;
    }
    m_secretAsked = true;
    const quint64 generation = m_generation;
    m_secrets->read(m_profile.id, credentialKind(kind), this,
                    [this, generation, kind](const QString &secret) {
                        if (generation != m_generation || !m_session)
                            return;
                        m_secretMissing = secret.isEmpty();
                        m_session->provideSecret(kind, secret, secret.isEmpty());
                    });
}

void ServerPoll::onSessionFailed(const Remote::TransportError &error)
{
    if (!m_running) {
        // An idle session lost its link: start over on the next poll.
        QMetaObject::invokeMethod(this, [this] { if (!m_running) dropSession(); },
                                  Qt::QueuedConnection);
        return;
    }
    m_transportError = error;
}

void ServerPoll::onListed(const Services::QueueSnapshot &snapshot)
{
    if (!m_running)
        return;
    if (m_timedOut) {
        complete(PollError::Timeout,
                 Tr::tr("No answer within %1 s.").arg(qMax(1, m_options.pollTimeoutMs / 1000)));
        return;
    }
    if (snapshot.ok()) {
        complete(PollError::None, {});
        return;
    }
    if (snapshot.mailSystemDown) {
        complete(PollError::MailSystemDown, snapshot.error);
        return;
    }
    // A dropped link finishes the listing first and reports failed() right after (both queued
    // from the transport): look at the session's reason once that has arrived.
    const quint64 generation = m_generation;
    const QString text = snapshot.canceled ? Tr::tr("Canceled.") : snapshot.error;
    const bool canceled = snapshot.canceled;
    QMetaObject::invokeMethod(this, [this, generation, text, canceled] {
        if (generation != m_generation || !m_running)
            return;
        if (m_transportError)
            complete(errorOf(*m_transportError), m_transportError->message);
        else
            complete(canceled ? PollError::Canceled : PollError::Remote, text);
    }, Qt::QueuedConnection);
}

void ServerPoll::onDeadline()
{
    if (!m_running)
        return;
    m_timedOut = true;
    // cancel() finishes the listing at once (onListed → Timeout), also while still connecting.
    if (m_loader && m_loader->isRunning())
        m_loader->cancel();
    else
        onListed(Services::QueueSnapshot{});
}

PollError ServerPoll::errorOf(const Remote::TransportError &error) const
{
    using Kind = Remote::TransportError::Kind;
    switch (error.kind) {
    case Kind::Unreachable:
    case Kind::ConnectionLost:
        return PollError::Unreachable;
    case Kind::Timeout:
        return PollError::Timeout;
    case Kind::HostKeyChanged:
        return PollError::HostKeyChanged;
    case Kind::HostKeyRejected:
        return PollError::HostKeyUnknown;
    case Kind::AuthFailed:
        return m_secretMissing ? PollError::SecretMissing : PollError::AuthFailed;
    case Kind::Protocol:
        break;
    }
    return PollError::Remote;
}

void ServerPoll::complete(PollError error, const QString &text)
{
    m_running = false;
    ++m_generation;
    m_deadline->stop();
    PollSummary summary;
    if (error == PollError::None) {
        summary = m_digest->summary(m_profile.id, m_takenAt, m_clock.elapsed());
    } else {
        summary.server = m_profile.id;
        summary.takenAt = m_takenAt;
        summary.elapsedMs = m_clock.elapsed();
        summary.error = error;
        summary.errorText = text;
        if (error == PollError::HostKeyUnknown && !m_offeredKey.isEmpty()) {
            summary.errorText = Tr::tr("The host key of %1 was never confirmed (%2). Open the "
                                       "server once and confirm its fingerprint.")
                                        .arg(m_profile.displayName(), m_offeredKey);
        } else if (error == PollError::SecretMissing) {
            summary.errorText = Tr::tr("No password or passphrase for %1 in the keychain.")
                                        .arg(m_profile.displayName());
        }
    }
    m_digest.reset();
    // A session that failed or hung is not trusted with the next poll.
    const bool healthy = m_session && m_session->state() == Remote::ServerSession::State::Ready
            && error != PollError::Timeout;
    if (!healthy)
        dropSession();
    qCDebug(lcPoller) << "polled" << m_profile.displayName() << pollErrorKey(error)
                      << summary.total << "messages in" << summary.elapsedMs << "ms";
    Q_EMIT finished(summary);
}

} // namespace Fleet
