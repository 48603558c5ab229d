#include "cliarguments.h"
#include "fleetoptions.h"

#include "postfix/queueparsers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// USER@HOST[:PORT]; an IPv6 literal goes in brackets: USER@[::1]:2222.
bool parseTarget(const QString &text, Remote::ConnectionParams &params)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^([A-Za-z0-9._][A-Za-z0-9._-]*)@(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    params.user = m.captured(1);
    QString host = m.captured(2);
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    params.host = host;
    if (m.hasCaptured(3) && !m.captured(3).isEmpty()) {
        const int port = m.captured(3).toInt();
        if (port < 1 || port > 65535)
            return false;
        params.port = port;
    }
    return true;
}

bool parseSudo(const QString &text, Remote::SudoMode &mode)
{
    if (text == QLatin1String("auto"))
        mode = Remote::SudoMode::Auto;
    else if (text == QLatin1String("none"))
        mode = Remote::SudoMode::None;
    else if (text == QLatin1String("nopasswd"))
        mode = Remote::SudoMode::NoPassword;
    else if (text == QLatin1String("password"))
        mode = Remote::SudoMode::Password;
    else
        return false;
    return true;
}

QString defaultKeyFile()
{
    const QDir ssh(QDir::homePath() + QStringLiteral("/.ssh"));
    for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
        const QString path = ssh.filePath(QLatin1String(name));
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

// Without --identity/--password-auth: the agent when one runs, else a password from the
// environment, else the usual key files.
void chooseAuth(CliArguments &args)
{
    Remote::ConnectionParams &c = args.connection;
    if (args.identityGiven) {
        c.auth = Remote::AuthMethod::KeyFile;
    } else if (args.passwordAuth) {
        c.auth = Remote::AuthMethod::Password;
    } else if (!qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
        c.auth = Remote::AuthMethod::Agent;
    } else if (qEnvironmentVariableIsSet("POSTDESK_PASSWORD")) {
        c.auth = Remote::AuthMethod::Password;
    } else {
        c.auth = Remote::AuthMethod::KeyFile;
        c.keyFile = defaultKeyFile();
    }
}

// --since/--until: "2026-11-23T06:00[:00][Z|±hh:mm]", "2026-11-23 06:00", a date "2026-11-23",
// or relative to now: "90m", "24h", "7d". Local time when no offset is given.
bool parseTime(const QString &text, QDateTime &out)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,6})([mhd])$"));
    const QRegularExpressionMatch m = relative.match(text);
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const qint64 unit = m.captured(2) == u"m" ? 60 : m.captured(2) == u"h" ? 3600 : 86400;
        out = QDateTime::currentDateTimeUtc().addSecs(-n * unit);
        return true;
    }
    QString iso = text;
    iso.replace(u' ', u'T');
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            t = date.startOfDay();
    }
    if (!t.isValid())
        return false;
    out = t;
    return true;
}

} // namespace

