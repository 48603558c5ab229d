#pragma once

#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace Diagnosis {

// Certificate name matching as RFC 6125 §6.4 describes it, done here (not by QSslSocket) so the
// verdict explains which name matched. Pure.
// - The presented identifiers are the DNS subjectAltNames; only when there is none, the CN.
// - A wildcard is a whole left-most label "*" and matches exactly one non-empty label; it never
//   matches when fewer than two labels follow it ("*.com"), and partial wildcards ("w*.example")
//   and wildcards in other labels are treated as literal text (they match nothing).
// - Comparison is ASCII case-insensitive; one trailing dot is ignored on both sides.
class TlsNameMatch
{
public:
    static QStringList presentedNames(const QSslCertificate &certificate);
    static bool matches(const QString &presented, const QString &host);
    // The first presented name that matches host, or empty.
    static QString matchingName(const QSslCertificate &certificate, const QString &host);
    // Postfix "dot-nexthop": a presented name for a host strictly below domain (a wildcard
    // "*.domain" counts). Returns that name or empty.
    static QString subdomainName(const QSslCertificate &certificate, const QString &domain);
};

} // namespace Diagnosis
