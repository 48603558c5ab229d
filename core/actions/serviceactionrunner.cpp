#include "serviceactionrunner.h"

#include "auditlog.h"

#include "remote/configcommands.h"
#include "remote/servicecommands.h"
#include "remote/serversession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QSysInfo>

#include <functional>

namespace Actions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

constexpr int outputCap = 256 * 1024;

// systemctl's words when there is no systemd to talk to (containers, chroots, the test namespace).
bool systemdUnreachable(const Remote::CommandResult &r)
{
    const QByteArray text = r.stdErr + r.stdOut;
    return text.contains("has not been booted with systemd") || text.contains("Failed to connect to bus")
            || text.contains("System has not been booted") || text.contains("Host is down");
}

bool isPostfixUnit(const QString &unit)
{
    return unit == u"postfix.service" || unit == u"postfix@-.service";
}

} // namespace

class ServiceActionRunner::Private
{
public:
    using Done = std::function<void(const Remote::CommandResult &)>;

    ServiceActionRunner *q;
    QPointer<Remote::ServerSession> session;
    AuditLog *audit = nullptr;
    QString serverName;
    bool running = false;
    bool canceled = false;
    quint64 currentId = 0;
    Done pending;
    ServiceActionResult result;
    QString auditAction;
    QString unit;

    // mustRun: sent even after cancel() (starting a stopped Postfix again).
    void run(const Remote::CatalogResult &built, Done done, bool mustRun = false)
    {
        if (!built.ok() || !session || (canceled && !mustRun)) {
            Remote::CommandResult refused;
            const bool stopped = built.ok() && session;
            refused.error = stopped ? Tr::tr("canceled") : session ? built.error : Tr::tr("The connection to the server is gone.");
            refused.canceled = stopped;
            refused.failure = stopped ? Remote::CommandResult::Failure::Canceled : Remote::CommandResult::Failure::Refused;
            QMetaObject::invokeMethod(q, [done, refused] { done(refused); }, Qt::QueuedConnection);
            return;
        }
        pending = std::move(done);
        currentId = session->run(built.command);
    }

    void appendOutput(const QByteArray &bytes)
    {
        if (bytes.isEmpty() || result.output.size() >= outputCap)
            return;
        const QString text = QString::fromUtf8(bytes).left(outputCap - result.output.size());
        result.output += text;
    }

    void record(const Remote::CommandResult &r, bool streamed)
    {
        if (!streamed) {
            const QByteArray both = r.stdOut + r.stdErr;
            appendOutput(both);
            if (!both.isEmpty())
                Q_EMIT q->output(QString::fromUtf8(both));
        } else {
            appendOutput(r.stdErr);
        }
    }

    Remote::ServerCapabilities caps() const
    {
        return session ? session->capabilities() : Remote::ServerCapabilities{};
    }

    void restartWithPostfixCommand();
    void readState(bool viaSystemd);
    void finish(bool ok, const QString &error = {});
};

void ServiceActionRunner::Private::restartWithPostfixCommand()
{
    const Remote::ConfigCommands c(caps());
    result.action = Tr::tr("restart Postfix (postfix stop, postfix start: systemd is not reachable)");
    Q_EMIT q->output(Tr::tr("systemd is not reachable on this server; restarting Postfix with postfix stop and postfix start.\n"));
    run(c.postfixStop(), [this, c](const Remote::CommandResult &stop) {
        if (stop.canceled || canceled) {
            finish(false, Tr::tr("Canceled."));
            return;
        }
        record(stop, false);
        const bool wasNotRunning = QByteArray(stop.stdErr + stop.stdOut).contains("is not running");
        if (!stop.ok() && !wasNotRunning) {
            finish(false, Remote::ServiceCommands::failureText(stop, QStringLiteral("postfix stop")));
            return;
        }
        // Not cancelable from here on: a stopped Postfix must be started again.
        run(c.postfixStart(), [this](const Remote::CommandResult &start) {
            record(start, false);
            if (!start.ok()) {
                finish(false, Remote::ServiceCommands::failureText(start, QStringLiteral("postfix start")));
                return;
            }
            readState(false);
        }, true);
    });
}

void ServiceActionRunner::Private::readState(bool viaSystemd)
{
    const Remote::ServiceCommands s(caps());
    if (viaSystemd) {
        run(s.unitStates({unit}), [this](const Remote::CommandResult &r) {
            QStringList parts;
            for (const QByteArray &line : r.stdOut.split('\n')) {
                if (line.startsWith("ActiveState=") || line.startsWith("SubState="))
                    parts << QString::fromUtf8(line.mid(line.indexOf('=') + 1)).trimmed();
            }
            result.stateAfter = parts.size() == 2 ? QStringLiteral("%1 (%2)").arg(parts.at(0), parts.at(1))
                                                  : Tr::tr("unknown");
            finish(parts.isEmpty() || parts.at(0) == u"active",
                   parts.isEmpty() || parts.at(0) == u"active"
                           ? QString()
                           : Tr::tr("%1 is %2 after the restart.").arg(unit, result.stateAfter));
        });
        return;
    }
    run(s.postfixStatus(), [this](const Remote::CommandResult &r) {
        const bool up = r.ok();
        result.stateAfter = up ? Tr::tr("running") : Tr::tr("not running");
        finish(up, up ? QString() : Tr::tr("Postfix is not running after the restart."));
    });
}

