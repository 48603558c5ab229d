#!/usr/bin/env python3
"""Fills German translations into postdesk_de.ts for the source texts this glossary knows.

Run after `cmake --build build --target update_translations` (or lupdate) has added new source
texts. Texts the glossary does not know stay unfinished, so Linguist shows what is left to do.
Plural texts (with %n) map to a (singular, plural) pair.
"""
import sys
import xml.etree.ElementTree as ET

GLOSSARY = {
    "%1 d %2 h": "%1 T %2 h", "%1 h %2 min": "%1 h %2 min", "%1 min": "%1 min", "%1 s": "%1 s",
    "%1 B": "%1 B", "%1 ms": "%1 ms",
    "exit code %1": "Exit-Code %1", "Started": "Gestartet", "Server": "Server", "What": "Was",
    "Command": "Befehl", "Status": "Status", "Duration": "Dauer",
    "Unknown host key": "Unbekannter Hostschlüssel",
    "Postdesk has never connected to this server before. Compare the fingerprint with the one your administrator gave you (ssh-keygen -lf on the server) before accepting.":
        "Postdesk war noch nie mit diesem Server verbunden. Vergleichen Sie den Fingerabdruck mit dem, den Ihnen Ihr Administrator genannt hat (ssh-keygen -lf auf dem Server), bevor Sie ihn annehmen.",
    "Host:": "Host:", "Port:": "Port:", "Key type:": "Schlüsseltyp:", "Fingerprint:": "Fingerabdruck:",
    "Saved to:": "Gespeichert in:", "&Accept and connect": "&Annehmen und verbinden", "&Reject": "Ab&lehnen",
    "Postdesk": "Postdesk", "Servers": "Server", "Main": "Haupt", "Connect": "Verbinden",
    "Refresh": "Aktualisieren", "Load the queue again (F5)": "Warteschlange neu laden (F5)",
    "Cancel": "Abbrechen", "Stop loading (Esc)": "Laden abbrechen (Esc)", "Filter": "Filter",
    " Auto-refresh: ": " Automatisch aktualisieren: ", "Off": "Aus", "every %1 s": "alle %1 s",
    "every %1 min": "alle %1 min", "Add server…": "Server hinzufügen…", "Edit…": "Bearbeiten…",
    "Remove": "Entfernen", "Command log": "Befehlsprotokoll", "Connecting to %1…": "Verbinde mit %1…",
    "Could not connect to %1:\n%2\n\nPress Connect to try again.":
        "Keine Verbindung zu %1:\n%2\n\nMit „Verbinden“ erneut versuchen.",
    "Not connected to %1: its host key has changed (details in the red banner above). Postdesk did not log in.":
        "Nicht mit %1 verbunden: Sein Hostschlüssel hat sich geändert (Details im roten Balken oben). Postdesk hat sich nicht angemeldet.",
    "Show &body": "&Inhalt anzeigen",
    "Read the message body from the server (postcat -b). The body may contain personal data.":
        "Den Nachrichteninhalt vom Server lesen (postcat -b). Der Inhalt kann personenbezogene Daten enthalten.",
    "Select a message to see its headers.": "Wählen Sie eine Nachricht, um ihre Kopfzeilen zu sehen.",
    "Preview": "Vorschau", "Loading %1…": "Lade %1…",
    "This message has left the queue.": "Diese Nachricht ist nicht mehr in der Warteschlange.",
    "This account can list the queue but cannot read message contents.":
        "Dieses Konto kann die Warteschlange auflisten, aber keine Nachrichteninhalte lesen.",
    "Could not read the message: %1": "Die Nachricht konnte nicht gelesen werden: %1",
    "%1 — %2": "%1 — %2", "— Envelope —": "— Umschlag —", "— Body —": "— Inhalt —",
    "[… body cut at the size limit]": "[… Inhalt an der Größengrenze abgeschnitten]",
    "Filter by sender, recipient, domain or reason (Ctrl+F)":
        "Nach Absender, Empfänger, Domain oder Grund filtern (Strg+F)",
    "All queues": "Alle Warteschlangen", "Select a server on the left.": "Wählen Sie links einen Server.",
    "Loading…": "Lade…", "Loading… %1 messages, %2": "Lade… %1 Nachrichten, %2",
    "Loading was canceled. Press F5 to load the queue again.":
        "Das Laden wurde abgebrochen. Mit F5 die Warteschlange neu laden.",
    "Canceled: partial listing": "Abgebrochen: unvollständige Liste",
    "Postfix is not installed on this server.": "Auf diesem Server ist Postfix nicht installiert.",
    "The mail system is down: Postfix is not running on this server.":
        "Das Mailsystem ist ausgefallen: Postfix läuft auf diesem Server nicht.",
    "mail system is down": "Mailsystem ausgefallen", "Queue is empty.": "Die Warteschlange ist leer.",
    "%n line(s) could not be read": ("%n Zeile konnte nicht gelesen werden", "%n Zeilen konnten nicht gelesen werden"),
    "Message %1 has left the queue.": "Nachricht %1 ist nicht mehr in der Warteschlange.",
    "No message matches the filter.": "Keine Nachricht passt zum Filter.",
    "Loading the queue…": "Lade die Warteschlange…", "%1 %2": "%1 %2", "total %1": "gesamt %1",
    " (showing %1)": " (%1 angezeigt)", " — loading…": " — lädt…", " — as of %1": " — Stand %1",
    "arrived %1": "eingegangen %1", "%n byte(s)": ("%n Byte", "%n Bytes"), "(empty)": "(leer)",
    "%1 +%2": "%1 +%2", "forced expire": "Ablauf erzwungen", "%1: %2": "%1: %2",
    "… and %n more": ("… und %n weiterer", "… und %n weitere"),
    "Queue": "Warteschlange", "Queue ID": "Queue-ID", "Arrival": "Eingang", "Age": "Alter",
    "Size": "Größe", "Sender": "Absender", "Recipients": "Empfänger", "Reason": "Grund", "Flags": "Markierungen",
    "&Remember in the system keychain": "Im System-Schlüsselbund &merken",
    "No system keychain is available.": "Kein System-Schlüsselbund verfügbar.",
    "ask when connecting": "beim Verbinden fragen",
    "Read-only: never offer queue actions": "Nur lesen: nie Aktionen auf der Warteschlange anbieten",
    "Add server": "Server hinzufügen", "Edit server": "Server bearbeiten",
    "mx1.example.org (empty: this machine)": "mx1.example.org (leer: dieser Rechner)",
    "SSH agent": "SSH-Agent", "Key file": "Schlüsseldatei", "Password": "Passwort",
    "Automatic (use sudo when needed)": "Automatisch (sudo bei Bedarf)",
    "Never (root login or viewer account)": "Nie (root-Anmeldung oder Lesekonto)",
    "sudo without password": "sudo ohne Passwort", "sudo with password": "sudo mit Passwort",
    "default: ~/.ssh/known_hosts": "Standard: ~/.ssh/known_hosts", "Browse…": "Durchsuchen…",
    "Private key": "Privater Schlüssel", "Known hosts file": "Known-hosts-Datei",
    "&Name:": "&Name:", "&Host:": "&Host:", "&Port:": "&Port:", "&User:": "Ben&utzer:",
    "&Authentication:": "&Anmeldung:", "&Key file:": "&Schlüsseldatei:",
    "Key &passphrase:": "Schlüssel-&Passphrase:", "SSH pass&word:": "SSH-Pass&wort:", "&Sudo:": "&Sudo:",
    "Sudo pa&ssword:": "Sudo-Pa&sswort:", "Known hosts &file:": "Known-hosts-&Datei:",
    "Passwords are stored in the system keychain, never in Postdesk's settings. Leave them empty to be asked.":
        "Passwörter werden im System-Schlüsselbund gespeichert, nie in den Einstellungen von Postdesk. Leer lassen, um gefragt zu werden.",
    "No system keychain: passwords are asked for when connecting.":
        "Kein System-Schlüsselbund: Passwörter werden beim Verbinden abgefragt.",
    "Give the server a name.": "Geben Sie dem Server einen Namen.",
    "Enter the user to log in as.": "Geben Sie den Benutzer für die Anmeldung ein.",
    "Choose the private key file.": "Wählen Sie die private Schlüsseldatei.",
    "Remove server": "Server entfernen",
    "Remove %1 from Postdesk? Its stored passwords are deleted from the keychain too. Nothing changes on the server.":
        "%1 aus Postdesk entfernen? Seine gespeicherten Passwörter werden auch aus dem Schlüsselbund gelöscht. Auf dem Server ändert sich nichts.",
    "not connected": "nicht verbunden", "connecting": "verbinde", "ready": "bereit", "failed": "fehlgeschlagen",
    "this machine": "dieser Rechner", "%1\nState: %2": "%1\nZustand: %2",
    "SSH password": "SSH-Passwort", "Password for %1:": "Passwort für %1:", "Key passphrase": "Schlüssel-Passphrase",
    "Passphrase for the key %1:": "Passphrase für den Schlüssel %1:", "sudo password": "sudo-Passwort",
    "sudo password of %1 (sent to sudo on its standard input only):":
        "sudo-Passwort von %1 (wird nur über die Standardeingabe an sudo übergeben):",
    "No sudo password given.": "Kein sudo-Passwort angegeben.",
    "The host key of %1 port %2 has CHANGED. Postdesk refused to connect: this can be an attack. The server now presents %3 %4, which does not match %5. If the key was changed on purpose, remove the old entry from that file yourself.":
        "Der Hostschlüssel von %1 Port %2 hat sich GEÄNDERT. Postdesk hat die Verbindung verweigert: Das kann ein Angriff sein. Der Server zeigt jetzt %3 %4, was nicht zu %5 passt. Wurde der Schlüssel absichtlich geändert, entfernen Sie den alten Eintrag selbst aus dieser Datei.",
    "your known_hosts file": "Ihrer known_hosts-Datei",
    "Connection to %1 refused: its host key has CHANGED.": "Verbindung zu %1 verweigert: Sein Hostschlüssel hat sich GEÄNDERT.",
    "Postdesk shows the mail queues of your Postfix servers over SSH.\nAdd your first server to begin.":
        "Postdesk zeigt die Mail-Warteschlangen Ihrer Postfix-Server über SSH.\nFügen Sie Ihren ersten Server hinzu, um zu beginnen.",
    "Welcome to Postdesk": "Willkommen bei Postdesk",
    # Shown in the GUI from core: connection, login, sudo and loader messages.
    "Postfix mail queues over SSH": "Postfix-Mail-Warteschlangen über SSH",
    "Use the INI settings FILE instead of the user's settings.": "Die INI-Einstellungsdatei FILE statt der Benutzereinstellungen verwenden.",
    "Connect to the server profile called NAME.": "Mit dem Serverprofil NAME verbinden.",
    "This account can list the queue but cannot read message contents: it is not root and has no sudo rights.":
        "Dieses Konto kann die Warteschlange auflisten, aber keine Nachrichteninhalte lesen: Es ist nicht root und hat keine sudo-Rechte.",
    "This account cannot change the queue or the Postfix configuration: it is not root and has no sudo rights.":
        "Dieses Konto kann weder die Warteschlange noch die Postfix-Konfiguration ändern: Es ist nicht root und hat keine sudo-Rechte.",
    "sudo on this server needs a password: enter the sudo password for %1.":
        "sudo braucht auf diesem Server ein Passwort: Geben Sie das sudo-Passwort für %1 ein.",
    "The account %1 may not use sudo on this server (it is not in the sudoers file).":
        "Das Konto %1 darf auf diesem Server sudo nicht verwenden (es steht nicht in der sudoers-Datei).",
    "sudo did not accept the password for %1.": "sudo hat das Passwort für %1 nicht angenommen.",
    "The sudo rules on this server do not allow %1 to run this command (%2).":
        "Die sudo-Regeln dieses Servers erlauben %1 diesen Befehl nicht (%2).",
    "The account %1 may not use sudo on this server.": "Das Konto %1 darf auf diesem Server sudo nicht verwenden.",
    "connection to %1 lost": "Verbindung zu %1 unterbrochen",
    "timed out after %1 s": "Zeitüberschreitung nach %1 s",
    "output exceeded %1 MB": "Ausgabe größer als %1 MB",
    "%1 did not answer within %2 s.": "%1 hat nicht innerhalb von %2 s geantwortet.",
    "%1 did not answer in time (%2).": "%1 hat nicht rechtzeitig geantwortet (%2).",
    "Cannot reach %1: %2": "%1 ist nicht erreichbar: %2",
    "SSH handshake with %1 failed: %2": "SSH-Verbindungsaufbau mit %1 fehlgeschlagen: %2",
    "The host key of %1 was not accepted; not connected.": "Der Hostschlüssel von %1 wurde nicht angenommen; keine Verbindung.",
    "Login to %1 canceled.": "Anmeldung bei %1 abgebrochen.",
    "WARNING: the host key of %1 has CHANGED. known_hosts (%2) has %3, but the server now presents %4 %5. Someone may be intercepting the connection, or the server was reinstalled. Postdesk will not connect. If the change is expected, remove the old entry from %2 and connect again.":
        "WARNUNG: Der Hostschlüssel von %1 hat sich GEÄNDERT. known_hosts (%2) enthält %3, aber der Server zeigt jetzt %4 %5. Jemand könnte die Verbindung abfangen, oder der Server wurde neu installiert. Postdesk verbindet sich nicht. Ist die Änderung erwartet, entfernen Sie den alten Eintrag aus %2 und verbinden Sie sich erneut.",
    "another key": "ein anderer Schlüssel",
    "Cannot save the host key to %1: %2": "Der Hostschlüssel kann nicht in %1 gespeichert werden: %2",
    "%1 does not accept this login method; the server offers only: %2.":
        "%1 akzeptiert diese Anmeldemethode nicht; der Server bietet nur: %2.",
    "No ssh-agent is running (SSH_AUTH_SOCK is not set).": "Es läuft kein ssh-agent (SSH_AUTH_SOCK ist nicht gesetzt).",
    "Password for %1": "Passwort für %1",
    "Passphrase for the key %1": "Passphrase für den Schlüssel %1",
    "Wrong passphrase for the key %1. Try again:": "Falsche Passphrase für den Schlüssel %1. Erneut versuchen:",
    "Wrong passphrase for the key %1 (3 attempts).": "Falsche Passphrase für den Schlüssel %1 (3 Versuche).",
    "Key refused: %1 accepted none of the keys in the ssh-agent.": "Schlüssel abgelehnt: %1 hat keinen der Schlüssel im ssh-agent angenommen.",
    "Key refused: %1 does not accept the key %2.": "Schlüssel abgelehnt: %1 akzeptiert den Schlüssel %2 nicht.",
    "Wrong password for %1.": "Falsches Passwort für %1.",
    "Login to %1 failed: %2": "Anmeldung bei %1 fehlgeschlagen: %2",
    "Not connected to a server.": "Mit keinem Server verbunden.",
    "Reading the message timed out.": "Zeitüberschreitung beim Lesen der Nachricht.",
    "Postfix is not installed on this server (no postqueue in /usr/sbin, /usr/local/sbin or /usr/bin).":
        "Auf diesem Server ist Postfix nicht installiert (kein postqueue in /usr/sbin, /usr/local/sbin oder /usr/bin).",
    "Listing the queue timed out after %1 s.": "Zeitüberschreitung beim Auflisten der Warteschlange nach %1 s.",
    "Queue report unavailable: the mail system is down on this server.":
        "Keine Warteschlangenübersicht: Das Mailsystem ist auf diesem Server ausgefallen.",
    "This account is not allowed to view the mail queue (Postfix authorized_mailq_users).":
        "Dieses Konto darf die Mail-Warteschlange nicht ansehen (Postfix authorized_mailq_users).",
    "The connection to the server failed.": "Die Verbindung zum Server ist fehlgeschlagen.",
    "Not sent to the server.": "Nicht an den Server gesendet.",
}

