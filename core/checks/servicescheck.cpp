#include "servicescheck.h"

#include "diagnosis/servicestatus.h"
#include "remote/servicecommands.h"

#include <QCoreApplication>

namespace Checks {

using Diagnosis::ServiceKind;
using Diagnosis::Verdict;
using Failure = Remote::CommandResult::Failure;
namespace ServiceStatus = Diagnosis::ServiceStatus;

struct ServicesCheck::Gathered
{
    Remote::CommandResult status, check, units, processes, plesk;
    QStringList statusCommand, checkCommand, unitsCommand, processesCommand, pleskCommand;
    QList<Diagnosis::UnitState> unitStates;
    QList<Diagnosis::ProcessEntry> processList;
    bool managerAnswered = false;
    QString pleskBinary;
    int waiting = 0;
};

namespace {

QByteArray allOutput(const Remote::CommandResult &r)
{
    return r.stdOut + '\n' + r.stdErr;
}

QStringList lineOf(const Remote::CatalogResult &built)
{
    return built.ok() ? QStringList{Checks::CommandRunner::displayLine(built.command)} : QStringList{};
}

} // namespace

ServicesCheck::ServicesCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::Services, session, options, parent)
    , m(std::make_unique<Gathered>())
{
}

ServicesCheck::~ServicesCheck() = default;

void ServicesCheck::run()
{
    *m = Gathered();
    const Remote::ServiceCommands commands(capabilities());
    QStringList units;
    for (ServiceKind kind : {ServiceKind::Postfix, ServiceKind::Amavis, ServiceKind::Dovecot})
        units << ServiceStatus::unitNames(kind);
    const QList<std::tuple<Remote::CatalogResult, Remote::CommandResult *, QStringList *>> all = {
        {commands.postfixStatus(), &m->status, &m->statusCommand},
        {commands.postfixCheck(), &m->check, &m->checkCommand},
        {commands.unitStates(units), &m->units, &m->unitsCommand},
        {commands.processList(), &m->processes, &m->processesCommand},
        {commands.pleskVersion(), &m->plesk, &m->pleskCommand},
    };
    m->pleskBinary = commands.hasTool(QStringLiteral("plesk"))
            ? capabilities().binaries.value(QStringLiteral("plesk"))
            : QString();
    setProgress(tr("Asking postfix status, postfix check and the service manager…"));
    m->waiting = int(all.size());
    for (const auto &[built, slot, line] : all) {
        *line = lineOf(built);
        runner().run(built, [this, slot](const Remote::CommandResult &r) {
            *slot = r;
            if (--m->waiting == 0)
                evaluate();
        });
    }
}

void ServicesCheck::evaluate()
{
    m->unitStates = ServiceStatus::parseSystemctlShow(m->units.stdOut).values;
    m->managerAnswered = !m->unitStates.isEmpty();
    if (m->processes.ok())
        m->processList = ServiceStatus::parsePs(m->processes.stdOut).values;
    report(postfixResult());
    report(postfixCheckResult());
    report(serviceResult(int(ServiceKind::Amavis)));
    report(serviceResult(int(ServiceKind::Dovecot)));
    report(pleskResult());
    done();
}

namespace {

// What systemd (or, without it, the process list) says about one service.
struct ServiceView
{
    QStringList lines;
    QStringList commands;
    bool fromManager = false; // systemd answered
    bool installed = false;   // a unit exists (systemd) or a process runs
    bool active = false;
    bool failed = false;      // a unit in state "failed"
};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Checks::ServicesCheck)
};

} // namespace

