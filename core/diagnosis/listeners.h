#pragma once

#include "postfix/parseresult.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Diagnosis {

// One listening TCP socket as `ss -ltnH` prints it ("LISTEN 0 100 127.0.0.1:10024 0.0.0.0:*").
struct Listener
{
    QString address; // "127.0.0.1", "::1", "0.0.0.0", "::", "*" (brackets and %interface removed)
    int port = 0;
    QString line;    // the ss line, trimmed (evidence)

    bool isWildcard() const;
    bool isIpv6() const { return address.contains(u':'); }
    friend bool operator==(const Listener &, const Listener &) = default;
};

// Where a content filter setting sends mail: content_filter and FILTER actions
// ("transport:[host]:port", "transport:host:port", "lmtp:inet:host:port", "lmtp:unix:/path",
// "transport:") or smtpd_proxy_filter ("host:port", "[host]:port", "inet:host:port", "unix:/path").
struct FilterTarget
{
    enum class Kind {
        Inet,          // host and port (port 0 = the transport's default port)
        Unix,          // a UNIX-domain socket path
        TransportOnly, // "transport:" without a next hop: a pipe(8) program or the transport's default
        Invalid,       // error says why
    };
    Kind kind = Kind::Invalid;
    QString transport; // "amavis", "smtp-amavis"; empty for smtpd_proxy_filter
    QString host;      // without brackets; "ipv6:" prefix removed
    int port = 0;
    QString path;      // Kind::Unix
    QString raw;       // the setting as configured
    QString error;

    // "127.0.0.1:10024", "[::1]:10024", "unix:/var/run/x.sock", "transport amavis"
    QString endpoint() const;
    friend bool operator==(const FilterTarget &, const FilterTarget &) = default;
};

namespace Listeners {
// ss -ltnH (also with the header line, without the State column, or with a Process column).
Postfix::Parsed<Listener> parseSs(QByteArrayView output);

FilterTarget parseContentFilter(QStringView value); // content_filter, FILTER, -o content_filter
FilterTarget parseProxyFilter(QStringView value);   // smtpd_proxy_filter

// The listeners that accept connections to host:port: the exact address, or a wildcard of a
// matching family ("localhost" means 127.0.0.1 and ::1; "[::]" is taken as dual-stack).
QList<Listener> accepting(const QList<Listener> &listeners, const QString &host, int port);
// 127.0.0.0/8, ::1, localhost.
bool isLoopback(const QString &host);
// "Amavis" for a loopback 10024, "Amavis re-injection (Postfix smtpd)" for a loopback 10025,
// else empty. Translated.
QString wellKnownName(const QString &host, int port);
} // namespace Listeners

} // namespace Diagnosis
