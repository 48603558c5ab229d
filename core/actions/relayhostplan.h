#pragma once

#include "configchange.h"

#include "remote/commandarguments.h"

namespace Actions {

// The relayhost + SASL recipe (POSTFIX-FACTS §12) as a ConfigChangePlan.
struct RelayhostInput
{
    enum class Security {
        StartTls, // port 587 (or any): smtp_tls_security_level = encrypt
        Wrapper,  // port 465: smtp_tls_wrappermode = yes + encrypt
        None,     // port 25 without TLS requirement (discouraged; still SASL over TLS if offered)
    };
    QString host;            // smtp.example.com or an IP address; "[...]" added here
    int port = 587;
    Security security = Security::StartTls;
    QString user;            // empty: no SASL (relay by IP allow-listing)
    QString secret;          // password or API key; never logged
    bool mxLookup = false;   // false → "[host]:port" (the usual); true → "host:port"
};

class RelayhostPlan
{
public:
    // "[smtp.example.com]:587" — the relayhost value; the sasl_passwd key uses exactly this form.
    static QString relayhostValue(const RelayhostInput &input);
    // The plan: relayhost, smtp_sasl_auth_enable = yes, smtp_sasl_password_maps = TYPE:PATH (TYPE =
    // defaultDatabaseType read from the server; PATH = CONFIG_DIR/sasl_passwd, or the path already in
    // smtp_sasl_password_maps when it is a single TYPE:PATH file map), smtp_sasl_security_options =
    // noanonymous, smtp_sasl_tls_security_options = noanonymous, smtp_tls_security_level = encrypt
    // (StartTls/Wrapper), smtp_tls_wrappermode = yes (Wrapper; removed otherwise when set), and the
    // sasl_passwd entry "KEY user:secret" (secret, 0600). Validates host (Domain/IpAddress), port
    // 1–65535, user/secret without whitespace-breaking characters (no CR/LF/NUL; a secret with spaces
    // is allowed). currentSaslMaps: the server's smtp_sasl_password_maps value.
    static Remote::Checked<ConfigChangePlan> set(const RelayhostInput &input,
                                                  const QString &defaultDatabaseType,
                                                  const QString &configDirectory,
                                                  const QString &currentSaslMaps);
    // "Remove relay": relayhost = (empty), smtp_sasl_auth_enable removed (default no) unless other
    // transports need it (kept with a note when any master.cf/transport uses SASL — the caller passes
    // keepSaslAuth), and the sasl_passwd entry for currentRelayhost removed.
    static Remote::Checked<ConfigChangePlan> remove(const QString &currentRelayhost,
                                                     const QString &currentSaslMaps,
                                                     bool keepSaslAuth);
    // What a "show" prints: relayhost, SASL and TLS settings of the server (values as given).
    static QStringList relevantParameters(); // the names read for show / preview
};

} // namespace Actions
