#include "contentfiltercheck.h"

#include "diagnosis/listeners.h"
#include "diagnosis/postconfoutput.h"
#include "diagnosis/servicestatus.h"
#include "remote/commandarguments.h"
#include "remote/servicecommands.h"

#include <memory>

namespace Checks {

using Diagnosis::FilterTarget;
using Diagnosis::Verdict;
namespace Listeners = Diagnosis::Listeners;
namespace ServiceStatus = Diagnosis::ServiceStatus;

struct ContentFilterCheck::Target
{
    FilterTarget filter;
    QStringList sources; // "content_filter (main.cf)", "the queue's deferrals", …
};

struct ContentFilterCheck::Gathered
{
    Remote::CommandResult filters, overrides, master, listening;
    Remote::CommandResult units, journal, processes;
    QList<Target> targets;
    QList<Diagnosis::Listener> listeners;
    QList<Diagnosis::PostconfMasterEntry> services;
    bool servicesKnown = false;
    int waiting = 0;
};

namespace {

bool isAmavis(const FilterTarget &t)
{
    return t.transport.contains(QStringLiteral("amavis"), Qt::CaseInsensitive)
            || !Listeners::wellKnownName(t.host, t.port).isEmpty();
}

// "127.0.0.1:10024" for both "[127.0.0.1]:10024" and "127.0.0.1:10024": one result per endpoint.
QString endpointKey(const FilterTarget &t)
{
    return t.kind == FilterTarget::Kind::Invalid ? t.raw : t.endpoint();
}

void addTarget(QList<ContentFilterCheck::Target> &targets, const FilterTarget &filter, const QString &source)
{
    for (auto &t : targets) {
        if (endpointKey(t.filter) == endpointKey(filter)) {
            if (!t.sources.contains(source))
                t.sources.append(source);
            if (t.filter.transport.isEmpty())
                t.filter.transport = filter.transport;
            return;
        }
    }
    targets.append({filter, {source}});
}

} // namespace

ContentFilterCheck::ContentFilterCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::ContentFilter, session, options, parent)
    , m(std::make_unique<Gathered>())
{
}

ContentFilterCheck::~ContentFilterCheck() = default;

void ContentFilterCheck::runAll(const QList<std::pair<Remote::CatalogResult, Remote::CommandResult *>> &commands,
                                std::function<void()> next)
{
    m->waiting = int(commands.size());
    auto shared = std::make_shared<std::function<void()>>(std::move(next));
    for (const auto &[built, slot] : commands) {
        runner().run(built, [this, slot, shared](const Remote::CommandResult &r) {
            *slot = r;
            if (--m->waiting == 0)
                (*shared)();
        });
    }
}

void ContentFilterCheck::run()
{
    *m = Gathered();
    const Remote::ServiceCommands commands(capabilities());
    setProgress(tr("Reading the content filter settings and the listening ports…"));
    runAll({{commands.postconfFilters(), &m->filters},
            {commands.postconfServiceParameters(), &m->overrides},
            {commands.postconfMasterServices(), &m->master},
            {commands.listeningTcp(), &m->listening}},
           [this] { settingsRead(); });
}

void ContentFilterCheck::settingsRead()
{
    if (m->filters.ok()) {
        const auto settings = Diagnosis::PostconfOutput::parse(m->filters.stdOut);
        const QString contentFilter = settings.value(QStringLiteral("content_filter"));
        const QString proxyFilter = settings.value(QStringLiteral("smtpd_proxy_filter"));
        if (!contentFilter.isEmpty())
            addTarget(m->targets, Listeners::parseContentFilter(contentFilter), tr("content_filter (main.cf)"));
        if (!proxyFilter.isEmpty())
            addTarget(m->targets, Listeners::parseProxyFilter(proxyFilter), tr("smtpd_proxy_filter (main.cf)"));
    }
    if (m->overrides.ok()) {
        for (const auto &p : Diagnosis::PostconfOutput::parseServiceParameters(m->overrides.stdOut).values) {
            if (p.value.isEmpty())
                continue;
            const QString source = tr("%1 of the master.cf service %2/%3").arg(p.name, p.service, p.type);
            if (p.name == u"content_filter")
                addTarget(m->targets, Listeners::parseContentFilter(p.value), source);
            else if (p.name == u"smtpd_proxy_filter")
                addTarget(m->targets, Listeners::parseProxyFilter(p.value), source);
        }
    }
    if (m->master.ok()) {
        m->services = Diagnosis::PostconfOutput::parseMasterEntries(m->master.stdOut).values;
        m->servicesKnown = !m->services.isEmpty();
    }
    for (const FilterEndpoint &e : options().filterEndpoints) {
        FilterTarget t;
        t.raw = e.host + u':' + QString::number(e.port);
        const auto address = Remote::IpAddress::parse(e.host);
        const auto port = Remote::Port::parse(e.port);
        if (address.ok() && port.ok()) {
            t.kind = FilterTarget::Kind::Inet;
            t.host = address->toString();
            t.port = port->value();
        } else {
            t.error = address.ok() ? port.error : address.error;
        }
        addTarget(m->targets, t, tr("the queue's content-filter deferrals"));
    }
    if (m->listening.ok())
        m->listeners = Listeners::parseSs(m->listening.stdOut).values;

    bool amavis = false;
    for (const auto &t : std::as_const(m->targets))
        amavis = amavis || isAmavis(t.filter);
    if (!amavis) {
        evaluate();
        return;
    }
    const Remote::ServiceCommands commands(capabilities());
    const QStringList units = ServiceStatus::unitNames(Diagnosis::ServiceKind::Amavis);
    setProgress(tr("Asking the service manager about Amavis…"));
    runAll({{commands.unitStates(units), &m->units},
            {commands.unitWarnings(units), &m->journal},
            {commands.processList(), &m->processes}},
           [this] { evaluate(); });
}

