#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Checks {

// A host:port seen in the queue's content-filter deferrals ("connect to 127.0.0.1[127.0.0.1]:10024:
// Connection refused"), so the content-filter check also covers FILTER actions in access maps,
// which postconf cannot list.
struct FilterEndpoint
{
    QString host; // as Postfix printed it inside [] (an IP address) — validated before use
    int port = 0;

    friend bool operator==(const FilterEndpoint &, const FilterEndpoint &) = default;
};

// What a diagnostics run looks at. Everything here is untrusted text (user input, queue reasons):
// each check validates what it uses (Remote::Domain::parse, …) and reports an Unknown result
// naming the bad value instead of running anything with it.
struct CheckOptions
{
    // Destination domains (smtp_reachability, dns, starttls). Empty: those checks report that no
    // destination was given (the CLI and GUI fill it from the queue's most deferred domains).
    QStringList domains;
    // DNSBL zones queried for the egress address. Tests point this at zones of the test server.
    QStringList dnsblZones = defaultDnsblZones();
    // The server's public sending address when it cannot be found on the server (NAT). Empty:
    // detect it on the server (smtp_bind_address, the route's source, global addresses).
    QString egressAddress;
    // The relay to test instead of postconf relayhost, in relayhost syntax: "[host]:port",
    // "host:port", "[host]", "host". Empty: relayhost (relay_auth reports when there is none).
    QString relay;
    // A relay login to test instead of the one stored on the server (relay_auth; e.g. from the
    // desktop's keychain before it is written to sasl_passwd). Empty user: the stored login.
    // Sent only on the login test's stdin; never shown, logged or put into a result.
    QString relayUser;
    QString relayPassword;
    QList<FilterEndpoint> filterEndpoints;
    int connectTimeoutSeconds = 5; // per TCP connect / greeting / TLS handshake step
    int dnsTimeoutSeconds = 3;     // per DNS query (one try)
    int maxMxHosts = 2;            // "the first MX hosts": how many per domain are connected to

    static QStringList defaultDnsblZones()
    {
        return {QStringLiteral("zen.spamhaus.org"), QStringLiteral("bl.spamcop.net"),
                QStringLiteral("b.barracudacentral.org")};
    }
};

} // namespace Checks
