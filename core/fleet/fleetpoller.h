#pragma once

#include "credentialstore.h"
#include "pollsummary.h"
#include "serverprofile.h"

#include "remote/serversession.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>
#include <memory>

namespace Services {
struct QueueSnapshot;
}

namespace Fleet {

// Polls the queues of many servers in the background, GUI thread, never blocking.
//
// One Remote::ServerSession per server, kept open between polls (reused) and recreated after a
// failure. At most Options::maxConcurrent polls (connect + listing) run at once; the rest wait in
// a queue ordered by due time. A failed poll backs off: interval × 2^(failures−1), capped at
// maxBackoffSeconds. Every poll has a deadline (pollTimeoutMs) after which it is canceled and
// reported as PollError::Timeout.
//
// The poller never asks anyone anything: secrets come from the CredentialStore (when given) or
// nowhere (PollError::SecretMissing); an unknown host key is declined (HostKeyUnknown), a changed
// one refused (HostKeyChanged). Sudo: postqueue -j needs none; sudoMode comes from the profile
// and a stored sudo password is used when the session asks for one.
//
// A server that is open in the window (setOpen(id, true)) is not polled: the window feeds its own
// loads through ingest(), so the dashboard and history stay current without a second listing.
// Profiles with pollIntervalSeconds == 0 are only polled by pollNow().
class FleetPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetPoller)

public:
    enum class State { Idle, Waiting, Connecting, Polling, Ok, Failed, Open, Off };
    Q_ENUM(State)

    // Looks a secret up and calls done (later, on the GUI thread) with it; empty = none stored.
    // A seam for tests; the poller uses Options::credentials when this is empty.
    using SecretReader = std::function<void(const QUuid &profile, CredentialStore::Kind kind,
                                            std::function<void(const QString &secret)> done)>;

    struct Options
    {
        int maxConcurrent = 4;
        int maxBackoffSeconds = 900;
        int pollTimeoutMs = 60000;
        int minimumIntervalSeconds = 5;   // a profile's interval is clamped to at least this
        Remote::ServerSession::TransportFactory transportFactory; // empty = real SSH / local
        CredentialStore *credentials = nullptr;                 // not owned; null = no keychain
        SecretReader secretReader;                              // overrides credentials (tests)
    };

    struct ServerStatus
    {
        QUuid id;
        State state = State::Idle;
        PollSummary last;             // the latest poll (ok or failed); takenAt invalid = never
        PollSummary lastOk;           // the latest successful one (numbers of a failed server)
        int consecutiveFailures = 0;
        QDateTime nextPollAt;         // UTC; invalid when not scheduled
        int pollsDone = 0;            // successful and failed, since setProfiles
    };

    explicit FleetPoller(const Options &options, QObject *parent = nullptr);
    ~FleetPoller() override;

    // Replaces the set of servers. Sessions of removed or changed (connection-relevant fields)
    // profiles are closed; statuses of kept profiles survive.
    void setProfiles(const QList<ServerProfile> &profiles);
    QList<ServerProfile> profiles() const;

    void start();                 // schedules every profile (first polls spread over ~2 s)
    void stop();                  // cancels running polls, closes sessions, schedules nothing
    bool isRunning() const;

    void pollNow(const QUuid &id); // ahead of schedule (ignores backoff); no-op while polling it
    void pollAll();

    void setOpen(const QUuid &id, bool open);
    // A listing of an open server taken by the window: digested, stored as a successful poll.
    void ingest(const QUuid &id, const Services::QueueSnapshot &snapshot);

    ServerStatus status(const QUuid &id) const;
    QList<ServerStatus> statuses() const;
    int runningPolls() const;

Q_SIGNALS:
    void stateChanged(const QUuid &id, Fleet::FleetPoller::State state);
    // After every poll, ok or not (and after ingest()). summary.server == id.
    void polled(const Fleet::PollSummary &summary);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Fleet
