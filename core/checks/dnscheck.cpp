#include "dnscheck.h"

#include "dnslookup.h"
#include "remote/commandarguments.h"
#include "remote/dnscommands.h"
#include "remote/servercapabilities.h"

#include <QHostAddress>

namespace Checks {

using Diagnosis::DnsReply;
using Diagnosis::Verdict;

namespace {

constexpr int slowQueryMs = 1000;

void appendLines(QStringList &evidence, const QStringList &lines)
{
    for (const QString &line : lines) {
        if (evidence.size() >= 20)
            return;
        evidence.append(line);
    }
}

int slowest(const MxResolution &res)
{
    int worst = res.mxReply.queryTimeMs;
    for (const DnsReply &r : res.addressReplies)
        worst = std::max(worst, r.queryTimeMs);
    return worst;
}

} // namespace

DnsCheck::DnsCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::Dns, session, options, parent)
{
}

DnsCheck::~DnsCheck() = default;

void DnsCheck::run()
{
    m_outstanding = 2 + int(options().domains.size());
    checkResolver();
    if (options().domains.isEmpty()) {
        Diagnosis::CheckResult r;
        r.verdict = Verdict::Unknown;
        r.summary = tr("No destination domain was given, so no MX/A lookups were made.");
        r.advice = tr("Run the check for a domain (from a queue row, or postdesk-cli diagnose --domain D).");
        report(r);
    }
    for (const QString &domain : options().domains)
        checkDomain(domain);
    checkPtr();
}

void DnsCheck::finishPart()
{
    if (--m_outstanding == 0)
        done();
}

void DnsCheck::checkResolver()
{
    const Remote::DnsCommands commands(capabilities());
    const auto built = commands.resolvConf();
    runner().run(built, [this, line = built.ok() ? CommandRunner::displayLine(built.command) : QString()](
                            const Remote::CommandResult &res) {
        Diagnosis::CheckResult r;
        r.target = QStringLiteral("/etc/resolv.conf");
        if (!line.isEmpty())
            r.commands = {line};
        const QStringList lines = Diagnosis::DnsOutput::resolverLines(res.stdOut);
        r.evidence = lines;
        QStringList servers;
        for (const QString &l : lines) {
            if (l.startsWith(u"nameserver "))
                servers.append(l.mid(11));
        }
        if (!res.error.isEmpty() || res.canceled || res.timedOut) {
            r.verdict = Verdict::Unknown;
            r.summary = tr("The resolver configuration could not be read: %1").arg(res.error);
        } else if (res.exitCode != 0) {
            r.verdict = Verdict::Failed;
            r.summary = tr("/etc/resolv.conf cannot be read: %1")
                            .arg(QString::fromUtf8(res.stdErr).trimmed().left(200));
            r.advice = tr("Without /etc/resolv.conf the server has no resolver: Postfix cannot find any MX. "
                          "Restore it (or restart systemd-resolved / NetworkManager, which write it).");
        } else if (servers.isEmpty()) {
            r.verdict = Verdict::Failed;
            r.summary = tr("/etc/resolv.conf names no name server.");
            r.advice = tr("Add a nameserver line (the provider's resolver or a local caching resolver); "
                          "without one no mail can be delivered.");
        } else {
            r.verdict = Verdict::Ok;
            r.summary = tr("Resolver: %1").arg(servers.join(QStringLiteral(", ")));
            if (servers.contains(QStringLiteral("127.0.0.53")))
                r.summary += u' ' + tr("(the systemd-resolved stub: its upstream servers are in resolvectl status)");
        }
        report(r);
        finishPart();
    });
}