# Triage (issue 3): reason classes, queue view, log page, charts.
GLOSSARY.update({
    "Network / port 25": "Netzwerk / Port 25", "DNS": "DNS", "TLS / certificates": "TLS / Zertifikate",
    "Authentication / relay": "Anmeldung / Relay", "Throttling / greylisting": "Drosselung / Greylisting",
    "Mailbox full": "Postfach voll", "Recipient unknown": "Empfänger unbekannt",
    "Content filter": "Inhaltsfilter", "Configuration": "Konfiguration", "Blocked by policy": "Durch Richtlinie blockiert",
    "Other": "Sonstiges", "no rule matched": "keine Regel hat gepasst",
    "a milter could not be reached or failed": "ein Milter war nicht erreichbar oder ist fehlgeschlagen",
    "a filter on this machine timed out while scanning the message": "ein Filter auf diesem Rechner hat beim Prüfen der Nachricht das Zeitlimit überschritten",
    "\"mail transport unavailable\": the delivery agent could not start": "„mail transport unavailable“: der Zustellagent konnte nicht starten",
    "a mail loop: the next hop is this server itself": "eine Mail-Schleife: der nächste Hop ist dieser Server selbst",
    "the blocklist refuses this server's DNS resolver (\"open resolver\")": "die Sperrliste lehnt den DNS-Resolver dieses Servers ab („open resolver“)",
    "Postfix's own bounce/trace service failed": "der Bounce-/Trace-Dienst von Postfix ist fehlgeschlagen",
    "the transport is listed in defer_transports": "der Transport steht in defer_transports",
    "a backup MX is set up without the primary's consent": "ein Backup-MX ist ohne Zustimmung des primären eingerichtet",
    "an internal Postfix service did not answer": "ein interner Postfix-Dienst hat nicht geantwortet",
    "postscreen refused the client after its tests": "postscreen hat den Client nach seinen Tests abgewiesen",
    "the receiver's reverse-DNS (PTR) check of this server failed": "die Reverse-DNS-Prüfung (PTR) dieses Servers beim Empfänger ist fehlgeschlagen",
    "a lookup table or database (map, LDAP, SQL) failed": "eine Nachschlagetabelle oder Datenbank (Map, LDAP, SQL) ist fehlgeschlagen",
    "TLS is required by policy but the other side does not offer it": "TLS ist laut Richtlinie Pflicht, die Gegenseite bietet es aber nicht an",
    "the TLS handshake failed (\"SSL_connect error\", \"Cannot start TLS\")": "der TLS-Handshake ist fehlgeschlagen („SSL_connect error“, „Cannot start TLS“)",
    "a certificate was not trusted or could not be loaded": "einem Zertifikat wurde nicht vertraut oder es konnte nicht geladen werden",
    "the other server refuses to relay (\"Relay access denied\")": "der andere Server verweigert das Weiterleiten („Relay access denied“)",
    "the receiver requires SPF/DKIM/DMARC that did not pass": "der Empfänger verlangt SPF/DKIM/DMARC, das nicht bestanden wurde",
    "SMTP authentication failed or is missing (SASL, 535, 530)": "SMTP-Anmeldung fehlgeschlagen oder fehlt (SASL, 535, 530)",
    "the connection to the next hop was refused, timed out or dropped": "die Verbindung zum nächsten Hop wurde abgelehnt, lief in ein Zeitlimit oder brach ab",
    "greylisting: the receiver wants a later retry": "Greylisting: der Empfänger will einen späteren Versuch",
    "the receiver limits the rate or number of connections/messages": "der Empfänger begrenzt Rate oder Anzahl der Verbindungen/Nachrichten",
    "a temporary refusal because of too many bounces": "eine vorübergehende Ablehnung wegen zu vieler Bounces",
    "the recipient's mailbox is full or over quota": "das Postfach des Empfängers ist voll oder über dem Kontingent",
    "Microsoft's directory-based edge blocking (550 5.4.1 Access denied)": "verzeichnisbasierte Sperre von Microsoft (550 5.4.1 Access denied)",
    "the recipient address does not exist or is disabled": "die Empfängeradresse existiert nicht oder ist deaktiviert",
    "the recipient address was refused as invalid syntax": "die Empfängeradresse wurde als ungültig abgelehnt",
    "the other server reports its own internal error": "der andere Server meldet einen eigenen internen Fehler",
    "a temporary \"try again later\" without another stated cause": "ein vorübergehendes „später erneut versuchen“ ohne andere genannte Ursache",
    "the receiver deliberately refused the mail (access or policy)": "der Empfänger hat die Mail bewusst abgelehnt (Zugriff oder Richtlinie)",
    "\"try again later\" without another stated cause": "„später erneut versuchen“ ohne andere genannte Ursache",
    "enhanced status X.2.2 (mailbox full)": "erweiterter Status X.2.2 (Postfach voll)",
    "enhanced status X.1.1 and similar (bad destination mailbox)": "erweiterter Status X.1.1 und ähnliche (falsches Zielpostfach)",
    "enhanced status X.1.2/X.4.3 (destination system or DNS problem)": "erweiterter Status X.1.2/X.4.3 (Zielsystem- oder DNS-Problem)",
    "enhanced status X.4.6 / X.3.5 (routing loop, system misconfigured)": "erweiterter Status X.4.6 / X.3.5 (Routing-Schleife, System falsch konfiguriert)",
    "SMTP reply 530/535 (authentication required or failed)": "SMTP-Antwort 530/535 (Anmeldung nötig oder fehlgeschlagen)",
    "enhanced status X.7.8 (authentication)": "erweiterter Status X.7.8 (Anmeldung)",
    "enhanced status X.4.1/X.4.2 (no answer, bad connection)": "erweiterter Status X.4.1/X.4.2 (keine Antwort, schlechte Verbindung)",
    "a temporary 4.7.x refusal without another stated cause": "eine vorübergehende 4.7.x-Ablehnung ohne andere genannte Ursache",
    "SMTP reply 421 (service not available, try later)": "SMTP-Antwort 421 (Dienst nicht verfügbar, später versuchen)",
    "a permanent 5.7.x refusal (delivery not authorized)": "eine dauerhafte 5.7.x-Ablehnung (Zustellung nicht erlaubt)",
    "550/553 in reply to RCPT TO without another stated cause": "550/553 auf RCPT TO ohne andere genannte Ursache",
    "a permanent refusal of the message content (after DATA)": "eine dauerhafte Ablehnung des Nachrichteninhalts (nach DATA)",
    "total: %1": "gesamt: %1", "Nothing to show.": "Nichts anzuzeigen.", "Export PNG…": "Als PNG exportieren…",
    "Save this chart as a PNG image": "Dieses Diagramm als PNG-Bild speichern", "Export chart": "Diagramm exportieren",
    "Could not write %1.": "%1 konnte nicht geschrieben werden.", "PNG images (*.png)": "PNG-Bilder (*.png)",
    "Stuck recipients by reason": "Hängende Empfänger nach Grund",
    "Top recipient domains in the queue": "Häufigste Empfängerdomains in der Warteschlange",
    "Age of queued recipients": "Alter der wartenden Empfänger",
    "Deliveries per hour (mail log)": "Zustellungen pro Stunde (Mail-Log)",
    "Queue size during this session": "Warteschlangengröße in dieser Sitzung",
    "The queue has not been loaded yet.": "Die Warteschlange wurde noch nicht geladen.",
    "Load the mail log on the Log tab to see deliveries per hour.": "Laden Sie das Mail-Log im Reiter „Log“, um Zustellungen pro Stunde zu sehen.",
    "No reason yet": "Noch kein Grund", "%1\nWhat to do: %2": "%1\nWas tun: %2", "%1 %": "%1 %",
    "%1 of %2 messages — click to show them": "%1 von %2 Nachrichten — klicken, um sie anzuzeigen",
    "Class": "Klasse", "Messages": "Nachrichten", "Share": "Anteil", "Example reason": "Beispielgrund",
    "What it means / what to do": "Was es bedeutet / was zu tun ist", "No queue loaded.": "Keine Warteschlange geladen.",
    "The queue is empty.": "Die Warteschlange ist leer.",
    "sent": "gesendet", "deferred": "zurückgestellt", "bounced": "unzustellbar", "expired": "abgelaufen",
    "rejected": "abgelehnt", "other": "sonstige", "What to do: %1": "Was tun: %1",
    "delay %1 s (delays %2)": "Verzögerung %1 s (delays %2)", "Time": "Zeit", "Recipient": "Empfänger",
    "Relay / client": "Relay / Client", "Select an event to see its log line.": "Wählen Sie ein Ereignis, um seine Log-Zeile zu sehen.",
    "Choose a time window and press Load to read the mail log.": "Wählen Sie ein Zeitfenster und drücken Sie „Laden“, um das Mail-Log zu lesen.",
    "Last hour": "Letzte Stunde", "Last 24 hours": "Letzte 24 Stunden", "Last 7 days": "Letzte 7 Tage",
    "Custom…": "Eigenes…", "Load": "Laden", "Read the mail log of this window from the server": "Das Mail-Log dieses Zeitfensters vom Server lesen",
    "Mail log of the": "Mail-Log, Zeitraum:", "All statuses": "Alle Status", "All reasons": "Alle Gründe",
    "Recipient domain": "Empfängerdomain", "Text anywhere in the line": "Text irgendwo in der Zeile",
    "Deliveries per hour": "Zustellungen pro Stunde", "No log loaded yet.": "Noch kein Log geladen.",
    "Top senders": "Häufigste Absender", "Deferred to": "Zurückgestellt an", "Deferrals": "Rückstellungen",
    "Reading the log… %1": "Lese das Log… %1", "Reading the log…": "Lese das Log…", "Canceled.": "Abgebrochen.",
    "Loading was canceled. Press Load to read the log again.": "Das Laden wurde abgebrochen. Mit „Laden“ das Log erneut lesen.",
    "Could not read the mail log: %1": "Das Mail-Log konnte nicht gelesen werden: %1", "no permission": "keine Berechtigung",
    "No deliveries or rejects in this window.": "Keine Zustellungen oder Ablehnungen in diesem Zeitfenster.",
    "%1 read from %2 in %3 s": "%1 aus %2 gelesen in %3 s", "the journal": "dem Journal",
    " — showing the newest %1 events": " — die neuesten %1 Ereignisse werden gezeigt",
    "From %1 to %2 (server time)": "Von %1 bis %2 (Serverzeit)",
    "%n log line(s) could not be read": ("%n Log-Zeile konnte nicht gelesen werden", "%n Log-Zeilen konnten nicht gelesen werden"),
    "<> (bounces)": "<> (Bounces)", "&Queue": "&Warteschlange", "&Log": "&Log", "C&harts": "&Diagramme",
    "The queue of this server (Ctrl+1)": "Die Warteschlange dieses Servers (Strg+1)",
    "Deliveries and statistics from the mail log (Ctrl+2)": "Zustellungen und Statistik aus dem Mail-Log (Strg+2)",
    "Charts of the queue and the log (Ctrl+3)": "Diagramme zu Warteschlange und Log (Strg+3)",
    "%1 is not in the queue (as of the last refresh).": "%1 ist nicht in der Warteschlange (Stand der letzten Aktualisierung).",
    "%1 is hidden by the queue filter.": "%1 ist durch den Warteschlangenfilter ausgeblendet.",
    "Load the queue again, or the log on the Log tab (F5)": "Warteschlange neu laden, im Reiter „Log“ das Log (F5)",
    "&Message": "&Nachricht", "&Log trail": "&Log-Verlauf",
    "This message's lines in the mail log on the server": "Die Zeilen dieser Nachricht im Mail-Log des Servers",
    "Open this tab to search the mail log for the selected message.": "Öffnen Sie diesen Reiter, um das Mail-Log nach der gewählten Nachricht zu durchsuchen.",
    "Show only messages whose reason is of this class": "Nur Nachrichten zeigen, deren Grund zu dieser Klasse gehört",
    "All classes": "Alle Klassen", "%1 (%2)": "%1 (%2)", "By class": "Nach Klasse", "Shape": "Verteilung",
    "Why mail is stuck: messages per reason class, with what to do": "Warum Mail hängt: Nachrichten je Grundklasse, mit Abhilfe",
    "Where mail clogs: recipients per domain and age, top senders": "Wo es staut: Empfänger je Domain und Alter, häufigste Absender",
    "Messages (%1)": "Nachrichten (%1)", "By class (%1)": "Nach Klasse (%1)", "Next retry": "Nächster Versuch",
    "Expires": "Läuft ab", "Total": "Gesamt",
    "%1: %2 recipient(s) — double-click to list its messages": "%1: %2 Empfänger — Doppelklick listet die Nachrichten",
    "%1 recipient(s) in total": "%1 Empfänger insgesamt", "between %1 and %2 minutes old": "zwischen %1 und %2 Minuten alt",
    "older than %1 minutes": "älter als %1 Minuten", "%1: %2 recipient(s) %3": "%1: %2 Empfänger %3",
    "All domains": "Alle Domains", "%1 h": "%1 h", "%1 d": "%1 T", "≥ %1": "≥ %1", "< %1": "< %1",
    "Sender domain": "Absenderdomain", "Recipients in the queue": "Empfänger in der Warteschlange",
    "Older than %1 minutes": "Älter als %1 Minuten", "Younger than %1 minutes": "Jünger als %1 Minuten",
    "By recipient domain": "Nach Empfängerdomain", "By sender domain": "Nach Absenderdomain",
    "Top senders (messages in the queue)": "Häufigste Absender (Nachrichten in der Warteschlange)",
    "%1\n%2 message(s) to %3 recipient(s), %4\noldest message arrived %5": "%1\n%2 Nachricht(en) an %3 Empfänger, %4\nälteste Nachricht eingegangen %5",
    "Program": "Programm", "Message": "Nachricht",
    "Select a message to see its lines in the mail log.": "Wählen Sie eine Nachricht, um ihre Zeilen im Mail-Log zu sehen.",
    "Searching the mail log for %1…": "Durchsuche das Mail-Log nach %1…", " (%1)": " (%1)",
    "No mail log found on this server: %1": "Kein Mail-Log auf diesem Server gefunden: %1",
    "the mail log": "das Mail-Log",
    "%n log line(s) for %1": ("%n Log-Zeile für %1", "%n Log-Zeilen für %1"),
    " (followed %1)": " (verfolgt: %1)", " from %1": " aus %1",
    " — only the newest lines are shown": " — nur die neuesten Zeilen werden gezeigt",
    "Ran on the server:\n%1": "Auf dem Server ausgeführt:\n%1",
})


