#include "fleetoptions.h"

#include "cliprofiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// check's threshold options: name, lowest and highest value.
struct NumberOption
{
    const char *name;
    qint64 minimum;
    qint64 maximum;
};

constexpr qint64 maxCount = 1000000000;
const NumberOption checkNumbers[] = {
    {"warn", 0, maxCount},       {"crit", 0, maxCount},          {"growth-warn", 0, maxCount},
    {"growth-crit", 0, maxCount}, {"growth-window", 1, 7 * 24 * 60}, {"age-warn", 0, 24 * 365},
    {"age-crit", 0, 24 * 365},   {"sender-warn", 0, 100},        {"sender-crit", 0, 100},
    {"sender-min", 0, maxCount},
};
const char *const checkFlags[] = {"history", "no-history"};
const char *const metricsOptions[] = {"all", "concurrency", "output"};

bool isSet(const QCommandLineParser &parser, const char *name)
{
    return parser.isSet(QLatin1String(name));
}

QString value(const QCommandLineParser &parser, const char *name)
{
    return parser.value(QLatin1String(name));
}

QString firstSet(const QCommandLineParser &parser, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (isSet(parser, name))
            return QLatin1String(name);
    }
    return {};
}

QString checkOptionSet(const QCommandLineParser &parser)
{
    for (const NumberOption &o : checkNumbers) {
        if (isSet(parser, o.name))
            return QLatin1String(o.name);
    }
    return firstSet(parser, {checkFlags[0], checkFlags[1]});
}

QString metricsOptionSet(const QCommandLineParser &parser)
{
    return firstSet(parser, {metricsOptions[0], metricsOptions[1], metricsOptions[2]});
}

QString parseNumber(const QCommandLineParser &parser, const NumberOption &o, std::optional<qint64> &out)
{
    if (!isSet(parser, o.name))
        return {};
    bool ok = false;
    const qint64 n = value(parser, o.name).toLongLong(&ok);
    if (!ok || n < o.minimum || n > o.maximum)
        return Tr::tr("--%1 expects a whole number from %2 to %3").arg(QLatin1String(o.name)).arg(o.minimum).arg(o.maximum);
    out = n;
    return {};
}

QString parseCheck(FleetArguments &f, const QCommandLineParser &parser)
{
    std::optional<qint64> values[std::size(checkNumbers)];
    for (std::size_t i = 0; i < std::size(checkNumbers); ++i) {
        if (QString error = parseNumber(parser, checkNumbers[i], values[i]); !error.isEmpty())
            return error;
    }
    f.deferredWarn = values[0];
    f.deferredCrit = values[1];
    f.growthWarn = values[2];
    f.growthCrit = values[3];
    if (values[4])
        f.growthWindowMinutes = int(*values[4]);
    f.ageWarnHours = values[5];
    f.ageCritHours = values[6];
    f.senderWarnPercent = values[7];
    f.senderCritPercent = values[8];
    if (values[9])
        f.senderMinimum = int(*values[9]);
    f.historyFile = value(parser, "history");
    f.noHistory = isSet(parser, "no-history");
    if (f.noHistory && isSet(parser, "history"))
        return Tr::tr("--history and --no-history exclude each other");
    if (isSet(parser, "history") && f.historyFile.isEmpty())
        return Tr::tr("--history expects a file");
    if (const QString other = metricsOptionSet(parser); !other.isEmpty())
        return Tr::tr("--%1 belongs to metrics").arg(other);
    return {};
}

QString parseMetrics(FleetArguments &f, const QCommandLineParser &parser)
{
    f.allServers = isSet(parser, "all");
    f.file = value(parser, "output");
    if (isSet(parser, "output") && f.file.isEmpty())
        return Tr::tr("--output expects a file");
    if (isSet(parser, "concurrency")) {
        bool ok = false;
        f.concurrency = value(parser, "concurrency").toInt(&ok);
        if (!ok || f.concurrency < 1 || f.concurrency > 64)
            return Tr::tr("--concurrency expects a number from 1 to 64");
        if (!f.allServers)
            return Tr::tr("--concurrency belongs to metrics --all");
    }
    if (f.allServers && !f.serverName.isEmpty())
        return Tr::tr("--all and --server exclude each other");
    if (const QString other = checkOptionSet(parser); !other.isEmpty())
        return Tr::tr("--%1 belongs to check").arg(other);
    return {};
}

