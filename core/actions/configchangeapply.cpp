// ConfigChangeRunner: apply, rollback and the automatic restore (the one path of every change).
#include "auditlog.h"
#include "configchangerunner_p.h"

#include "remote/servicecommands.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSysInfo>

namespace Actions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

const QString ok = QStringLiteral("✓ ");
const QString bad = QStringLiteral("✗ ");

QString clientText()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QString app = QCoreApplication::applicationName().isEmpty() ? QStringLiteral("postdesk")
                                                                       : QCoreApplication::applicationName();
    return QStringLiteral("%1 %2 on %3").arg(app, user, QSysInfo::machineHostName());
}

QString newBackupId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}


QString firstLines(const QByteArray &text, int max = 6)
{
    QStringList lines = QString::fromUtf8(text).trimmed().split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() > max)
        lines = lines.mid(0, max) << QStringLiteral("…");
    return lines.join(u'\n').left(2000);
}

} // namespace

bool ConfigChangeRunner::Private::reloadSaysNotRunning(const Remote::CommandResult &r)
{
    return r.error.isEmpty() && !r.canceled && !r.timedOut
            && (r.stdErr.contains("is not running") || r.stdOut.contains("is not running"));
}

QList<QPair<QString, QString>> ConfigChangeRunner::Private::filesOfPlan() const
{
    QList<QPair<QString, QString>> files = {{configDir + QStringLiteral("/main.cf"), QStringLiteral("-")},
                                            {configDir + QStringLiteral("/master.cf"), QStringLiteral("-")}};
    QSet<QString> seen;
    for (const MapEntryChange &m : plan.maps) {
        if (seen.contains(m.path))
            continue;
        seen.insert(m.path);
        files << qMakePair(m.path, m.mapType);
        const QString db = ConfigOutput::mapDatabaseFile(m.mapType, m.path);
        if (!db.isEmpty())
            files << qMakePair(db, QStringLiteral("-"));
    }
    return files;
}

bool ConfigChangeRunner::Private::buildWrites(QString *error)
{
    writes.clear();
    const Remote::ConfigCommands c = commands();
    // Maps first (a parameter may start to reference a map), one postmap per file after its edits.
    QList<QPair<QString, QString>> mapFiles;
    for (const MapEntryChange &m : plan.maps) {
        if (m.remove) {
            writes << Write{c.mapRemoveEntry(m.path, m.key), Tr::tr("removed %1 from %2").arg(m.key, m.path)};
        } else {
            const QByteArray line = m.key.toUtf8() + ' ' + m.value;
            writes << Write{c.mapSetEntry(m.path, m.key, line, m.mode),
                            m.secret ? Tr::tr("wrote %1 to %2 (value hidden)").arg(m.key, m.path)
                                     : Tr::tr("wrote %1 to %2").arg(m.key, m.path)};
        }
        if (!mapFiles.contains(qMakePair(m.mapType, m.path)))
            mapFiles << qMakePair(m.mapType, m.path);
    }
    for (const auto &[type, path] : std::as_const(mapFiles))
        writes << Write{c.postmap(type, path), Tr::tr("postmap %1:%2").arg(type, path)};
    for (const MasterEntryChange &m : plan.master) {
        if (m.remove)
            writes << Write{c.masterRemove(m.service, m.type), Tr::tr("master.cf: removed %1/%2").arg(m.service, m.type)};
        else
            writes << Write{c.masterSet(m.service, m.type, m.entry), Tr::tr("master.cf: %1").arg(m.entry)};
    }
    QList<QPair<QString, QString>> sets;
    QStringList removes;
    for (const ParamChange &p : plan.params) {
        if (!p.remove)
            sets << qMakePair(p.name, p.newValue);
        else if (explicitValues.contains(p.name)) // removing what is not set is a no-op
            removes << p.name;
    }
    if (!sets.isEmpty()) {
        QStringList names;
        for (const auto &s : std::as_const(sets))
            names << s.first;
        writes << Write{c.postconfSet(sets), Tr::tr("postconf -e %1").arg(names.join(u' '))};
    }
    if (!removes.isEmpty())
        writes << Write{c.postconfRemove(removes), Tr::tr("postconf -X %1").arg(removes.join(u' '))};
    for (const Write &w : std::as_const(writes)) {
        if (!w.built.ok()) {
            *error = w.built.error;
            return false;
        }
    }
    return true;
}

void ConfigChangeRunner::Private::startApply()
{
    if (plan.isEmpty()) {
        finish(ConfigChangeResult::Outcome::Failed, Tr::tr("The change is empty."));
        return;
    }
    QStringList names;
    for (const ParamChange &p : plan.params)
        names << p.name;
    readState(names, [this] {
        if (stopIfCanceled())
            return;
        addStep(ok + Tr::tr("read the current settings"));
        fillOldValues(plan, true);
        QString error;
        if (!buildWrites(&error)) {
            finish(ConfigChangeResult::Outcome::Failed, error);
            return;
        }
        createBackup(plan.kind, plan.title, filesOfPlan(), [this](const QString &id) {
            result.backupId = id;
            runWrites(0);
        });
    }, [this](const QString &error) {
        finish(canceled ? ConfigChangeResult::Outcome::Canceled : ConfigChangeResult::Outcome::Failed, error);
    });
}

