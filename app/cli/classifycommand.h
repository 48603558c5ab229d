#pragma once

#include "cliarguments.h"
#include "clicommand.h"

// Placeholder contract: replaced by the owner of this command in this session.
class ClassifyCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassifyCommand)

public:
    explicit ClassifyCommand(bool explain, QObject *parent = nullptr);

    void start() override;
    void cancel() override;
};
