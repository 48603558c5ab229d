#include "classifycommand.h"

#include <QTimer>

ClassifyCommand::ClassifyCommand(bool, QObject *parent)
    : CliCommand(parent)
{
}

void ClassifyCommand::start()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT done(ExitUsage, tr("this command is not built yet")); });
}

void ClassifyCommand::cancel()
{
}
