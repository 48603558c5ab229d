#include "tlssettings.h"

#include <QRegularExpression>

namespace Diagnosis {

namespace {

QStringList splitList(const QString &value)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,:]+"));
    QStringList parts = value.split(separators, Qt::SkipEmptyParts);
    return parts;
}

} // namespace

QStringList TlsSettings::parameterNames()
{
    return {QStringLiteral("smtp_tls_security_level"),  QStringLiteral("smtp_tls_policy_maps"),
            QStringLiteral("smtp_tls_CAfile"),          QStringLiteral("smtp_tls_CApath"),
            QStringLiteral("tls_append_default_CA"),    QStringLiteral("smtp_tls_secure_cert_match"),
            QStringLiteral("smtp_tls_verify_cert_match"), QStringLiteral("smtp_tls_fingerprint_digest"),
            QStringLiteral("smtp_tls_mandatory_protocols"), QStringLiteral("smtp_tls_protocols"),
            QStringLiteral("smtp_use_tls"),             QStringLiteral("smtp_enforce_tls"),
            QStringLiteral("relayhost")};
}

TlsSettings TlsSettings::fromPostconf(QByteArrayView output)
{
    TlsSettings s;
    static const QRegularExpression line(QStringLiteral("^([A-Za-z][A-Za-z0-9_]{0,63}) = ?(.*)$"));
    const QString text = QString::fromUtf8(output.first(qMin(output.size(), qsizetype(1024 * 1024))));
    for (const QString &raw : text.split(u'\n')) {
        const auto m = line.match(raw.trimmed());
        if (m.hasMatch())
            s.values.insert(m.captured(1), m.captured(2).trimmed().left(2000));
    }
    return s;
}

QString TlsSettings::securityLevel() const
{
    const QString level = value(QStringLiteral("smtp_tls_security_level")).toLower();
    if (!level.isEmpty())
        return level;
    if (value(QStringLiteral("smtp_enforce_tls")) == u"yes")
        return QStringLiteral("encrypt");
    if (value(QStringLiteral("smtp_use_tls")) == u"yes")
        return QStringLiteral("may");
    return QStringLiteral("none");
}

QStringList TlsSettings::policyMaps() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return value(QStringLiteral("smtp_tls_policy_maps")).split(separators, Qt::SkipEmptyParts);
}

bool TlsSettings::appendDefaultCa() const
{
    return value(QStringLiteral("tls_append_default_CA")).toLower() == u"yes";
}

QStringList TlsSettings::secureCertMatch() const
{
    const QStringList v = splitList(value(QStringLiteral("smtp_tls_secure_cert_match")));
    return v.isEmpty() ? QStringList{QStringLiteral("nexthop"), QStringLiteral("dot-nexthop")} : v;
}

QStringList TlsSettings::verifyCertMatch() const
{
    const QStringList v = splitList(value(QStringLiteral("smtp_tls_verify_cert_match")));
    return v.isEmpty() ? QStringList{QStringLiteral("hostname")} : v;
}

QString TlsSettings::fingerprintDigest() const
{
    const QString v = value(QStringLiteral("smtp_tls_fingerprint_digest")).toLower();
    if (v == u"md5" || v == u"sha1" || v == u"sha256")
        return v;
    return QStringLiteral("sha256");
}

QStringList TlsSettings::evidenceLines() const
{
    QStringList lines;
    for (const QString &name : parameterNames()) {
        const QString v = value(name);
        if (!v.isEmpty() && name != u"smtp_use_tls" && name != u"smtp_enforce_tls")
            lines << name + QStringLiteral(" = ") + v.left(200);
    }
    return lines;
}

} // namespace Diagnosis