void DnsCheck::checkDomain(const QString &domain)
{
    DnsLookup(runner(), options()).resolveMx(domain, [this](const MxResolution &res) {
        Diagnosis::CheckResult r;
        r.target = res.domain;
        r.commands = res.commands;
        appendLines(r.evidence, res.mxReply.lines);
        for (const DnsReply &a : res.addressReplies)
            appendLines(r.evidence, a.lines);
        const DnsReply &mx = res.mxReply;
        if (!res.ok() && mx.status != DnsReply::Status::NoError) {
            r.verdict = Verdict::Unknown;
            r.summary = res.error;
            r.advice = res.error.contains(u"bind9-dnsutils")
                           ? tr("Install bind9-dnsutils (Debian/Ubuntu) or bind-utils (RHEL) on the server to "
                                "ask its resolver.")
                           : tr("Check the domain name and the connection, then run the check again.");
        } else if (!res.ok()) { // null MX
            r.verdict = Verdict::Failed;
            r.summary = res.error;
            r.advice = tr("The domain refuses all mail: the recipient address is wrong or no longer exists. "
                          "Return the mail to the sender.");
        } else if (mx.status == DnsReply::Status::NxDomain) {
            r.verdict = Verdict::Failed;
            r.summary = tr("%1: the domain does not exist (NXDOMAIN).").arg(res.domain);
            r.advice = tr("The recipient domain is misspelled or expired: correct the address or return the mail.");
        } else if (!mx.answered()) {
            r.verdict = Verdict::Failed;
            r.summary = tr("MX lookup for %1 failed: %2").arg(res.domain, mx.explanation());
            r.advice = mx.status == DnsReply::Status::ServFail
                           ? tr("Postfix keeps retrying until the domain's DNS is fixed (its owner must repair "
                                "it). If every domain fails, the server's resolver is broken.")
                           : tr("Check that the resolver in /etc/resolv.conf answers (firewall, service down); "
                                "Postfix retries meanwhile.");
        } else {
            QStringList parts;
            int resolved = 0;
            for (const MxHost &h : res.hosts) {
                if (!h.addresses.isEmpty())
                    ++resolved;
                parts.append(h.implicit ? tr("no MX record: implicit MX %1 → %2")
                                              .arg(h.name, h.addresses.isEmpty() ? tr("no A record")
                                                                                 : h.addresses.join(u' '))
                                        : tr("MX %1 %2 → %3")
                                              .arg(QString::number(h.preference), h.name,
                                                   h.addresses.isEmpty() ? tr("no A record") : h.addresses.join(u' ')));
            }
            const int time = slowest(res);
            if (resolved == 0) {
                r.verdict = Verdict::Failed;
                r.summary = tr("%1 has no address to deliver to: %2").arg(res.domain, parts.join(QStringLiteral("; ")));
                r.advice = tr("The domain's MX hosts do not resolve: the domain owner must fix its DNS.");
            } else if (resolved < res.hosts.size() || time > slowQueryMs) {
                r.verdict = Verdict::Warning;
                r.summary = tr("%1: %2 (slowest answer %3 ms)").arg(res.domain, parts.join(QStringLiteral("; ")))
                                .arg(time);
                r.advice = time > slowQueryMs
                               ? tr("The resolver answers slowly (over 1 s): use a closer or local caching resolver.")
                               : tr("Some MX hosts do not resolve; Postfix uses the others.");
            } else {
                r.verdict = Verdict::Ok;
                r.summary = tr("%1: %2 (%3 ms)").arg(res.domain, parts.join(QStringLiteral("; "))).arg(std::max(time, 0));
            }
        }
        report(r);
        finishPart();
    });
}

void DnsCheck::checkPtr()
{
    EgressAddress(runner(), options()).find([this](const EgressResult &egress) {
        if (!egress.ok() || (egress.isPrivate && egress.source != EgressResult::Source::Option)) {
            Diagnosis::CheckResult r;
            r.target = egress.address;
            r.verdict = Verdict::Unknown;
            r.evidence = egress.evidence;
            r.commands = egress.commands;
            r.summary = egress.ok() ? tr("The server sends from the private address %1: its public reverse DNS "
                                         "cannot be checked from here.").arg(egress.address)
                                    : tr("The server's sending address is unknown: %1").arg(egress.error);
            r.advice = EgressAddress::privateAdvice();
            report(r);
            finishPart();
            return;
        }
        const QString hostname = capabilities().hostname.trimmed().toLower();
        if (!hostname.isEmpty()) {
            checkPtrName(egress, hostname);
            return;
        }
        const auto built = Remote::DnsCommands(capabilities()).myHostname();
        runner().run(built, [this, egress](const Remote::CommandResult &res) {
            checkPtrName(egress, EgressAddress::postconfValue(res.stdOut, QStringLiteral("myhostname")).toLower());
        });
    });
}

