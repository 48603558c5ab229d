#pragma once

// Private part of ConfigChangeRunner, shared by configchangerunner.cpp (plumbing, preview, reads,
// listing) and configchangeapply.cpp (apply, rollback and the automatic restore).

#include "configchangerunner.h"
#include "configoutput.h"

#include "remote/configcommands.h"
#include "remote/serversession.h"

#include <QPointer>

#include <functional>

namespace Actions {

class ConfigChangeRunner::Private
{
public:
    enum class Op { None, Preview, Apply, Rollback, List, Read };
    using Done = std::function<void(const Remote::CommandResult &)>;
    using Then = std::function<void()>;

    // One write command of an apply, built before anything runs (bad input fails early).
    struct Write
    {
        Remote::CatalogResult built;
        QString doneText; // the step line on success ("✓ …")
    };

    Private(ConfigChangeRunner *owner, Remote::ServerSession *session, AuditLog *audit);

    Remote::ConfigCommands commands() const;
    // Runs one command; `done` gets its result (a build error becomes a Refused result).
    void run(const Remote::CatalogResult &built, Done done);
    void onFinished(quint64 id, const Remote::CommandResult &result);
    void addStep(const QString &text);
    QString failure(const Remote::CommandResult &result, const QString &what) const;

    // Reads config_directory and default_database_type once per runner (cached), then `then`;
    // on failure calls `failed` with the plain reason.
    void ensureBasics(Then then, std::function<void(const QString &)> failed);
    // postconf NAMES (+ basics) and postconf -n into m_values / m_explicit.
    void readState(const QStringList &names, Then then, std::function<void(const QString &)> failed);
    void fillOldValues(ConfigChangePlan &plan, bool noteChanges);

    // --- apply / rollback (configchangeapply.cpp)
    void startApply();
    bool buildWrites(QString *error);
    void createBackup(const QString &kind, const QString &title,
                      const QList<QPair<QString, QString>> &files, std::function<void(const QString &id)> then);
    QList<QPair<QString, QString>> filesOfPlan() const;
    void runWrites(int index);
    void runCheck(Then then);
    void runReload(Then then);
    void runVerify();
    QStringList paramMismatches(const QHash<QString, QString> &explicitNow); // fills result.verified
    QStringList masterMismatches(const QHash<QString, QString> &master) const;
    void verifyDone(const QStringList &mismatches);
    void startRollback(const QString &id);
    // After a failure once something may have changed: restore `backupId`, reload, finish.
    void restoreAfterFailure(const QString &reason, const QString &backupId);
    void finish(ConfigChangeResult::Outcome outcome, const QString &error = {});
    void writeAudit();
    bool stopIfCanceled();
    // `postfix reload` refused only because Postfix is stopped (not a failure of the change).
    static bool reloadSaysNotRunning(const Remote::CommandResult &result); // true when a cancel was handled (restore started or finished)

    ConfigChangeRunner *q;
    QPointer<Remote::ServerSession> session;
    AuditLog *audit = nullptr;
    QString serverName;

    Op op = Op::None;
    quint64 currentId = 0;
    Done pending;
    bool canceled = false;
    bool restoring = false;
    bool touched = false; // a write command was sent after the backup

    QString configDir;
    QString databaseType;
    QHash<QString, QString> values;   // postconf NAME…
    QHash<QString, QString> explicitValues; // postconf -n

    ConfigChangePlan plan;
    ConfigChangeResult result;
    QList<Write> writes;
    QString rollbackTarget;           // rollback(): the backup restored
};

} // namespace Actions