void ContentFilterCheck::evaluate()
{
    const QStringList sent = runner().sentCommands();
    if (m->targets.isEmpty()) {
        Diagnosis::CheckResult r;
        r.commands = sent;
        if (!m->filters.ok()) {
            r.verdict = Verdict::Unknown;
            r.summary = tr("The content filter settings could not be read.");
            r.evidence << Remote::ServiceCommands::failureText(m->filters, QStringLiteral("postconf"));
        } else {
            r.verdict = Verdict::Ok;
            r.summary = tr("No content filter is configured, and no queued mail waits for one.");
            r.evidence = ServiceStatus::outputLines(m->filters.stdOut);
            if (m->overrides.ok())
                r.evidence << tr("master.cf (postconf -P) sets no content_filter or smtpd_proxy_filter.");
        }
        report(r);
        done();
        return;
    }
    for (const Target &t : std::as_const(m->targets)) {
        Diagnosis::CheckResult r = evaluateTarget(t);
        r.target = endpointKey(t.filter);
        r.commands = sent;
        report(r);
    }
    done();
}

// Unit state, recent journal warnings and (without a reachable service manager) the process list.
// serviceActive: set true when systemd or the process list shows Amavis running.
QStringList ContentFilterCheck::amavisServiceEvidence(bool *serviceActive) const
{
    QStringList lines;
    *serviceActive = false;
    const auto units = ServiceStatus::parseSystemctlShow(m->units.stdOut).values;
    bool managerAnswered = false;
    for (const auto &u : units) {
        managerAnswered = true;
        if (u.exists()) {
            lines << u.line();
            *serviceActive = *serviceActive || u.isActive();
        }
    }
    if (managerAnswered && lines.isEmpty())
        lines << tr("systemd knows no amavis, amavisd or amavisd-new unit.");
    if (!managerAnswered) {
        const QString why = m->units.failure == Remote::CommandResult::Failure::None
                ? ServiceStatus::systemctlComplaint(m->units.stdErr).join(u' ')
                : Remote::ServiceCommands::failureText(m->units, QStringLiteral("systemctl"));
        lines << tr("The service manager is not reachable (%1); relying on the listener and the process list.")
                         .arg(why.isEmpty() ? tr("no answer") : why);
        if (m->processes.ok()) {
            const auto found = ServiceStatus::processesOf(ServiceStatus::parsePs(m->processes.stdOut).values,
                                                          Diagnosis::ServiceKind::Amavis);
            for (const auto &p : found.mid(0, 5))
                lines << tr("process %1 (%2): %3").arg(p.pid).arg(p.user, p.args.left(200));
            if (found.isEmpty())
                lines << tr("No amavisd process is running.");
            *serviceActive = !found.isEmpty();
        } else {
            lines << Remote::ServiceCommands::failureText(m->processes, QStringLiteral("ps"));
        }
    }
    if (m->journal.ok()) {
        const QStringList recent = ServiceStatus::outputLines(m->journal.stdOut, 10);
        if (recent.isEmpty())
            lines << tr("No warnings from Amavis in the journal in the last %1 hours.")
                             .arg(Remote::ServiceCommands::recentHours);
        lines << recent;
    } else {
        lines << tr("Recent Amavis errors could not be read: %1")
                         .arg(Remote::ServiceCommands::failureText(m->journal, QStringLiteral("journalctl")));
    }
    return lines;
}

