#include "trailcommand.h"

#include <QTimer>

TrailCommand::TrailCommand(Remote::ServerSession *, const CliArguments &, QObject *parent)
    : CliCommand(parent)
{
}

void TrailCommand::start()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT done(ExitUsage, tr("this command is not built yet")); });
}

void TrailCommand::cancel()
{
}
