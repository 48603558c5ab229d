#pragma once

#include "cliarguments.h"
#include "clicommand.h"

#include "postfix/queueshape.h"

namespace Remote {
class ServerSession;
}
namespace Services {
class QueueLoader;
struct QueueSnapshot;
}

// "shape": lists the queue (QueueLoader), then prints the qshape-style matrix — recipient domains
// (--by sender: sender domains) × age buckets in minutes, TOTAL first, at most --top rows with the
// rest folded into "(other)" — and the top senders. --json: one compact object
// {now, by, buckets, totals, rows, top_senders}.
class ShapeCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShapeCommand)

public:
    ShapeCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent = nullptr);
    ~ShapeCommand() override;

    void start() override;
    void cancel() override;

    // The two renderings, for tests and reuse: pure functions of their input.
    static QByteArray formatJson(const Postfix::QueueShape &shape,
                                 const QList<Postfix::SenderCount> &senders);
    static QByteArray formatTable(const Postfix::QueueShape &shape,
                                  const QList<Postfix::SenderCount> &senders);

private:
    void onFinished(const Services::QueueSnapshot &snapshot);

    CliArguments m_args;
    Services::QueueLoader *m_loader;
};
