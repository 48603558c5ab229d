#include "smtpreachabilitycheck.h"

#include "diagnosis/connectresult.h"
#include "diagnosis/relayhost.h"
#include "remote/commandarguments.h"

namespace Checks {

using Diagnosis::CheckResult;
using Diagnosis::ConnectResult;
using Diagnosis::Verdict;
using Remote::SmtpCommands;

SmtpReachabilityCheck::SmtpReachabilityCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::SmtpReachability, session, options, parent)
{
}

SmtpReachabilityCheck::~SmtpReachabilityCheck() = default;

void SmtpReachabilityCheck::run()
{
    const SmtpCommands commands(capabilities());
    m_tool = commands.connectTool();
    m_pending = 0;
    m_dns = std::make_unique<DnsLookup>(runner(), options());
    if (m_tool == SmtpCommands::ConnectTool::None) {
        CheckResult r;
        r.verdict = Verdict::Unknown;
        r.summary = tr("No tool to test outbound connections exists on the server");
        r.evidence << tr("not installed: %1").arg(commands.missingConnectTools().join(QStringLiteral(", ")));
        r.advice = SmtpCommands::noConnectToolMessage();
        report(r);
        done();
        return;
    }
    const QStringList missing = commands.missingConnectTools();
    const ConnectResult::Tool tool = m_tool == SmtpCommands::ConnectTool::Bash ? ConnectResult::Tool::Bash
            : m_tool == SmtpCommands::ConnectTool::Netcat                       ? ConnectResult::Tool::Netcat
                                                                                : ConnectResult::Tool::OpenSsl;
    m_toolLine = missing.isEmpty() ? tr("tool: %1").arg(ConnectResult::toolName(tool))
                                   : tr("tool: %1 (not installed: %2)").arg(ConnectResult::toolName(tool), missing.join(QStringLiteral(", ")));
    if (!options().relay.isEmpty()) {
        checkDestinations(options().relay);
        return;
    }
    begin();
    runner().run(Remote::CommandCatalog(capabilities()).postconfValues({QStringLiteral("relayhost")}),
                 [this](const Remote::CommandResult &result) {
                     QString relay;
                     const QString out = QString::fromUtf8(result.stdOut);
                     if (result.ok() && out.startsWith(u"relayhost"))
                         relay = out.section(u'=', 1).trimmed();
                     checkDestinations(Diagnosis::RelayHost::splitList(relay).value(0));
                     end();
                 });
}

void SmtpReachabilityCheck::checkDestinations(const QString &relay)
{
    begin();
    if (options().domains.isEmpty() && relay.isEmpty()) {
        CheckResult r;
        r.verdict = Verdict::Unknown;
        r.summary = tr("No destination domain was given and no relayhost is configured");
        r.advice = tr("Pick a destination (a domain from the queue) and run the check again.");
        report(r);
    }
    for (const QString &domain : options().domains)
        checkDomain(domain);
    if (!relay.isEmpty())
        checkRelay(relay);
    end();
}

void SmtpReachabilityCheck::checkDomain(const QString &domainText)
{
    const auto domain = Remote::Domain::parse(domainText);
    if (!domain.ok()) {
        CheckResult r;
        r.target = domainText.left(100);
        r.verdict = Verdict::Unknown;
        r.summary = tr("\"%1\" is not a domain name: %2").arg(domainText.left(100), domain.error);
        report(r);
        return;
    }
    const QString name = QString::fromLatin1(domain->bytes());
    setProgress(tr("Looking up the MX hosts of %1…").arg(name));
    begin();
    m_dns->resolveMx(name, [this, name](const MxResolution &mx) {
        if (!mx.ok() || mx.hosts.isEmpty()) {
            reportDnsFailure(name, mx.ok() ? tr("no MX host") : mx.error, mx.commands);
        } else {
            for (const MxHost &host : mx.hosts) {
                if (host.addresses.isEmpty()) {
                    reportDnsFailure(host.name + QStringLiteral(":25"), tr("%1 has no IPv4 address").arg(host.name), mx.commands);
                    continue;
                }
                connectTo({host.name, host.addresses.first(), 25, mx.commands});
            }
        }
        end();
    });
}

