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
}


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
