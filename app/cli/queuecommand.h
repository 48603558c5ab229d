#pragma once

#include "clicommand.h"
#include "stdoutwriter.h"

#include "postfix/queuedmessage.h"
#include "postfix/queuesummary.h"

namespace Remote {
class ServerSession;
}
namespace Services {
class QueueLoader;
struct QueueSnapshot;
}

// "queue" and "summary": streams the listing through QueueLoader without keeping it. queue
// writes every batch as it arrives (JSON Lines or a table); summary only counts.
class QueueCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueCommand)

public:
    enum class Mode { Table, JsonLines, Summary, SummaryJson };

    QueueCommand(Remote::ServerSession *session, Mode mode, QObject *parent = nullptr);
    ~QueueCommand() override;

    void start() override;
    void cancel() override;

private:
    void onBatch(const QList<Postfix::QueuedMessage> &batch);
    void onFinished(const Services::QueueSnapshot &snapshot);
    void writeSummary(const Services::QueueSnapshot &snapshot);

    Mode m_mode;
    Services::QueueLoader *m_loader;
    StdoutWriter m_out;
    bool m_headerWritten = false;
    // summary: Postfix::summarizeQueue per batch, merged, so the listing is never held whole
    Postfix::QueueSummary m_summary;
    QString m_oldestId;
};
