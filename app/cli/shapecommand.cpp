#include "shapecommand.h"

#include <QTimer>

ShapeCommand::ShapeCommand(Remote::ServerSession *, const CliArguments &, QObject *parent)
    : CliCommand(parent)
{
}

void ShapeCommand::start()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT done(ExitUsage, tr("this command is not built yet")); });
}

void ShapeCommand::cancel()
{
}
