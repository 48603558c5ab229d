#pragma once

#include "cliarguments.h"
#include "clicommand.h"

#include "services/logstatsloader.h"

#include <atomic>
#include <thread>

// "logstats": delivery statistics of a time window, counted like pflogsumm (see
// services/logstatistics.h). From the server (LogStatsLoader: the server filters, we parse the
// stream) or, with --file, from local files (no server; parsed on two threads). --json prints one
// object; the human form is a short summary with the top lists.
class LogStatsCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogStatsCommand)

public:
    LogStatsCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent = nullptr);
    ~LogStatsCommand() override;

    void start() override;
    void cancel() override;

    static QByteArray toJson(const Services::LogStatsResult &result);
    static QByteArray toText(const Services::LogStatsResult &result);

private:
    void onFinished(const Services::LogStatsResult &result);

    Services::LogStatsLoader *m_loader = nullptr;
    CliArguments m_args;
    std::thread m_worker;
    std::atomic_bool m_cancel{false};
    bool m_finished = false;
};
