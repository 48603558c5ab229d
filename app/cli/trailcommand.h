#pragma once

#include "cliarguments.h"
#include "clicommand.h"

#include "services/trailloader.h"

#include "localjob.h"

// "trail ID": every mail-log line of a message and of the messages it links to (requeue,
// content-filter re-injection, bounce), oldest first. From the server (TrailLoader: grep on the
// server) or, with --file, from local files (no server; worker thread). Human output is one line
// per event "time  program  message"; --json one object
// {queue_id, followed_ids, files, events:[{time, program, queue_id, status, to, relay, dsn, reason, line}]}.
class TrailCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrailCommand)

public:
    TrailCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent = nullptr);
    ~TrailCommand() override = default;

    void start() override;
    void cancel() override;

    static QByteArray toText(const Services::TrailResult &result);
    static QByteArray toJson(const Services::TrailResult &result);

private:
    void onFinished(const Services::TrailResult &result);

    Services::TrailLoader *m_loader = nullptr;
    CliArguments m_args;
    LocalJob<Services::TrailResult> m_job;
    bool m_finished = false;
};
