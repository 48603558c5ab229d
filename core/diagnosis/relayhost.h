#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Diagnosis {

// One relay in Postfix's next-hop syntax (postconf relayhost, or a relay the user typed):
//   "[relay.example.com]:587"  "relay.example.com:587"  "[relay.example.com]"  "relay.example.com"
//   "[192.0.2.1]:25"  "[ipv6:2001:db8::1]:587"  "[relay.example.com]:submission"
// Brackets mean "no MX lookup: connect to this host". The port defaults to 25; a service name
// (smtp, submission, submissions/smtps) is accepted and kept as written, because the sasl_passwd
// key must use the same spelling. Pure value type: no DNS, no I/O.
class RelayHost
{
public:
    enum class Kind { Name, Ipv4, Ipv6 };

    // Parses one destination (surrounding white space ignored). Invalid: error() says why.
    static RelayHost parse(QStringView text);
    // relayhost may list several destinations (Postfix >= 3.5), separated by commas or white
    // space; Postfix tries them in order. Empty for an empty value.
    static QStringList splitList(QStringView value);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString text() const { return m_text; }      // as given, trimmed
    QString host() const { return m_host; }      // lower case, no brackets, no "ipv6:" prefix
    int port() const { return m_port; }          // 25 when not given
    bool hasPort() const { return !m_portText.isEmpty(); }
    bool isBracketed() const { return m_bracketed; }
    Kind kind() const { return m_kind; }

    // "relay.example.com:587" / "[2001:db8::1]:587": what openssl s_client -connect takes.
    QString connectAddress() const;
    // "relay.example.com:587": the short target name for results.
    QString displayName() const;
    // True for ports where the relay speaks TLS from the first byte (465 / submissions / smtps).
    bool isImplicitTlsPort() const { return m_port == 465; }

    // The sasl_passwd keys Postfix looks up for this next hop, in its order (measured with
    // Postfix 3.7 for "[relay]:587": "relay" and "[relay]:587" are found, "[relay]" and
    // "relay:587" are not): first the relay server's host name, then the next hop exactly as
    // written in relayhost. For a destination without brackets the host name Postfix uses is the
    // MX host's, which equals host() only when the domain has no MX record (see hostKeyDependsOnMx).
    QStringList lookupKeys() const;
    bool hostKeyDependsOnMx() const { return !m_bracketed && m_kind == Kind::Name; }
    // The same relay spelled differently (with/without brackets, with/without port): keys a
    // sasl_passwd may hold by mistake, which Postfix would never find.
    QStringList otherKeyForms() const;

private:
    QString bracketedHost() const; // "[relay.example.com]", "[ipv6:2001:db8::1]"

    QString m_text;
    QString m_host;
    QString m_hostAsWritten; // inside the brackets, "ipv6:" prefix kept
    QString m_portText;
    QString m_error;
    int m_port = 25;
    bool m_bracketed = false;
    Kind m_kind = Kind::Name;
};

} // namespace Diagnosis
