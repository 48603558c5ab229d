// ConfigChangeRunner: rollback to a backup, and the automatic restore after a failure or cancel.
#include "configchangerunner_p.h"

#include <QCoreApplication>

namespace Actions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

const QString ok = QStringLiteral("✓ ");
const QString bad = QStringLiteral("✗ ");

} // namespace

void ConfigChangeRunner::Private::startRollback(const QString &id)
{
    rollbackTarget = id;
    plan.title = Tr::tr("Roll back to the backup %1").arg(id);
    if (!BackupInfo::isValidId(id)) {
        finish(ConfigChangeResult::Outcome::Failed, Tr::tr("\"%1\" is not a backup name.").arg(id.left(40)));
        return;
    }
    const auto fail = [this](const QString &error) {
        finish(canceled ? ConfigChangeResult::Outcome::Canceled : ConfigChangeResult::Outcome::Failed, error);
    };
    ensureBasics([this, id, fail] {
        run(commands().backupList(configDir), [this, id, fail](const Remote::CommandResult &r) {
            if (!r.ok()) {
                fail(failure(r, Tr::tr("Listing the backups")));
                return;
            }
            const auto listings = ConfigOutput::parseBackupList(r.stdOut);
            const auto it = std::find_if(listings.begin(), listings.end(),
                                         [&id](const auto &l) { return l.info.id == id; });
            if (it == listings.end() || it->files.isEmpty()) {
                fail(Tr::tr("There is no backup %1 on this server.").arg(id));
                return;
            }
            QList<QPair<QString, QString>> files;
            for (auto [path, type] : it->files)
                files << qMakePair(path, type.startsWith(u'!') ? type.mid(1) : type);
            addStep(ok + Tr::tr("found the backup %1 (%2)").arg(id, it->info.title));
            createBackup(QStringLiteral("rollback"), Tr::tr("Before rolling back to %1").arg(id), files,
                         [this, id](const QString &undoId) {
                result.backupId = undoId;
                touched = true;
                run(commands().backupRestore(configDir, id), [this, id](const Remote::CommandResult &r) {
                    if (!r.ok()) {
                        const QString why = failure(r, Tr::tr("Restoring %1").arg(id));
                        addStep(bad + why);
                        restoreAfterFailure(why, result.backupId);
                        return;
                    }
                    addStep(ok + Tr::tr("restored %1").arg(id));
                    runCheck([this] { runReload([this] { runVerify(); }); });
                });
            });
        });
    }, fail);
}

bool ConfigChangeRunner::Private::stopIfCanceled()
{
    if (!canceled || restoring)
        return false;
    if (touched)
        restoreAfterFailure(Tr::tr("canceled"), result.backupId);
    else
        finish(ConfigChangeResult::Outcome::Canceled);
    return true;
}

void ConfigChangeRunner::Private::restoreAfterFailure(const QString &reason, const QString &backupId)
{
    restoring = true;
    result.error = reason;
    const bool wasCanceled = canceled;
    addStep(Tr::tr("Restoring the backup %1 …").arg(backupId));
    run(commands().backupRestore(configDir, backupId), [this, reason, backupId, wasCanceled](const Remote::CommandResult &r) {
        if (!r.ok()) {
            const QString why = failure(r, Tr::tr("Restoring %1").arg(backupId));
            addStep(bad + why);
            finish(ConfigChangeResult::Outcome::RollbackFailed,
                   Tr::tr("%1; restoring the backup %2 failed too: %3").arg(reason, backupId, why));
            return;
        }
        addStep(ok + Tr::tr("restored the backup %1").arg(backupId));
        run(commands().postfixReload(), [this, reason, backupId, wasCanceled](const Remote::CommandResult &rl) {
            if (!rl.ok() && !reloadSaysNotRunning(rl)) {
                const QString why = failure(rl, Tr::tr("postfix reload"));
                addStep(bad + why);
                finish(ConfigChangeResult::Outcome::RollbackFailed,
                       Tr::tr("%1; the backup %2 was restored but Postfix did not reload: %3").arg(reason, backupId, why));
                return;
            }
            addStep(ok + Tr::tr("postfix reload"));
            run(commands().backupMarkRolledBack(configDir, backupId), [this, reason, wasCanceled](const Remote::CommandResult &) {
                finish(wasCanceled ? ConfigChangeResult::Outcome::Canceled : ConfigChangeResult::Outcome::RolledBack,
                       reason);
            });
        });
    });
}

} // namespace Actions