void DnsCheck::checkPtrName(const EgressResult &egress, const QString &hostname)
{
    const QString reverse = Diagnosis::DnsOutput::reverseName(egress.address);
    DnsLookup(runner(), options()).lookup({{reverse, QStringLiteral("PTR")}}, [this, egress, hostname](
                                                                                  const DnsLookupResult &ptr) {
        Diagnosis::CheckResult r;
        r.target = egress.address;
        r.commands = egress.commands + ptr.commands;
        r.evidence = egress.evidence;
        r.evidence.append(QStringLiteral("myhostname = ") + hostname);
        const DnsReply reply = ptr.replies.value(0);
        appendLines(r.evidence, reply.lines);
        const QStringList names = reply.dataOf(QStringLiteral("PTR"));
        const QString advice = tr("Receivers reject or junk mail from addresses without matching reverse DNS. "
                                  "Ask the provider of %1 to set its PTR record to %2 (and keep an A record "
                                  "of %2 pointing to %1), or set myhostname to the PTR name.")
                                   .arg(egress.address, hostname.isEmpty() ? tr("the server's name") : hostname);
        if (!ptr.ok() || (!reply.answered() && reply.status != DnsReply::Status::NxDomain)) {
            r.verdict = Verdict::Unknown;
            r.summary = tr("The reverse DNS of %1 could not be looked up: %2")
                            .arg(egress.address, ptr.ok() ? reply.explanation() : ptr.error);
            report(r);
            finishPart();
            return;
        }
        if (names.isEmpty()) {
            r.verdict = Verdict::Warning;
            r.summary = tr("%1 has no reverse DNS (PTR) record; myhostname is %2.").arg(egress.address, hostname);
            r.advice = advice;
            report(r);
            finishPart();
            return;
        }
        const QString name = names.contains(hostname) ? hostname : names.first();
        const bool v6 = QHostAddress(egress.address).protocol() == QAbstractSocket::IPv6Protocol;
        const QString type = v6 ? QStringLiteral("AAAA") : QStringLiteral("A");
        DnsLookup(runner(), options()).lookup({{name, type}}, [this, r, egress, hostname, name, type,
                                                               advice](const DnsLookupResult &fwd) mutable {
            r.commands += fwd.commands;
            const DnsReply back = fwd.replies.value(0);
            appendLines(r.evidence, back.lines);
            QStringList addresses;
            for (const QString &a : back.dataOf(type))
                addresses.append(QHostAddress(a).toString());
            const bool confirmed = addresses.contains(QHostAddress(egress.address).toString());
            if (name != hostname) {
                r.verdict = Verdict::Warning;
                r.summary = tr("The PTR of %1 is %2, but myhostname (the HELO name) is %3.")
                                .arg(egress.address, name, hostname);
                r.advice = advice;
            } else if (!confirmed) {
                r.verdict = Verdict::Warning;
                r.summary = tr("The PTR of %1 is %2, but %2 does not resolve back to %1 (%3).")
                                .arg(egress.address, name,
                                     addresses.isEmpty() ? back.shortStatus() : addresses.join(u' '));
                r.advice = advice;
            } else {
                r.verdict = Verdict::Ok;
                r.summary = tr("The PTR of %1 is %2 = myhostname, and it resolves back to %1.")
                                .arg(egress.address, name);
            }
            report(r);
            finishPart();
        });
    });
}

} // namespace Checks
