#pragma once

#include "cliarguments.h"
#include "clicommand.h"

#include "checks/checkoptions.h"
#include "diagnosis/checkresult.h"

namespace Remote {
class ServerSession;
}
namespace Services {
class QueueLoader;
struct QueueSnapshot;
}
namespace Checks {
class DiagnosticsRunner;
}

// "diagnose": runs the checks (--only, default all) on the server. Without --domain, and for the
// content filter check, the queue is listed first and the most deferred recipient domains and
// the content-filter endpoints of its deferrals become the targets. Each result is printed as
// soon as it arrives: a block of text, or with --json one object per line (JSON Lines) with
// check, target, verdict, summary, evidence, command, commands, advice. Exit 0 when nothing
// failed, 1 when at least one check failed (warnings and unknowns do not fail).
class DiagnoseCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnoseCommand)

public:
    DiagnoseCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent = nullptr);
    ~DiagnoseCommand() override;

    void start() override;
    void cancel() override;

    // Does this run need the queue listing for its targets?
    static bool needsQueue(const CliArguments &args);
    // The JSON line of one result (compact, newline-terminated).
    static QByteArray formatJson(const Diagnosis::CheckResult &result);

private:
    void onQueue(const Services::QueueSnapshot &snapshot);
    void runChecks();
    void print(const Diagnosis::CheckResult &result);

    CliArguments m_args;
    Checks::CheckOptions m_options;
    Services::QueueLoader *m_loader;
    Checks::DiagnosticsRunner *m_runner;
    bool m_anyFailed = false;
    bool m_canceled = false;
};
