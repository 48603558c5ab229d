#include "tlsassessment.h"

#include "tlsnamematch.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslKey>

namespace Diagnosis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

// What the leaf certificate and the chain verification say, worked out once.
struct CertFacts
{
    QSslCertificate leaf;
    QStringList names;
    bool chainOk = false;
    QString untrusted; // "a self-signed certificate"
    bool expired = false;
    bool notYetValid = false;
    qint64 daysLeft = 0;
    QString mxMatch;
    QString domainMatch;
};

QString untrustedWords(int code, const QString &text)
{
    switch (code) {
    case 18:
        return Tr::tr("a self-signed certificate");
    case 19:
        return Tr::tr("a certificate whose chain ends in a CA Postfix does not trust");
    case 20:
    case 21:
        return Tr::tr("a certificate from a CA Postfix does not trust");
    case 10:
        return Tr::tr("an expired certificate");
    case 9:
        return Tr::tr("a certificate that is not valid yet");
    default:
        return Tr::tr("a certificate that does not verify (%1)").arg(text.isEmpty() ? Tr::tr("no verification result") : text);
    }
}

CertFacts certFacts(const TlsClientOutput &tls, const QString &mxHost, const QString &domain,
                    const QDateTime &now)
{
    CertFacts f;
    f.leaf = tls.certificates.value(0);
    f.chainOk = tls.verifyCode == 0;
    f.untrusted = untrustedWords(tls.verifyCode, tls.verifyText);
    if (!f.leaf.isNull()) {
        f.names = TlsNameMatch::presentedNames(f.leaf);
        f.expired = f.leaf.expiryDate().isValid() && f.leaf.expiryDate() < now;
        f.notYetValid = f.leaf.effectiveDate().isValid() && f.leaf.effectiveDate() > now;
        f.daysLeft = now.daysTo(f.leaf.expiryDate());
        f.mxMatch = TlsNameMatch::matchingName(f.leaf, mxHost);
        f.domainMatch = TlsNameMatch::matchingName(f.leaf, domain);
    } else {
        f.expired = tls.verifyCode == 10;
    }
    return f;
}

QString changeMapAdvice(const TlsPolicy &policy)
{
    if (!policy.fromMap())
        return Tr::tr("The level comes from smtp_tls_security_level; change it with care (it applies to every destination).");
    return Tr::tr("If the entry \"%1\" in %2 is outdated or wrong (a classic cause), change it, run "
                  "postmap on the map when it is a hash/lmdb file, then postfix reload.")
            .arg(policy.entry, policy.map);
}

void addFactsEvidence(QStringList &evidence, const CertFacts &f)
{
    if (f.leaf.isNull())
        return;
    evidence << Tr::tr("certificate names: %1").arg(f.names.isEmpty() ? Tr::tr("(none)") : f.names.join(QStringLiteral(", ")).left(300));
    evidence << Tr::tr("certificate valid until: %1").arg(f.leaf.expiryDate().toUTC().toString(Qt::ISODate));
}

} // namespace

QStringList TlsAssessment::satisfiedMatches(const QSslCertificate &leaf, const QStringList &match,
                                            const QString &mxHost, const QString &domain)
{
    QStringList ok;
    for (const QString &m : match) {
        const QString s = m.trimmed().toLower();
        bool hit = false;
        if (s == u"hostname")
            hit = !TlsNameMatch::matchingName(leaf, mxHost).isEmpty();
        else if (s == u"nexthop")
            hit = !TlsNameMatch::matchingName(leaf, domain).isEmpty();
        else if (s == u"dot-nexthop")
            hit = !TlsNameMatch::subdomainName(leaf, domain).isEmpty();
        else if (s.startsWith(u'.'))
            hit = !TlsNameMatch::subdomainName(leaf, s.mid(1)).isEmpty();
        else if (!s.isEmpty())
            hit = !TlsNameMatch::matchingName(leaf, s).isEmpty();
        if (hit)
            ok << m;
    }
    return ok;
}

bool TlsAssessment::fingerprintMatches(const QSslCertificate &leaf, const QStringList &fingerprints,
                                       const QString &digest)
{
    if (leaf.isNull())
        return false;
    const auto algorithm = digest == u"md5" ? QCryptographicHash::Md5
            : digest == u"sha1"             ? QCryptographicHash::Sha1
                                            : QCryptographicHash::Sha256;
    const QByteArray certDigest = leaf.digest(algorithm).toHex().toUpper();
    const QByteArray keyDigest = QCryptographicHash::hash(leaf.publicKey().toDer(), algorithm).toHex().toUpper();
    for (const QString &f : fingerprints) {
        const QByteArray want = f.toUpper().remove(u':').toLatin1();
        if (!want.isEmpty() && (want == certDigest || want == keyDigest))
            return true;
    }
    return false;
}

