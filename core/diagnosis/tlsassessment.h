#pragma once

#include "checkresult.h"
#include "tlsclientoutput.h"
#include "tlspolicy.h"
#include "tlssettings.h"

#include <QDateTime>

namespace Diagnosis {

// The starttls verdict for one destination: what the MX presented (TlsClientOutput) judged the
// way Postfix judges it under the effective policy for that domain. Pure (the clock comes in).
//
// - policy may / encrypt / dane without TLSA: an unverified, expired or misnamed certificate does
//   not stop delivery → Warning; no STARTTLS → Warning for may, Failed for encrypt.
// - verify / secure / fingerprint / dane-only: the chain must verify against Postfix's own CAs
//   (smtp_tls_CAfile/CApath; s_client was run with them) and a name must match the policy's
//   match strategy (hostname / nexthop / dot-nexthop / literal names) → else Failed.
// - an invalid policy entry → Failed (Postfix defers all mail for the domain).
// - a certificate expiring within 14 days → Warning when nothing worse applies.
struct TlsAssessment
{
    Verdict verdict = Verdict::Unknown;
    QString summary;
    QString advice;
    QStringList evidence; // policy line, settings, s_client lines, names, expiry (≤ ~24 lines)

    static constexpr int expiryWarningDays = 14;

    static TlsAssessment assess(const TlsClientOutput &tls, const TlsPolicy &policy,
                                const TlsSettings &settings, const QString &mxHost,
                                const QString &domain, const QDateTime &now);

    // Which of the policy's match strategies the leaf certificate satisfies ("hostname",
    // "nexthop", "dot-nexthop", a literal name); empty when none. Used for verify/secure.
    static QStringList satisfiedMatches(const QSslCertificate &leaf, const QStringList &match,
                                        const QString &mxHost, const QString &domain);
    // True when the leaf's certificate or public-key digest (digest: md5, sha1, sha256) is one
    // of the fingerprints ("AB:CD:…", case and colons ignored).
    static bool fingerprintMatches(const QSslCertificate &leaf, const QStringList &fingerprints,
                                   const QString &digest);
};

} // namespace Diagnosis
