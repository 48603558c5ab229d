#pragma once

#include "dnsreply.h"

#include <QString>
#include <QStringList>

namespace Diagnosis {

// What one DNSBL said about one address, decided from three replies asked through the server's
// resolver: the list's RFC 5782 test entry (127.0.0.2, or ::ffff:127.0.0.2 for an IPv6 address),
// the address's A and its TXT. A list that does not answer its test entry is never "clean", an
// error code (127.255.255.x) is never "listed", and answers outside 127.0.0.0/8 mean the resolver
// rewrites answers (NXDOMAIN redirection) — all three are Unknown states.
struct DnsblAnswer
{
    enum class State {
        Listed,    // the address has 127.0.0.x codes
        NotListed, // NXDOMAIN for the address, and the test entry is listed
        Refused,   // 127.255.255.252/254/255: typo in the zone, public resolver, query limit
        Silent,    // the test entry is not listed: the list does not answer this resolver
        Rewritten, // an answer outside 127.0.0.0/8
        LookupFailed, // timeout, SERVFAIL, REFUSED…: the reply's explanation says which
    };

    State state = State::LookupFailed;
    QStringList codes;     // the A answers of the address (or of the test entry for Refused)
    QStringList meanings;  // plain words per code ("XBL: exploited host (botnet, infected machine)")
    QString reason;        // one sentence: why this state (error code meaning, failed reply's explanation)
    QStringList txt;       // the list's TXT text for the address
    QStringList evidence;  // the deciding lines of the replies

    // Plain words for a code of a zone. Knows zen.spamhaus.org (SBL, CSS, XBL, DROP, PBL and the
    // 127.255.255.x error codes), bl.spamcop.net and b.barracudacentral.org; any other 127.0.0.x
    // is "listed".
    static QString codeMeaning(const QString &zone, const QString &code);
    static bool isErrorCode(const QString &code); // 127.255.255.252/254/255
    // The list's delisting page, empty for an unknown list.
    static QString delistingPage(const QString &zone);
    // The RFC 5782 test entry's query name for the zone ("2.0.0.127.ZONE" for IPv4 addresses).
    static QString testEntryName(const QString &zone, bool ipv6);

    static DnsblAnswer evaluate(const QString &zone, const DnsReply &testEntry, const DnsReply &address,
                                const DnsReply &txt);
};

} // namespace Diagnosis
