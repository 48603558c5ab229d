#include "configchangerunner.h"

#include "auditlog.h"
#include "configchangerunner_p.h"

#include "remote/servicecommands.h"

#include <QCoreApplication>

namespace Actions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

const QString configDirectoryName = QStringLiteral("config_directory");
const QString databaseTypeName = QStringLiteral("default_database_type");

} // namespace

ConfigChangeRunner::Private::Private(ConfigChangeRunner *owner, Remote::ServerSession *s, AuditLog *a)
    : q(owner)
    , session(s)
    , audit(a)
{
}

Remote::ConfigCommands ConfigChangeRunner::Private::commands() const
{
    return Remote::ConfigCommands(session ? session->capabilities() : Remote::ServerCapabilities{});
}

void ConfigChangeRunner::Private::run(const Remote::CatalogResult &built, Done done)
{
    if (!built.ok() || !session) {
        Remote::CommandResult refused;
        refused.error = session ? built.error : Tr::tr("The connection to the server is gone.");
        refused.failure = Remote::CommandResult::Failure::Refused;
        // Deliver asynchronously like a real command, so callers never re-enter themselves.
        QMetaObject::invokeMethod(q, [this, done, refused] { done(refused); }, Qt::QueuedConnection);
        currentId = 0;
        return;
    }
    pending = std::move(done);
    currentId = session->run(built.command);
}

void ConfigChangeRunner::Private::onFinished(quint64 id, const Remote::CommandResult &result)
{
    if (id == 0 || id != currentId || !pending)
        return;
    currentId = 0;
    Done done = std::move(pending);
    pending = {};
    done(result);
}

void ConfigChangeRunner::Private::addStep(const QString &text)
{
    result.steps << text;
    Q_EMIT q->step(text);
}

QString ConfigChangeRunner::Private::failure(const Remote::CommandResult &r, const QString &what) const
{
    const QString text = Remote::ServiceCommands::failureText(r, what);
    if (!text.isEmpty())
        return text;
    return r.ok() ? QString() : Tr::tr("%1 failed.").arg(what);
}

void ConfigChangeRunner::Private::ensureBasics(Then then, std::function<void(const QString &)> failed)
{
    if (!configDir.isEmpty() && !databaseType.isEmpty()) {
        then();
        return;
    }
    Remote::CommandCatalog catalog(session ? session->capabilities() : Remote::ServerCapabilities{});
    run(catalog.postconfValues({configDirectoryName, databaseTypeName}),
        [this, then, failed](const Remote::CommandResult &r) {
            if (!r.ok()) {
                failed(failure(r, Tr::tr("Reading the configuration directory")));
                return;
            }
            const auto parsed = ConfigOutput::parsePostconf(r.stdOut);
            const QString dir = parsed.value(configDirectoryName);
            if (!Remote::CommandCatalog::isPlainPath(dir)) {
                failed(Tr::tr("The server did not name a usable configuration directory (config_directory = \"%1\").")
                               .arg(dir.left(200)));
                return;
            }
            configDir = dir;
            databaseType = parsed.value(databaseTypeName);
            then();
        });
}

void ConfigChangeRunner::Private::readState(const QStringList &names, Then then,
                                            std::function<void(const QString &)> failed)
{
    QStringList all = names;
    for (const QString &basic : {configDirectoryName, databaseTypeName})
        if (!all.contains(basic))
            all << basic;
    run(commands().postconfRead(all), [this, then, failed](const Remote::CommandResult &r) {
        if (!r.ok()) {
            failed(failure(r, Tr::tr("Reading the current settings (postconf)")));
            return;
        }
        values = ConfigOutput::parsePostconf(r.stdOut);
        if (const QString dir = values.value(configDirectoryName); Remote::CommandCatalog::isPlainPath(dir))
            configDir = dir;
        if (const QString type = values.value(databaseTypeName); !type.isEmpty())
            databaseType = type;
        if (configDir.isEmpty()) {
            failed(Tr::tr("The server did not name a usable configuration directory."));
            return;
        }
        Remote::ServiceCommands service(session ? session->capabilities() : Remote::ServerCapabilities{});
        run(service.postconfExplicit(), [this, then, failed](const Remote::CommandResult &n) {
            if (!n.ok()) {
                failed(failure(n, Tr::tr("Reading main.cf (postconf -n)")));
                return;
            }
            explicitValues = ConfigOutput::parsePostconf(n.stdOut);
            then();
        });
    });
}

