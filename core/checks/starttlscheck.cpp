#include "starttlscheck.h"

#include "diagnosis/tlsassessment.h"
#include "diagnosis/tlsclientoutput.h"
#include "remote/commandarguments.h"
#include "remote/smtpcommands.h"

#include <QDateTime>
#include <QTimer>

#include <memory>
#include <optional>

namespace Checks {

using Diagnosis::CheckResult;
using Diagnosis::Verdict;
using Remote::SmtpCommands;

StartTlsCheck::StartTlsCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::StartTls, session, options, parent)
{
}

StartTlsCheck::~StartTlsCheck() = default;

void StartTlsCheck::reportSimple(const QString &target, Verdict verdict, const QString &summary,
                                 const QString &advice, const QStringList &commands)
{
    CheckResult r;
    r.target = target;
    r.verdict = verdict;
    r.summary = summary;
    r.advice = advice;
    r.commands = commands;
    report(r);
}

void StartTlsCheck::run()
{
    m_dns = std::make_unique<DnsLookup>(runner(), options());
    m_queue = options().domains;
    if (m_queue.isEmpty()) {
        reportSimple({}, Verdict::Unknown, tr("No destination domain was given"),
                     tr("Pick a destination (a domain from the queue) and run the check again."));
        done();
        return;
    }
    if (!Remote::CommandCatalog(capabilities()).hasTool(QStringLiteral("openssl"))) {
        for (const QString &domain : std::as_const(m_queue))
            reportSimple(domain.left(100), Verdict::Unknown, tr("openssl is not installed on the server, so STARTTLS cannot be tested"),
                         tr("Install the openssl package (Debian/Ubuntu and RHEL: openssl)."));
        done();
        return;
    }
    setProgress(tr("Reading the TLS settings (postconf)…"));
    const auto built = SmtpCommands(capabilities()).tlsSettings(Diagnosis::TlsSettings::parameterNames());
    if (built.ok())
        m_settingsCommands << CommandRunner::displayLine(built.command);
    runner().run(built, [this](const Remote::CommandResult &result) {
        m_settings = Diagnosis::TlsSettings::fromPostconf(result.stdOut);
        if (!result.ok() || m_settings.values.isEmpty())
            m_settingsProblem = tr("postconf failed: %1")
                                        .arg(result.error.isEmpty() ? QString::fromUtf8(result.stdErr).trimmed().left(200) : result.error);
        readOpensslVersion();
    });
}

void StartTlsCheck::readOpensslVersion()
{
    runner().run(SmtpCommands(capabilities()).opensslVersion(), [this](const Remote::CommandResult &result) {
        // Unknown version: assume 3.x (Debian 12, RHEL 9); 1.1.1 rejects -no-CAstore.
        m_caStore = !result.ok() || SmtpCommands::versionHasCaStore(result.stdOut);
        nextDomain();
    });
}

void StartTlsCheck::nextDomain()
{
    if (m_queue.isEmpty()) {
        done();
        return;
    }
    testDomain(m_queue.takeFirst());
}

void StartTlsCheck::testDomain(const QString &domainText)
{
    const auto domain = Remote::Domain::parse(domainText);
    if (!domain.ok() || domain->isAddressLiteral()) {
        reportSimple(domainText.left(100), Verdict::Unknown,
                     tr("\"%1\" is not a domain name: %2").arg(domainText.left(100), domain.error), {});
        nextDomain();
        return;
    }
    const QString name = QString::fromLatin1(domain->bytes());
    setProgress(tr("Looking up the MX hosts of %1…").arg(name));
    m_dns->resolveMx(name, [this, name](const MxResolution &mx) {
        for (const MxHost &host : mx.hosts) {
            if (!host.addresses.isEmpty()) {
                testHost(name, host, mx.commands);
                return;
            }
        }
        reportSimple(name, Verdict::Unknown,
                     tr("Could not find an MX host with an address for %1: %2").arg(name, mx.ok() ? tr("no usable MX host") : mx.error),
                     tr("Run the DNS check for this domain: the server's resolver does not give usable MX/A answers."),
                     mx.commands);
        nextDomain();
    });
}

