#pragma once

#include "cliarguments.h"
#include "clicommand.h"

// Placeholder contract: replaced by the owner of this command in this session.
class ShapeCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShapeCommand)

public:
    ShapeCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent = nullptr);

    void start() override;
    void cancel() override;
};