void ConfigChangeRunner::Private::fillOldValues(ConfigChangePlan &target, bool noteChanges)
{
    for (ParamChange &p : target.params) {
        const QString now = values.value(p.name);
        const bool nowExplicit = explicitValues.contains(p.name);
        if (noteChanges && (p.wasExplicit || !p.oldValue.isEmpty()) && p.oldValue != now)
            addStep(Tr::tr("Note: %1 changed since the preview (was \"%2\", now \"%3\"); the change is applied to the current value.")
                            .arg(p.name, p.oldValue, now));
        p.oldValue = nowExplicit ? explicitValues.value(p.name) : now;
        p.wasExplicit = nowExplicit;
    }
    for (MapEntryChange &m : target.maps)
        if (m.mapType.isEmpty())
            m.mapType = databaseType;
}

ConfigChangeRunner::ConfigChangeRunner(Remote::ServerSession *session, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, session, audit))
{
    if (session)
        connect(session, &Remote::ServerSession::finished, this,
                [this](quint64 id, const Remote::CommandResult &r) { d->onFinished(id, r); });
}

ConfigChangeRunner::~ConfigChangeRunner() = default;

void ConfigChangeRunner::setServerName(const QString &name)
{
    d->serverName = name;
}

bool ConfigChangeRunner::isRunning() const
{
    return d->op != Private::Op::None;
}

void ConfigChangeRunner::preview(const ConfigChangePlan &plan)
{
    if (isRunning()) {
        Q_EMIT previewReady(plan, Tr::tr("Another configuration change is still running."));
        return;
    }
    d->op = Private::Op::Preview;
    d->canceled = false;
    d->plan = plan;
    d->result = {};
    QStringList names;
    for (const ParamChange &p : plan.params)
        names << p.name;
    const auto fail = [this](const QString &error) {
        d->op = Private::Op::None;
        Q_EMIT previewReady(d->plan, error);
    };
    d->readState(names, [this] {
        d->fillOldValues(d->plan, false);
        d->op = Private::Op::None;
        Q_EMIT previewReady(d->plan, QString());
    }, fail);
}

void ConfigChangeRunner::readValues(const QStringList &names)
{
    if (isRunning()) {
        Q_EMIT valuesRead({}, Tr::tr("Another configuration change is still running."));
        return;
    }
    d->op = Private::Op::Read;
    d->canceled = false;
    d->run(d->commands().postconfRead(names), [this](const Remote::CommandResult &r) {
        d->op = Private::Op::None;
        if (!r.ok()) {
            Q_EMIT valuesRead({}, d->failure(r, Tr::tr("Reading settings (postconf)")));
            return;
        }
        Q_EMIT valuesRead(ConfigOutput::parsePostconf(r.stdOut), QString());
    });
}

void ConfigChangeRunner::listBackups()
{
    if (isRunning()) {
        Q_EMIT backupsListed({}, Tr::tr("Another configuration change is still running."));
        return;
    }
    d->op = Private::Op::List;
    d->canceled = false;
    const auto fail = [this](const QString &error) {
        d->op = Private::Op::None;
        Q_EMIT backupsListed({}, error);
    };
    d->ensureBasics([this, fail] {
        d->run(d->commands().backupList(d->configDir), [this, fail](const Remote::CommandResult &r) {
            if (!r.ok()) {
                fail(d->failure(r, Tr::tr("Listing the backups")));
                return;
            }
            QList<BackupInfo> backups;
            for (const auto &listing : ConfigOutput::parseBackupList(r.stdOut))
                backups << listing.info;
            d->op = Private::Op::None;
            Q_EMIT backupsListed(backups, QString());
        });
    }, fail);
}

void ConfigChangeRunner::apply(const ConfigChangePlan &plan)
{
    if (isRunning()) {
        ConfigChangeResult busy;
        busy.error = Tr::tr("Another configuration change is still running.");
        Q_EMIT finished(busy);
        return;
    }
    d->op = Private::Op::Apply;
    d->canceled = false;
    d->restoring = false;
    d->touched = false;
    d->plan = plan;
    d->result = {};
    d->startApply();
}

void ConfigChangeRunner::rollback(const QString &backupId)
{
    if (isRunning()) {
        ConfigChangeResult busy;
        busy.error = Tr::tr("Another configuration change is still running.");
        Q_EMIT finished(busy);
        return;
    }
    d->op = Private::Op::Rollback;
    d->canceled = false;
    d->restoring = false;
    d->touched = false;
    d->plan = {};
    d->plan.kind = QStringLiteral("rollback");
    d->result = {};
    d->startRollback(backupId);
}

void ConfigChangeRunner::cancel()
{
    if (!isRunning() || d->restoring)
        return; // a restore is never interrupted: it is what makes the server whole again
    d->canceled = true;
    if (d->currentId != 0 && d->session)
        d->session->cancel(d->currentId);
}

} // namespace Actions
