<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Charts</name>
    <message>
        <source>recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deferred or bounced recipients: nothing is stuck for a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue is empty: no recipient domains to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>age in minutes (qshape buckets)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue is empty: no ages to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deliveries per bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deliveries in this time window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hour (server time)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n hours per bar (server time)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No queue loads yet in this session. Each refresh (F5 or auto-refresh) adds a point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--ssh USER@HOST[:PORT] is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--ssh expects USER@HOST[:PORT], got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sudo expects auto, none, nopasswd or password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sudo password needs the password in POSTDESK_SUDO_PASSWORD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read identity file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--password-auth and --identity exclude each other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--body and --envelope belong to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show takes exactly one queue ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a valid Postfix queue ID: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trail takes exactly one queue ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no command given (queue, summary, show, trail, logstats, shape or classify)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1" (queue, summary, show, trail, logstats, shape or classify)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--file belongs to trail and logstats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--explain belongs to classify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--since expects a time like 2026-11-23T06:00, a date, or 90m/24h/7d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--until expects a time like 2026-11-23T06:00, a date, or 90m/24h/7d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--by expects recipient or sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--top expects a number from 1 to 10000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reads local input; --ssh does not apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: postdesk-cli --ssh USER@HOST[:PORT] [OPTIONS] COMMAND [ARGS] [--json]
       postdesk-cli classify [--explain] [--json] &lt; reasons-or-log-lines
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
  classify              reads reason texts or whole log lines on stdin (postqueue delay reasons,
                        mailq reason lines, "delay_reason" members, syslog/RFC 3339/docker log
                        lines) and prints one class per input line, in input order: network,
                        dns, tls, auth_relay, throttling, mailbox_full, recipient_unknown,
                        content_filter, config, policy_block, other. An empty or unrecognised
                        line prints "other", so output line N always answers input line N.
                        --explain prints "class&lt;TAB&gt;rule id&lt;TAB&gt;rule text". Streams any
                        amount of input; CRLF and invalid UTF-8 are accepted. Needs no server.
                        --json: one object per line, {class, rule, reason} (+ rule_text with
                        --explain).

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

Exit status:
  0  success
  2  usage error (bad arguments, invalid queue ID); nothing was contacted
  3  connection failure: unreachable, unknown or changed host key, authentication failed
  4  remote failure: permission denied, Postfix missing or down, message no longer queued
  130/143  interrupted by SIGINT/SIGTERM (the remote command is canceled)
