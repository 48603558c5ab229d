#pragma once

#include "cliarguments.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

// The command-line side of the fleet commands (servers, check, metrics) and of --settings /
// --server, which every command takes: the options, their parsing into CliArguments::fleet, and
// the resolution of --server into a connection. Same pattern as ActionArguments.
namespace FleetOptions {

QList<QCommandLineOption> options();
bool isFleetCommand(const QString &command); // servers, check, metrics

// servers/check/metrics: the positional arguments and their own options; returns the one-line
// usage error, empty when fine. Sets args.command.
QString parseCommand(CliArguments &args, const QCommandLineParser &parser, const QStringList &positional);
// Any other command: an option that belongs to check/metrics/servers (error text, or empty).
QString misplaced(const QCommandLineParser &parser);

// --server NAME|UUID (the profiles of --settings or the user's settings): connection, sudo mode,
// profile id and log file of the saved profile. Returns the one-line error for no single match.
QString applyServer(CliArguments &args);

} // namespace FleetOptions