static void parseCommand(CliArguments &args, const QString &command, const QStringList &positional)
{
    using Command = CliArguments::Command;
    if (command == QLatin1String("queue") || command == QLatin1String("summary")) {
        args.command = command == QLatin1String("queue") ? Command::Queue : Command::Summary;
        if (positional.size() != 1)
            args.error = Tr::tr("%1 takes no arguments").arg(command);
    } else if (command == QLatin1String("show")) {
        args.command = Command::Show;
        if (positional.size() != 2) {
            args.error = Tr::tr("show takes exactly one queue ID");
        } else {
            args.queueId = positional.at(1);
            if (!Postfix::isValidQueueId(args.queueId))
                args.error = Tr::tr("not a valid Postfix queue ID: \"%1\"").arg(args.queueId.left(64));
        }
    } else if (command == QLatin1String("trail")) {
        args.command = Command::Trail;
        if (positional.size() != 2) {
            args.error = Tr::tr("trail takes exactly one queue ID");
        } else {
            args.queueId = positional.at(1);
            if (!Postfix::isValidQueueId(args.queueId))
                args.error = Tr::tr("not a valid Postfix queue ID: \"%1\"").arg(args.queueId.left(64));
        }
    } else if (command == QLatin1String("classify") || command == QLatin1String("logstats")
               || command == QLatin1String("shape")) {
        args.command = command == QLatin1String("classify") ? Command::Classify
                : command == QLatin1String("logstats")       ? Command::LogStats
                                                              : Command::Shape;
        if (positional.size() != 1)
            args.error = Tr::tr("%1 takes no arguments").arg(command);
    } else if (command == QLatin1String("diagnose")) {
        args.command = Command::Diagnose;
        if (positional.size() != 1)
            args.error = Tr::tr("diagnose takes no arguments (use --domain D)");
    } else if (command.isEmpty()) {
        args.error = Tr::tr("no command given (queue, summary, show, trail, logstats, shape, diagnose, classify, hold, release, requeue, expire, delete, deliver, flush, relayhost, changes, rollback, audit, servers, check or metrics)");
    } else {
        args.error = Tr::tr("unknown command \"%1\" (queue, summary, show, trail, logstats, shape, diagnose, classify, hold, release, requeue, expire, delete, deliver, flush, relayhost, changes, rollback, audit, servers, check or metrics)")
                             .arg(command.left(64));
    }
    if (args.error.isEmpty() && args.command != Command::Show && (args.body || args.envelope))
        args.error = Tr::tr("--body and --envelope belong to show");
    if (args.error.isEmpty() && !args.logFiles.isEmpty() && args.command != Command::Trail
        && args.command != Command::LogStats)
        args.error = Tr::tr("--file belongs to trail and logstats");
    if (args.error.isEmpty() && args.explain && args.command != Command::Classify)
        args.error = Tr::tr("--explain belongs to classify");
    const bool diagnoseOptions = !args.domains.isEmpty() || !args.onlyChecks.isEmpty()
            || !args.dnsblZones.isEmpty() || !args.egressAddress.isEmpty() || !args.relay.isEmpty()
            || args.checkTimeoutSeconds > 0;
    if (args.error.isEmpty() && diagnoseOptions && args.command != Command::Diagnose)
        args.error = Tr::tr("--domain, --only, --dnsbl, --egress-ip, --relay and --timeout belong to diagnose");
}

// Values of a repeatable option that may also be comma-separated: "--only dns,rbl --only limits".
static QStringList listValues(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString item = part.trimmed();
            if (!item.isEmpty() && !out.contains(item))
                out.append(item);
        }
    }
    return out;
}

// The diagnose options; the checks validate each value again before anything is sent.
static QString parseDiagnoseOptions(CliArguments &args, const QCommandLineParser &parser,
                                    const QCommandLineOption &domain, const QCommandLineOption &only,
                                    const QCommandLineOption &dnsbl, const QCommandLineOption &egress,
                                    const QCommandLineOption &relay, const QCommandLineOption &timeout)
{
    static const QRegularExpression plainDomain(
            QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$"));
    args.domains = listValues(parser.values(domain));
    for (QString &d : args.domains) {
        if (!plainDomain.match(d).hasMatch())
            return Tr::tr("--domain expects a domain name like example.com, got \"%1\"").arg(d.left(80));
        d = d.toLower();
        if (d.endsWith(u'.'))
            d.chop(1);
    }
    for (const QString &key : listValues(parser.values(only))) {
        const auto id = Diagnosis::checkFromKey(key);
        if (!id)
            return Tr::tr("--only expects check names (smtp_reachability, dns, starttls, relay_auth, rbl, "
                          "content_filter, services, limits), got \"%1\"").arg(key.left(40));
        args.onlyChecks.append(*id);
    }
    args.dnsblZones = listValues(parser.values(dnsbl));
    for (const QString &zone : std::as_const(args.dnsblZones)) {
        if (!plainDomain.match(zone).hasMatch())
            return Tr::tr("--dnsbl expects zone names like zen.spamhaus.org, got \"%1\"").arg(zone.left(80));
    }
    if (parser.isSet(egress)) {
        args.egressAddress = parser.value(egress).trimmed();
        static const QRegularExpression ip(QStringLiteral("^[0-9A-Fa-f:.]{2,45}$"));
        if (!ip.match(args.egressAddress).hasMatch())
            return Tr::tr("--egress-ip expects an IPv4 or IPv6 address");
    }
    if (parser.isSet(relay)) {
        args.relay = parser.value(relay).trimmed();
        static const QRegularExpression relayForm(
                QStringLiteral("^(\\[[A-Za-z0-9.:-]+\\]|[A-Za-z0-9.-]+)(:\\d{1,5})?$"));
        if (!relayForm.match(args.relay).hasMatch())
            return Tr::tr("--relay expects [HOST]:PORT, HOST:PORT, [HOST] or HOST");
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        args.checkTimeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || args.checkTimeoutSeconds < 1 || args.checkTimeoutSeconds > 120)
            return Tr::tr("--timeout expects seconds from 1 to 120");
    }
    return QString();
}