void ConfigChangeRunner::Private::createBackup(const QString &kind, const QString &title,
                                               const QList<QPair<QString, QString>> &files,
                                               std::function<void(const QString &)> then)
{
    BackupInfo info;
    info.id = newBackupId();
    info.time = QDateTime::currentDateTimeUtc();
    info.kind = kind;
    info.title = title;
    info.account = session ? session->capabilities().loginUser : QString();
    if (info.account.isEmpty() && session)
        info.account = session->params().user;
    info.client = clientText();
    for (const auto &f : files)
        info.files << f.first;
    const QByteArray json = QJsonDocument(info.toJson()).toJson(QJsonDocument::Compact) + '\n';
    run(commands().backupCreate(configDir, info.id, files, json), [this, then](const Remote::CommandResult &r) {
        if (r.canceled || canceled) {
            finish(ConfigChangeResult::Outcome::Canceled);
            return;
        }
        const QString id = ConfigOutput::parseCreatedBackupId(r.stdOut);
        if (!r.ok() || id.isEmpty()) {
            const QString why = r.ok() ? Tr::tr("the server did not name the backup") : failure(r, Tr::tr("The backup"));
            addStep(bad + Tr::tr("backup: %1").arg(why));
            finish(ConfigChangeResult::Outcome::Failed, Tr::tr("Could not back up the configuration: %1").arg(why));
            return;
        }
        addStep(ok + Tr::tr("backup %1").arg(id));
        then(id);
    });
}

void ConfigChangeRunner::Private::runWrites(int index)
{
    if (stopIfCanceled())
        return;
    if (index >= writes.size()) {
        runCheck([this] { runReload([this] { runVerify(); }); });
        return;
    }
    touched = true;
    const Write w = writes.at(index);
    run(w.built, [this, index, w](const Remote::CommandResult &r) {
        if (!r.ok() && !r.canceled) {
            const QString why = failure(r, w.built.command.label);
            addStep(bad + why);
            restoreAfterFailure(why, result.backupId);
            return;
        }
        if (!r.canceled)
            addStep(ok + w.doneText);
        runWrites(index + 1);
    });
}

void ConfigChangeRunner::Private::runCheck(Then then)
{
    if (stopIfCanceled())
        return;
    run(commands().postfixCheck(), [this, then](const Remote::CommandResult &r) {
        if (stopIfCanceled())
            return;
        const QByteArray output = r.stdErr + r.stdOut;
        result.checkOutput = QString::fromUtf8(output).left(20000);
        if (!r.ok() || ConfigOutput::checkOutputFails(output)) {
            const QString detail = firstLines(output);
            // Postfix logs to the mail log, not stderr, when stderr is no terminal (over SSH).
            const QString why = detail.isEmpty()
                    ? Tr::tr("%1 (Postfix wrote the details to the mail log)").arg(failure(r, Tr::tr("postfix check")))
                    : Tr::tr("postfix check: %1").arg(detail);
            addStep(bad + why);
            restoreAfterFailure(why, result.backupId);
            return;
        }
        const QStringList warnings = ConfigOutput::checkWarnings(output);
        addStep(ok + (warnings.isEmpty() ? Tr::tr("postfix check")
                                         : Tr::tr("postfix check (warnings: %1)").arg(warnings.join(QStringLiteral("; ")))));
        then();
    });
}

void ConfigChangeRunner::Private::runReload(Then then)
{
    if (stopIfCanceled())
        return;
    run(commands().postfixReload(), [this, then](const Remote::CommandResult &r) {
        if (stopIfCanceled())
            return;
        if (reloadSaysNotRunning(r)) {
            addStep(ok + Tr::tr("postfix reload skipped: Postfix is not running (the change applies when it starts)"));
            then();
            return;
        }
        if (!r.ok()) {
            const QString why = Tr::tr("postfix reload: %1").arg(failure(r, Tr::tr("postfix reload")));
            addStep(bad + why);
            restoreAfterFailure(why, result.backupId);
            return;
        }
        addStep(ok + Tr::tr("postfix reload"));
        then();
    });
}

QStringList ConfigChangeRunner::Private::paramMismatches(const QHash<QString, QString> &now)
{
    QStringList wrong;
    for (const ParamChange &p : std::as_const(plan.params)) {
        if (p.remove) {
            if (now.contains(p.name))
                wrong << Tr::tr("%1 is still set").arg(p.name);
            continue;
        }
        const QString value = now.value(p.name);
        result.verified.insert(p.name, value);
        if (!now.contains(p.name) || ConfigOutput::normalizedValue(value) != ConfigOutput::normalizedValue(p.newValue))
            wrong << Tr::tr("%1 is \"%2\", expected \"%3\"").arg(p.name, value, p.newValue);
    }
    return wrong;
}

