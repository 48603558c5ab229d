#include "dnsblanswer.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <optional>

namespace Diagnosis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
};

bool isZone(const QString &zone, QStringView name)
{
    const QString z = zone.toLower();
    return z == name || z.endsWith(u'.' + name.toString());
}

bool isSpamhaus(const QString &zone)
{
    return zone.toLower().endsWith(u"spamhaus.org") || zone.toLower().endsWith(u"spamhaus.net");
}

bool inLoopbackNet(const QString &code)
{
    QHostAddress a;
    return a.setAddress(code) && a.protocol() == QAbstractSocket::IPv4Protocol
           && a.isInSubnet(QHostAddress(QStringLiteral("127.0.0.0")), 8);
}

void addLines(QStringList &evidence, const DnsReply &reply)
{
    for (const QString &line : reply.lines) {
        if (evidence.size() >= 20)
            return;
        evidence.append(line);
    }
}

} // namespace

bool DnsblAnswer::isErrorCode(const QString &code)
{
    return code == u"127.255.255.252" || code == u"127.255.255.254" || code == u"127.255.255.255";
}

QString DnsblAnswer::codeMeaning(const QString &zone, const QString &code)
{
    if (code == u"127.255.255.252")
        return Tr::tr("error: the list name is mistyped or not a list (127.255.255.252)");
    if (code == u"127.255.255.254")
        return Tr::tr("error: query refused because it came through a public/open resolver (127.255.255.254)");
    if (code == u"127.255.255.255")
        return Tr::tr("error: query refused because the resolver sent too many queries (127.255.255.255)");
    if (isSpamhaus(zone)) {
        if (code == u"127.0.0.2")
            return Tr::tr("SBL: Spamhaus Block List — a known spam source or spam operation");
        if (code == u"127.0.0.3")
            return Tr::tr("SBL CSS: snowshoe spam or a hijacked/abused sending range");
        if (code == u"127.0.0.4" || code == u"127.0.0.5" || code == u"127.0.0.6" || code == u"127.0.0.7")
            return Tr::tr("XBL: exploited host — infected machine, botnet, or an open proxy/relay on this address");
        if (code == u"127.0.0.9")
            return Tr::tr("DROP/EDROP: the whole network range is hijacked or run by spammers");
        if (code == u"127.0.0.10")
            return Tr::tr("PBL (ISP maintained): a dynamic/end-user range that should not send mail directly");
        if (code == u"127.0.0.11")
            return Tr::tr("PBL (Spamhaus maintained): an end-user range that should not send mail directly");
    }
    if (isZone(zone, u"bl.spamcop.net") && code == u"127.0.0.2")
        return Tr::tr("SpamCop: spam from this address was reported recently");
    if (isZone(zone, u"b.barracudacentral.org") && code == u"127.0.0.2")
        return Tr::tr("Barracuda: poor sending reputation (spam seen from this address)");
    if (inLoopbackNet(code))
        return Tr::tr("listed (%1)").arg(code);
    return Tr::tr("not a DNSBL code (%1)").arg(code);
}

QString DnsblAnswer::delistingPage(const QString &zone)
{
    if (isSpamhaus(zone))
        return QStringLiteral("https://check.spamhaus.org/");
    if (isZone(zone, u"bl.spamcop.net"))
        return QStringLiteral("https://www.spamcop.net/bl.shtml");
    if (isZone(zone, u"b.barracudacentral.org"))
        return QStringLiteral("https://www.barracudacentral.org/rbl/removal-request");
    return {};
}

QString DnsblAnswer::testEntryName(const QString &zone, bool ipv6)
{
    return DnsOutput::reverseName(ipv6 ? QStringLiteral("::ffff:7f00:2") : QStringLiteral("127.0.0.2"), zone);
}

DnsblAnswer DnsblAnswer::evaluate(const QString &zone, const DnsReply &testEntry, const DnsReply &address,
                                  const DnsReply &txt)
{
    DnsblAnswer a;
    addLines(a.evidence, address);
    addLines(a.evidence, testEntry);
    a.txt = txt.dataOf(QStringLiteral("TXT"));
    for (QString &t : a.txt)
        t = t.left(300);

    const auto classify = [&](const QStringList &codes) -> std::optional<State> {
        for (const QString &code : codes) {
            if (!inLoopbackNet(code)) {
                a.reason = Tr::tr("The resolver answered %1, which no DNSBL returns: it rewrites answers (for "
                                  "example NXDOMAIN redirection by the provider), so the list cannot be read "
                                  "through it.").arg(code);
                return State::Rewritten;
            }
        }
        for (const QString &code : codes) {
            if (isErrorCode(code)) {
                a.reason = codeMeaning(zone, code);
                return State::Refused;
            }
        }
        return std::nullopt;
    };

    const QStringList listed = address.dataOf(QStringLiteral("A"));
    if (address.answered() && !listed.isEmpty()) {
        a.codes = listed;
        if (auto state = classify(listed)) {
            a.state = *state;
            return a;
        }
        for (const QString &code : listed)
            a.meanings.append(codeMeaning(zone, code));
        a.state = State::Listed;
        return a;
    }
    if (address.status != DnsReply::Status::NxDomain && !address.answered()) {
        a.state = State::LookupFailed;
        a.reason = address.explanation();
        return a;
    }
    // Not listed — if the list answers at all: its test entry must be listed.
    const QStringList test = testEntry.dataOf(QStringLiteral("A"));
    if (testEntry.answered() && !test.isEmpty()) {
        if (auto state = classify(test)) {
            a.codes = test;
            a.state = *state;
            return a;
        }
        a.state = State::NotListed;
        return a;
    }
    if (testEntry.status == DnsReply::Status::NxDomain || testEntry.answered()) {
        a.state = State::Silent;
        a.reason = Tr::tr("The list did not answer its test entry (%1 should be listed), so a missing listing "
                          "proves nothing: the list is gone, misspelled, or does not answer this resolver.")
                       .arg(testEntry.name);
        return a;
    }
    a.state = State::LookupFailed;
    a.reason = testEntry.explanation();
    return a;
}

} // namespace Diagnosis