void StartTlsCheck::testHost(const QString &domainName, const MxHost &host, const QStringList &dnsCommands)
{
    const auto domain = Remote::Domain::parse(domainName);
    const auto mxName = Remote::Domain::parse(host.name);
    const auto address = Remote::IpAddress::parse(host.addresses.first());
    const auto port = Remote::Port::parse(25);
    if (!domain.ok() || !mxName.ok() || !address.ok()) {
        reportSimple(domainName, Verdict::Unknown, tr("The MX host %1 of %2 cannot be tested: %3")
                     .arg(host.name.left(100), domainName, mxName.ok() ? address.error : mxName.error), {}, dnsCommands);
        nextDomain();
        return;
    }
    struct Joint
    {
        int waiting = 2;
        std::optional<Diagnosis::TlsClientOutput> tls;
        QString tlsError;
        QString tlsLine;
        PolicyState policy;
    };
    auto joint = std::make_shared<Joint>();
    auto finish = [this, joint, domainName, host, dnsCommands] {
        if (--joint->waiting > 0)
            return;
        CheckResult r;
        r.target = domainName;
        r.commands = m_settingsCommands + dnsCommands + joint->policy.commands;
        if (!joint->tlsLine.isEmpty())
            r.commands << joint->tlsLine;
        if (!joint->tls) {
            r.verdict = Verdict::Unknown;
            r.summary = tr("The STARTTLS test to %1 did not run: %2").arg(host.name, joint->tlsError);
            r.advice = tr("Check the SSH connection and run the check again.");
        } else {
            const auto a = Diagnosis::TlsAssessment::assess(*joint->tls, joint->policy.policy, m_settings, host.name,
                                                            domainName, QDateTime::currentDateTimeUtc());
            r.verdict = a.verdict;
            r.summary = a.summary;
            r.advice = a.advice;
            r.evidence = joint->policy.notes + a.evidence;
            if (joint->policy.uncertain && r.verdict == Verdict::Ok) {
                r.verdict = Verdict::Unknown;
                r.summary += tr(" — but the TLS policy map could not be read, so a stricter entry may apply");
            }
        }
        if (!m_settingsProblem.isEmpty())
            r.evidence.prepend(m_settingsProblem);
        report(r);
        nextDomain();
    };

    SmtpCommands::Trust trust;
    trust.caFile = m_settings.caFile();
    trust.caPath = m_settings.caPath();
    trust.appendDefaultCa = m_settings.appendDefaultCa();
    trust.opensslHasCaStore = m_caStore;
    const auto helo = Remote::Domain::parse(capabilities().hostname);
    const int timeout = qBound(1, options().connectTimeoutSeconds, 60);
    const auto built = SmtpCommands(capabilities()).startTls(*address, *port, *mxName, trust, timeout,
                                                              helo.ok() ? &*helo : nullptr);
    if (built.ok())
        joint->tlsLine = CommandRunner::displayLine(built.command);
    setProgress(tr("Testing STARTTLS with %1…").arg(host.name));
    runner().run(built, [joint, finish](const Remote::CommandResult &result) {
        if (!result.error.isEmpty() || result.canceled || (result.timedOut && result.stdOut.isEmpty()))
            joint->tlsError = result.error.isEmpty() ? tr("no result") : result.error;
        else
            joint->tls = Diagnosis::TlsClientOutput::parse(result.stdOut, result.stdErr, result.timedOut ? 124 : result.exitCode);
        finish();
    });
    PolicyState start;
    start.policy = Diagnosis::TlsPolicy::fromSettings(m_settings);
    lookupPolicy(*domain, 0, Remote::Privilege::User, start, [joint, finish](const PolicyState &state) {
        joint->policy = state;
        finish();
    });
}

void StartTlsCheck::lookupPolicy(const Remote::Domain &domain, int mapIndex, Remote::Privilege privilege,
                                 PolicyState state, PolicyDone done)
{
    const QStringList maps = m_settings.policyMaps();
    if (mapIndex >= maps.size()) {
        QTimer::singleShot(0, this, [done, state] { done(state); });
        return;
    }
    const QString map = maps.at(mapIndex);
    if (!SmtpCommands::isSupportedPolicyMap(map)) {
        state.notes << tr("smtp_tls_policy_maps %1: Postdesk cannot read this map type").arg(map.left(200));
        state.uncertain = true;
        lookupPolicy(domain, mapIndex + 1, Remote::Privilege::User, state, done);
        return;
    }
    const auto built = SmtpCommands(capabilities()).policyLookup(map, domain, privilege);
    if (built.ok())
        state.commands << CommandRunner::displayLine(built.command);
    runner().run(built, [this, domain, mapIndex, privilege, state, done, map](const Remote::CommandResult &result) mutable {
        const QStringList keys = SmtpCommands::policyLookupKeys(domain);
        const auto lookup = Diagnosis::TlsPolicyLookup::parse(result.stdOut, result.stdErr, result.exitCode, keys);
        using S = Diagnosis::TlsPolicyLookup::Status;
        const bool refused = result.failure == Remote::CommandResult::Failure::PermissionDenied;
        if (result.error.isEmpty() && lookup.status == S::Found) {
            state.policy = Diagnosis::TlsPolicy::fromEntry(lookup.key, lookup.value, map, m_settings);
            done(state);
            return;
        }
        if (result.error.isEmpty() && lookup.status == S::NotFound) {
            lookupPolicy(domain, mapIndex + 1, Remote::Privilege::User, state, done);
            return;
        }
        if (lookup.status == S::PermissionDenied && privilege == Remote::Privilege::User && capabilities().canRoot) {
            lookupPolicy(domain, mapIndex, Remote::Privilege::Root, state, done);
            return;
        }
        state.uncertain = true;
        if (lookup.status == S::PermissionDenied || refused)
            state.notes << tr("smtp_tls_policy_maps %1 needs root to read (%2)").arg(map, lookup.message.isEmpty() ? result.error : lookup.message);
        else if (lookup.status == S::Unsupported)
            state.notes << tr("smtp_tls_policy_maps %1: %2 (install the postfix-lmdb or matching map package)").arg(map, lookup.message);
        else
            state.notes << tr("smtp_tls_policy_maps %1 could not be read: %2").arg(map, result.error.isEmpty() ? lookup.message : result.error);
        lookupPolicy(domain, mapIndex + 1, Remote::Privilege::User, state, done);
    });
}

} // namespace Checks