static ServiceView viewOf(ServiceKind kind, const QList<Diagnosis::UnitState> &units, bool managerAnswered,
                          const Remote::CommandResult &unitsResult, const QStringList &unitsCommand,
                          const Remote::CommandResult &processes, const QList<Diagnosis::ProcessEntry> &processList,
                          const QStringList &processesCommand)
{
    ServiceView v;
    const QStringList names = ServiceStatus::unitNames(kind);
    if (managerAnswered) {
        v.fromManager = true;
        v.commands = unitsCommand;
        for (const auto &u : units) {
            if (!names.contains(u.id) || !u.exists())
                continue;
            v.lines << u.line();
            v.installed = true;
            v.active = v.active || u.isActive();
            v.failed = v.failed || u.activeState == u"failed";
        }
        if (!v.installed)
            v.lines << Tr::tr("systemd knows no %1 unit.").arg(names.join(QStringLiteral(", ")));
        return v;
    }
    const QString why = unitsResult.failure == Failure::None && !unitsResult.stdErr.isEmpty()
            ? ServiceStatus::systemctlComplaint(unitsResult.stdErr).join(u' ')
            : Remote::ServiceCommands::failureText(unitsResult, QStringLiteral("systemctl"));
    v.lines << Tr::tr("The service manager is not reachable (%1); using the process list.")
                       .arg(why.isEmpty() ? Tr::tr("no answer") : why);
    v.commands = unitsCommand + processesCommand;
    if (!processes.ok()) {
        v.lines << Remote::ServiceCommands::failureText(processes, QStringLiteral("ps"));
        return v;
    }
    const auto found = ServiceStatus::processesOf(processList, kind);
    for (const auto &p : found.mid(0, 5))
        v.lines << Tr::tr("process %1 (%2): %3").arg(p.pid).arg(p.user, p.args.left(200));
    v.installed = v.active = !found.isEmpty();
    return v;
}

Diagnosis::CheckResult ServicesCheck::postfixResult() const
{
    Diagnosis::CheckResult r;
    r.target = QStringLiteral("postfix");
    r.commands = m->statusCommand;
    const ServiceView view = viewOf(ServiceKind::Postfix, m->unitStates, m->managerAnswered, m->units, m->unitsCommand,
                                    m->processes, m->processList, m->processesCommand);
    const QStringList output = ServiceStatus::outputLines(allOutput(m->status));
    const bool ran = m->status.failure == Failure::None && m->status.error.isEmpty() && !m->status.timedOut;
    if (ran && m->status.exitCode == 0) {
        r.verdict = Verdict::Ok;
        r.summary = tr("Postfix is running.");
        r.evidence = output.isEmpty() ? QStringList{tr("postfix status exited 0 (running).")} : output;
        if (view.fromManager)
            r.evidence << view.lines;
        return r;
    }
    if (ran) {
        r.verdict = Verdict::Failed;
        r.summary = tr("Postfix is not running: no mail is sent or received.");
        r.evidence = output;
        r.evidence << tr("postfix status exited %1 (not running).").arg(m->status.exitCode);
        r.evidence << ServiceStatus::fatalLines(allOutput(m->check));
        if (view.fromManager)
            r.evidence << view.lines;
        r.advice = tr("Start Postfix (Fixes → Services, or systemctl start postfix) and read the last lines of the mail "
                      "log for why it stopped; postfix check shows configuration errors that keep it from starting.");
        return r;
    }
    r.verdict = Verdict::Unknown;
    r.evidence << Remote::ServiceCommands::failureText(m->status, QStringLiteral("postfix status"));
    r.evidence << view.lines;
    r.commands << view.commands;
    if (m->status.failure == Failure::PermissionDenied) {
        r.summary = view.active ? tr("postfix status needs root; a Postfix master process is running.")
                                : tr("postfix status needs root, which this account does not have.");
        r.advice = tr("Connect as root or as an account with sudo rights to run postfix status and postfix check.");
    } else {
        r.summary = tr("Postdesk could not tell whether Postfix is running.");
    }
    return r;
}

