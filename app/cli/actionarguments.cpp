#include "actionarguments.h"

#include "actions/configchange.h"
#include "actions/messagefilter.h"
#include "postfix/queueparsers.h"
#include "remote/commandarguments.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const char *const optionNames[] = {"filter", "yes",  "confirm", "site", "host",      "port",
                                   "tls",    "user", "test",    "keep-sasl", "export", "format"};

QCommandLineOption option(const char *name, bool value)
{
    return value ? QCommandLineOption(QLatin1String(name), QString(), QStringLiteral("value"))
                 : QCommandLineOption(QLatin1String(name), QString());
}

bool isSet(const QCommandLineParser &parser, const char *name)
{
    return parser.isSet(QLatin1String(name));
}

QString value(const QCommandLineParser &parser, const char *name)
{
    return parser.value(QLatin1String(name));
}

// Every option given that is not in `allowed`: "--site" (first one only).
QString unexpected(const QCommandLineParser &parser, std::initializer_list<const char *> allowed,
                   const QString &command)
{
    for (const char *name : optionNames) {
        if (!isSet(parser, name))
            continue;
        bool ok = false;
        for (const char *a : allowed)
            ok = ok || qstrcmp(a, name) == 0;
        if (!ok)
            return Tr::tr("--%1 does not apply to %2").arg(QLatin1String(name), command);
    }
    return {};
}

QString parseQueueAction(ActionArguments &args, const QCommandLineParser &parser,
                         const QStringList &positional)
{
    const QString command = positional.first();
    if (QString error = unexpected(parser, {"filter", "yes", "confirm"}, command); !error.isEmpty())
        return error;
    args.verb = ActionArguments::Verb::QueueAction;
    queueActionFromKey(command, &args.kind);
    for (const QString &id : positional.mid(1)) {
        if (!Postfix::isValidQueueId(id))
            return Tr::tr("not a valid Postfix queue ID: \"%1\"").arg(id.left(64));
        if (!args.ids.contains(id))
            args.ids.append(id);
    }
    if (isSet(parser, "filter")) {
        args.filter = value(parser, "filter");
        const auto filter = Actions::MessageFilter::parse(args.filter);
        if (!filter.ok())
            return Tr::tr("--filter: %1").arg(filter.error);
    }
    if (args.ids.isEmpty() == args.filter.isEmpty())
        return Tr::tr("%1 takes queue IDs or --filter EXPR (one of them)").arg(command);
    return {};
}

QString parseRelayhost(ActionArguments &args, const QCommandLineParser &parser,
                       const QStringList &positional)
{
    args.verb = ActionArguments::Verb::Relayhost;
    const QString verb = positional.value(1);
    if (positional.size() != 2 || (verb != u"show" && verb != u"set" && verb != u"remove"))
        return Tr::tr("relayhost takes one of show, set or remove");
    if (verb == u"show") {
        args.relayVerb = ActionArguments::RelayVerb::Show;
        return unexpected(parser, {}, QStringLiteral("relayhost show"));
    }
    if (verb == u"remove") {
        args.relayVerb = ActionArguments::RelayVerb::Remove;
        args.keepSaslAuth = isSet(parser, "keep-sasl");
        return unexpected(parser, {"yes", "keep-sasl"}, QStringLiteral("relayhost remove"));
    }
    args.relayVerb = ActionArguments::RelayVerb::Set;
    if (QString error = unexpected(parser, {"yes", "host", "port", "tls", "user", "test"},
                                   QStringLiteral("relayhost set"));
        !error.isEmpty())
        return error;
    if (!isSet(parser, "host"))
        return Tr::tr("relayhost set needs --host HOST");
    Actions::RelayhostInput &relay = args.relay;
    relay.host = value(parser, "host").trimmed();
    if (!Remote::Domain::parse(relay.host).ok() && !Remote::IpAddress::parse(relay.host).ok())
        return Tr::tr("--host expects a host name or an IP address, got \"%1\"").arg(relay.host.left(80));
    relay.security = Actions::RelayhostInput::Security::StartTls;
    relay.port = 587;
    if (isSet(parser, "tls")) {
        const QString tls = value(parser, "tls");
        if (tls == u"starttls")
            relay.security = Actions::RelayhostInput::Security::StartTls;
        else if (tls == u"wrapper")
            relay.security = Actions::RelayhostInput::Security::Wrapper;
        else if (tls == u"none")
            relay.security = Actions::RelayhostInput::Security::None;
        else
            return Tr::tr("--tls expects starttls, wrapper or none");
        if (relay.security == Actions::RelayhostInput::Security::Wrapper)
            relay.port = 465;
        else if (relay.security == Actions::RelayhostInput::Security::None)
            relay.port = 25;
    }
    if (isSet(parser, "port")) {
        bool ok = false;
        relay.port = value(parser, "port").toInt(&ok);
        if (!ok || relay.port < 1 || relay.port > 65535)
            return Tr::tr("--port expects a number from 1 to 65535");
    }
    relay.user = value(parser, "user");
    if (relay.user.contains(u'\n') || relay.user.contains(u'\r') || relay.user.contains(QChar(0)))
        return Tr::tr("--user must be one line");
    if (!relay.user.isEmpty() && qEnvironmentVariableIsEmpty("POSTDESK_RELAY_PASSWORD"))
        return Tr::tr("relayhost set --user needs the password or API key in POSTDESK_RELAY_PASSWORD");
    args.relayTest = isSet(parser, "test");
    return {};
}