Diagnosis::CheckResult ContentFilterCheck::evaluateTarget(const Target &target) const
{
    Diagnosis::CheckResult r;
    const FilterTarget &f = target.filter;
    for (const QString &source : target.sources)
        r.evidence << tr("configured by: %1").arg(source);
    if (!f.raw.isEmpty())
        r.evidence << tr("setting: %1").arg(f.raw.left(300));

    if (f.kind == FilterTarget::Kind::Invalid) {
        r.verdict = Verdict::Unknown;
        r.summary = tr("The content filter setting \"%1\" could not be read: %2").arg(f.raw.left(100), f.error);
        r.advice = tr("Check content_filter / smtpd_proxy_filter in main.cf and master.cf (postconf -n, postconf -P).");
        return r;
    }
    // content_filter names a transport; a missing master.cf entry stalls all mail with
    // "mail transport unavailable".
    const Diagnosis::PostconfMasterEntry *service = nullptr;
    for (const auto &s : std::as_const(m->services)) {
        if (s.service == f.transport && s.type == u"unix")
            service = &s;
    }
    if (!f.transport.isEmpty() && m->servicesKnown && !service) {
        r.verdict = Verdict::Failed;
        r.summary = tr("The content filter uses the transport \"%1\", which master.cf does not define.").arg(f.transport);
        r.advice = tr("Add the \"%1\" service to master.cf (or fix the name in the filter setting), run postfix reload, "
                      "then requeue the deferred mail.").arg(f.transport);
        return r;
    }
    if (f.kind == FilterTarget::Kind::TransportOnly) {
        const bool pipe = service && service->command == u"pipe";
        r.verdict = pipe ? Verdict::Ok : Verdict::Unknown;
        r.summary = pipe ? tr("The content filter runs a program through the pipe transport \"%1\"; nothing needs to listen.")
                                   .arg(f.transport)
                         : tr("The content filter \"%1\" has no host:port; Postdesk cannot tell where it delivers.")
                                   .arg(f.raw.left(100));
        if (service)
            r.evidence << tr("master.cf: %1/%2 runs %3").arg(service->service, service->type, service->command);
        return r;
    }
    if (f.kind == FilterTarget::Kind::Unix) {
        r.verdict = Verdict::Unknown;
        r.summary = tr("The content filter listens on the UNIX socket %1, which this check does not test.").arg(f.path);
        return r;
    }

    int port = f.port;
    if (port == 0 && service)
        port = service->command == u"lmtp" ? 24 : 25;
    const QString name = Listeners::wellKnownName(f.host, port);
    const QString endpoint = FilterTarget{FilterTarget::Kind::Inet, {}, f.host, port, {}, {}, {}}.endpoint();
    const QString shown = name.isEmpty() ? endpoint : tr("%1 (%2)").arg(endpoint, name);
    if (port == 0) {
        r.verdict = Verdict::Unknown;
        r.summary = tr("The content filter \"%1\" names no port.").arg(f.raw.left(100));
        return r;
    }
    if (!m->listening.ok()) {
        r.verdict = Verdict::Unknown;
        r.summary = tr("Postdesk could not see whether anything listens on %1.").arg(shown);
        r.evidence << Remote::ServiceCommands::failureText(m->listening, QStringLiteral("ss"));
        r.advice = tr("Install iproute2 (ss) on the server, or check the filter by hand.");
        return r;
    }
    const auto accepting = Listeners::accepting(m->listeners, f.host, port);
    for (const auto &l : accepting.mid(0, 5))
        r.evidence << l.line;
    bool serviceActive = false;
    if (isAmavis(f))
        r.evidence << amavisServiceEvidence(&serviceActive);
    if (!accepting.isEmpty()) {
        r.verdict = Verdict::Ok;
        r.summary = tr("Something listens on %1.").arg(shown);
        return r;
    }
    if (!Listeners::isLoopback(f.host)) {
        r.verdict = Verdict::Unknown;
        r.summary = tr("The content filter %1 is not on this server's loopback; ss sees only local listeners.").arg(shown);
        r.evidence << tr("ss -ltnH shows no local listener on port %1.").arg(port);
        r.advice = tr("Check that the filter host is up and reachable on port %1.").arg(port);
        return r;
    }
    r.verdict = Verdict::Failed;
    r.evidence.prepend(tr("ss -ltnH shows no listener on %1.").arg(endpoint));
    if (isAmavis(f)) {
        r.summary = serviceActive ? tr("Amavis runs but nothing listens on %1.").arg(endpoint)
                                  : tr("Amavis is down: nothing listens on %1.").arg(endpoint);
        r.advice = tr("Amavis is down: mail waits in the queue; restart amavis (Fixes → Services) and then requeue "
                      "the deferred mail (postqueue -f).");
        if (serviceActive)
            r.advice += u' ' + tr("The service is active, so also check its listening port ($inet_socket_port in the "
                                  "Amavis configuration) against the filter setting.");
    } else {
        r.summary = tr("Nothing listens on %1: mail for this content filter waits in the queue.").arg(shown);
        r.advice = tr("Start the filter service that should listen on %1, then requeue the deferred mail (postqueue -f).")
                           .arg(endpoint);
    }
    return r;
}

} // namespace Checks