QString parseServers(FleetArguments &f, const QCommandLineParser &parser, const QStringList &positional)
{
    const QString verb = positional.value(1);
    if (verb.isEmpty() || verb == u"list") {
        f.serversVerb = FleetArguments::ServersVerb::List;
        if (positional.size() > 2)
            return Tr::tr("servers list takes no arguments");
    } else if (verb == u"export" || verb == u"import") {
        f.serversVerb = verb == u"export" ? FleetArguments::ServersVerb::Export
                                          : FleetArguments::ServersVerb::Import;
        if (positional.size() != 3)
            return Tr::tr("servers %1 takes exactly one FILE").arg(verb);
        f.file = positional.at(2);
    } else if (verb == u"import-ssh-config") {
        f.serversVerb = FleetArguments::ServersVerb::ImportSshConfig;
        if (positional.size() > 3)
            return Tr::tr("servers import-ssh-config takes at most one FILE");
        f.file = positional.value(2);
    } else {
        return Tr::tr("unknown servers command \"%1\" (list, export, import or import-ssh-config)").arg(verb.left(64));
    }
    if (!f.serverName.isEmpty())
        return Tr::tr("servers works on the saved profiles; --server does not apply");
    if (const QString other = checkOptionSet(parser); !other.isEmpty())
        return Tr::tr("--%1 belongs to check").arg(other);
    if (const QString other = metricsOptionSet(parser); !other.isEmpty())
        return Tr::tr("--%1 belongs to metrics").arg(other);
    return {};
}

} // namespace

namespace FleetOptions {

QList<QCommandLineOption> options()
{
    QList<QCommandLineOption> list{
        QCommandLineOption(QStringLiteral("settings"), QString(), QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("server"), QString(), QStringLiteral("name")),
        QCommandLineOption(QStringLiteral("all"), QString()),
        QCommandLineOption(QStringLiteral("concurrency"), QString(), QStringLiteral("n")),
        QCommandLineOption(QStringLiteral("output"), QString(), QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("history"), QString(), QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("no-history"), QString()),
    };
    for (const NumberOption &o : checkNumbers)
        list.append(QCommandLineOption(QLatin1String(o.name), QString(), QStringLiteral("n")));
    return list;
}

bool isFleetCommand(const QString &command)
{
    return command == u"servers" || command == u"check" || command == u"metrics";
}

QString parseCommand(CliArguments &args, const QCommandLineParser &parser, const QStringList &positional)
{
    const QString command = positional.value(0);
    FleetArguments &f = args.fleet;
    if (command == u"check") // set first: a usage error of a plugin is reported as UNKNOWN
        args.command = CliArguments::Command::Check;
    if (command == u"servers") {
        args.command = CliArguments::Command::Servers;
        return parseServers(f, parser, positional);
    }
    if (positional.size() != 1)
        return Tr::tr("%1 takes no arguments").arg(command);
    if (command == u"check") {
        args.command = CliArguments::Command::Check;
        return parseCheck(f, parser);
    }
    args.command = CliArguments::Command::Metrics;
    return parseMetrics(f, parser);
}

QString misplaced(const QCommandLineParser &parser)
{
    if (const QString other = checkOptionSet(parser); !other.isEmpty())
        return Tr::tr("--%1 belongs to check").arg(other);
    if (const QString other = metricsOptionSet(parser); !other.isEmpty())
        return Tr::tr("--%1 belongs to metrics").arg(other);
    return {};
}

QString applyServer(CliArguments &args)
{
    const CliProfiles profiles(args.fleet.settingsFile);
    QString error;
    const Fleet::ServerProfile profile = profiles.find(args.fleet.serverName, &error);
    if (!profile.isValid())
        return error;
    if (profile.host.isEmpty())
        return Tr::tr("the saved server \"%1\" is this computer; postdesk-cli reaches servers over SSH only")
                .arg(profile.displayName());
    args.connection = profile.toConnectionParams();
    args.sudoMode = profile.sudoMode;
    args.profileId = profile.id;
    args.serverName = profile.displayName();
    args.serverLogFile = profile.logFile;
    args.passwordAuth = profile.auth == Remote::AuthMethod::Password;
    return {};
}

} // namespace FleetOptions