namespace {

using A = TlsAssessment;

// No TLS session came about: STARTTLS missing, handshake failed, or no answer.
A assessNoSession(const TlsClientOutput &tls, const TlsPolicy &policy, const QString &mx,
                  const QString &domain)
{
    A a;
    if (tls.timedOut) {
        a.verdict = Verdict::Unknown;
        a.summary = Tr::tr("%1 did not finish the STARTTLS test in time").arg(mx);
        a.advice = Tr::tr("Run the outbound SMTP check: the MX may not greet, or the handshake stalls.");
        return a;
    }
    const bool notOffered = !tls.starttlsOffered;
    if (policy.requiresTls()) {
        a.verdict = Verdict::Failed;
        a.summary = notOffered
                ? Tr::tr("Postfix demands TLS for %1 (%2) but %3 does not offer STARTTLS").arg(domain, policy.describe(), mx)
                : Tr::tr("Postfix demands TLS for %1 (%2) but the TLS handshake with %3 fails (%4)")
                          .arg(domain, policy.describe(), mx, tls.errors.join(QStringLiteral("; ")).left(200));
        a.advice = (notOffered ? Tr::tr("Mail to %1 stays deferred (\"TLS is required, but was not offered\"). "
                                        "Ask the destination to enable STARTTLS. ").arg(domain)
                               : Tr::tr("Mail to %1 stays deferred (\"Cannot start TLS: handshake failure\"). "
                                        "Compare the protocols/ciphers both sides allow. ").arg(domain))
                + changeMapAdvice(policy);
        return a;
    }
    a.verdict = Verdict::Warning;
    a.summary = notOffered
            ? Tr::tr("%1 does not offer STARTTLS: Postfix sends mail for %2 unencrypted (%3)").arg(mx, domain, policy.describe())
            : Tr::tr("The TLS handshake with %1 fails (%2): Postfix retries without TLS (%3)")
                      .arg(mx, tls.errors.join(QStringLiteral("; ")).left(200), policy.describe());
    a.advice = Tr::tr("Delivery is not blocked by this. If the mail must be encrypted, ask the destination to fix STARTTLS.");
    return a;
}

// verify / secure / fingerprint / dane-only: anything short of a verified, matching certificate
// stops delivery.
A assessVerifying(const TlsClientOutput &tls, const TlsPolicy &policy, const TlsSettings &settings,
                  const CertFacts &f, const QString &mx, const QString &domain)
{
    A a;
    a.verdict = Verdict::Failed;
    if (policy.level == TlsPolicy::Level::DaneOnly) {
        a.verdict = Verdict::Unknown;
        a.summary = Tr::tr("%1 uses dane-only for %2: Postdesk does not check TLSA records yet").arg(mx, domain);
        a.advice = Tr::tr("Check the TLSA records of %1 with DNSSEC (dig +dnssec TLSA _25._tcp.%1).").arg(mx);
        return a;
    }
    if (policy.level == TlsPolicy::Level::Fingerprint) {
        if (TlsAssessment::fingerprintMatches(f.leaf, policy.match, settings.fingerprintDigest())) {
            a.verdict = Verdict::Ok;
            a.summary = Tr::tr("%1 presents the certificate pinned by %2").arg(mx, policy.describe());
        } else {
            a.summary = Tr::tr("Postfix pins a certificate fingerprint for %1 (%2) but %3 presents a different one")
                                .arg(domain, policy.describe(), mx);
            a.advice = Tr::tr("The destination changed its certificate. Update the match= fingerprint (%1 digest). ")
                               .arg(settings.fingerprintDigest()) + changeMapAdvice(policy);
        }
        return a;
    }
    const QStringList matched = f.leaf.isNull() ? QStringList() : TlsAssessment::satisfiedMatches(f.leaf, policy.match, mx, domain);
    if (!f.chainOk) {
        a.summary = Tr::tr("Postfix demands a verified certificate (%1) but %2 presents %3")
                            .arg(policy.describe(), mx, f.untrusted);
        a.advice = Tr::tr("Mail to %1 stays deferred (\"Server certificate not verified\"). ").arg(domain);
        if (!settings.hasTrustAnchors())
            a.advice += Tr::tr("Postfix has no CA certificates configured (smtp_tls_CAfile and smtp_tls_CApath are empty), "
                               "so it cannot verify any certificate: set smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt. ");
        else
            a.advice += Tr::tr("Either the destination fixes its certificate, or trust its CA in smtp_tls_CAfile, "
                               "or use \"encrypt\" (TLS without verification) for it. ");
        a.advice += changeMapAdvice(policy);
    } else if (matched.isEmpty()) {
        a.summary = Tr::tr("Postfix demands a certificate for %1 matching %2 (%3) but %4 presents one for %5")
                            .arg(domain, policy.match.join(u':'), policy.describe(), mx,
                                 f.names.join(QStringLiteral(", ")).left(200));
        a.advice = Tr::tr("Mail to %1 stays deferred (\"Server certificate not verified\"). Ask the destination "
                          "for a certificate with the right name, or adjust match= in the policy entry. ")
                           .arg(domain) + changeMapAdvice(policy);
    } else {
        a.verdict = Verdict::Ok;
        a.summary = Tr::tr("%1: STARTTLS %2, %3, certificate verified, name matches (%4; %5)")
                            .arg(mx, tls.protocol, tls.cipher, matched.join(QStringLiteral(", ")), policy.describe());
    }
    return a;
}

// may / encrypt / dane (no TLSA known): certificate problems are reported, delivery goes on.
A assessOpportunistic(const TlsClientOutput &tls, const TlsPolicy &policy, const CertFacts &f,
                      const QString &mx, const QString &domain)
{
    A a;
    QStringList problems;
    if (f.expired)
        problems << Tr::tr("the certificate has expired");
    else if (!f.chainOk)
        problems << Tr::tr("it presents %1").arg(f.untrusted);
    if (!f.leaf.isNull() && f.mxMatch.isEmpty() && f.domainMatch.isEmpty())
        problems << Tr::tr("its certificate names (%1) match neither %2 nor %3")
                            .arg(f.names.join(QStringLiteral(", ")).left(200), mx, domain);
    if (problems.isEmpty()) {
        a.verdict = Verdict::Ok;
        a.summary = Tr::tr("%1: STARTTLS %2, %3, certificate verified (%4)").arg(mx, tls.protocol, tls.cipher, policy.describe());
        return a;
    }
    a.verdict = Verdict::Warning;
    a.summary = Tr::tr("%1 offers STARTTLS (%2) but %3; Postfix still delivers (%4 does not verify certificates)")
                        .arg(mx, tls.protocol, problems.join(Tr::tr(" and ")), policy.describe());
    a.advice = Tr::tr("Delivery to %1 is not blocked by this. Tell the destination's postmaster; do not raise the "
                      "policy for %1 to verify/secure until they fix it.").arg(domain);
    return a;
}

} // namespace

