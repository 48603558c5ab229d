#pragma once

#include "configchange.h"

#include <QObject>

namespace Remote {
class ServerSession;
}

namespace Actions {

class AuditLog;

// Applies configuration changes on one server along ONE path, asynchronously (GUI thread, no
// waiting):
//   preview(plan): postconf -n + postconf NAME… (+ postconf -h config_directory,
//       default_database_type) → previewReady(plan with oldValue/wasExplicit filled, diff).
//   apply(plan):  read again (a value changed since preview → still applied, diff re-emitted in
//       steps) → backup main.cf, master.cf and every map file touched (server-side, timestamped,
//       Remote::ConfigCommands::backupCreate) → postconf -e / -X / -Me / map edits + postmap →
//       postfix check (non-zero exit or "fatal"/"error" output fails; warnings are reported) →
//       postfix reload (Postfix not running: skipped with a note, not a failure) → verify every
//       parameter with postconf → on ANY failure after the backup: restore the backup, postfix
//       reload, and report Outcome::RolledBack (or RollbackFailed, loudly).
//   rollback(id): backup the current state (kind "rollback") → restore ID → postfix check →
//       reload → finished(). Rolling back restores main.cf byte for byte.
//   listBackups(): backupsListed(newest first).
// Every apply/rollback appends one AuditRecord. One operation at a time; cancel() stops the
// current command and, if anything was changed already, still restores the backup before
// finished(Canceled). Secrets (MapEntryChange::value with secret) go on stdin only.
class ConfigChangeRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigChangeRunner)

public:
    explicit ConfigChangeRunner(Remote::ServerSession *session, AuditLog *audit = nullptr,
                                QObject *parent = nullptr);
    ~ConfigChangeRunner() override;

    void setServerName(const QString &name); // for audit records

    void preview(const ConfigChangePlan &plan);
    void apply(const ConfigChangePlan &plan);
    void rollback(const QString &backupId);
    void listBackups();
    // Reads parameters (postconf NAME…): valuesRead(values, error). Used by wizards to prefill.
    void readValues(const QStringList &names);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void previewReady(const Actions::ConfigChangePlan &plan, const QString &error);
    void step(const QString &text); // progress lines as they happen
    void finished(const Actions::ConfigChangeResult &result); // apply / rollback
    void backupsListed(const QList<Actions::BackupInfo> &backups, const QString &error);
    void valuesRead(const QHash<QString, QString> &values, const QString &error);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Actions
