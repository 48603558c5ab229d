#pragma once

#include "commandcatalog.h"

#include <QHash>
#include <QStringList>

namespace Remote {

// The configuration changes' commands (a friend of CommandCatalog, same rules). Every command that
// writes runs as Root. Fixed scripts are constants run as `/bin/sh -c SCRIPT sh ARG…` with values
// as positional arguments (never spliced); secrets (sasl_passwd lines) travel on stdin only.
// Parameter names: [A-Za-z][A-Za-z0-9_]*; values: no NUL, CR or LF (postconf -e takes one line).
// Paths: CommandCatalog::isPlainPath. Map types: a plain word (hash, lmdb, btree, cdb, texthash).
class ConfigCommands
{
public:
    explicit ConfigCommands(const ServerCapabilities &capabilities = {});

    // Reads use CommandCatalog::postconfValues (postconf NAME…) and ServiceCommands::
    // postconfExplicit (postconf -n); they are not repeated here.
    CatalogResult postconfDefaults(const QStringList &names) const; // postconf -d NAME…
    // postconf -e 'name=value'… (one argument per parameter). Root.
    CatalogResult postconfSet(const QList<QPair<QString, QString>> &values) const;
    CatalogResult postconfRemove(const QStringList &names) const; // postconf -X NAME… Root
    // master.cf: postconf -Me 'SERVICE/TYPE=ENTRY' (ENTRY a full master.cf line of plain tokens),
    // postconf -MX SERVICE/TYPE. Root.
    CatalogResult masterSet(const QString &service, const QString &type, const QString &entry) const;
    CatalogResult masterRemove(const QString &service, const QString &type) const;
    CatalogResult postfixCheck() const;   // postfix check (Root)
    CatalogResult postfixReload() const;  // postfix reload (Root)
    CatalogResult postmap(const QString &type, const QString &path) const; // postmap TYPE:PATH (Root)

    // Map source files: set or remove one "KEY VALUE" line, keeping every other line byte for
    // byte. The new line comes on stdin ("KEY<space>VALUE\n"), the key as an argument; the file is
    // rewritten through a temp file in the same folder with `mode` (octal, e.g. 0600) and owner
    // root, then renamed. Creates the file when missing. Root. The value never appears in argv.
    CatalogResult mapSetEntry(const QString &path, const QString &key, const QByteArray &line,
                              int mode) const;
    CatalogResult mapRemoveEntry(const QString &path, const QString &key) const;

    // Backups live in CONFIG_DIR/postdesk-backups/ID/ (ID = 20261123T121314Z plus "-N" if taken):
    // copies (cp -p) of the given files plus MANIFEST ("ORIGINAL-PATH<TAB>TYPE" per file; TYPE is
    // the map type to postmap after restoring, or "-") and INFO (the JSON of BackupInfo, from
    // stdin). Prints "backup=ID". Root. Files that do not exist are recorded as absent ("!" TYPE)
    // so a restore deletes what the change created.
    CatalogResult backupCreate(const QString &configDir, const QString &id,
                               const QList<QPair<QString, QString>> &filesAndMapTypes,
                               const QByteArray &infoJson) const;
    // Copies every file of backup ID back (cp -p; byte-identical), removes files recorded as absent,
    // runs postmap for map files. Root.
    CatalogResult backupRestore(const QString &configDir, const QString &id) const;
    // One block per backup: "backup=ID" then its INFO JSON on one line; newest first. Root (the
    // folder is 0700 root).
    CatalogResult backupList(const QString &configDir) const;

    // Services. units: ServiceCommands::knownUnits() only.
    CatalogResult restartUnit(const QString &unit) const;  // systemctl restart UNIT (Root)
    CatalogResult pleskRepairMail() const;                 // plesk repair mail -y (Root, 10 min)

    // Added by slice B: the fallback restart where systemd is not reachable (containers, the test
    // namespace), and the marker a listing reports as "rolled_back=1" after an automatic rollback.
    // postconf NAME… like CommandCatalog::postconfValues, but also for service-specific names
    // with '-' ("postdesk-slow_destination_rate_delay").
    CatalogResult postconfRead(const QStringList &names) const;
    CatalogResult postfixStop() const;   // postfix stop (Root)
    CatalogResult postfixStart() const;  // postfix start (Root)
    CatalogResult backupMarkRolledBack(const QString &configDir, const QString &id) const;
    // backupList() output format, newest first, per backup:
    //   backup=ID / file=PATH<TAB>TYPE (one per MANIFEST line; TYPE "!T" = was absent) /
    //   rolled_back=1 (optional) / info=INFO-JSON-ON-ONE-LINE

private:
    CommandCatalog m_catalog;
};

} // namespace Remote
