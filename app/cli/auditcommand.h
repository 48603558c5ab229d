#pragma once

#include "cliarguments.h"
#include "clicommand.h"

// audit [--json] [--export FILE --format jsonl|csv]: the local audit log (Actions::AuditLog at
// its default path, $POSTDESK_AUDIT_LOG when set). Needs no server. Text: one line per record,
// oldest first; --json: the records as JSON Lines; --export writes the file instead. Damaged
// lines are skipped and counted on stderr (exit 0: the readable records were printed).
class AuditCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditCommand)

public:
    explicit AuditCommand(const CliArguments &args, QObject *parent = nullptr);
    ~AuditCommand() override;

    void start() override;
    void cancel() override;

private:
    void run();

    CliArguments m_args;
};