QString parseAudit(ActionArguments &args, const QCommandLineParser &parser, const QStringList &positional)
{
    args.verb = ActionArguments::Verb::Audit;
    if (positional.size() != 1)
        return Tr::tr("audit takes no arguments");
    if (QString error = unexpected(parser, {"export", "format"}, QStringLiteral("audit")); !error.isEmpty())
        return error;
    if (isSet(parser, "format") && !isSet(parser, "export"))
        return Tr::tr("--format belongs to --export");
    args.exportPath = value(parser, "export");
    if (isSet(parser, "export") && args.exportPath.isEmpty())
        return Tr::tr("--export needs a file name");
    const QString format = isSet(parser, "format") ? value(parser, "format") : QStringLiteral("jsonl");
    if (format == u"jsonl")
        args.exportFormat = Actions::AuditLog::Format::JsonLines;
    else if (format == u"csv")
        args.exportFormat = Actions::AuditLog::Format::Csv;
    else
        return Tr::tr("--format expects jsonl or csv");
    return {};
}

} // namespace

bool ActionArguments::isActionCommand(const QString &command)
{
    Actions::QueueActionKind kind;
    if (queueActionFromKey(command, &kind))
        return Actions::actsOnMessages(kind) || command == u"flush";
    return command == u"relayhost" || command == u"changes" || command == u"rollback"
            || command == u"audit";
}

QList<QCommandLineOption> ActionArguments::options()
{
    QList<QCommandLineOption> list;
    for (const char *name : optionNames) {
        const bool takesValue = qstrcmp(name, "yes") != 0 && qstrcmp(name, "test") != 0
                && qstrcmp(name, "keep-sasl") != 0;
        list.append(option(name, takesValue));
    }
    return list;
}

QString ActionArguments::misplaced(const QCommandLineParser &parser)
{
    for (const char *name : optionNames) {
        if (isSet(parser, name))
            return Tr::tr("--%1 belongs to the action commands (see --help)").arg(QLatin1String(name));
    }
    return {};
}

QString ActionArguments::parse(ActionArguments &args, const QCommandLineParser &parser,
                               const QStringList &positional)
{
    const QString command = positional.value(0);
    args.yes = isSet(parser, "yes");
    args.confirm = value(parser, "confirm");
    if (command == u"flush") {
        args.verb = Verb::Flush;
        if (positional.size() != 1)
            return Tr::tr("flush takes no arguments (use --site SITE for one destination)");
        if (QString error = unexpected(parser, {"site", "yes", "confirm"}, command); !error.isEmpty())
            return error;
        args.kind = Actions::QueueActionKind::FlushAll;
        if (isSet(parser, "site")) {
            args.kind = Actions::QueueActionKind::FlushSite;
            args.site = value(parser, "site").trimmed();
            if (!Remote::Domain::parse(args.site, Remote::Domain::Literal::Allow).ok())
                return Tr::tr("--site expects a domain or an [address] literal, got \"%1\"")
                        .arg(args.site.left(80));
        }
        return {};
    }
    if (command == u"relayhost")
        return parseRelayhost(args, parser, positional);
    if (command == u"changes") {
        args.verb = Verb::Changes;
        if (positional.size() != 1)
            return Tr::tr("changes takes no arguments");
        return unexpected(parser, {}, command);
    }
    if (command == u"rollback") {
        args.verb = Verb::Rollback;
        if (positional.size() != 2)
            return Tr::tr("rollback takes exactly one backup ID (see changes)");
        args.backupId = positional.at(1);
        if (!Actions::BackupInfo::isValidId(args.backupId))
            return Tr::tr("not a backup ID (like 20261123T121314Z): \"%1\"").arg(args.backupId.left(64));
        return unexpected(parser, {"yes"}, command);
    }
    if (command == u"audit")
        return parseAudit(args, parser, positional);
    return parseQueueAction(args, parser, positional);
}
