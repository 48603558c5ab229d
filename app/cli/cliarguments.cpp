#include "cliarguments.h"

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
        args.error = Tr::tr("no command given (queue, summary, show, trail, logstats, shape, diagnose, classify, hold, release, requeue, expire, delete, deliver, flush, relayhost, changes, rollback or audit)");
    } else {
        args.error = Tr::tr("unknown command \"%1\" (queue, summary, show, trail, logstats, shape, diagnose, classify, hold, release, requeue, expire, delete, deliver, flush, relayhost, changes, rollback or audit)")
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
    if (command == Command::Classify)
        return false;
    if (command == Command::Action)
        return action.needsServer();
    if ((command == Command::Trail || command == Command::LogStats) && !logFiles.isEmpty())
        return false;
    return true;
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

    if (!parser.parse(arguments)) {
        args.error = parser.errorText();
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
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (ActionArguments::isActionCommand(command)) {
        args.command = Command::Action;
        args.error = ActionArguments::parse(args.action, parser, positional);
        const bool foreign = parser.isSet(body) || parser.isSet(envelope) || args.explain
                || !args.logFiles.isEmpty() || parser.isSet(since) || parser.isSet(until)
                || parser.isSet(by) || parser.isSet(top) || !args.domains.isEmpty()
                || !args.onlyChecks.isEmpty() || !args.dnsblZones.isEmpty()
                || !args.egressAddress.isEmpty() || !args.relay.isEmpty() || args.checkTimeoutSeconds > 0;
        if (args.error.isEmpty() && foreign)
            args.error = Tr::tr("only --json and the connection options apply to %1 besides its own "
                                "options").arg(command);
    } else {
        parseCommand(args, command, positional);
        if (args.error.isEmpty())
            args.error = ActionArguments::misplaced(parser);
    }
    if (!args.error.isEmpty())
        return args;
    if (!args.needsServer()) {
        if (parser.isSet(ssh))
            args.error = Tr::tr("%1 reads local input; --ssh does not apply").arg(command);
        return args;
    }
    if (!parser.isSet(ssh)) {
        args.error = Tr::tr("--ssh USER@HOST[:PORT] is required");
        return args;
    }
    if (!parseTarget(parser.value(ssh), args.connection)) {
        args.error = Tr::tr("--ssh expects USER@HOST[:PORT], got \"%1\"").arg(parser.value(ssh));
        return args;
    }
    if (parser.isSet(sudo) && !parseSudo(parser.value(sudo), args.sudoMode)) {
        args.error = Tr::tr("--sudo expects auto, none, nopasswd or password");
        return args;
    }
    if (args.sudoMode == Remote::SudoMode::Password && !qEnvironmentVariableIsSet("POSTDESK_SUDO_PASSWORD")) {
        args.error = Tr::tr("--sudo password needs the password in POSTDESK_SUDO_PASSWORD");
        return args;
    }
    args.identityGiven = parser.isSet(identity);
    if (args.identityGiven) {
        args.connection.keyFile = parser.value(identity);
        if (!QFileInfo(args.connection.keyFile).isReadable()) {
            args.error = Tr::tr("cannot read identity file %1").arg(args.connection.keyFile);
            return args;
        }
    }
    if (parser.isSet(knownHosts))
        args.connection.knownHostsFile = parser.value(knownHosts);
    args.connection.acceptNewHostKey = parser.isSet(acceptNew);
    args.passwordAuth = parser.isSet(passwordAuth);
    if (args.passwordAuth && args.identityGiven) {
        args.error = Tr::tr("--password-auth and --identity exclude each other");
        return args;
    }
    args.json = parser.isSet(json);
    args.body = parser.isSet(body);
    args.envelope = parser.isSet(envelope);

    if (args.error.isEmpty())
        chooseAuth(args);
    return args;
}

QString CliArguments::helpText()
{
    return Tr::tr(
R"(Usage: postdesk-cli --ssh USER@HOST[:PORT] [OPTIONS] COMMAND [ARGS] [--json]
       postdesk-cli --ssh USER@HOST hold|release|requeue|expire|delete|deliver ID...|--filter EXPR [--yes]
       postdesk-cli audit [--json] [--export FILE --format jsonl|csv]
       postdesk-cli classify [--explain] [--json] < reasons-or-log-lines
       postdesk-cli trail ID --file LOG [--file LOG…] [--json]
       postdesk-cli logstats --file LOG [--file LOG…] [--since T] [--until T] [--json]

Reads the Postfix mail queue and mail log of a server over SSH, and explains why mail is stuck.

Commands:
  queue                 list every queued message. Human table; with --json one JSON object
                        per line (JSON Lines): queue_id, queue_name, arrival_time (Unix epoch),
                        message_size, sender, forced_expire, recipients [{address,
                        orig_address?, delay_reason?, bounce_reason?, class?}] — class is the
                        reason's class (see classify). Written as it streams.
  summary               messages per queue, total, total size and the oldest message's age
                        (--json: one object).
  show ID               a queued message as plain text: headers; --envelope adds the envelope
                        records, --body the body (capped at 20 MB). --json: one object with
                        queue_id, queue_path, envelope, headers, body, body_truncated.
  trail ID              every mail-log line of a message in order, following the IDs it
                        continues under (requeue orig_id=, content filter "queued as", its
                        bounce). The server greps its logs; only matching lines travel.
  logstats              delivery statistics of a time window (--since/--until: 2026-11-23T06:00,
                        a date, or 90m/24h/7d ago): sent/deferred/bounced/rejected per hour, top
                        senders, top deferred domains, reasons by class.
  shape                 qshape-style matrix: recipient domains (--by sender: sender domains) ×
                        age buckets, plus the top senders in the queue; computed from the queue
                        listing, no root needed.
  diagnose              runs checks ON the server and explains each result: smtp_reachability
                        (TCP to port 25 of the destination's MX hosts), dns (resolver, MX/A
                        answers and timing, own PTR vs myhostname), starttls (handshake,
                        chain, expiry, name, the domain's TLS policy), relay_auth (SASL login to
                        the relayhost with the stored credentials; sasl_passwd), rbl (the
                        egress IP on DNS blocklists), content_filter (Amavis listening),
                        services (postfix status/check, amavis, dovecot, Plesk) and limits
                        (lifetimes, backoff, concurrency). Without --domain the most deferred
                        recipient domains of the queue are checked. Options:
                          --domain D         destination domain (repeat or comma-separate)
                          --only CHECK,...   run only these checks
                          --dnsbl ZONE,...   blocklists to ask (default zen.spamhaus.org,
                                             bl.spamcop.net, b.barracudacentral.org)
                          --egress-ip ADDR   the server's public sending address (behind NAT)
                          --relay [H]:PORT   test this relay instead of relayhost
                          --timeout S        per-connection timeout (default 5)
                        Text blocks, or --json: one object per result per line: check, target,
                        verdict (ok/warning/failed/unknown), summary, evidence, command,
                        commands, advice. Exit 1 when a check failed.
  classify              reads reason texts or whole log lines on stdin (postqueue delay reasons,
                        mailq reason lines, "delay_reason" members, syslog/RFC 3339/docker log
                        lines) and prints one class per input line, in input order: network,
                        dns, tls, auth_relay, throttling, mailbox_full, recipient_unknown,
                        content_filter, config, policy_block, other. An empty or unrecognised
                        line prints "other", so output line N always answers input line N.
                        --explain prints "class<TAB>rule id<TAB>rule text". Streams any
                        amount of input; CRLF and invalid UTF-8 are accepted. Needs no server.
                        --json: one object per line, {class, rule, reason} (+ rule_text with
                        --explain).

Changing the server (preview first; nothing changes without --yes):
  hold|release|requeue|expire|delete|deliver ID... | --filter EXPR
                        lists the queue, selects the messages (IDs not in the queue are
                        reported), and prints the preview: count, recipient domains, senders, a
                        sample, the exact command, warnings and safer alternatives. With --yes
                        it runs: the queue is listed again right before, messages whose ID now
                        names another message (Postfix reuses IDs) or that left are dropped and
                        reported, IDs go to postsuper on stdin, and the count postsuper reports
                        is compared. hold/release/requeue/expire/delete need root (or sudo);
                        expire needs Postfix 3.5 (held mail is expired with -f). deliver runs
                        postqueue -i in batches. Requeued mail gets new queue IDs.
                        --filter terms (all must match; repeat a key for OR):
                          queue=deferred|hold|active|incoming|maildrop  sender=ADDR
                          sender-domain=D  recipient=ADDR  domain=D  class=KEY  reason~TEXT
                          age>30m|2h|3d  age<…  id=ID   (values may be "double quoted")
                        Deleting or expiring 1000+ messages or a whole queue also needs
                        --confirm HOST (the host exactly as given to --ssh).
  flush [--site SITE]   postqueue -f (all deferred mail now), or -s SITE for one destination
                        (works only for fast-flush domains: $fast_flush_domains, by default
                        $relay_domains). Warns when retrying cannot fix the main deferral class.
  relayhost show        relayhost, SASL and TLS parameters (never a secret)
  relayhost set --host H [--port P] [--tls starttls|wrapper|none] [--user U] [--test]
                        send all mail through a relay: relayhost [H]:P, SASL with the password
                        or API key from POSTDESK_RELAY_PASSWORD (written to sasl_passwd 0600 on
                        sudo's/the command's stdin only, never in argv), TLS required. --port
                        defaults to 587 (starttls), 465 (wrapper), 25 (none). --test checks the
                        login before (a refused login stops --yes) and after.
  relayhost remove [--keep-sasl]
                        back to direct delivery (relayhost empty, its sasl_passwd entry removed;
                        --keep-sasl keeps smtp_sasl_auth_enable for other transports).
                        Every change: diff → backup of main.cf and the maps on the server →
                        postconf -e → postfix check → reload → verify; any failure restores the
                        backup and reloads (exit 6).
  changes               Postdesk's configuration backups on the server, newest first
  rollback BACKUP       restore a backup (byte for byte; the current state is backed up first)
  audit [--export FILE [--format jsonl|csv]]
                        the local audit log of every action and change (no --ssh):
                        $POSTDESK_AUDIT_LOG, else ~/.local/share/Postdesk/audit.jsonl (shared with
                        the desktop app).
                        --json: JSON Lines (time, server, host, account, client, action,
                        arguments, ids, expected, reported, result, detail, backup).
  --yes                 really do it (without it: preview only, exit 0)
  --confirm TOKEN       the second confirmation a large delete/expire asks for
  --json                the preview and the result as one JSON object per line

Options of the commands:
  --json                machine-readable output
  --file PATH           trail/logstats: read this local log file (plain, .gz) instead of a
                        server's log; repeat for rotated files. No --ssh then.
  --top N               length of the top lists (default 20)

Connection:
  --ssh USER@HOST[:PORT]  the server (port 22 by default; IPv6 as USER@[ADDR]:PORT)
  --identity FILE         private key file (a passphrase comes from POSTDESK_PASSPHRASE)
  --password-auth         authenticate with the password in POSTDESK_PASSWORD
  --known-hosts FILE      OpenSSH known_hosts to check the host key against
                          (default ~/.ssh/known_hosts)
  --accept-new-host-key   trust and record a host key that is not yet known. A CHANGED host
                          key is always refused.
  --sudo MODE             auto (default: sudo -n if allowed, else with POSTDESK_SUDO_PASSWORD
                          when set), none, nopasswd, password (needs POSTDESK_SUDO_PASSWORD).
                          Reading messages (show) needs root, the mail owner or sudo.
Without --identity or --password-auth: the SSH agent if SSH_AUTH_SOCK is set, else
POSTDESK_PASSWORD if set, else ~/.ssh/id_ed25519, id_ecdsa or id_rsa.

Secrets are read only from the environment, never from the command line:
  POSTDESK_PASSWORD        SSH password
  POSTDESK_PASSPHRASE      passphrase of the key file
  POSTDESK_SUDO_PASSWORD   sudo password on the server (sent on sudo's stdin)
  POSTDESK_RELAY_PASSWORD  relayhost set: the relay's password or API key

Exit status:
  0  success
  1  diagnose: at least one check failed; relayhost set --test: applied, but the login
     check afterwards failed
  2  usage error (bad arguments, invalid queue ID); nothing was contacted
  3  connection failure: unreachable, unknown or changed host key, authentication failed
  4  remote failure: permission denied or refused for this account, Postfix missing or
     down, message no longer queued; an action that failed before changing anything
  5  action incomplete: the server reported a different count, previewed messages were
     dropped (ID reused or message gone), IDs were not in the queue, or nothing was left
  6  configuration change failed and was rolled back: the server is as before
  7  configuration change failed AND restoring the backup failed: the server needs a human
  130/143  interrupted by SIGINT/SIGTERM (the remote command is canceled)
Every failure is reported as one line on stderr. Diagnostics of the SSH layer:
QT_LOGGING_RULES="postdesk.*=true".
)");
}