Every failure is reported as one line on stderr. Diagnostics of the SSH layer:
QT_LOGGING_RULES="postdesk.*=true".
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>interrupted by %1; the remote command was canceled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>host key of %1 is not known: %2 key %3. Check it with the server's administrator, then rerun with --accept-new-host-key (or add it to --known-hosts).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WARNING: THE HOST KEY OF %1 HAS CHANGED (now %2 %3, known_hosts %4 says otherwise). Someone may be intercepting the connection. Refusing to connect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server asks for a password: set POSTDESK_PASSWORD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key file is protected: set POSTDESK_PASSPHRASE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WARNING: THE HOST KEY HAS CHANGED. %1 Refusing to connect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>queue entry without "queue_id" skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queue entry with an invalid queue ID skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected text after the object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid value in "recipients"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a member of "recipients" is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid value in a recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a member name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ':' after a member name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid \u escape in a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid escape in a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid literal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ',' or '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member "%1" is not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected text after the message: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postcat printed more than one message; only the first is shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreadable envelope record: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>header continuation without a header: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreadable header line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the output ends inside the message; it may be truncated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postcat printed nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreadable queue entry: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unrecognised line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line outside a queue entry: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot place the arrival time of %1 in a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the listing announces %1 messages but %2 were read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the listing has no summary line; it may be incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the output holds no queue listing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue ID is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a Postfix queue ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a queue name (maildrop, incoming, active, deferred, hold).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid domain name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An address literal is not allowed here: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>probe server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The path of %1 on the server looks wrong: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An argument contains a NUL byte.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix version (postconf -h mail_version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list queue (postqueue -j)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list queue (postqueue -p)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one part of the message to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show message %1 (postcat %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check sudo (sudo -n true)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list sudo rights (sudo -n -l)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail owner "%1" reported by the server is not a plain user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sudo password cannot contain a line break.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>the command was killed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not start /bin/sh: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <source>output exceeded %1 MB</source>
        <translation>Ausgabe größer als %1 MB</translation>
    </message>
    <message>
        <source>Checking the server failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account can list the queue but cannot read message contents: it is not root and has no sudo rights.</source>
        <translation>Dieses Konto kann die Warteschlange auflisten, aber keine Nachrichteninhalte lesen: Es ist nicht root und hat keine sudo-Rechte.</translation>
    </message>
    <message>
        <source>This account cannot change the queue or the Postfix configuration: it is not root and has no sudo rights.</source>
        <translation>Dieses Konto kann weder die Warteschlange noch die Postfix-Konfiguration ändern: Es ist nicht root und hat keine sudo-Rechte.</translation>
    </message>
    <message>
        <source>sudo on this server needs a password: enter the sudo password for %1.</source>
        <translation>sudo braucht auf diesem Server ein Passwort: Geben Sie das sudo-Passwort für %1 ein.</translation>
    </message>
    <message>
        <source>The account %1 may not use sudo on this server (it is not in the sudoers file).</source>
        <translation>Das Konto %1 darf auf diesem Server sudo nicht verwenden (es steht nicht in der sudoers-Datei).</translation>
    </message>
    <message>
        <source>sudo asks for a password for %1: enter the sudo password for this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sudo did not accept the password for %1.</source>
        <translation>sudo hat das Passwort für %1 nicht angenommen.</translation>
    </message>
    <message>
        <source>The sudo rules on this server do not allow %1 to run this command (%2).</source>
        <translation>Die sudo-Regeln dieses Servers erlauben %1 diesen Befehl nicht (%2).</translation>
    </message>
    <message>
        <source>could not create a channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server refused a new channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server refused to run the command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not send input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the output failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the command was killed by signal %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the command ended without an exit status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>libssh could not create a session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>Verbindung zu %1 unterbrochen</translation>
    </message>
    <message>
        <source>not connected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host key of %1 was not accepted; not connected.</source>
        <translation>Der Hostschlüssel von %1 wurde nicht angenommen; keine Verbindung.</translation>
    </message>
    <message>
        <source>Login to %1 canceled.</source>
        <translation>Anmeldung bei %1 abgebrochen.</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer in time (%2).</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2).</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>SSH handshake with %1 failed: %2</source>
        <translation>SSH-Verbindungsaufbau mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 sent no host key: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WARNING: the host key of %1 has CHANGED. known_hosts (%2) has %3, but the server now presents %4 %5. Someone may be intercepting the connection, or the server was reinstalled. Postdesk will not connect. If the change is expected, remove the old entry from %2 and connect again.</source>
        <translation>WARNUNG: Der Hostschlüssel von %1 hat sich GEÄNDERT. known_hosts (%2) enthält %3, aber der Server zeigt jetzt %4 %5. Jemand könnte die Verbindung abfangen, oder der Server wurde neu installiert. Postdesk verbindet sich nicht. Ist die Änderung erwartet, entfernen Sie den alten Eintrag aus %2 und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>ein anderer Schlüssel</translation>
    </message>
    <message>
        <source>Cannot check the host key of %1 against %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the host key to %1: %2</source>
        <translation>Der Hostschlüssel kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 does not accept this login method; the server offers only: %2.</source>
        <translation>%1 akzeptiert diese Anmeldemethode nicht; der Server bietet nur: %2.</translation>
    </message>
    <message>
        <source>No ssh-agent is running (SSH_AUTH_SOCK is not set).</source>
        <translation>Es läuft kein ssh-agent (SSH_AUTH_SOCK ist nicht gesetzt).</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase for the key %1</source>
        <translation>Passphrase für den Schlüssel %1</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key %1. Try again:</source>
        <translation>Falsche Passphrase für den Schlüssel %1. Erneut versuchen:</translation>
    </message>
    <message>
        <source>The key file %1 is not a private key libssh can read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong passphrase for the key %1 (3 attempts).</source>
        <translation>Falsche Passphrase für den Schlüssel %1 (3 Versuche).</translation>
    </message>
    <message>
        <source>Key refused: %1 accepted none of the keys in the ssh-agent.</source>
        <translation>Schlüssel abgelehnt: %1 hat keinen der Schlüssel im ssh-agent angenommen.</translation>
    </message>
    <message>
        <source>Key refused: %1 does not accept the key %2.</source>
        <translation>Schlüssel abgelehnt: %1 akzeptiert den Schlüssel %2 nicht.</translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation>Falsches Passwort für %1.</translation>
    </message>
    <message>
        <source>%1 keeps asking questions Postdesk cannot answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 wants a second login method as well (%2); Postdesk does not support that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 closed the connection during login: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login to %1 failed: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The account %1 may not use sudo on this server.</source>
        <translation>Das Konto %1 darf auf diesem Server sudo nicht verwenden.</translation>
    </message>
    <message>
        <source>Damaged Postfix log line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a "name = value" line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an "ID TIME" line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a queue ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a file time: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queue ID %1 listed twice; the later time is used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Postfix parameter was named.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a Postfix parameter name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read settings (postconf %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue directory reported by the server looks wrong: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read next retry times (find deferred -printf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locate the mail log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No queue ID to search for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The log file path reported by the server looks wrong: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is xz-compressed and the server has no xzgrep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>search the mail log for %1 (%2 %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read delivery lines of the mail log (%1 %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the mail journal (journalctl SYSLOG_FACILITY=2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: permission denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot run %2 to decompress it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid Postfix queue ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damaged log line in %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Network / port 25</source>
        <translation>Netzwerk / Port 25</translation>
    </message>
    <message>
        <source>This server could not open or keep a connection to the receiving mail server: it was refused, timed out or dropped. Postfix keeps retrying until the mail expires.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If every destination times out, the hosting provider or a firewall is probably blocking outgoing port 25: ask them to open it, or send through a relay host on port 587. If only one destination fails, that server is down; wait or contact its admin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>A DNS lookup failed: the recipient domain (or its MX) could not be resolved, or the receiving server's check of this server's reverse DNS failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the recipient domain for typos. Test the server's resolver (e.g. dig MX domain on the server). For reverse-DNS refusals, ask the hosting provider to set a PTR record for the server's IP that matches its host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS / certificates</source>
        <translation>TLS / Zertifikate</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up: TLS is required but not offered, the handshake failed, or a certificate was not trusted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look at the TLS policy for this destination (smtp_tls_security_level, smtp_tls_policy_maps) and the remote certificate. Do not lower security for a bank or partner without agreement; ask the other side to fix their certificate or TLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication / relay</source>
        <translation>Anmeldung / Relay</translation>
    </message>
    <message>
        <source>Logging in to the relay host failed (wrong password, missing SASL support), or a server refused to relay the mail for this sender.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the relay credentials in sasl_passwd (and run postmap on it), make sure the SASL modules are installed (libsasl2-modules / cyrus-sasl-plain), and that the relay allows this sender address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Throttling / greylisting</source>
        <translation>Drosselung / Greylisting</translation>
    </message>
    <message>
        <source>The receiving server asked to try again later: greylisting, a rate limit or too many connections. This usually clears by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usually nothing to do but wait: Postfix retries. If it persists, reduce sending speed to that domain (destination concurrency/rate delay) and check whether the server is sending unusual volumes (a compromised account).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>The recipient's mailbox is over its quota, so the receiver refuses new mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to fix on this server. Tell the sender; the recipient must free space or get a larger quota. If the mailbox is local, raise the quota or clean it up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient unknown</source>
        <translation>Empfänger unbekannt</translation>
    </message>
    <message>
        <source>The recipient address does not exist, is disabled or is not a valid address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the address for typos with the sender. If the address is local, check the virtual/alias tables. Deleting such mail from the queue is usually safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content filter</source>
        <translation>Inhaltsfilter</translation>
    </message>
    <message>
        <source>The local content filter or milter (Amavis, SpamAssassin, rspamd, ClamAV) is not answering, so Postfix cannot hand mail to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart the filter service (e.g. amavis on 127.0.0.1:10024) and check its log; it often dies for lack of memory. Then flush the queue. Check content_filter and smtpd_milters in main.cf point to a running service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>A setting on this server is wrong: a transport or lookup table is broken, a socket is missing, or mail loops back to this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look for warning:/fatal: lines of the same transport in the mail log, run postfix check, and check master.cf, the maps (postmap) and mydestination / virtual domains. Fix, reload Postfix, then flush the queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocked by policy</source>
        <translation>Durch Richtlinie blockiert</translation>
    </message>
    <message>
        <source>The receiver refused the mail on purpose: the server's IP is on a blocklist, its reputation is poor, SPF/DKIM/DMARC failed, or the message looked like spam.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the server IP on blocklists (Spamhaus etc.) and request delisting after fixing the cause; check SPF, DKIM and DMARC records of the sender domain; look for a compromised account sending spam.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>No known cause was recognised in the reason text, or the other server reported an internal error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the full reason and the mail log lines of this message. Temporary errors of the other server usually clear by themselves; otherwise contact its administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no rule matched</source>
        <translation>keine Regel hat gepasst</translation>
    </message>
    <message>
        <source>the next hop is a content-filter port (10024-10029, 11332) and it failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a milter could not be reached or failed</source>
        <translation>ein Milter war nicht erreichbar oder ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Postfix's reply for a failed milter: "Service unavailable - try again later"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a named filter (Amavis, SpamAssassin, rspamd, ClamAV, …) could not be reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a filter on this machine timed out while scanning the message</source>
        <translation>ein Filter auf diesem Rechner hat beim Prüfen der Nachricht das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>"mail transport unavailable": the delivery agent could not start</source>
        <translation>„mail transport unavailable“: der Zustellagent konnte nicht starten</translation>
    </message>
    <message>
        <source>a mail loop: the next hop is this server itself</source>
        <translation>eine Mail-Schleife: der nächste Hop ist dieser Server selbst</translation>
    </message>
    <message>
        <source>the blocklist refuses this server's DNS resolver ("open resolver")</source>
        <translation>die Sperrliste lehnt den DNS-Resolver dieses Servers ab („open resolver“)</translation>
    </message>
    <message>
        <source>Postfix's own bounce/trace service failed</source>
        <translation>der Bounce-/Trace-Dienst von Postfix ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the transport is listed in defer_transports</source>
        <translation>der Transport steht in defer_transports</translation>
    </message>
    <message>
        <source>a backup MX is set up without the primary's consent</source>
        <translation>ein Backup-MX ist ohne Zustimmung des primären eingerichtet</translation>
    </message>
    <message>
        <source>a local setup error (socket or file missing, ownership, mydestination)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an internal Postfix service did not answer</source>
        <translation>ein interner Postfix-Dienst hat nicht geantwortet</translation>
    </message>
    <message>
        <source>postscreen refused the client after its tests</source>
        <translation>postscreen hat den Client nach seinen Tests abgewiesen</translation>
    </message>
    <message>
        <source>a DNS lookup failed ("Name service error", "Host or domain name not found")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the receiver's reverse-DNS (PTR) check of this server failed</source>
        <translation>die Reverse-DNS-Prüfung (PTR) dieses Servers beim Empfänger ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>a lookup table or database (map, LDAP, SQL) failed</source>
        <translation>eine Nachschlagetabelle oder Datenbank (Map, LDAP, SQL) ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>TLS is required by policy but the other side does not offer it</source>
        <translation>TLS ist laut Richtlinie Pflicht, die Gegenseite bietet es aber nicht an</translation>
    </message>
    <message>
        <source>the TLS handshake failed ("SSL_connect error", "Cannot start TLS")</source>
        <translation>der TLS-Handshake ist fehlgeschlagen („SSL_connect error“, „Cannot start TLS“)</translation>
    </message>
    <message>
        <source>a certificate was not trusted or could not be loaded</source>
        <translation>einem Zertifikat wurde nicht vertraut oder es konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>the other server refuses to relay ("Relay access denied")</source>
        <translation>der andere Server verweigert das Weiterleiten („Relay access denied“)</translation>
    </message>
    <message>
        <source>the receiver requires SPF/DKIM/DMARC that did not pass</source>
        <translation>der Empfänger verlangt SPF/DKIM/DMARC, das nicht bestanden wurde</translation>
    </message>
    <message>
        <source>SMTP authentication failed or is missing (SASL, 535, 530)</source>
        <translation>SMTP-Anmeldung fehlgeschlagen oder fehlt (SASL, 535, 530)</translation>
    </message>
    <message>
        <source>the connection to the next hop was refused, timed out or dropped</source>
        <translation>die Verbindung zum nächsten Hop wurde abgelehnt, lief in ein Zeitlimit oder brach ab</translation>
    </message>
    <message>
        <source>greylisting: the receiver wants a later retry</source>
        <translation>Greylisting: der Empfänger will einen späteren Versuch</translation>
    </message>
    <message>
        <source>the receiver limits the rate or number of connections/messages</source>
        <translation>der Empfänger begrenzt Rate oder Anzahl der Verbindungen/Nachrichten</translation>
    </message>
    <message>
        <source>a temporary refusal because of too many bounces</source>
        <translation>eine vorübergehende Ablehnung wegen zu vieler Bounces</translation>
    </message>
    <message>
        <source>the recipient's mailbox is full or over quota</source>
        <translation>das Postfach des Empfängers ist voll oder über dem Kontingent</translation>
    </message>
    <message>
        <source>Microsoft's directory-based edge blocking (550 5.4.1 Access denied)</source>
        <translation>verzeichnisbasierte Sperre von Microsoft (550 5.4.1 Access denied)</translation>
    </message>
    <message>
        <source>the recipient address does not exist or is disabled</source>
        <translation>die Empfängeradresse existiert nicht oder ist deaktiviert</translation>
    </message>
    <message>
        <source>the recipient address was refused as invalid syntax</source>
        <translation>die Empfängeradresse wurde als ungültig abgelehnt</translation>
    </message>
    <message>
        <source>the other server reports its own internal error</source>
        <translation>der andere Server meldet einen eigenen internen Fehler</translation>
    </message>
    <message>
        <source>a blocklist, spam or reputation check, or a HELO policy refused the mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a temporary "try again later" without another stated cause</source>
        <translation>ein vorübergehendes „später erneut versuchen“ ohne andere genannte Ursache</translation>
    </message>
    <message>
        <source>the receiver deliberately refused the mail (access or policy)</source>
        <translation>der Empfänger hat die Mail bewusst abgelehnt (Zugriff oder Richtlinie)</translation>
    </message>
    <message>
        <source>"try again later" without another stated cause</source>
        <translation>„später erneut versuchen“ ohne andere genannte Ursache</translation>
    </message>
    <message>
        <source>enhanced status X.2.2 (mailbox full)</source>
        <translation>erweiterter Status X.2.2 (Postfach voll)</translation>
    </message>
    <message>
        <source>enhanced status X.1.1 and similar (bad destination mailbox)</source>
        <translation>erweiterter Status X.1.1 und ähnliche (falsches Zielpostfach)</translation>
    </message>
    <message>
        <source>enhanced status X.1.2/X.4.3 (destination system or DNS problem)</source>
        <translation>erweiterter Status X.1.2/X.4.3 (Zielsystem- oder DNS-Problem)</translation>
    </message>
    <message>
        <source>enhanced status X.4.6 / X.3.5 (routing loop, system misconfigured)</source>
        <translation>erweiterter Status X.4.6 / X.3.5 (Routing-Schleife, System falsch konfiguriert)</translation>
    </message>
    <message>
        <source>SMTP reply 530/535 (authentication required or failed)</source>
        <translation>SMTP-Antwort 530/535 (Anmeldung nötig oder fehlgeschlagen)</translation>
    </message>
    <message>
        <source>enhanced status X.7.8 (authentication)</source>
        <translation>erweiterter Status X.7.8 (Anmeldung)</translation>
    </message>
    <message>
        <source>enhanced status X.4.1/X.4.2 (no answer, bad connection)</source>
        <translation>erweiterter Status X.4.1/X.4.2 (keine Antwort, schlechte Verbindung)</translation>
    </message>
    <message>
        <source>a temporary 4.7.x refusal without another stated cause</source>
        <translation>eine vorübergehende 4.7.x-Ablehnung ohne andere genannte Ursache</translation>
    </message>
    <message>
        <source>SMTP reply 421 (service not available, try later)</source>
        <translation>SMTP-Antwort 421 (Dienst nicht verfügbar, später versuchen)</translation>
    </message>
    <message>
        <source>a permanent 5.7.x refusal (delivery not authorized)</source>
        <translation>eine dauerhafte 5.7.x-Ablehnung (Zustellung nicht erlaubt)</translation>
    </message>
    <message>
        <source>550/553 in reply to RCPT TO without another stated cause</source>
        <translation>550/553 auf RCPT TO ohne andere genannte Ursache</translation>
    </message>
    <message>
        <source>a permanent refusal of the message content (after DATA)</source>
        <translation>eine dauerhafte Ablehnung des Nachrichteninhalts (nach DATA)</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Fleet::CredentialStore</name>
    <message>
        <source>The secret store reported error %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LogStatsCommand</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stdout is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail log %1 … %2 (%3)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>received (messages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent (deliveries)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  of them to a local content filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>forwarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deferred (messages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deferrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bounced</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Top senders (messages, share of received)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top deferred domains (deferrals)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top bounced domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deferrals, bounces and rejects by class</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail queue is empty
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: the mail system is down; the listing was read directly from the queue
</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>warning: %n line(s) of postqueue output could not be read, first: line %1: %2
</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> messages, %1 bytes, %2 recipients
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>oldest     %1d %2h %3m (%4, arrived %5)
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Services::LogStatsLoader</name>
    <message>
        <source>the mail journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 disappeared (rotated?) before it could be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account may not read %1; it needs root (sudo) or the adm group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mail log covers this time window.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Services::MailLogSourceLoader</name>
    <message>
        <source>The mail log could not be located: the search on the server did not finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out a log file with an unusual name: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out %1: not a mail log or one of its rotations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out %1: bzip2-compressed logs are not searched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out %1: the server has no xzgrep to search xz-compressed logs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the newest %1 log files are searched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also found %1 (not used: %2 is newer or configured).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mail log found on this server: none of %1 exists and journalctl is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locating the mail log failed (exit code %1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locating the mail log failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Mit keinem Server verbunden.</translation>
    </message>
</context>
<context>
    <name>Services::PreviewLoader</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Mit keinem Server verbunden.</translation>
    </message>
    <message>
        <source>"%1" is not a valid Postfix queue ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the message timed out.</source>
        <translation>Zeitüberschreitung beim Lesen der Nachricht.</translation>
    </message>
    <message>
        <source>This account cannot read message contents on this server (postcat needs root or the mail owner): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postcat failed with exit code %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postcat failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Services::QueueLoader</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Mit keinem Server verbunden.</translation>
    </message>
    <message>
        <source>Postfix is not installed on this server (no postqueue in /usr/sbin, /usr/local/sbin or /usr/bin).</source>
        <translation>Auf diesem Server ist Postfix nicht installiert (kein postqueue in /usr/sbin, /usr/local/sbin oder /usr/bin).</translation>
    </message>
    <message>
        <source>Listing the queue timed out after %1 s.</source>
        <translation>Zeitüberschreitung beim Auflisten der Warteschlange nach %1 s.</translation>
    </message>
    <message>
        <source>Queue report unavailable: the mail system is down on this server.</source>
        <translation>Keine Warteschlangenübersicht: Das Mailsystem ist auf diesem Server ausgefallen.</translation>
    </message>
    <message>
        <source>This account is not allowed to view the mail queue (Postfix authorized_mailq_users).</source>
        <translation>Dieses Konto darf die Mail-Warteschlange nicht ansehen (Postfix authorized_mailq_users).</translation>
    </message>
    <message>
        <source>postqueue failed with exit code %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postqueue failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Services::QueueTimesLoader</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Mit keinem Server verbunden.</translation>
    </message>
    <message>
        <source>postconf did not report both queue lifetimes; the Postfix defaults are assumed where missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the queue lifetimes (postconf exit code %1); assuming the Postfix defaults (5 days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the queue lifetimes (%1); assuming the Postfix defaults (5 days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account cannot read the queue files, so the next retry times are unknown (that needs root, the mail owner or sudo). Expiry times are still shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Could not read the next retry times: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Services::TrailLoader</name>
    <message>
        <source>"%1" is not a valid Postfix queue ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the mail journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching %1 timed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped following linked messages after %1 rounds; not searched: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account may not read %1; it needs root (sudo) or the adm group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 disappeared (rotated?) before it could be searched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail log is missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mail log could be searched.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShapeCommand</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: the mail system is down; the listing was read directly from the queue
</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>warning: %n line(s) of postqueue output could not be read, first: line %1: %2
</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Sender domains by age in minutes (now %1)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient domains by age in minutes (now %1)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top senders</source>
        <translation>Häufigste Absender</translation>
    </message>
    <message>
        <source>  (the queue is empty)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SENDER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MESSAGES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RCPTS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BYTES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OLDEST ARRIVAL (UTC)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>message %1 is no longer in the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: the body was cut at the size limit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrailCommand</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stdout is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: only the newest %1 lines are shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No log lines for %1 in %2
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TriageText</name>
    <message>
        <source>No delivery attempt has failed yet: no reason to classify.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 — %n recipient(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Rule: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it means: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown (needs root or postfix)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On hold: Postfix does not retry it until it is released (postsuper -H).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue manager is delivering it right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New mail (%1 queue), not yet with the queue manager: no retry time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the queue files' retry times…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next retry is the deferred queue file's modification time, which only root or the postfix user can read. Connect as root or allow sudo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue files' times could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No retry time: the message left the deferred queue after the listing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry time unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eligible since %1; the queue manager picks it up at its next scan of the deferred queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next delivery attempt not before %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>frozen while on hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lifetime does not run out while the message is on hold; it is counted again from release.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned to the sender in %1 (%2) if still undelivered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifetime ran out %1 ago (%2): bounces at the next delivery attempt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrival + %1 = %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(Postfix default: this server's setting could not be read yet.)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::BarChartWidget</name>
    <message>
        <source>total: %1</source>
        <translation>gesamt: %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Ui::ChartWidget</name>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>Ui::ChartsPage</name>
    <message>
        <source>Stuck recipients by reason</source>
        <translation>Hängende Empfänger nach Grund</translation>
    </message>
    <message>
        <source>Top recipient domains in the queue</source>
        <translation>Häufigste Empfängerdomains in der Warteschlange</translation>
    </message>
    <message>
        <source>Age of queued recipients</source>
        <translation>Alter der wartenden Empfänger</translation>
    </message>
    <message>
        <source>Deliveries per hour (mail log)</source>
        <translation>Zustellungen pro Stunde (Mail-Log)</translation>
    </message>
    <message>
        <source>Queue size during this session</source>
        <translation>Warteschlangengröße in dieser Sitzung</translation>
    </message>
    <message>
        <source>The queue has not been loaded yet.</source>
        <translation>Die Warteschlange wurde noch nicht geladen.</translation>
    </message>
    <message>
        <source>Load the mail log on the Log tab to see deliveries per hour.</source>
        <translation>Laden Sie das Mail-Log im Reiter „Log“, um Zustellungen pro Stunde zu sehen.</translation>
    </message>
</context>
<context>
    <name>Ui::ClassSummaryModel</name>
    <message>
        <source>No reason yet</source>
        <translation>Noch kein Grund</translation>
    </message>
    <message>
        <source>Active, held or new mail that has not failed a delivery attempt. Nothing to fix here unless it stays active for long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
Was tun: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 messages — click to show them</source>
        <translation>%1 von %2 Nachrichten — klicken, um sie anzuzeigen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Example reason</source>
        <translation>Beispielgrund</translation>
    </message>
    <message>
        <source>What it means / what to do</source>
        <translation>Was es bedeutet / was zu tun ist</translation>
    </message>
</context>
<context>
    <name>Ui::ClassSummaryView</name>
    <message>
        <source>No queue loaded.</source>
        <translation>Keine Warteschlange geladen.</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>Die Warteschlange ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>Why %n message(s) are stuck, by the class of their reason (whole queue as of %1). Click a class to list its messages.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Ui::CommandLogModel</name>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Not sent to the server.</source>
        <translation>Nicht an den Server gesendet.</translation>
    </message>
</context>
<context>
    <name>Ui::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Hostschlüssel</translation>
    </message>
    <message>
        <source>Postdesk has never connected to this server before. Compare the fingerprint with the one your administrator gave you (ssh-keygen -lf on the server) before accepting.</source>
        <translation>Postdesk war noch nie mit diesem Server verbunden. Vergleichen Sie den Fingerabdruck mit dem, den Ihnen Ihr Administrator genannt hat (ssh-keygen -lf auf dem Server), bevor Sie ihn annehmen.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <source>&amp;Accept and connect</source>
        <translation>&amp;Annehmen und verbinden</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
</context>
<context>
    <name>Ui::LogEventModel</name>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>delay %1 s (delays %2)</source>
        <translation>Verzögerung %1 s (delays %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Queue-ID</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Relay / client</source>
        <translation>Relay / Client</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Ui::LogPage</name>
    <message>
        <source>Select an event to see its log line.</source>
        <translation>Wählen Sie ein Ereignis, um seine Log-Zeile zu sehen.</translation>
    </message>
    <message>
        <source>Choose a time window and press Load to read the mail log.</source>
        <translation>Wählen Sie ein Zeitfenster und drücken Sie „Laden“, um das Mail-Log zu lesen.</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigenes…</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Read the mail log of this window from the server</source>
        <translation>Das Mail-Log dieses Zeitfensters vom Server lesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Mail log of the</source>
        <translation>Mail-Log, Zeitraum:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Empfängerdomain</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Text anywhere in the line</source>
        <translation>Text irgendwo in der Zeile</translation>
    </message>
    <message>
        <source>Deliveries per hour</source>
        <translation>Zustellungen pro Stunde</translation>
    </message>
    <message>
        <source>No log loaded yet.</source>
        <translation>Noch kein Log geladen.</translation>
    </message>
    <message>
        <source>Top senders</source>
        <translation>Häufigste Absender</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Deferred to</source>
        <translation>Zurückgestellt an</translation>
    </message>
    <message>
        <source>Deferrals</source>
        <translation>Rückstellungen</translation>
    </message>
    <message>
        <source>Reading the log… %1</source>
        <translation>Lese das Log… %1</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Lese das Log…</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Loading was canceled. Press Load to read the log again.</source>
        <translation>Das Laden wurde abgebrochen. Mit „Laden“ das Log erneut lesen.</translation>
    </message>
    <message>
        <source>The mail log is not readable by %1 on this server. Connect as root, with sudo, or as a member of the group that may read it (adm on Debian).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the mail log: %1</source>
        <translation>Das Mail-Log konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>No deliveries or rejects in this window.</source>
        <translation>Keine Zustellungen oder Ablehnungen in diesem Zeitfenster.</translation>
    </message>
    <message>
        <source>%1 read from %2 in %3 s</source>
        <translation>%1 aus %2 gelesen in %3 s</translation>
    </message>
    <message>
        <source>the journal</source>
        <translation>dem Journal</translation>
    </message>
    <message>
        <source> — showing the newest %1 events</source>
        <translation> — die neuesten %1 Ereignisse werden gezeigt</translation>
    </message>
    <message>
        <source>From %1 to %2 (server time)</source>
        <translation>Von %1 bis %2 (Serverzeit)</translation>
    </message>
    <message>
        <source>Received %1 · sent %2 · deferred %3 (%4 messages) · bounced %5 · rejected %6 · expired %7</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n log line(s) could not be read</source>
        <translation><numerusform>%n Log-Zeile konnte nicht gelesen werden</numerusform><numerusform>%n Log-Zeilen konnten nicht gelesen werden</numerusform></translation>
    </message>
    <message>
        <source>&lt;&gt; (bounces)</source>
        <translation>&lt;&gt; (Bounces)</translation>
    </message>
    <message>
        <source>%1 sent %2 % of all mail accepted in this window. A compromised mailbox or web form sending spam often looks like this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Postdesk</source>
        <translation>Postdesk</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Laden abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source> Auto-refresh: </source>
        <translation> Automatisch aktualisieren: </translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>alle %1 s</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>alle %1 min</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Server hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Command log</source>
        <translation>Befehlsprotokoll</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1:
%2

Press Connect to try again.</source>
        <translation>Keine Verbindung zu %1:
%2

Mit „Verbinden“ erneut versuchen.</translation>
    </message>
    <message>
        <source>Not connected to %1: its host key has changed (details in the red banner above). Postdesk did not log in.</source>
        <translation>Nicht mit %1 verbunden: Sein Hostschlüssel hat sich geändert (Details im roten Balken oben). Postdesk hat sich nicht angemeldet.</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>The queue of this server (Ctrl+1)</source>
        <translation>Die Warteschlange dieses Servers (Strg+1)</translation>
    </message>
    <message>
        <source>Deliveries and statistics from the mail log (Ctrl+2)</source>
        <translation>Zustellungen und Statistik aus dem Mail-Log (Strg+2)</translation>
    </message>
    <message>
        <source>Charts of the queue and the log (Ctrl+3)</source>
        <translation>Diagramme zu Warteschlange und Log (Strg+3)</translation>
    </message>
    <message>
        <source>%1 is not in the queue (as of the last refresh).</source>
        <translation>%1 ist nicht in der Warteschlange (Stand der letzten Aktualisierung).</translation>
    </message>
    <message>
        <source>%1 is hidden by the queue filter.</source>
        <translation>%1 ist durch den Warteschlangenfilter ausgeblendet.</translation>
    </message>
    <message>
        <source>Load the queue again, or the log on the Log tab (F5)</source>
        <translation>Warteschlange neu laden, im Reiter „Log“ das Log (F5)</translation>
    </message>
</context>
<context>
    <name>Ui::MessagesPane</name>
    <message>
        <source>Select a message to see its headers.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Kopfzeilen zu sehen.</translation>
    </message>
    <message>
        <source>No message matches the filter.</source>
        <translation>Keine Nachricht passt zum Filter.</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Lade die Warteschlange…</translation>
    </message>
    <message>
        <source>Message %1 has left the queue.</source>
        <translation>Nachricht %1 ist nicht mehr in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>Ui::PreviewPane</name>
    <message>
        <source>Show &amp;body</source>
        <translation>&amp;Inhalt anzeigen</translation>
    </message>
    <message>
        <source>Read the message body from the server (postcat -b). The body may contain personal data.</source>
        <translation>Den Nachrichteninhalt vom Server lesen (postcat -b). Der Inhalt kann personenbezogene Daten enthalten.</translation>
    </message>
    <message>
        <source>Select a message to see its headers.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Kopfzeilen zu sehen.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <source>This message has left the queue.</source>
        <translation>Diese Nachricht ist nicht mehr in der Warteschlange.</translation>
    </message>
    <message>
        <source>This account can list the queue but cannot read message contents.</source>
        <translation>Dieses Konto kann die Warteschlange auflisten, aber keine Nachrichteninhalte lesen.</translation>
    </message>
    <message>
        <source>Could not read the message: %1</source>
        <translation>Die Nachricht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>— Envelope —</source>
        <translation>— Umschlag —</translation>
    </message>
    <message>
        <source>— Body —</source>
        <translation>— Inhalt —</translation>
    </message>
    <message>
        <source>[… body cut at the size limit]</source>
        <translation>[… Inhalt an der Größengrenze abgeschnitten]</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;Log trail</source>
        <translation>&amp;Log-Verlauf</translation>
    </message>
    <message>
        <source>This message's lines in the mail log on the server</source>
        <translation>Die Zeilen dieser Nachricht im Mail-Log des Servers</translation>
    </message>
    <message>
        <source>Open this tab to search the mail log for the selected message.</source>
        <translation>Öffnen Sie diesen Reiter, um das Mail-Log nach der gewählten Nachricht zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>Ui::QueueFilterBar</name>
    <message>
        <source>Filter by sender, recipient, domain or reason (Ctrl+F)</source>
        <translation>Nach Absender, Empfänger, Domain oder Grund filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>Show only messages whose reason is of this class</source>
        <translation>Nur Nachrichten zeigen, deren Grund zu dieser Klasse gehört</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No reason yet</source>
        <translation>Noch kein Grund</translation>
    </message>
</context>
<context>
    <name>Ui::QueuePage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Laden abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Select a server on the left.</source>
        <translation>Wählen Sie links einen Server.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <source>Loading… %1 messages, %2</source>
        <translation>Lade… %1 Nachrichten, %2</translation>
    </message>
    <message>
        <source>Loading was canceled. Press F5 to load the queue again.</source>
        <translation>Das Laden wurde abgebrochen. Mit F5 die Warteschlange neu laden.</translation>
    </message>
    <message>
        <source>Canceled: partial listing</source>
        <translation>Abgebrochen: unvollständige Liste</translation>
    </message>
    <message>
        <source>Postfix is not installed on this server.</source>
        <translation>Auf diesem Server ist Postfix nicht installiert.</translation>
    </message>
    <message>
        <source>The mail system is down: Postfix is not running on this server.</source>
        <translation>Das Mailsystem ist ausgefallen: Postfix läuft auf diesem Server nicht.</translation>
    </message>
    <message>
        <source>mail system is down</source>
        <translation>Mailsystem ausgefallen</translation>
    </message>
    <message>
        <source>Queue is empty.</source>
        <translation>Die Warteschlange ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read</source>
        <translation><numerusform>%n Zeile konnte nicht gelesen werden</numerusform><numerusform>%n Zeilen konnten nicht gelesen werden</numerusform></translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Lade die Warteschlange…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <source> (showing %1)</source>
        <translation> (%1 angezeigt)</translation>
    </message>
    <message>
        <source> — loading…</source>
        <translation> — lädt…</translation>
    </message>
    <message>
        <source> — as of %1</source>
        <translation> — Stand %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>Nach Klasse</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Why mail is stuck: messages per reason class, with what to do</source>
        <translation>Warum Mail hängt: Nachrichten je Grundklasse, mit Abhilfe</translation>
    </message>
    <message>
        <source>Where mail clogs: recipients per domain and age, top senders</source>
        <translation>Wo es staut: Empfänger je Domain und Alter, häufigste Absender</translation>
    </message>
    <message>
        <source>No queue loaded.</source>
        <translation>Keine Warteschlange geladen.</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Nachrichten (%1)</translation>
    </message>
    <message>
        <source>By class (%1)</source>
        <translation>Nach Klasse (%1)</translation>
    </message>
</context>
<context>
    <name>Ui::QueueTableModel</name>
    <message>
        <source>arrived %1</source>
        <translation>eingegangen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n Byte</numerusform><numerusform>%n Bytes</numerusform></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>forced expire</source>
        <translation>Ablauf erzwungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… und %n weiterer</numerusform><numerusform>… und %n weitere</numerusform></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Queue-ID</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>Ui::SecretDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Kein System-Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>Ui::ServerDialog</name>
    <message>
        <source>ask when connecting</source>
        <translation>beim Verbinden fragen</translation>
    </message>
    <message>
        <source>Read-only: never offer queue actions</source>
        <translation>Nur lesen: nie Aktionen auf der Warteschlange anbieten</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <source>mx1.example.org (empty: this machine)</source>
        <translation>mx1.example.org (leer: dieser Rechner)</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Automatic (use sudo when needed)</source>
        <translation>Automatisch (sudo bei Bedarf)</translation>
    </message>
    <message>
        <source>Never (root login or viewer account)</source>
        <translation>Nie (root-Anmeldung oder Lesekonto)</translation>
    </message>
    <message>
        <source>sudo without password</source>
        <translation>sudo ohne Passwort</translation>
    </message>
    <message>
        <source>sudo with password</source>
        <translation>sudo mit Passwort</translation>
    </message>
    <message>
        <source>default: ~/.ssh/known_hosts</source>
        <translation>Standard: ~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Known hosts file</source>
        <translation>Known-hosts-Datei</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Schlüssel-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>SSH pass&amp;word:</source>
        <translation>SSH-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Sudo:</source>
        <translation>&amp;Sudo:</translation>
    </message>
    <message>
        <source>Sudo pa&amp;ssword:</source>
        <translation>Sudo-Pa&amp;sswort:</translation>
    </message>
    <message>
        <source>Known hosts &amp;file:</source>
        <translation>Known-hosts-&amp;Datei:</translation>
    </message>
    <message>
        <source>Passwords are stored in the system keychain, never in Postdesk's settings. Leave them empty to be asked.</source>
        <translation>Passwörter werden im System-Schlüsselbund gespeichert, nie in den Einstellungen von Postdesk. Leer lassen, um gefragt zu werden.</translation>
    </message>
    <message>
        <source>No system keychain: passwords are asked for when connecting.</source>
        <translation>Kein System-Schlüsselbund: Passwörter werden beim Verbinden abgefragt.</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <source>Enter the user to log in as.</source>
        <translation>Geben Sie den Benutzer für die Anmeldung ein.</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Wählen Sie die private Schlüsseldatei.</translation>
    </message>
</context>
<context>
    <name>Ui::ServerEditor</name>
    <message>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from Postdesk? Its stored passwords are deleted from the keychain too. Nothing changes on the server.</source>
        <translation>%1 aus Postdesk entfernen? Seine gespeicherten Passwörter werden auch aus dem Schlüsselbund gelöscht. Auf dem Server ändert sich nichts.</translation>
    </message>
</context>
<context>
    <name>Ui::ServerListModel</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>%1
State: %2</source>
        <translation>%1
Zustand: %2</translation>
    </message>
</context>
<context>
    <name>Ui::SessionController</name>
    <message>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for the key %1:</source>
        <translation>Passphrase für den Schlüssel %1:</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>sudo-Passwort</translation>
    </message>
    <message>
        <source>sudo password of %1 (sent to sudo on its standard input only):</source>
        <translation>sudo-Passwort von %1 (wird nur über die Standardeingabe an sudo übergeben):</translation>
    </message>
    <message>
        <source>No sudo password given.</source>
        <translation>Kein sudo-Passwort angegeben.</translation>
    </message>
    <message>
        <source>The host key of %1 port %2 has CHANGED. Postdesk refused to connect: this can be an attack. The server now presents %3 %4, which does not match %5. If the key was changed on purpose, remove the old entry from that file yourself.</source>
        <translation>Der Hostschlüssel von %1 Port %2 hat sich GEÄNDERT. Postdesk hat die Verbindung verweigert: Das kann ein Angriff sein. Der Server zeigt jetzt %3 %4, was nicht zu %5 passt. Wurde der Schlüssel absichtlich geändert, entfernen Sie den alten Eintrag selbst aus dieser Datei.</translation>
    </message>
    <message>
        <source>your known_hosts file</source>
        <translation>Ihrer known_hosts-Datei</translation>
    </message>
    <message>
        <source>Connection to %1 refused: its host key has CHANGED.</source>
        <translation>Verbindung zu %1 verweigert: Sein Hostschlüssel hat sich GEÄNDERT.</translation>
    </message>
</context>
<context>
    <name>Ui::ShapeModel</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1: %2 recipient(s) — double-click to list its messages</source>
        <translation>%1: %2 Empfänger — Doppelklick listet die Nachrichten</translation>
    </message>
    <message>
        <source>%1 recipient(s) in total</source>
        <translation>%1 Empfänger insgesamt</translation>
    </message>
    <message>
        <source>between %1 and %2 minutes old</source>
        <translation>zwischen %1 und %2 Minuten alt</translation>
    </message>
    <message>
        <source>older than %1 minutes</source>
        <translation>älter als %1 Minuten</translation>
    </message>
    <message>
        <source>%1: %2 recipient(s) %3</source>
        <translation>%1: %2 Empfänger %3</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle Domains</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Absenderdomain</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Empfängerdomain</translation>
    </message>
    <message>
        <source>Recipients in the queue</source>
        <translation>Empfänger in der Warteschlange</translation>
    </message>
    <message>
        <source>Older than %1 minutes</source>
        <translation>Älter als %1 Minuten</translation>
    </message>
    <message>
        <source>Younger than %1 minutes</source>
        <translation>Jünger als %1 Minuten</translation>
    </message>
</context>
<context>
    <name>Ui::ShapeView</name>
    <message>
        <source>By recipient domain</source>
        <translation>Nach Empfängerdomain</translation>
    </message>
    <message>
        <source>By sender domain</source>
        <translation>Nach Absenderdomain</translation>
    </message>
    <message>
        <source>Group the recipients by the domain they are sent to, or by the domain of the envelope sender.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top senders (messages in the queue)</source>
        <translation>Häufigste Absender (Nachrichten in der Warteschlange)</translation>
    </message>
    <message>
        <source>No queue loaded.</source>
        <translation>Keine Warteschlange geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) by domain and age (whole queue). Darker = more. Double-click a domain to list its messages.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Ui::TimeLineChartWidget</name>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Ui::TopSendersModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1
%2 message(s) to %3 recipient(s), %4
oldest message arrived %5</source>
        <translation>%1
%2 Nachricht(en) an %3 Empfänger, %4
älteste Nachricht eingegangen %5</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Ui::TrailModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Queue-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>Ui::TrailView</name>
    <message>
        <source>Select a message to see its lines in the mail log.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Zeilen im Mail-Log zu sehen.</translation>
    </message>
    <message>
        <source>Searching the mail log for %1…</source>
        <translation>Durchsuche das Mail-Log nach %1…</translation>
    </message>
    <message>
        <source>This account may not read the mail log%1. The log is readable by root and the adm group: connect as such a user, or allow sudo for this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>No mail log found on this server: %1</source>
        <translation>Kein Mail-Log auf diesem Server gefunden: %1</translation>
    </message>
    <message>
        <source>Could not read the mail log: %1</source>
        <translation>Das Mail-Log konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No log lines found for %1 in %2. The lines may be in a log that was rotated away, or logging was off when the message arrived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the mail log</source>
        <translation>das Mail-Log</translation>
    </message>
    <message numerus="yes">
        <source>%n log line(s) for %1</source>
        <translation><numerusform>%n Log-Zeile für %1</numerusform><numerusform>%n Log-Zeilen für %1</numerusform></translation>
    </message>
    <message>
        <source> (followed %1)</source>
        <translation> (verfolgt: %1)</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> aus %1</translation>
    </message>
    <message>
        <source> — only the newest lines are shown</source>
        <translation> — nur die neuesten Zeilen werden gezeigt</translation>
    </message>
    <message>
        <source>Ran on the server:
%1</source>
        <translation>Auf dem Server ausgeführt:
%1</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomePage</name>
    <message>
        <source>Postdesk shows the mail queues of your Postfix servers over SSH.
Add your first server to begin.</source>
        <translation>Postdesk zeigt die Mail-Warteschlangen Ihrer Postfix-Server über SSH.
Fügen Sie Ihren ersten Server hinzu, um zu beginnen.</translation>
    </message>
    <message>
        <source>Welcome to Postdesk</source>
        <translation>Willkommen bei Postdesk</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Server hinzufügen…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Postfix mail queues over SSH</source>
        <translation>Postfix-Mail-Warteschlangen über SSH</translation>
    </message>
    <message>
        <source>Use the INI settings FILE instead of the user's settings.</source>
        <translation>Die INI-Einstellungsdatei FILE statt der Benutzereinstellungen verwenden.</translation>
    </message>
    <message>
        <source>Connect to the server profile called NAME.</source>
        <translation>Mit dem Serverprofil NAME verbinden.</translation>
    </message>
</context>
</TS>