Diagnosis::CheckResult ServicesCheck::postfixCheckResult() const
{
    Diagnosis::CheckResult r;
    r.target = QStringLiteral("postfix check");
    r.commands = m->checkCommand;
    const bool ran = m->check.failure == Failure::None && m->check.error.isEmpty() && !m->check.timedOut;
    if (!ran) {
        r.verdict = Verdict::Unknown;
        r.evidence << Remote::ServiceCommands::failureText(m->check, QStringLiteral("postfix check"));
        r.summary = m->check.failure == Failure::PermissionDenied
                ? tr("postfix check needs root, which this account does not have.")
                : tr("postfix check did not run.");
        if (m->check.failure == Failure::PermissionDenied)
            r.advice = tr("Connect as root or as an account with sudo rights to run postfix check.");
        return r;
    }
    const QByteArray output = allOutput(m->check);
    const QStringList warnings = ServiceStatus::warningLines(output);
    const QStringList fatal = ServiceStatus::fatalLines(output);
    if (m->check.exitCode != 0 || !fatal.isEmpty()) {
        r.verdict = Verdict::Failed;
        r.summary = tr("postfix check found errors (exit status %1).").arg(m->check.exitCode);
        r.evidence = ServiceStatus::outputLines(output);
        r.advice = tr("Fix the errors postfix check names, run postfix check again, then postfix reload.");
        return r;
    }
    if (!warnings.isEmpty()) {
        r.verdict = Verdict::Warning;
        r.summary = tr("postfix check printed %n warning(s).", nullptr, int(warnings.size()));
        r.evidence = warnings.mid(0, 20);
        r.advice = tr("Fix what the warnings name (file permissions, unused or misspelled parameters), then postfix reload.");
        return r;
    }
    r.verdict = Verdict::Ok;
    r.summary = tr("postfix check found no problems.");
    r.evidence << tr("postfix check exited 0 without warnings on its output.");
    r.evidence << tr("(Warnings of postfix-script itself go to the mail log when no terminal is attached.)");
    return r;
}

Diagnosis::CheckResult ServicesCheck::serviceResult(int kindValue) const
{
    const auto kind = ServiceKind(kindValue);
    const QString name = ServiceStatus::serviceName(kind);
    Diagnosis::CheckResult r;
    r.target = name.toLower();
    const ServiceView view = viewOf(kind, m->unitStates, m->managerAnswered, m->units, m->unitsCommand,
                                    m->processes, m->processList, m->processesCommand);
    r.evidence = view.lines;
    r.commands = view.commands;
    if (view.active) {
        r.verdict = Verdict::Ok;
        r.summary = tr("%1 is running.").arg(name);
    } else if (view.failed) {
        r.verdict = Verdict::Failed;
        r.summary = tr("%1 has failed (systemd).").arg(name);
        r.advice = tr("Restart %1 (Fixes → Services) and read its journal (journalctl -u %2) for why it failed.")
                           .arg(name, ServiceStatus::unitNames(kind).first());
    } else if (view.installed) {
        r.verdict = Verdict::Warning;
        r.summary = tr("%1 is installed but not running.").arg(name);
        r.advice = tr("Start %1 if this server needs it (Fixes → Services); if it is not needed, disable it.").arg(name);
    } else if (view.fromManager) {
        r.verdict = Verdict::Ok;
        r.summary = tr("%1 is not installed.").arg(name);
    } else if (m->processes.ok()) {
        r.verdict = Verdict::Ok;
        r.summary = tr("No %1 process is running (without the service manager Postdesk cannot tell whether it is "
                       "installed).").arg(name);
    } else {
        r.verdict = Verdict::Unknown;
        r.summary = tr("Postdesk could not tell whether %1 runs.").arg(name);
    }
    return r;
}

Diagnosis::CheckResult ServicesCheck::pleskResult() const
{
    Diagnosis::CheckResult r;
    r.target = QStringLiteral("plesk");
    r.commands = m->pleskCommand;
    const QString version = m->plesk.ok() ? ServiceStatus::pleskVersion(m->plesk.stdOut) : QString();
    const bool unreadable = m->plesk.stdErr.contains("Permission denied");
    r.verdict = Verdict::Ok;
    if (version.isEmpty() && m->pleskBinary.isEmpty() && !unreadable) {
        r.summary = tr("This is not a Plesk server.");
        r.evidence << tr("/usr/local/psa/version does not exist and there is no plesk command.");
        return r;
    }
    if (!version.isEmpty()) {
        r.summary = tr("Plesk %1.").arg(version);
        r.evidence << tr("/usr/local/psa/version: %1").arg(version);
    } else {
        r.summary = tr("This is a Plesk server.");
        if (unreadable)
            r.evidence << tr("/usr/local/psa/version exists but this account may not read it.");
    }
    if (!m->pleskBinary.isEmpty()) {
        r.summary += u' ' + tr("plesk repair mail is available.");
        r.evidence << tr("plesk command: %1").arg(m->pleskBinary);
        r.advice = tr("Plesk manages Postfix's configuration: prefer Plesk's tools (plesk repair mail) over editing main.cf by hand.");
    } else {
        r.summary += u' ' + tr("The plesk command was not found, so plesk repair mail is not available.");
    }
    return r;
}

} // namespace Checks