# Queue actions and fixes (issue 5): menus, preview dialog.
GLOSSARY.update({
    "none": "keine", "%1 — preview": "%1 — Vorschau", "1 message": "1 Nachricht", "%1 messages": "%1 Nachrichten",
    "Put %1 on hold": "%1 zurückhalten", "Release %1": "%1 freigeben", "Requeue %1": "%1 neu einreihen",
    "Force-expire %1": "%1 ablaufen lassen", "Delete %1": "%1 löschen", "Deliver %1 now": "%1 jetzt zustellen",
    "Flush all deferred mail": "Alle zurückgestellten Mails jetzt zustellen",
    "Flush this destination": "Dieses Ziel jetzt zustellen", "Hold instead": "Stattdessen zurückhalten",
    "Force-expire instead": "Stattdessen ablaufen lassen", "Release instead": "Stattdessen freigeben",
    "Requeue instead": "Stattdessen neu einreihen", "Delete instead": "Stattdessen löschen",
    "Deliver now instead": "Stattdessen jetzt zustellen", "%1 instead": "Stattdessen %1",
    "Recipient domains:": "Empfängerdomains:", "Senders:": "Absender:",
    "Command that will run on the server:": "Befehl, der auf dem Server ausgeführt wird:",
    "Sample (%1 of %2, oldest first):": "Stichprobe (%1 von %2, älteste zuerst):", "Messages:": "Nachrichten:",
    "Arrived": "Eingegangen",
    "This is a large or whole-queue action. Type the server name “%1” to confirm:":
        "Dies betrifft viele Nachrichten oder eine ganze Warteschlange. Zur Bestätigung den Servernamen „%1“ eingeben:",
    "Type the number of messages (%1) to confirm:": "Zur Bestätigung die Anzahl der Nachrichten (%1) eingeben:",
    "No message to act on.": "Keine Nachricht betroffen.",
    "Type the confirmation above first.": "Bitte zuerst oben die Bestätigung eingeben.",
    "Fixes": "Korrekturen", "&Relayhost…": "&Relayhost…",
    "Send all outgoing mail through a relay (smarthost) with a login":
        "Alle ausgehenden Mails über ein Relay (Smarthost) mit Anmeldung senden",
    "Re&move relay…": "Relay ent&fernen…",
    "Deliver mail directly again: remove relayhost and its stored login":
        "Mails wieder direkt zustellen: relayhost und die gespeicherte Anmeldung entfernen",
    "Retry and &throttling…": "Wiederholung und &Drosselung…", "&Services…": "&Dienste…",
    "Restart Postfix, Amavis or Dovecot; Plesk's mail repair":
        "Postfix, Amavis oder Dovecot neu starten; Mail-Reparatur von Plesk",
    "&Changes and rollback…": "Ä&nderungen und Rücknahme…",
    "The configuration backups Postdesk made on this server, with rollback":
        "Die Konfigurationssicherungen, die Postdesk auf diesem Server angelegt hat, mit Rücknahme",
    "This account cannot change the configuration. %1": "Dieses Konto kann die Konfiguration nicht ändern. %1",
    "This account cannot restart services. %1": "Dieses Konto kann keine Dienste neu starten. %1",
    "Selected messages": "Ausgewählte Nachrichten", "Messages the filter shows": "Vom Filter gezeigte Nachrichten",
    "Whole queue": "Ganze Warteschlange", "Account rights…": "Rechte des Kontos…", "Audit log…": "Prüfprotokoll…",
    "Every action and change Postdesk ran, on every server":
        "Jede Aktion und Änderung, die Postdesk ausgeführt hat, auf allen Servern",
    "Delete the selected messages…": "Ausgewählte Nachrichten löschen…",
    "Not connected to the server.": "Nicht mit dem Server verbunden.",
    "Another action is running; wait for it or cancel it (Esc).":
        "Eine andere Aktion läuft; abwarten oder abbrechen (Esc).",
    "Force-expire needs Postfix 3.5 or later.": "Ablaufen lassen braucht Postfix 3.5 oder neuer.",
    "all %1 the filter shows": "alle %1, die der Filter zeigt", "all %1 in the queue": "alle %1 in der Warteschlange",
    "the selected message": "die ausgewählte Nachricht", "the %1 selected messages": "die %1 ausgewählten Nachrichten",
    "Select messages in the table first.": "Bitte zuerst Nachrichten in der Tabelle auswählen.",
    "Flush all deferred mail (%1)": "Alle zurückgestellten Mails jetzt zustellen (%1)",
    "Flush a destination…": "Ein Ziel jetzt zustellen…", "Flush a destination": "Ein Ziel jetzt zustellen",
    "Known once connected.": "Bekannt, sobald verbunden.",
    "This server profile is read-only: Postdesk offers no queue actions for it.":
        "Dieses Serverprofil ist schreibgeschützt: Postdesk bietet dafür keine Aktionen an.",
    "%1: not possible. %2": "%1: nicht möglich. %2", "%1: starting…": "%1: wird gestartet…",
    "Actions": "Aktionen", "Account rights": "Rechte des Kontos",
})

