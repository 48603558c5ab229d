<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
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
        <source>no command given (queue, summary or show)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1" (queue, summary or show)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: postdesk-cli --ssh USER@HOST[:PORT] [OPTIONS] COMMAND [ARGS] [--json]

Reads the Postfix mail queue of a server over SSH.

Commands:
  queue                 list every queued message. Human table; with --json one JSON object
                        per line (JSON Lines): queue_id, queue_name, arrival_time (Unix epoch),
                        message_size, sender, forced_expire, recipients [{address,
                        orig_address?, delay_reason?, bounce_reason?}]. Written as it streams.
  summary               messages per queue, total, total size and the oldest message's age
                        (--json: one object).
  show ID               a queued message as plain text: headers; --envelope adds the envelope
                        records, --body the body (capped at 20 MB). --json: one object with
                        queue_id, queue_path, envelope, headers, body, body_truncated.

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
        <source>Load the queue again (F5)</source>
        <translation>Warteschlange neu laden (F5)</translation>
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
</context>
<context>
    <name>Ui::QueuePage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Filter by sender, recipient, domain or reason (Ctrl+F)</source>
        <translation>Nach Absender, Empfänger, Domain oder Grund filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
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
        <source>Select a message to see its headers.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Kopfzeilen zu sehen.</translation>
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
        <source>Message %1 has left the queue.</source>
        <translation>Nachricht %1 ist nicht mehr in der Warteschlange.</translation>
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