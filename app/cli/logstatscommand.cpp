#include "logstatscommand.h"

#include <QTimer>

LogStatsCommand::LogStatsCommand(Remote::ServerSession *, const CliArguments &, QObject *parent)
    : CliCommand(parent)
{
}

void LogStatsCommand::start()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT done(ExitUsage, tr("this command is not built yet")); });
}

void LogStatsCommand::cancel()
{
}
