#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Actions {

// One line of the audit log: every queue action, configuration change, rollback and service
// action Postdesk ran (or refused to run after the user confirmed). Never holds a secret.
struct AuditRecord
{
    QDateTime time;          // UTC, when the action finished
    QString server;          // display name of the server profile (or user@host:port for --ssh)
    QString host;            // host:port ("" = this machine)
    QString account;         // login account on the server
    QString client;          // "postdesk" or "postdesk-cli" and the local user name
    QString action;          // "hold", "delete", … (queueActionKey), "config.relayhost.set",
                             // "rollback", "service.restart", "plesk.repair"
    QJsonObject arguments;   // filter, site, plan (ConfigChangePlan::toAuditJson), unit …
    QStringList ids;         // queue IDs sent
    int expected = -1;       // count expected (-1: not applicable)
    int reported = -1;       // count the server reported
    QString result;          // "ok", "mismatch", "nothing", "failed", "canceled", "rolled_back",
                             // "rollback_failed"
    QString detail;          // plain words (error, dropped IDs summary)
    QString backup;          // server-side backup ID of a config change

    QJsonObject toJson() const;            // keys exactly: time (ISO 8601 UTC), server, host, account,
                                           // client, action, arguments, ids, expected, reported,
                                           // result, detail, backup
    static std::optional<AuditRecord> fromJson(const QJsonObject &object);
};

// The local, append-only JSON-lines audit file. Appends are one write(2) of one complete line on a
// file opened with O_APPEND (so concurrent postdesk and postdesk-cli never interleave), flushed
// before returning. Reading skips (and counts) damaged lines instead of failing. Small and
// synchronous by design: an append is one line; reading is for the viewer and `audit`.
class AuditLog
{
public:
    // path empty = defaultPath().
    explicit AuditLog(const QString &path = {});

    // $POSTDESK_AUDIT_LOG when set, else QStandardPaths::GenericDataLocation +
    // "/Postdesk/audit.jsonl" (~/.local/share/Postdesk/audit.jsonl; created 0600, folder 0700).
    // Generic, not AppLocalDataLocation: postdesk and postdesk-cli must share one file, and the
    // latter would name a folder after each application.
    static QString defaultPath();
    QString path() const { return m_path; }

    // Empty string on success, else the plain-words error (the action itself is still reported;
    // callers show "not written to the audit log: …").
    QString append(const AuditRecord &record) const;

    struct ReadResult
    {
        QList<AuditRecord> records; // oldest first
        int damagedLines = 0;
        QString error;              // file unreadable; a missing file is not an error (empty list)
    };
    ReadResult read() const;

    enum class Format { JsonLines, Csv };
    // Writes all records to `target` (CSV: RFC 4180, one row per record, ids joined by spaces).
    QString exportTo(const QString &target, Format format) const;

private:
    QString m_path;
};

} // namespace Actions