void ServiceActionRunner::Private::finish(bool ok, const QString &error)
{
    result.ok = ok;
    result.error = ok ? QString() : error;
    if (audit) {
        AuditRecord rec;
        rec.time = QDateTime::currentDateTimeUtc();
        const Remote::ConnectionParams params = session ? session->params() : Remote::ConnectionParams{};
        rec.host = params.host.isEmpty() ? QString() : params.host + u':' + QString::number(params.port);
        rec.server = serverName.isEmpty() ? (params.host.isEmpty() ? QStringLiteral("localhost") : params.user + u'@' + rec.host)
                                          : serverName;
        rec.account = caps().loginUser.isEmpty() ? params.user : caps().loginUser;
        rec.client = QStringLiteral("%1 %2 on %3").arg(QCoreApplication::applicationName(), qEnvironmentVariable("USER"),
                                                       QSysInfo::machineHostName());
        rec.action = auditAction;
        rec.arguments = QJsonObject{{QStringLiteral("unit"), unit}, {QStringLiteral("how"), result.action},
                                    {QStringLiteral("stateAfter"), result.stateAfter}};
        rec.result = ok ? QStringLiteral("ok") : canceled ? QStringLiteral("canceled") : QStringLiteral("failed");
        rec.detail = result.error;
        audit->append(rec);
    }
    running = false;
    canceled = false;
    currentId = 0;
    pending = {};
    const ServiceActionResult done = result;
    Q_EMIT q->finished(done);
}

ServiceActionRunner::ServiceActionRunner(Remote::ServerSession *session, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->session = session;
    d->audit = audit;
    if (!session)
        return;
    connect(session, &Remote::ServerSession::finished, this, [this](quint64 id, const Remote::CommandResult &r) {
        if (id == 0 || id != d->currentId || !d->pending)
            return;
        d->currentId = 0;
        auto done = std::move(d->pending);
        d->pending = {};
        done(r);
    });
    connect(session, &Remote::ServerSession::output, this, [this](quint64 id, const QByteArray &chunk) {
        if (id != d->currentId)
            return;
        d->appendOutput(chunk);
        Q_EMIT output(QString::fromUtf8(chunk));
    });
}

ServiceActionRunner::~ServiceActionRunner() = default;

void ServiceActionRunner::setServerName(const QString &name)
{
    d->serverName = name;
}

bool ServiceActionRunner::isRunning() const
{
    return d->running;
}

void ServiceActionRunner::restart(const QString &unit)
{
    if (d->running) {
        Q_EMIT finished(ServiceActionResult{unit, false, {}, Tr::tr("Another service action is still running."), {}});
        return;
    }
    d->running = true;
    d->canceled = false;
    d->result = {};
    d->unit = unit;
    d->auditAction = QStringLiteral("service.restart");
    d->result.action = Tr::tr("restart %1").arg(unit);
    if (!Remote::ServiceCommands::knownUnits().contains(unit)) {
        QMetaObject::invokeMethod(this, [this, unit] { d->finish(false, Tr::tr("Unknown service unit: %1").arg(unit.left(100))); },
                                  Qt::QueuedConnection);
        return;
    }
    const bool hasSystemctl = d->caps().binaries.contains(QStringLiteral("systemctl"));
    const auto noServiceManager = [this, unit] {
        if (isPostfixUnit(unit)) {
            d->restartWithPostfixCommand();
            return;
        }
        d->finish(false, Tr::tr("The service manager (systemd) is not reachable on this server, so %1 cannot be "
                                "restarted from here. Restart it the way this server starts it.").arg(unit));
    };
    if (!hasSystemctl) {
        QMetaObject::invokeMethod(this, noServiceManager, Qt::QueuedConnection);
        return;
    }
    d->result.action = Tr::tr("restart %1 (systemctl restart)").arg(unit);
    d->run(Remote::ConfigCommands(d->caps()).restartUnit(unit), [this, noServiceManager](const Remote::CommandResult &r) {
        if (r.canceled || d->canceled) {
            d->finish(false, Tr::tr("Canceled."));
            return;
        }
        if (!r.ok() && systemdUnreachable(r)) {
            noServiceManager();
            return;
        }
        d->record(r, false);
        if (!r.ok()) {
            d->finish(false, Remote::ServiceCommands::failureText(r, QStringLiteral("systemctl restart")));
            return;
        }
        d->readState(true);
    });
}

void ServiceActionRunner::pleskRepairMail()
{
    if (d->running) {
        Q_EMIT finished(ServiceActionResult{QStringLiteral("plesk repair mail"), false, {},
                                            Tr::tr("Another service action is still running."), {}});
        return;
    }
    d->running = true;
    d->canceled = false;
    d->result = {};
    d->unit.clear();
    d->auditAction = QStringLiteral("plesk.repair");
    d->result.action = QStringLiteral("plesk repair mail");
    d->run(Remote::ConfigCommands(d->caps()).pleskRepairMail(), [this](const Remote::CommandResult &r) {
        d->record(r, true);
        if (r.canceled || d->canceled) {
            d->finish(false, Tr::tr("Canceled."));
            return;
        }
        if (!r.ok()) {
            d->finish(false, Remote::ServiceCommands::failureText(r, QStringLiteral("plesk repair mail")));
            return;
        }
        d->result.stateAfter = Tr::tr("repair finished");
        d->finish(true);
    });
}

void ServiceActionRunner::cancel()
{
    if (!d->running)
        return;
    d->canceled = true;
    if (d->currentId != 0 && d->session)
        d->session->cancel(d->currentId);
}

} // namespace Actions