QStringList ConfigChangeRunner::Private::masterMismatches(const QHash<QString, QString> &master) const
{
    QStringList wrong;
    for (const MasterEntryChange &m : std::as_const(plan.master)) {
        const QString key = m.service + u'/' + m.type;
        if (m.remove && master.contains(key))
            wrong << Tr::tr("master.cf still has %1").arg(key);
        if (!m.remove && master.value(key) != ConfigOutput::normalizedEntry(m.entry))
            wrong << Tr::tr("master.cf has \"%1\" for %2").arg(master.value(key), key);
    }
    return wrong;
}

void ConfigChangeRunner::Private::verifyDone(const QStringList &wrong)
{
    if (!wrong.isEmpty()) {
        const QString why = Tr::tr("verify: %1").arg(wrong.join(QStringLiteral("; ")));
        addStep(bad + why);
        restoreAfterFailure(why, result.backupId);
        return;
    }
    addStep(ok + Tr::tr("verified with postconf"));
    finish(ConfigChangeResult::Outcome::Applied);
}

void ConfigChangeRunner::Private::runVerify()
{
    if (stopIfCanceled())
        return;
    if (op == Op::Rollback) { // the restore script compared every file byte for byte
        finish(ConfigChangeResult::Outcome::Applied);
        return;
    }
    const Remote::ServiceCommands service(session ? session->capabilities() : Remote::ServerCapabilities{});
    run(service.postconfExplicit(), [this, service](const Remote::CommandResult &r) {
        if (stopIfCanceled())
            return;
        if (!r.ok()) {
            const QString why = failure(r, Tr::tr("Reading the settings back"));
            addStep(bad + why);
            restoreAfterFailure(why, result.backupId);
            return;
        }
        const QStringList wrong = paramMismatches(ConfigOutput::parsePostconf(r.stdOut));
        if (plan.master.isEmpty()) {
            verifyDone(wrong);
            return;
        }
        run(service.postconfMasterServices(), [this, wrong](const Remote::CommandResult &m) {
            if (stopIfCanceled())
                return;
            if (!m.ok()) {
                const QString why = failure(m, Tr::tr("Reading master.cf back"));
                addStep(bad + why);
                restoreAfterFailure(why, result.backupId);
                return;
            }
            verifyDone(wrong + masterMismatches(ConfigOutput::parseMaster(m.stdOut)));
        });
    });
}

void ConfigChangeRunner::Private::finish(ConfigChangeResult::Outcome outcome, const QString &error)
{
    result.outcome = outcome;
    if (!error.isEmpty())
        result.error = error;
    if (outcome == ConfigChangeResult::Outcome::Failed && !error.isEmpty() && result.steps.isEmpty())
        addStep(bad + error);
    writeAudit();
    op = Op::None;
    restoring = false;
    canceled = false;
    touched = false;
    currentId = 0;
    pending = {};
    const ConfigChangeResult done = result;
    Q_EMIT q->finished(done);
}

void ConfigChangeRunner::Private::writeAudit()
{
    if (!audit)
        return;
    AuditRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    const Remote::ConnectionParams params = session ? session->params() : Remote::ConnectionParams{};
    record.host = params.host.isEmpty() ? QString() : params.host + u':' + QString::number(params.port);
    record.server = serverName.isEmpty() ? (params.host.isEmpty() ? QStringLiteral("localhost")
                                                                  : params.user + u'@' + record.host)
                                         : serverName;
    record.account = session ? session->capabilities().loginUser : QString();
    if (record.account.isEmpty())
        record.account = params.user;
    record.client = clientText();
    if (op == Op::Rollback) {
        record.action = QStringLiteral("rollback");
        record.arguments = QJsonObject{{QStringLiteral("backup"), rollbackTarget},
                                       {QStringLiteral("undoBackup"), result.backupId}};
        record.backup = rollbackTarget;
    } else {
        record.action = QStringLiteral("config.") + plan.kind;
        record.arguments = plan.toAuditJson();
        record.backup = result.backupId;
    }
    switch (result.outcome) {
    case ConfigChangeResult::Outcome::Applied: record.result = QStringLiteral("ok"); break;
    case ConfigChangeResult::Outcome::RolledBack: record.result = QStringLiteral("rolled_back"); break;
    case ConfigChangeResult::Outcome::RollbackFailed: record.result = QStringLiteral("rollback_failed"); break;
    case ConfigChangeResult::Outcome::Failed: record.result = QStringLiteral("failed"); break;
    case ConfigChangeResult::Outcome::Canceled: record.result = QStringLiteral("canceled"); break;
    }
    record.detail = result.error;
    const QString error = audit->append(record);
    if (!error.isEmpty())
        addStep(bad + Tr::tr("not written to the audit log: %1").arg(error));
}

} // namespace Actions
