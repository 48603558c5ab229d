#pragma once

#include "cliarguments.h"
#include "clicommand.h"

#include <QByteArray>

class CliProfiles;

// servers [list] [--json] | export FILE | import FILE | import-ssh-config [FILE]: the saved
// profiles (--settings FILE or the desktop app's settings). Needs no server and never touches a
// secret: export writes the ProfileExchange JSON, import merges it (same id replaced, same name
// kept under a new name) and reports what it did, import-ssh-config adds the concrete hosts of an
// OpenSSH client config that are not saved yet. FILE "-" is stdout/stdin.
class ServersCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServersCommand)

public:
    explicit ServersCommand(const CliArguments &args, QObject *parent = nullptr);
    ~ServersCommand() override;

    void start() override;
    void cancel() override;

private:
    void run();
    void list(const CliProfiles &profiles);
    void exportTo(const CliProfiles &profiles);
    void importFrom(const CliProfiles &profiles);
    void importSshConfig(const CliProfiles &profiles);

    CliArguments m_args;
};