# Fleet (issue 6): dashboard, cards, alerts, server dialog, imports.
GLOSSARY.update({
    "%n deferred": ("%n zurückgestellt", "%n zurückgestellt"),
    "queue grew by %1 in %2 min": "Warteschlange um %1 in %2 min gewachsen",
    "queue shrank by %1 in %2 min": "Warteschlange um %1 in %2 min geschrumpft",
    "oldest message is %1 h old": "älteste Nachricht ist %1 h alt",
    "empty sender": "leerer Absender", "one sender holds %1 % (%2)": "ein Absender hält %1 % (%2)",
    " (critical at %1%2)": " (kritisch ab %1%2)", " (warning at %1%2)": " (Warnung ab %1%2)",
    "Warning": "Warnung", "Critical": "Kritisch", "Unknown": "Unbekannt", "Ungrouped": "Ohne Gruppe",
    "Polling off — press Poll all now": "Abfrage aus — „Alle jetzt abfragen“ drücken",
    "Connecting…": "Verbinde…", "Polling…": "Frage ab…", "Open in the window": "Im Fenster geöffnet",
    "Waiting for the first poll": "Wartet auf die erste Abfrage", "Unreachable": "Nicht erreichbar",
    "Unreachable: %1": "Nicht erreichbar: %1", "Timed out": "Zeitüberschreitung",
    "Host key changed — refused": "Host-Schlüssel geändert — abgelehnt",
    "Host key not verified yet — open to verify": "Host-Schlüssel noch nicht bestätigt — zum Prüfen öffnen",
    "Login failed": "Anmeldung fehlgeschlagen",
    "Password not in keychain — open to log in": "Passwort nicht im Schlüsselbund — zum Anmelden öffnen",
    "Mail system down": "Mailsystem gestoppt", "Listing the queue failed": "Auflisten der Warteschlange fehlgeschlagen",
    "Listing the queue failed: %1": "Auflisten der Warteschlange fehlgeschlagen: %1", "Canceled": "Abgebrochen",
    "Warning: %1": "Warnung: %1", "Critical: %1": "Kritisch: %1",
    "%1 deferred · %2 hold · %3 active · %4 incoming": "%1 zurückgestellt · %2 zurückgehalten · %3 aktiv · %4 eingehend",
    "oldest %1": "älteste %1", "▲ +%1 since last poll": "▲ +%1 seit der letzten Abfrage",
    "▼ −%1 since last poll": "▼ −%1 seit der letzten Abfrage", "▶ unchanged since last poll": "▶ unverändert seit der letzten Abfrage",
    "not polled yet": "noch nicht abgefragt", "polled %1 ago": "abgefragt vor %1",
    "1 server": "1 Server", "%1 servers": "%1 Server", "all fine": "alles in Ordnung",
    "1 needs attention": "1 braucht Aufmerksamkeit", "%1 need attention": "%1 brauchen Aufmerksamkeit",
    "%1 · %2 · %3 deferred in the fleet": "%1 · %2 · %3 zurückgestellt insgesamt",
    "Cleared: %1": "Aufgehoben: %1", "%1: alert cleared": "%1: Alarm aufgehoben",
    "warning at": "Warnung ab", "critical at": "kritisch ab", "deferred messages": "zurückgestellte Nachrichten",
    "growth": "Wachstum", "oldest message": "älteste Nachricht", "one sender's share": "Anteil eines Absenders",
    " messages": " Nachrichten", "Alerts": "Alarme",
    "When the dashboard warns about this server (0 = off)": "Wann das Dashboard für diesen Server warnt (0 = aus)",
    "Deferred messages:": "Zurückgestellte Nachrichten:", "Queue growth:": "Wachstum der Warteschlange:",
    "… within:": "… innerhalb von:", "Oldest message:": "Älteste Nachricht:", "One sender's share:": "Anteil eines Absenders:",
    "… when the queue holds at least:": "… wenn die Warteschlange mindestens enthält:", "off": "aus",
    "Alerts: the warning level of %1 must be below its critical level.":
        "Alarme: die Warnschwelle von %1 muss unter der kritischen Schwelle liegen.",
    "Poll all now": "Alle jetzt abfragen", "Filter servers, clients, states…": "Server, Kunden, Zustände filtern…",
    "Filter servers": "Server filtern", "Poll every server now, ahead of its schedule": "Jeden Server sofort abfragen, vor seinem Zeitplan",
    "Queue history": "Verlauf der Warteschlange", "History range": "Zeitraum", "All servers": "Alle Server",
    "History of": "Verlauf von", "messages": "Nachrichten",
    "No history of %1 in this range yet: it grows with every poll.": "Noch kein Verlauf von %1 in diesem Zeitraum: er wächst mit jeder Abfrage.",
    "all queued": "alle in der Warteschlange", "Dashboard": "Dashboard",
    "Every server at a glance (Ctrl+0)": "Alle Server auf einen Blick (Strg+0)",
    "Queue history is not kept: %1": "Der Verlauf wird nicht gespeichert: %1", "Import / export": "Import / Export",
    "%1 (client: %2)": "%1 (Kunde: %2)", "last known: %1": "zuletzt bekannt: %1",
    "client or group (the dashboard groups by it)": "Kunde oder Gruppe (das Dashboard gruppiert danach)",
    "Off (only on \"Poll all now\")": "Aus (nur bei „Alle jetzt abfragen“)", "every hour": "stündlich",
    "detect (journal, maillog_file, /var/log/mail.log …)": "erkennen (Journal, maillog_file, /var/log/mail.log …)",
    "[user@]host[:port] (empty: connect directly)": "[benutzer@]host[:port] (leer: direkt verbinden)",
    "An SSH jump host, like OpenSSH's ProxyJump": "Ein SSH-Sprungserver wie ProxyJump von OpenSSH",
    "&Client / group:": "&Kunde / Gruppe:", "&Jump host:": "&Sprungserver:", "&Mail log:": "&Mail-Log:",
    "Dashboard p&olling:": "Dashboard-&Abfrage:",
    "Enter the jump host as [user@]host[:port] (one hop, no spaces).": "Sprungserver als [benutzer@]host[:port] eingeben (ein Sprung, keine Leerzeichen).",
    "Postdesk server list (*.json)": "Postdesk-Serverliste (*.json)", "Import from SSH config…": "Aus SSH-Konfiguration importieren…",
    "Import server list…": "Serverliste importieren…", "Export server list…": "Serverliste exportieren…",
    "Imported 1 server from the SSH config.": "1 Server aus der SSH-Konfiguration importiert.",
    "Imported %1 servers from the SSH config.": "%1 Server aus der SSH-Konfiguration importiert.",
    "Import server list": "Serverliste importieren", "Export server list": "Serverliste exportieren",
    "Could not read %1: %2": "%1 konnte nicht gelesen werden: %2", "Nothing imported from %1: %2": "Nichts aus %1 importiert: %2",
    "Imported %1 servers: %2 added, %3 replaced, %4 renamed.": "%1 Server importiert: %2 neu, %3 ersetzt, %4 umbenannt.",
    "Skipped: %1": "Übersprungen: %1", "Could not write %1: %2": "%1 konnte nicht geschrieben werden: %2",
    "Exported %1 servers to %2 (no passwords).": "%1 Server nach %2 exportiert (ohne Passwörter).",
    "Import from SSH config": "Aus SSH-Konfiguration importieren", "Read": "Lesen", "Config file:": "Konfigurationsdatei:",
    "Alias": "Alias", "Host": "Host", "Port": "Port", "User": "Benutzer", "Key": "Schlüssel", "Jump host": "Sprungserver",
    "Notes": "Hinweise", "Import": "Importieren",
    "Passwords and passphrases are not imported: Postdesk asks for them on the first connection and keeps them in the system keychain.":
        "Passwörter und Passphrasen werden nicht importiert: Postdesk fragt bei der ersten Verbindung danach und legt sie im Schlüsselbund des Systems ab.",
    "already imported": "bereits importiert",
    "No concrete hosts in this file (wildcard patterns are not servers).": "Keine konkreten Hosts in dieser Datei (Platzhalter-Muster sind keine Server).",
    "Import 1 server": "1 Server importieren", "Import %1 servers": "%1 Server importieren", "SSH client config": "SSH-Client-Konfiguration",
})


def main(path):
    tree = ET.parse(path)
    done = total = 0
    for message in tree.getroot().iter("message"):
        total += 1
        source = message.find("source").text or ""
        translation = message.find("translation")
        german = GLOSSARY.get(source)
        if german is None:
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if isinstance(german, tuple):
            for form in german:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = german
        translation.attrib.pop("type", None)
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{done} of {total} texts translated")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/postdesk_de.ts")
