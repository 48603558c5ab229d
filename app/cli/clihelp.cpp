// postdesk-cli --help: kept apart from the parser so each file stays readable.
#include "cliarguments.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

QString CliArguments::helpText()
{
    return Tr::tr(
R"(Usage: postdesk-cli --ssh USER@HOST[:PORT] [OPTIONS] COMMAND [ARGS] [--json]
       postdesk-cli --ssh USER@HOST hold|release|requeue|expire|delete|deliver ID...|--filter EXPR [--yes]
       postdesk-cli audit [--json] [--export FILE --format jsonl|csv]
       postdesk-cli classify [--explain] [--json] < reasons-or-log-lines
       postdesk-cli trail ID --file LOG [--file LOG…] [--json]
       postdesk-cli logstats --file LOG [--file LOG…] [--since T] [--until T] [--json]
       postdesk-cli --server NAME|UUID [OPTIONS] COMMAND [ARGS]      (a saved server profile)
       postdesk-cli servers [--json] | export FILE | import FILE | import-ssh-config [FILE]
       postdesk-cli check --server NAME|--ssh TARGET [--warn N --crit N …]
       postdesk-cli metrics --server NAME|--all|--ssh TARGET [--output FILE]

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

Many servers (profiles of the desktop app, or of --settings FILE):
  servers [list] [--json]
                        the saved server profiles: name, group, target (user@host:port, jump
                        host), poll interval, id. --json: the export document below.
  servers export FILE   the profiles as JSON ({"format":"postdesk-servers","version":1,
                        "servers":[…]}) to share with a team; never a password or passphrase.
                        FILE "-" is stdout.
  servers import FILE   merges such a file: the same id replaces a profile, the same name with
                        another id is added as NAME (imported); invalid entries and secret
                        members are reported and skipped. FILE "-" is stdin.
  servers import-ssh-config [FILE]
                        the concrete hosts of ~/.ssh/config (or FILE) as profiles: HostName,
                        Port, User, IdentityFile, ProxyJump (first hop), UserKnownHostsFile;
                        Host * defaults and Include are followed, Match blocks are skipped,
                        ProxyCommand is reported. Names already saved are skipped.
  check                 Nagios/Icinga plugin for one server (--server or --ssh): one line
                        "POSTDESK OK|WARNING|CRITICAL|UNKNOWN - …" with perfdata; exit 0 OK,
                        1 WARNING, 2 CRITICAL, 3 UNKNOWN (also: unreachable). Thresholds are the
                        profile's (or the defaults), overridden by:
                          --warn N --crit N            deferred messages
                          --growth-warn N --growth-crit N   queue growth within the window
                          --growth-window MIN          the growth window in minutes
                          --age-warn H --age-crit H    age of the oldest message, hours
                          --sender-warn P --sender-crit P   one sender's share, percent
                          --sender-min N               the share counts from N messages on
                          --history FILE | --no-history   where the growth history is kept
                                                       (default: the desktop app's history)
  metrics               Prometheus text exposition for --server NAME, --ssh TARGET or --all
                        saved profiles (--concurrency N polls at once, default 8).
                        --output FILE writes FILE atomically (node_exporter textfile
                        collector). Exit 0 even when some server is down (postdesk_up 0),
                        3 when none could be polled.

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
  --server NAME|UUID      a saved profile instead of --ssh: host, port, user, key, jump host,
                          sudo mode, known_hosts and log file as saved. Secrets from the
                          environment first, then from the keychain where Postdesk saved them.
  --settings FILE         profiles from this INI file instead of the desktop app's settings
  --identity FILE         private key file (a passphrase comes from POSTDESK_PASSPHRASE)
  --password-auth         authenticate with the password in POSTDESK_PASSWORD
  --known-hosts FILE      OpenSSH known_hosts to check the host key against
                          (default ~/.ssh/known_hosts)
  --accept-new-host-key   trust and record a host key that is not yet known. A CHANGED host
                          key is always refused.
  --sudo MODE             auto (default: sudo -n if allowed, else with POSTDESK_SUDO_PASSWORD
                          when set), none, nopasswd, password (needs POSTDESK_SUDO_PASSWORD).
                          Reading messages (show) needs root, the mail owner or sudo.
A profile with a jump host (ProxyJump) connects through the OpenSSH client (ssh -W), which
must be installed; the jump host's key is checked against the same known_hosts, strictly.
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
     (check: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN as Nagios expects)
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
