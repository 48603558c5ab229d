#pragma once

#include "checkresult.h"
#include "relayhost.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Diagnosis {

// The Postfix settings that decide whether the SMTP client logs in to the relayhost, read with
// `postconf -x NAME…` (values with $name expanded), and the classic mistakes in them:
// SASL not enabled, noplaintext without TLS options (the "no mechanism available" cause), 465
// without smtp_tls_wrappermode, TLS off towards a relay that needs it, a mechanism filter that
// excludes everything the relay offers, a login written into main.cf (static:).
class RelayHostSettings
{
public:
    // The parameter names the check reads (postconf -x accepts each of them).
    static QStringList parameterNames();
    static RelayHostSettings fromPostconf(const QHash<QString, QString> &values);

    QString value(const QString &name) const { return m_values.value(name); }
    QString relayhost() const { return value(QStringLiteral("relayhost")); }
    bool authEnabled() const;
    bool senderDependent() const;
    bool wrapperMode() const;
    QString tlsLevel() const; // smtp_tls_security_level ("may", "encrypt", "none", "")
    QString passwordMaps() const { return value(QStringLiteral("smtp_sasl_password_maps")); }

    // One result for the settings. offeredMechanisms: the relay's AUTH list when the login test
    // got that far (empty: unknown), used to decide whether noplaintext really blocks the login.
    CheckResult evaluate(const RelayHost &relay, const QStringList &offeredMechanisms) const;

private:
    QHash<QString, QString> m_values;
};

} // namespace Diagnosis
