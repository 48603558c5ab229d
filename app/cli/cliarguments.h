#pragma once

#include "actionarguments.h"
#include "fleetarguments.h"

#include "diagnosis/checkresult.h"
#include "remote/connectionparams.h"
#include "remote/serversession.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

// Exit codes of postdesk-cli (documented in --help).
enum CliExit : int {
    ExitOk = 0,
    ExitChecksFailed = 1, // diagnose: at least one check failed (warnings and unknowns do not count)
    ExitUsage = 2,      // bad arguments, invalid queue ID: nothing was contacted
    ExitConnection = 3, // unreachable, host key unknown/changed, authentication failed
    ExitRemote = 4,     // the remote command failed (permission, Postfix missing/down, gone)
    ExitIncomplete = 5, // an action ran only in part: count mismatch, previewed messages dropped,
                        // IDs not in the queue, or nothing left to act on
    ExitRolledBack = 6, // a configuration change failed and was rolled back (server as before)
    ExitRollbackFailed = 7, // a change failed AND restoring the backup failed: needs a human
};

// The parsed command line. Secrets never come from here: they are read from the environment
// (POSTDESK_PASSWORD, POSTDESK_PASSPHRASE, POSTDESK_SUDO_PASSWORD) by CliSession.
struct CliArguments
{
    enum class Command { Queue, Summary, Show, Classify, Trail, LogStats, Shape, Diagnose,
                         Action /* see action.verb */, Servers /* see fleet.serversVerb */,
                         Check, Metrics };

    Remote::ConnectionParams connection;
    // --server: the saved profile the connection came from (null with --ssh). CliSession reads
    // missing secrets from the keychain under this id; serverLogFile is the profile's log file
    // override (trail/logstats read it instead of detecting).
    QUuid profileId;
    QString serverName;          // the profile's display name, for messages
    QString serverLogFile;
    bool passwordAuth = false;
    bool identityGiven = false;
    Remote::SudoMode sudoMode = Remote::SudoMode::Auto;
    Command command = Command::Queue;
    QString queueId;     // show
    bool json = false;
    bool body = false;
    bool envelope = false;
    bool explain = false;        // classify: print the rule that matched
    QStringList logFiles;        // trail/logstats --file: read local log files, no server
    QDateTime since;             // logstats window (invalid = open)
    QDateTime until;
    bool shapeBySender = false;  // shape --by sender
    int top = 20;                // logstats/shape: rows in the top lists
    // diagnose
    QStringList domains;                     // --domain (repeatable, or comma-separated)
    QList<Diagnosis::CheckId> onlyChecks;    // --only CHECK,… (empty = all)
    QStringList dnsblZones;                  // --dnsbl ZONE,… (empty = the defaults)
    QString egressAddress;                   // --egress-ip
    QString relay;                           // --relay [HOST]:PORT
    int checkTimeoutSeconds = 0;             // --timeout S (0 = default)
    // hold|release|requeue|expire|delete|deliver, flush, relayhost, changes, rollback, audit
    ActionArguments action;
    // servers, check, metrics, and --settings/--server for every command
    FleetArguments fleet;

    // classify, servers, metrics --all, and trail/logstats with --file, need no server.
    bool needsServer() const;

    bool helpRequested = false;
    QString error;       // usage problem in one line; empty when the arguments are fine

    static CliArguments parse(const QStringList &arguments);
    static QString helpText();
};
