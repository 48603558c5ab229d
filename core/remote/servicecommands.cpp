#include "servicecommands.h"

#include <QCoreApplication>

namespace Remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

constexpr int quickTimeoutMs = 15000;
constexpr qint64 smallOutput = 256 * 1024;

} // namespace

ServiceCommands::ServiceCommands(const ServerCapabilities &capabilities)
    : m_catalog(capabilities)
{
}

QString ServiceCommands::missingToolText(const QString &tool)
{
    if (tool == u"ss")
        return Tr::tr("ss is not installed on the server (package iproute2 on Debian/Ubuntu, iproute on RHEL).");
    if (tool == u"systemctl" || tool == u"journalctl")
        return Tr::tr("%1 is not installed on the server (package systemd): the server does not run systemd.").arg(tool);
    if (tool == u"ps")
        return Tr::tr("ps is not installed on the server (package procps on Debian/Ubuntu, procps-ng on RHEL).");
    if (tool == u"cat")
        return Tr::tr("cat is not installed on the server (package coreutils).");
    if (tool.startsWith(u"post"))
        return Tr::tr("%1 is not installed on the server (package postfix).").arg(tool);
    return Tr::tr("%1 is not installed on the server.").arg(tool);
}

QString ServiceCommands::failureText(const CommandResult &result, const QString &what)
{
    switch (result.failure) {
    case CommandResult::Failure::Timeout:
        return Tr::tr("%1 did not answer in time (%2).").arg(what, result.error);
    case CommandResult::Failure::Canceled:
        return Tr::tr("%1 was canceled.").arg(what);
    case CommandResult::Failure::Transport:
    case CommandResult::Failure::PermissionDenied:
    case CommandResult::Failure::Refused:
        return result.error.isEmpty() ? Tr::tr("%1 could not run.").arg(what) : result.error;
    case CommandResult::Failure::None:
        break;
    }
    if (!result.error.isEmpty())
        return result.error;
    if (result.timedOut)
        return Tr::tr("%1 did not answer in time.").arg(what);
    if (result.exitCode == 0)
        return {};
    const QString text = QString::fromUtf8(result.stdErr).trimmed().section(u'\n', 0, 0).left(300);
    return text.isEmpty() ? Tr::tr("%1 exited with status %2.").arg(what).arg(result.exitCode)
                          : Tr::tr("%1 exited with status %2: %3").arg(what).arg(result.exitCode).arg(text);
}

bool ServiceCommands::hasTool(const QString &tool) const
{
    return m_catalog.hasTool(tool);
}

const QStringList &ServiceCommands::knownUnits()
{
    static const QStringList units = {
        QStringLiteral("postfix.service"), QStringLiteral("postfix@-.service"),
        QStringLiteral("amavis.service"),  QStringLiteral("amavisd.service"),
        QStringLiteral("amavisd-new.service"), QStringLiteral("dovecot.service"),
    };
    return units;
}

CatalogResult ServiceCommands::build(const QString &tool, const QList<QByteArray> &args, Privilege privilege,
                                     const QString &label, int timeoutMs, qint64 maxOutputBytes) const
{
    if (!m_catalog.hasTool(tool))
        return CatalogResult{RemoteCommand{}, missingToolText(tool)};
    CatalogResult r = m_catalog.make(tool, args, privilege, label);
    r.command.timeoutMs = timeoutMs;
    r.command.maxOutputBytes = maxOutputBytes;
    return r;
}

CatalogResult ServiceCommands::postconfAll() const
{
    return build(QStringLiteral("postconf"), {}, Privilege::User,
                 Tr::tr("all Postfix parameters (postconf)"), 30000, 4 * 1024 * 1024);
}

CatalogResult ServiceCommands::postconfExplicit() const
{
    return build(QStringLiteral("postconf"), {"-n"}, Privilege::User,
                 Tr::tr("parameters set in main.cf (postconf -n)"), 30000, 1024 * 1024);
}

