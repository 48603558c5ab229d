#pragma once

#include "cliarguments.h"
#include "clicommand.h"

#include "services/logstatsloader.h"

#include "localjob.h"

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
    ~LogStatsCommand() override = default;

    void start() override;
    void cancel() override;

    static QByteArray toJson(const Services::LogStatsResult &result);
    static QByteArray toText(const Services::LogStatsResult &result);

private:
    void onFinished(const Services::LogStatsResult &result);

    Services::LogStatsLoader *m_loader = nullptr;
    CliArguments m_args;
    LocalJob<Services::LogStatsResult> m_job;
    bool m_finished = false;
};
