#pragma once

#include "fleet/pollsummary.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUuid>

namespace Remote {
class ServerSession;
}
namespace Services {
class QueueLoader;
struct QueueSnapshot;
}

// check and metrics (--server/--ssh): one listing of the ready session folded into a
// Fleet::PollSummary through QueueDigest, never holding the messages. finished() exactly once,
// also when the listing fails or is canceled (summary.error set). The error mapping follows
// FleetPoller's: mail system down → MailSystemDown, canceled → Canceled, else Remote.
class QueuePoll final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePoll)

public:
    QueuePoll(Remote::ServerSession *session, const QUuid &server, QObject *parent = nullptr);
    ~QueuePoll() override;

    void start();
    void cancel();

    // The id a server reached with --ssh is stored under in the history: stable per
    // user@host:port (a name-based UUID), so repeated checks find their earlier samples.
    static QUuid idForTarget(const QString &user, const QString &host, int port);

Q_SIGNALS:
    void finished(const Fleet::PollSummary &summary);

private:
    void onFinished(const Services::QueueSnapshot &snapshot);

    Services::QueueLoader *m_loader;
    Fleet::QueueDigest m_digest;
    QUuid m_server;
    QElapsedTimer m_clock;
};
