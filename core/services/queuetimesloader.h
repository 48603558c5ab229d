#pragma once

#include "postfix/queuetimes.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace Remote {
class ServerSession;
}

namespace Services {

struct QueueTimes
{
    Postfix::QueueLifetimes lifetimes;  // defaults unless postconf could be read
    QHash<QString, qint64> nextRetry;   // deferred queue ID → next eligible attempt (epoch s)
    bool retryKnown = false;            // false: the file times could not be read (see below)
    bool permissionDenied = false;      // the account is neither root nor the mail owner, no sudo
    QStringList commands;
    QString error;                      // plain words; empty on success
    // Added for the time columns: what could not be read, separately (error joins both).
    QString lifetimesError;             // postconf failed or said nothing usable: defaults in use
    QString retryError;                 // the file times could not be read (permission or other)
    QList<Postfix::ParseIssue> issues;  // unreadable lines of the postconf / find output
    qint64 readAtEpoch = 0;             // local clock when both commands had answered

    // Next eligible delivery attempt of a deferred message; nullopt when unknown (not deferred,
    // gone meanwhile, or retryKnown false). May lie in the past: then the message waits for the
    // next deferred-queue scan (queue_run_delay, 5 min by default).
    std::optional<qint64> nextRetryOf(const QString &queueId) const
    {
        const auto it = nextRetry.constFind(queueId);
        return it == nextRetry.cend() ? std::nullopt : std::optional<qint64>(it.value());
    }
};

// Reads what the queue listing lacks for the time columns: the lifetimes (postconf, any user) and
// the deferred files' mtimes = next retry (one batched find as the mail owner — no per-ID
// commands). GUI thread; never blocks; a newer load() supersedes an older one.
//
// Both commands run in parallel; finished() comes exactly once per load() that is not superseded
// or canceled, always asynchronously (never from inside load()). A load() while one runs cancels
// the older commands and only the newest load's finished() is emitted; cancel() emits nothing.
// Results:
// - lifetimes are always usable: read from postconf, or the Postfix defaults (fromServer false,
//   lifetimesError says why). Expires at = Postfix::expiresAt(message, times.lifetimes).
// - nextRetry holds every deferred queue file's mtime (retryKnown true). An account that is
//   neither root nor the mail owner and has no sudo gets permissionDenied true, retryKnown false
//   and plain words in retryError — show "—" (or a hint) in Next retry, Expires still works.
// - Messages in active/incoming/maildrop/hold have no entry: they are not waiting for a retry.
//
// Usage (GUI): after each queue refresh, loader->load(); on finished(times) keep `times` in the
// model and render nextRetryOf(id) / expiresAt(message, times.lifetimes).
class QueueTimesLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueTimesLoader)

public:
    explicit QueueTimesLoader(Remote::ServerSession *session, QObject *parent = nullptr);
    ~QueueTimesLoader() override;

    void load();
    void cancel();

Q_SIGNALS:
    void finished(const Services::QueueTimes &times);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Services

Q_DECLARE_METATYPE(Services::QueueTimes)