CatalogResult ServiceCommands::postconfFilters() const
{
    return build(QStringLiteral("postconf"), {"content_filter", "smtpd_proxy_filter"}, Privilege::User,
                 Tr::tr("content filter settings (postconf content_filter smtpd_proxy_filter)"), 30000, smallOutput);
}

CatalogResult ServiceCommands::postconfServiceParameters() const
{
    return build(QStringLiteral("postconf"), {"-P"}, Privilege::User,
                 Tr::tr("master.cf service overrides (postconf -P)"), 30000, 1024 * 1024);
}

CatalogResult ServiceCommands::postconfMasterServices() const
{
    return build(QStringLiteral("postconf"), {"-M"}, Privilege::User,
                 Tr::tr("master.cf services (postconf -M)"), 30000, 1024 * 1024);
}

CatalogResult ServiceCommands::listeningTcp() const
{
    return build(QStringLiteral("ss"), {"-ltnH"}, Privilege::User,
                 Tr::tr("listening TCP ports (ss -ltnH)"), quickTimeoutMs, 1024 * 1024);
}

CatalogResult ServiceCommands::unitStates(const QStringList &units) const
{
    QList<QByteArray> args = {"show", "--property=Id,LoadState,ActiveState,SubState", "--"};
    for (const QString &unit : units) {
        if (!knownUnits().contains(unit))
            return CatalogResult{RemoteCommand{}, Tr::tr("Unknown service unit: %1").arg(unit.left(100))};
        args << unit.toLatin1();
    }
    if (units.isEmpty())
        return CatalogResult{RemoteCommand{}, Tr::tr("No service unit to ask about.")};
    return build(QStringLiteral("systemctl"), args, Privilege::User,
                 Tr::tr("service states (systemctl show %1)").arg(units.join(u' ')), quickTimeoutMs, smallOutput);
}

CatalogResult ServiceCommands::unitWarnings(const QStringList &units) const
{
    QList<QByteArray> args;
    for (const QString &unit : units) {
        if (!knownUnits().contains(unit))
            return CatalogResult{RemoteCommand{}, Tr::tr("Unknown service unit: %1").arg(unit.left(100))};
        args << "-u" << unit.toLatin1();
    }
    if (units.isEmpty())
        return CatalogResult{RemoteCommand{}, Tr::tr("No service unit to ask about.")};
    args << "-p" << "warning" << "--since" << '-' + QByteArray::number(recentHours) + 'h' << "-n" << "20"
         << "-o" << "short-iso" << "--no-pager" << "-q";
    return build(QStringLiteral("journalctl"), args, Privilege::User,
                 Tr::tr("recent warnings of %1 (journalctl)").arg(units.join(u' ')), quickTimeoutMs, smallOutput);
}

CatalogResult ServiceCommands::processList() const
{
    return build(QStringLiteral("ps"), {"-ww", "-e", "-o", "pid=,user=,comm=,args="}, Privilege::User,
                 Tr::tr("process list (ps)"), quickTimeoutMs, 4 * 1024 * 1024);
}

CatalogResult ServiceCommands::postfixStatus() const
{
    return build(QStringLiteral("postfix"), {"status"}, Privilege::Root,
                 Tr::tr("is Postfix running (postfix status)"), 30000, smallOutput);
}

CatalogResult ServiceCommands::postfixCheck() const
{
    return build(QStringLiteral("postfix"), {"check"}, Privilege::Root,
                 Tr::tr("Postfix configuration check (postfix check)"), 90000, smallOutput);
}

CatalogResult ServiceCommands::pleskVersion() const
{
    return build(QStringLiteral("cat"), {"/usr/local/psa/version"}, Privilege::User,
                 Tr::tr("Plesk version file (cat /usr/local/psa/version)"), quickTimeoutMs, 64 * 1024);
}

} // namespace Remote