TlsAssessment TlsAssessment::assess(const TlsClientOutput &tls, const TlsPolicy &policy,
                                    const TlsSettings &settings, const QString &mxHost,
                                    const QString &domain, const QDateTime &now)
{
    TlsAssessment a;
    QStringList evidence;
    evidence << (policy.fromMap() ? QString(policy.map + QStringLiteral(": ") + policy.entry)
                                  : QString(QStringLiteral("smtp_tls_security_level = ") + policy.levelText));
    if (policy.level == TlsPolicy::Level::Invalid) {
        a.verdict = Verdict::Failed;
        a.summary = Tr::tr("The TLS policy for %1 is invalid: %2").arg(domain, policy.problem);
        a.advice = Tr::tr("Postfix defers all mail for %1 while the policy is invalid (\"TLS policy lookup error\"). ")
                           .arg(domain) + changeMapAdvice(policy);
        a.evidence = evidence;
        return a;
    }
    if (policy.requiresVerification()) {
        evidence << QStringLiteral("smtp_tls_CAfile = ") + settings.caFile()
                 << QStringLiteral("smtp_tls_CApath = ") + settings.caPath();
    }
    const bool connected = tls.connect.outcome == ConnectResult::Outcome::Connected;
    if (!connected && !tls.timedOut) {
        a.verdict = Verdict::Unknown;
        a.summary = Tr::tr("Could not connect to %1 for the STARTTLS test (%2)")
                            .arg(mxHost, tls.connect.detail.isEmpty() ? Tr::tr("no connection") : tls.connect.detail);
        a.advice = Tr::tr("See the outbound SMTP check for this host.");
    } else if (policy.level == TlsPolicy::Level::None) {
        a.verdict = Verdict::Ok;
        a.summary = tls.handshakeOk()
                ? Tr::tr("Postfix does not use TLS for %1 (%2); %3 offers STARTTLS (%4)").arg(domain, policy.describe(), mxHost, tls.protocol)
                : Tr::tr("Postfix does not use TLS for %1 (%2)").arg(domain, policy.describe());
    } else if (!tls.handshakeOk()) {
        const A n = assessNoSession(tls, policy, mxHost, domain);
        a.verdict = n.verdict, a.summary = n.summary, a.advice = n.advice;
    } else {
        const CertFacts f = certFacts(tls, mxHost, domain, now);
        const A v = policy.requiresVerification() ? assessVerifying(tls, policy, settings, f, mxHost, domain)
                                                  : assessOpportunistic(tls, policy, f, mxHost, domain);
        a.verdict = v.verdict, a.summary = v.summary, a.advice = v.advice;
        if (a.verdict == Verdict::Ok && !f.leaf.isNull() && f.daysLeft < expiryWarningDays) {
            a.verdict = Verdict::Warning;
            a.summary = Tr::tr("The certificate of %1 expires in %n day(s) (%2)", nullptr, int(f.daysLeft))
                                .arg(mxHost, f.leaf.expiryDate().toUTC().toString(Qt::ISODate));
            a.advice = policy.requiresVerification()
                    ? Tr::tr("Mail to %1 will stay deferred once it expires (policy demands verification): tell the destination now.").arg(domain)
                    : Tr::tr("Tell the destination's postmaster; delivery will go on (the policy does not verify).");
        }
        addFactsEvidence(evidence, f);
    }
    for (const QString &line : tls.evidence) {
        if (evidence.size() < 24)
            evidence << line;
    }
    a.evidence = evidence;
    return a;
}

} // namespace Diagnosis
