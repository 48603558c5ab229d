#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Diagnosis {

// The Postfix SMTP client's TLS settings, from `postconf NAME…` output ("name = value" lines;
// other lines ignored). Pure. Missing parameters read as Postfix's built-in defaults.
struct TlsSettings
{
    QHash<QString, QString> values;

    // The parameters the starttls check asks for (all exist in Postfix ≥ 2.11).
    static QStringList parameterNames();
    static TlsSettings fromPostconf(QByteArrayView output);

    QString value(const QString &name) const { return values.value(name); }
    // smtp_tls_security_level, or what the legacy smtp_use_tls / smtp_enforce_tls imply when it
    // is empty ("none" when nothing is set).
    QString securityLevel() const;
    QStringList policyMaps() const;      // smtp_tls_policy_maps split at commas/whitespace
    QString caFile() const { return value(QStringLiteral("smtp_tls_CAfile")); }
    QString caPath() const { return value(QStringLiteral("smtp_tls_CApath")); }
    bool appendDefaultCa() const;        // tls_append_default_CA = yes
    bool hasTrustAnchors() const { return !caFile().isEmpty() || !caPath().isEmpty() || appendDefaultCa(); }
    QStringList secureCertMatch() const; // default nexthop, dot-nexthop
    QStringList verifyCertMatch() const; // default hostname
    QString fingerprintDigest() const;   // md5, sha1, sha256 (an expression counts as sha256)
    QString relayhost() const { return value(QStringLiteral("relayhost")); }
    // "name = value" lines of the non-empty settings that matter, for evidence.
    QStringList evidenceLines() const;
};

} // namespace Diagnosis