bool CliArguments::needsServer() const
{
    if (command == Command::Classify || command == Command::Servers)
        return false;
    if (command == Command::Metrics)
        return !fleet.allServers; // --all: the metrics command polls every profile itself
    if (command == Command::Action)
        return action.needsServer();
    if ((command == Command::Trail || command == Command::LogStats) && !logFiles.isEmpty())
        return false;
    return true;
}

// --ssh or --server, and what refines the connection: sudo mode, identity, known_hosts, host key
// policy and the authentication method. Returns the usage error, empty when fine.
static QString parseConnection(CliArguments &args, const QCommandLineParser &parser)
{
    const QString ssh = parser.value(QStringLiteral("ssh"));
    if (parser.isSet(QStringLiteral("ssh")) && !args.fleet.serverName.isEmpty())
        return Tr::tr("--ssh and --server exclude each other");
    if (!args.fleet.serverName.isEmpty()) {
        if (QString error = FleetOptions::applyServer(args); !error.isEmpty())
            return error;
    } else if (!parser.isSet(QStringLiteral("ssh"))) {
        return Tr::tr("--ssh USER@HOST[:PORT] or --server NAME is required");
    } else if (!parseTarget(ssh, args.connection)) {
        return Tr::tr("--ssh expects USER@HOST[:PORT], got \"%1\"").arg(ssh);
    }
    if (parser.isSet(QStringLiteral("sudo")) && !parseSudo(parser.value(QStringLiteral("sudo")), args.sudoMode))
        return Tr::tr("--sudo expects auto, none, nopasswd or password");
    // With --server the sudo password may also come from the keychain (CliSession asks it).
    if (args.sudoMode == Remote::SudoMode::Password && args.profileId.isNull()
        && !qEnvironmentVariableIsSet("POSTDESK_SUDO_PASSWORD"))
        return Tr::tr("--sudo password needs the password in POSTDESK_SUDO_PASSWORD");
    args.identityGiven = parser.isSet(QStringLiteral("identity"));
    if (args.identityGiven) {
        args.connection.keyFile = parser.value(QStringLiteral("identity"));
        if (!QFileInfo(args.connection.keyFile).isReadable())
            return Tr::tr("cannot read identity file %1").arg(args.connection.keyFile);
    }
    if (parser.isSet(QStringLiteral("known-hosts")))
        args.connection.knownHostsFile = parser.value(QStringLiteral("known-hosts"));
    args.connection.acceptNewHostKey = parser.isSet(QStringLiteral("accept-new-host-key"));
    const bool passwordAuth = parser.isSet(QStringLiteral("password-auth"));
    if (passwordAuth && args.identityGiven)
        return Tr::tr("--password-auth and --identity exclude each other");
    // A saved profile brings its own authentication unless --identity/--password-auth override it.
    const bool profileAuth = !args.profileId.isNull() && !args.identityGiven && !passwordAuth;
    args.passwordAuth = passwordAuth || (profileAuth && args.connection.auth == Remote::AuthMethod::Password);
    if (!profileAuth)
        chooseAuth(args);
    return {};
}