void SmtpReachabilityCheck::checkRelay(const QString &relayText)
{
    const auto relay = Diagnosis::RelayHost::parse(relayText);
    if (!relay.isValid()) {
        CheckResult r;
        r.target = relayText.left(100);
        r.verdict = Verdict::Unknown;
        r.summary = tr("The relay \"%1\" cannot be read: %2").arg(relayText.left(100), relay.error());
        report(r);
        return;
    }
    QList<int> ports = {relay.port()};
    for (int extra : {587, 465}) {
        if (!ports.contains(extra))
            ports << extra;
    }
    if (relay.kind() != Diagnosis::RelayHost::Kind::Name) {
        for (int port : ports)
            connectTo({relay.host(), relay.host(), port, {}});
        return;
    }
    const QString host = relay.host();
    begin();
    auto connectAll = [this, host, ports](const QString &address, const QStringList &commands, const QString &error) {
        if (address.isEmpty()) {
            reportDnsFailure(host, error, commands);
        } else {
            for (int port : ports)
                connectTo({host, address, port, commands});
        }
        end();
    };
    if (relay.isBracketed()) {
        m_dns->lookup({{host, QStringLiteral("A")}}, [connectAll](const DnsLookupResult &r) {
            const QStringList a = r.replies.isEmpty() ? QStringList() : r.replies.first().dataOf(QStringLiteral("A"));
            connectAll(a.value(0), r.commands, r.ok() ? tr("no IPv4 address") : r.error);
        });
    } else {
        m_dns->resolveMx(host, [connectAll](const MxResolution &mx) {
            const QString address = mx.hosts.isEmpty() ? QString() : mx.hosts.first().addresses.value(0);
            connectAll(address, mx.commands, mx.ok() ? tr("no IPv4 address") : mx.error);
        });
    }
}

void SmtpReachabilityCheck::reportDnsFailure(const QString &target, const QString &why, const QStringList &commands)
{
    CheckResult r;
    r.target = target;
    r.verdict = Verdict::Unknown;
    r.summary = tr("Could not find where to connect for %1: %2").arg(target, why);
    r.commands = commands;
    r.advice = tr("Run the DNS check for this domain: the server's resolver does not give usable MX/A answers.");
    report(r);
}

void SmtpReachabilityCheck::connectTo(const Endpoint &endpoint)
{
    const QString target = endpoint.host + u':' + QString::number(endpoint.port);
    const auto address = Remote::IpAddress::parse(endpoint.address);
    const auto port = Remote::Port::parse(endpoint.port);
    if (!address.ok() || !port.ok()) {
        reportDnsFailure(target, address.ok() ? port.error : address.error, endpoint.commands);
        return;
    }
    const int timeout = qBound(1, options().connectTimeoutSeconds, 60);
    const auto built = SmtpCommands(capabilities()).tcpConnect(*address, *port, timeout, m_tool);
    const QString line = built.ok() ? CommandRunner::displayLine(built.command) : QString();
    setProgress(tr("Connecting to %1…").arg(target));
    begin();
    runner().run(built, [this, endpoint, target, line, timeout](const Remote::CommandResult &result) {
        CheckResult r;
        r.target = target;
        r.commands = endpoint.commands;
        if (!line.isEmpty())
            r.commands << line;
        r.evidence << m_toolLine;
        if (!result.error.isEmpty() || result.canceled || result.timedOut) {
            r.verdict = Verdict::Unknown;
            r.summary = tr("The connection test to %1 did not run: %2")
                                .arg(target, result.error.isEmpty() ? tr("no result") : result.error);
            r.advice = result.failure == Remote::CommandResult::Failure::PermissionDenied
                    ? tr("The login account may not run the test; use an account that may run bash, nc or openssl.")
                    : tr("Check the SSH connection and run the check again.");
        } else {
            ConnectResult c;
            if (m_tool == SmtpCommands::ConnectTool::Bash)
                c = ConnectResult::fromBash(result.stdOut, result.stdErr, result.exitCode);
            else if (m_tool == SmtpCommands::ConnectTool::Netcat)
                c = ConnectResult::fromNetcat(result.stdOut, result.stdErr, result.exitCode);
            else
                c = ConnectResult::fromOpenSsl(result.stdOut, result.stdErr, result.exitCode);
            const auto a = c.assess(endpoint.host, endpoint.port, c.outcome == ConnectResult::Outcome::TimedOut ? 2 * timeout + 1 : timeout);
            r.verdict = a.verdict;
            r.summary = a.summary;
            r.advice = a.advice;
            r.evidence << c.evidence;
        }
        report(r);
        end();
    });
}

void SmtpReachabilityCheck::begin()
{
    ++m_pending;
}

void SmtpReachabilityCheck::end()
{
    if (--m_pending == 0)
        done();
}

} // namespace Checks
