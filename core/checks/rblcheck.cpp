#include "rblcheck.h"

#include "diagnosis/dnsblanswer.h"
#include "dnslookup.h"
#include "egressaddress.h"
#include "remote/commandarguments.h"
#include "remote/dnscommands.h"

#include <QHostAddress>

namespace Checks {

using Diagnosis::DnsblAnswer;
using Diagnosis::Verdict;

RblCheck::RblCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::Rbl, session, options, parent)
{
}

RblCheck::~RblCheck() = default;

void RblCheck::run()
{
    m_zones.clear();
    for (const QString &zone : options().dnsblZones) {
        QString name = zone.trimmed();
        if (name.endsWith(u'.'))
            name.chop(1);
        const auto domain = Remote::Domain::parse(name);
        if (!domain.ok()) {
            Diagnosis::CheckResult r;
            r.target = zone.left(253);
            r.verdict = Verdict::Unknown;
            r.summary = tr("Not a DNSBL zone name: %1").arg(domain.error);
            r.advice = tr("Correct the blocklist list in the check options.");
            report(r);
            continue;
        }
        const QString valid = QString::fromLatin1(domain->bytes());
        if (!m_zones.contains(valid))
            m_zones.append(valid);
    }
    if (m_zones.isEmpty()) {
        if (options().dnsblZones.isEmpty()) {
            Diagnosis::CheckResult r;
            r.verdict = Verdict::Unknown;
            r.summary = tr("No blocklist (DNSBL) zone is configured.");
            r.advice = tr("Add DNSBL zones (for example zen.spamhaus.org) in the check options.");
            report(r);
        }
        done();
        return;
    }
    setProgress(tr("Finding the server's sending address…"));
    EgressAddress(runner(), options()).find([this](const EgressResult &egress) {
        if (!egress.ok()) {
            reportForAllZones(Verdict::Unknown, tr("The server's sending address is unknown: %1").arg(egress.error),
                              egress.evidence, egress.commands,
                              tr("Enter the server's public sending address as the egress address in the check "
                                 "options."));
            done();
            return;
        }
        if (egress.isPrivate && egress.source != EgressResult::Source::Option) {
            reportForAllZones(Verdict::Unknown,
                              tr("The server sends from the private address %1; blocklists list public addresses.")
                                  .arg(egress.address),
                              egress.evidence, egress.commands, EgressAddress::privateAdvice());
            done();
            return;
        }
        query(egress.address, egress.evidence, egress.commands);
    });
}

void RblCheck::query(const QString &address, const QStringList &egressEvidence, const QStringList &egressCommands)
{
    QHostAddress parsed(address);
    const bool v6 = parsed.protocol() == QAbstractSocket::IPv6Protocol;
    QList<QPair<QString, QString>> questions;
    for (const QString &zone : std::as_const(m_zones)) {
        const QString name = Diagnosis::DnsOutput::reverseName(address, zone);
        questions.append({DnsblAnswer::testEntryName(zone, v6), QStringLiteral("A")});
        questions.append({name, QStringLiteral("A")});
        questions.append({name, QStringLiteral("TXT")});
    }
    setProgress(tr("Asking %n blocklist(s) about %1…", nullptr, int(m_zones.size())).arg(address));
    DnsLookup(runner(), options()).lookup(questions, [this, address, egressEvidence, egressCommands](
                                                         const DnsLookupResult &result) {
        const QStringList commands = egressCommands + result.commands;
        if (!result.ok()) {
            reportForAllZones(Verdict::Unknown, tr("The blocklists could not be asked: %1").arg(result.error),
                              egressEvidence, commands,
                              tr("Install bind9-dnsutils (Debian/Ubuntu) or bind-utils (RHEL) on the server."));
            done();
            return;
        }
        for (qsizetype i = 0; i < m_zones.size() && 3 * i + 2 < result.replies.size(); ++i) {
            const QString &zone = m_zones.at(i);
            const auto answer = DnsblAnswer::evaluate(zone, result.replies.at(3 * i), result.replies.at(3 * i + 1),
                                                      result.replies.at(3 * i + 2));
            Diagnosis::CheckResult r;
            r.target = zone;
            r.commands = commands;
            r.evidence = QStringList{tr("sending address: %1").arg(address)} + answer.evidence;
            for (const QString &t : answer.txt)
                r.evidence.append(QStringLiteral("TXT: ") + t);
            switch (answer.state) {
            case DnsblAnswer::State::Listed: {
                r.verdict = Verdict::Failed;
                r.summary = tr("%1 is listed on %2: %3").arg(address, zone, answer.meanings.join(QStringLiteral("; ")));
                const QString page = DnsblAnswer::delistingPage(zone);
                r.advice = tr("Find and fix the cause first (a compromised mailbox or password, an infected machine "
                              "or script behind this address, an open relay; the queue's top senders show who "
                              "sends), then request removal %1. Removal without a fix gets relisted.")
                               .arg(page.isEmpty() ? tr("on the list's website") : tr("at %1").arg(page));
                if (!answer.txt.isEmpty())
                    r.advice += u' ' + tr("The list says: %1").arg(answer.txt.first());
                break;
            }
            case DnsblAnswer::State::NotListed:
                r.verdict = Verdict::Ok;
                r.summary = tr("%1 is not listed on %2 (the list answers its test entry).").arg(address, zone);
                break;
            case DnsblAnswer::State::Refused:
                r.verdict = Verdict::Unknown;
                r.summary = tr("%1 refused the query: %2").arg(zone, answer.reason);
                r.advice = tr("This is not a listing. Query the list through a resolver of your own (a local "
                              "caching resolver instead of a public one like 8.8.8.8), stay under the free "
                              "query limit or use the list's registered access (Spamhaus DQS), and check the "
                              "zone name for typos.");
                break;
            case DnsblAnswer::State::Silent:
                r.verdict = Verdict::Unknown;
                r.summary = tr("%1 gave no usable answer: %2").arg(zone, answer.reason);
                r.advice = tr("Check the zone name; some lists (Barracuda) answer only resolvers registered with "
                              "them. Until the test entry answers, \"not listed\" cannot be trusted.");
                break;
            case DnsblAnswer::State::Rewritten:
                r.verdict = Verdict::Unknown;
                r.summary = tr("The answers from %1 cannot be trusted: %2").arg(zone, answer.reason);
                r.advice = tr("Use a resolver that does not rewrite answers (a local caching resolver).");
                break;
            case DnsblAnswer::State::LookupFailed:
                r.verdict = Verdict::Unknown;
                r.summary = tr("%1 could not be asked: %2").arg(zone, answer.reason);
                r.advice = tr("Check the server's resolver (the dns check) and try again.");
                break;
            }
            report(r);
        }
        done();
    });
}

void RblCheck::reportForAllZones(Verdict verdict, const QString &summary, const QStringList &evidence,
                                 const QStringList &commands, const QString &advice)
{
    for (const QString &zone : std::as_const(m_zones)) {
        Diagnosis::CheckResult r;
        r.target = zone;
        r.verdict = verdict;
        r.summary = summary;
        r.evidence = evidence;
        r.commands = commands;
        r.advice = advice;
        report(r);
    }
}

} // namespace Checks
