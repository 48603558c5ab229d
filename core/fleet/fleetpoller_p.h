#pragma once

// Private parts of FleetPoller: one server's connection and poll (ServerPoll) and the secret
// look-up it needs (SecretSource). Not installed; only fleetpoller.cpp and pollerserver.cpp use it.

#include "credentialstore.h"
#include "fleetpoller.h"
#include "pollsummary.h"
#include "serverprofile.h"

#include "remote/transport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTimer;

namespace Services {
class QueueLoader;
}

namespace Fleet {

// Answers secret reads from Options::secretReader, else the CredentialStore, else with nothing.
// The answer always comes later (never inside read()), on the GUI thread; `context` guards it.
class SecretSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretSource)

public:
    using Done = std::function<void(const QString &secret)>;

    SecretSource(const FleetPoller::SecretReader &reader, CredentialStore *store,
                 QObject *parent = nullptr);
    ~SecretSource() override;

    void read(const QUuid &profile, CredentialStore::Kind kind, QObject *context, Done done);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };
    void onReadFinished(const QUuid &profile, CredentialStore::Kind kind, const QString &secret);

    FleetPoller::SecretReader m_reader;
    QPointer<CredentialStore> m_store;
    QHash<QString, QList<Waiter>> m_waiting; // CredentialStore::keyFor → who waits for it
};

// One server's session and the poll running on it. The session is kept between polls and
// dropped after a failure (recreated by the next start()). Emits finished() exactly once per
// start(), unless abort() came first. GUI thread.
class ServerPoll final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPoll)

public:
    ServerPoll(const ServerProfile &profile, const FleetPoller::Options &options,
               SecretSource *secrets, QObject *parent = nullptr);
    ~ServerPoll() override;

    void setProfile(const ServerProfile &profile, bool connectionChanged);
    void start();
    void abort();       // cancels a running poll without finished(); closes the session
    void dropSession(); // closes and deletes the session (deleteLater)
    bool isRunning() const { return m_running; }
    bool hasSession() const { return m_session != nullptr; }

Q_SIGNALS:
    void stateChanged(Fleet::FleetPoller::State state);
    void finished(const Fleet::PollSummary &summary);

private:
    void createSession();
    void onSecretNeeded(Remote::Transport::SecretKind kind);
    void onSessionFailed(const Remote::TransportError &error);
    void onListed(const Services::QueueSnapshot &snapshot);
    void onDeadline();
    void complete(PollError error, const QString &text);
    PollError errorOf(const Remote::TransportError &error) const;

    ServerProfile m_profile;
    const FleetPoller::Options &m_options;
    SecretSource *m_secrets;
    Remote::ServerSession *m_session = nullptr;
    Services::QueueLoader *m_loader = nullptr;
    QTimer *m_deadline = nullptr;
    std::optional<QueueDigest> m_digest;
    QDateTime m_takenAt;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_timedOut = false;
    bool m_secretAsked = false;       // the store was asked once in this poll
    bool m_secretMissing = false;     // … and had nothing
    QString m_offeredKey;             // fingerprint of an unknown host key that was declined
    std::optional<Remote::TransportError> m_transportError; // of the current poll
    quint64 m_generation = 0;         // guards late secret answers and queued completions
};

// Whether two profiles reach the server the same way (a change needs a new session).
bool sameConnection(const ServerProfile &a, const ServerProfile &b);

// The summary of a whole listing the window took (FleetPoller::ingest()).
PollSummary summaryOfSnapshot(const QUuid &server, const Services::QueueSnapshot &snapshot);

} // namespace Fleet
