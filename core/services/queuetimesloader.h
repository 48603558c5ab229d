#pragma once

#include "postfix/queuetimes.h"

#include <QHash>
#include <QObject>

#include <memory>

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
};

// Reads what the queue listing lacks for the time columns: the lifetimes (postconf, any user) and
// the deferred files' mtimes = next retry (one batched find as the mail owner — no per-ID
// commands). GUI thread; never blocks; a newer load() supersedes an older one.
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
