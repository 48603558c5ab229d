#pragma once

#include "configchange.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Actions {

// Pure parsers of the configuration commands' output (postconf, postconf -M, the backup scripts of
// Remote::ConfigCommands). No I/O, no clock: fixtures give the same answer forever.
class ConfigOutput
{
public:
    // "name = value" lines of postconf / postconf -n / postconf -d ("name =" = empty value).
    // Lines that are not of this form (warnings) are skipped.
    static QHash<QString, QString> parsePostconf(QByteArrayView text);
    // postconf -M: "service/type" → the entry's fields joined by single spaces.
    static QHash<QString, QString> parseMaster(QByteArrayView text);
    // A master.cf entry with runs of white space collapsed to one space (for comparisons).
    static QString normalizedEntry(const QString &entry);
    // A parameter value as postconf prints it back, for comparisons (white space collapsed).
    static QString normalizedValue(const QString &value);

    // One backup as ConfigCommands::backupList() prints it.
    struct BackupListing
    {
        BackupInfo info;
        QList<QPair<QString, QString>> files; // path → map type ("-" plain, "!T" was absent)
    };
    // Newest first (by time, then by ID). Damaged INFO lines still give an entry (id and files).
    static QList<BackupListing> parseBackupList(QByteArrayView text);
    // "backup=ID" printed by ConfigCommands::backupCreate(); empty when missing or invalid.
    static QString parseCreatedBackupId(QByteArrayView text);

    // The file a postmap of TYPE:PATH writes ("PATH.db" for hash/btree, ".lmdb", ".cdb"); empty for
    // types without a separate file.
    static QString mapDatabaseFile(const QString &type, const QString &path);
    // True when `postfix check` output means failure (besides a non-zero exit): "fatal:" or
    // "error:" lines. Warnings are not failures.
    static bool checkOutputFails(QByteArrayView output);
    // The "warning:" lines of postfix check output (trimmed, at most 20).
    static QStringList checkWarnings(QByteArrayView output);
};

} // namespace Actions
