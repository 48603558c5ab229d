#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Actions {

// One main.cf parameter to set (postconf -e) or remove (postconf -X).
struct ParamChange
{
    QString name;
    QString newValue;
    bool remove = false;     // postconf -X: back to the default
    // Filled by ConfigChangeRunner::preview() from the server:
    QString oldValue;        // current effective value (postconf NAME)
    bool wasExplicit = false; // present in postconf -n

    static ParamChange set(const QString &name, const QString &value); // postconf -e name=value
    static ParamChange removal(const QString &name);                   // postconf -X name
};

// One "KEY VALUE" line of a map source file (sasl_passwd, a transport map), then postmap.
struct MapEntryChange
{
    QString mapType;        // "hash", "lmdb" … (default_database_type, never assumed)
    QString path;           // "/etc/postfix/sasl_passwd"
    QString key;            // "[smtp.example.com]:587"
    QByteArray value;       // "user:password" — may be a SECRET: never logged, shown or audited
    bool secret = false;    // true: diffs/audit show "•••" instead of the value
    bool remove = false;
    int mode = 0600;

    // A plain map type word ("hash", "lmdb", "texthash"): what may precede ':' in TYPE:PATH.
    static bool isMapType(const QString &type);
};

// One master.cf service (postconf -Me / -MX).
struct MasterEntryChange
{
    QString service;        // "postdesk-slow"
    QString type;           // "unix"
    QString entry;          // "postdesk-slow unix - - n - - smtp"
    bool remove = false;
};

// Everything one change does, as the user confirms it. Built by RelayhostPlan, TuningPresets or
// by hand; applied by ConfigChangeRunner along the one path (read → diff → backup → apply →
// postfix check → reload → verify → restore on failure).
struct ConfigChangePlan
{
    QString kind;           // audit key: "relayhost.set", "relayhost.remove", "tuning.retry",
                            // "tuning.throttle", "tuning.throttle.remove", "params"
    QString title;          // "Send all mail through [smtp.example.com]:587"
    QList<ParamChange> params;
    QList<MapEntryChange> maps;
    QList<MasterEntryChange> master;
    QStringList notes;      // plain sentences shown with the diff ("The password is stored in …")

    bool isEmpty() const { return params.isEmpty() && maps.isEmpty() && master.isEmpty(); }
    // A unified-diff-like text: "main.cf:\n- relayhost = \n+ relayhost = [x]:587\n" and
    // "/etc/postfix/sasl_passwd:\n+ [x]:587 •••" — secrets masked. Uses the old values when filled.
    QString diffText() const;
    // For the audit log: kind, title, parameters old → new, map keys (never values), master entries.
    QJsonObject toAuditJson() const;
};

// A server-side backup made before a change (CONFIG_DIR/postdesk-backups/ID).
struct BackupInfo
{
    QString id;             // "20261123T121314Z" (UTC), unique per server
    QDateTime time;         // UTC
    QString kind;           // the plan's kind, or "rollback" when made before a rollback
    QString title;
    QString account;        // login account that made it
    QString client;         // "postdesk 0.x on HOST" (this machine)
    QStringList files;      // original paths saved
    bool rolledBack = false; // the change was rolled back automatically

    QJsonObject toJson() const;
    static BackupInfo fromJson(const QJsonObject &object);
    static bool isValidId(QStringView id); // ^\d{8}T\d{6}Z(-\d{1,3})?$
};

struct ConfigChangeResult
{
    enum class Outcome {
        Applied,      // every step passed; verified
        RolledBack,   // a step failed; the backup was restored and Postfix reloaded (say so!)
        RollbackFailed, // a step failed AND restoring failed: the server needs a human (loud)
        Failed,       // failed before anything was changed (read, backup, permission)
        Canceled,
    };
    Outcome outcome = Outcome::Failed;
    QString backupId;
    QString error;          // the failing step in plain words ("postfix check: …")
    QStringList steps;      // one line per step done: "✓ backup 20261123T121314Z", "✗ postfix check: …"
    QString checkOutput;    // what `postfix check` printed
    QHash<QString, QString> verified; // parameter → value read back after reload
    bool ok() const { return outcome == Outcome::Applied; }
    QString summaryText() const;
};

} // namespace Actions

Q_DECLARE_METATYPE(Actions::ConfigChangePlan)
Q_DECLARE_METATYPE(Actions::ConfigChangeResult)
Q_DECLARE_METATYPE(Actions::BackupInfo)