CliArguments CliArguments::parse(const QStringList &arguments)
{
    CliArguments args;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption ssh(QStringLiteral("ssh"), QString(), QStringLiteral("target"));
    const QCommandLineOption identity(QStringLiteral("identity"), QString(), QStringLiteral("file"));
    const QCommandLineOption knownHosts(QStringLiteral("known-hosts"), QString(), QStringLiteral("file"));
    const QCommandLineOption acceptNew(QStringLiteral("accept-new-host-key"), QString());
    const QCommandLineOption passwordAuth(QStringLiteral("password-auth"), QString());
    const QCommandLineOption sudo(QStringLiteral("sudo"), QString(), QStringLiteral("mode"));
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption body(QStringLiteral("body"), QString());
    const QCommandLineOption envelope(QStringLiteral("envelope"), QString());
    const QCommandLineOption explain(QStringLiteral("explain"), QString());
    const QCommandLineOption file(QStringLiteral("file"), QString(), QStringLiteral("path"));
    const QCommandLineOption since(QStringLiteral("since"), QString(), QStringLiteral("time"));
    const QCommandLineOption until(QStringLiteral("until"), QString(), QStringLiteral("time"));
    const QCommandLineOption by(QStringLiteral("by"), QString(), QStringLiteral("view"));
    const QCommandLineOption top(QStringLiteral("top"), QString(), QStringLiteral("n"));
    const QCommandLineOption domain(QStringLiteral("domain"), QString(), QStringLiteral("domain"));
    const QCommandLineOption only(QStringLiteral("only"), QString(), QStringLiteral("checks"));
    const QCommandLineOption dnsbl(QStringLiteral("dnsbl"), QString(), QStringLiteral("zones"));
    const QCommandLineOption egress(QStringLiteral("egress-ip"), QString(), QStringLiteral("address"));
    const QCommandLineOption relay(QStringLiteral("relay"), QString(), QStringLiteral("relay"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("seconds"));
    parser.addOptions({help, ssh, identity, knownHosts, acceptNew, passwordAuth, sudo, json, body,
                       envelope, explain, file, since, until, by, top, domain, only, dnsbl, egress,
                       relay, timeout});
    parser.addOptions(ActionArguments::options());
    parser.addOptions(FleetOptions::options());

    if (!parser.parse(arguments)) {
        args.error = parser.errorText();
        if (parser.positionalArguments().value(0) == QLatin1String("check"))
            args.command = Command::Check; // main() reports it the Nagios way
        return args;
    }
    if (parser.isSet(help)) {
        args.helpRequested = true;
        return args;
    }
    args.explain = parser.isSet(explain);
    args.json = parser.isSet(json); // also for the local commands (trail/logstats --file)
    args.logFiles = parser.values(file);
    if (parser.isSet(since) && !parseTime(parser.value(since), args.since)) {
        args.error = Tr::tr("--since expects a time like 2026-11-23T06:00, a date, or 90m/24h/7d");
        return args;
    }
    if (parser.isSet(until) && !parseTime(parser.value(until), args.until)) {
        args.error = Tr::tr("--until expects a time like 2026-11-23T06:00, a date, or 90m/24h/7d");
        return args;
    }
    if (parser.isSet(by)) {
        if (parser.value(by) == u"sender")
            args.shapeBySender = true;
        else if (parser.value(by) != u"recipient") {
            args.error = Tr::tr("--by expects recipient or sender");
            return args;
        }
    }
    if (parser.isSet(top)) {
        bool ok = false;
        args.top = parser.value(top).toInt(&ok);
        if (!ok || args.top < 1 || args.top > 10000) {
            args.error = Tr::tr("--top expects a number from 1 to 10000");
            return args;
        }
    }
    args.error = parseDiagnoseOptions(args, parser, domain, only, dnsbl, egress, relay, timeout);
    if (!args.error.isEmpty())
        return args;
    args.fleet.settingsFile = parser.value(QStringLiteral("settings"));
    args.fleet.serverName = parser.value(QStringLiteral("server")).trimmed();
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const bool foreign = parser.isSet(body) || parser.isSet(envelope) || args.explain
            || !args.logFiles.isEmpty() || parser.isSet(since) || parser.isSet(until)
            || parser.isSet(by) || parser.isSet(top) || !args.domains.isEmpty()
            || !args.onlyChecks.isEmpty() || !args.dnsblZones.isEmpty()
            || !args.egressAddress.isEmpty() || !args.relay.isEmpty() || args.checkTimeoutSeconds > 0;
    if (ActionArguments::isActionCommand(command)) {
        args.command = Command::Action;
        args.error = ActionArguments::parse(args.action, parser, positional);
        if (args.error.isEmpty())
            args.error = FleetOptions::misplaced(parser);
        if (args.error.isEmpty() && foreign)
            args.error = Tr::tr("only --json and the connection options apply to %1 besides its own "
                                "options").arg(command);
    } else if (FleetOptions::isFleetCommand(command)) {
        args.error = FleetOptions::parseCommand(args, parser, positional);
        if (args.error.isEmpty())
            args.error = ActionArguments::misplaced(parser);
        if (args.error.isEmpty() && foreign)
            args.error = Tr::tr("only --json and the connection options apply to %1 besides its own "
                                "options").arg(command);
    } else {
        parseCommand(args, command, positional);
        if (args.error.isEmpty())
            args.error = ActionArguments::misplaced(parser);
        if (args.error.isEmpty())
            args.error = FleetOptions::misplaced(parser);
    }
    if (!args.error.isEmpty())
        return args;
    if (!args.needsServer()) {
        if (parser.isSet(ssh))
            args.error = Tr::tr("%1 reads local input; --ssh does not apply").arg(command);
        else if (!args.fleet.serverName.isEmpty())
            args.error = Tr::tr("%1 does not connect to one server; --server does not apply").arg(command);
        return args;
    }
    args.error = parseConnection(args, parser);
    if (!args.error.isEmpty())
        return args;
    args.json = parser.isSet(json);
    args.body = parser.isSet(body);
    args.envelope = parser.isSet(envelope);

    return args;
}
