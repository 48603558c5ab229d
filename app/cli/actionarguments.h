#pragma once

#include "actions/auditlog.h"
#include "actions/queueaction.h"
#include "actions/relayhostplan.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// The arguments of the commands that change a server or read the audit log: the queue actions
// (hold|release|requeue|expire|delete|deliver ID… | --filter EXPR), flush, relayhost
// show|set|remove, changes, rollback BACKUP and audit. Parsed after the common options, values
// validated here so that nothing is contacted on a typo. The relay secret never comes from the
// command line: $POSTDESK_RELAY_PASSWORD (read when the command runs).
struct ActionArguments
{
    enum class Verb { None, QueueAction, Flush, Relayhost, Changes, Rollback, Audit };
    enum class RelayVerb { Show, Set, Remove };

    Verb verb = Verb::None;
    Actions::QueueActionKind kind = Actions::QueueActionKind::Hold; // QueueAction / Flush
    QStringList ids;            // validated queue IDs, in the order given, duplicates removed
    QString filter;             // --filter EXPR (validated by MessageFilter::parse)
    bool yes = false;           // --yes: really do it (else preview only)
    QString confirm;            // --confirm TOKEN (server-name confirmation)
    QString site;               // flush --site
    RelayVerb relayVerb = RelayVerb::Show;
    Actions::RelayhostInput relay; // --host/--port/--tls/--user (secret from the environment)
    bool relayTest = false;     // --test: relay login check before and after
    bool keepSaslAuth = false;  // relayhost remove --keep-sasl
    QString backupId;           // rollback
    QString exportPath;         // audit --export FILE
    Actions::AuditLog::Format exportFormat = Actions::AuditLog::Format::JsonLines;

    // True when `command` names one of these commands.
    static bool isActionCommand(const QString &command);
    // The options these commands add to the parser.
    static QList<QCommandLineOption> options();
    // Fills `args` from the parser for `positional` (command first). Returns the usage error in
    // one line, empty when fine. Options of these commands given to another command are an error.
    static QString parse(ActionArguments &args, const QCommandLineParser &parser,
                         const QStringList &positional);
    // Error for options of these commands given to any other command.
    static QString misplaced(const QCommandLineParser &parser);

    bool needsServer() const { return verb != Verb::Audit; }
};
