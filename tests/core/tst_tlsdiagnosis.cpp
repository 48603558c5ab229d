// The starttls check's pure parts: s_client output, RFC 6125 name matching, TLS settings and
// policy entries, postmap lookups, and the policy-aware verdict — on output captured on the
// test server plus broken input.
#include "diagnosis/tlsassessment.h"
#include "diagnosis/tlsclientoutput.h"
#include "diagnosis/tlsnamematch.h"
#include "diagnosis/tlspolicy.h"
#include "diagnosis/tlssettings.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTimeZone>
#include <QTest>

using namespace Diagnosis;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(POSTDESK_TEST_DATA "/diagnostics/smtp/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

TlsClientOutput captured(const QString &name, int exitCode = 0)
{
    return TlsClientOutput::parse(fixture(u"starttls-"_s + name + u".out"_s),
                                  fixture(u"starttls-"_s + name + u".err"_s), exitCode);
}

TlsSettings settings(const QByteArray &extra = {})
{
    return TlsSettings::fromPostconf(QByteArray(fixture(u"postconf-tls.out"_s) + extra));
}

QDateTime captureDay()
{
    return QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());
}

} // namespace

class TestTlsDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientOutput_data();
    void clientOutput();
    void clientOutputBroken();
    void nameMatch_data();
    void nameMatch();
    void certificateNames();
    void settingsFromPostconf();
    void policyEntries();
    void postmapLookup_data();
    void postmapLookup();
    void assessment_data();
    void assessment();
    void expiresSoon();
    void fingerprintPolicy();
};

void TestTlsDiagnosis::clientOutput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("offered");
    QTest::addColumn<bool>("handshake");
    QTest::addColumn<int>("verifyCode");
    QTest::addColumn<int>("certificates");
    QTest::newRow("self-signed") << u"selfsigned"_s << 0 << true << true << 18 << 1;
    QTest::newRow("verified chain") << u"verified"_s << 0 << true << true << 0 << 2;
    QTest::newRow("expired") << u"expired"_s << 0 << true << true << 10 << 2;
    QTest::newRow("wrong name") << u"wrongname"_s << 0 << true << true << 0 << 2;
    QTest::newRow("untrusted CA") << u"untrusted"_s << 0 << true << true << 19 << 2;
    QTest::newRow("no STARTTLS") << u"nostarttls"_s << 1 << false << false << 0 << 0;
    QTest::newRow("refused") << u"refused"_s << 1 << true << false << -1 << 0;
}

void TestTlsDiagnosis::clientOutput()
{
    QFETCH(QString, name);
    QFETCH(int, exitCode);
    QFETCH(bool, offered);
    QFETCH(bool, handshake);
    QFETCH(int, verifyCode);
    QFETCH(int, certificates);
    const auto tls = captured(name, exitCode);
    QCOMPARE(tls.starttlsOffered, offered);
    QCOMPARE(tls.handshakeOk(), handshake);
    QCOMPARE(tls.verifyCode, verifyCode);
    QCOMPARE(tls.certificates.size(), certificates);
    if (handshake) {
        QCOMPARE(tls.protocol, u"TLSv1.3"_s);
        QCOMPARE(tls.cipher, u"TLS_AES_256_GCM_SHA384"_s);
        QCOMPARE(tls.chain.size(), certificates);
        QVERIFY(tls.chain.first().validity.contains(u"NotAfter"));
    }
    QVERIFY(tls.evidence.size() <= 20);
    for (const QString &line : tls.evidence) {
        QVERIFY2(!line.contains(u"CERTIFICATE-----") && line.size() < 300, qPrintable(line));
        QVERIFY2(!line.contains(u"Session-ID") && !line.contains(u"PSK"), qPrintable(line));
    }
    if (name == u"refused") {
        QCOMPARE(tls.connect.outcome, ConnectResult::Outcome::Refused);
        QVERIFY(tls.evidence.contains(u"connect:errno=111"_s));
    } else {
        QCOMPARE(tls.connect.outcome, ConnectResult::Outcome::Connected);
    }
    if (!offered) {
        QVERIFY(tls.errors.contains(u"wrong version number"_s));
        QVERIFY(tls.evidence.contains(u"Didn't find STARTTLS in server response, trying anyway..."_s));
    }
}

void TestTlsDiagnosis::clientOutputBroken()
{
    auto tls = TlsClientOutput::parse({}, {}, 124);
    QVERIFY(tls.timedOut);
    QVERIFY(!tls.handshakeOk());
    tls = TlsClientOutput::parse("\xff\xfe garbage\nNew, \xff, Cipher is \xfe\n", "\x00\x01", 1);
    QVERIFY(tls.certificates.isEmpty());
    // A PEM block that is not a certificate, and an unterminated one.
    const QByteArray pem = QByteArray("CONNECTED(00000003)\n-----BEGIN CERTIFICATE-----\nnot base64 !!\n-----END CERTIFICATE-----\n"
                                       "-----BEGIN CERTIFICATE-----\n") + QByteArray(100000, 'A') + QByteArray("\n");
    tls = TlsClientOutput::parse(pem, {}, 0);
    QVERIFY(tls.certificates.isEmpty());
    QCOMPARE(tls.connect.outcome, ConnectResult::Outcome::Connected);
    // Huge output is capped, not parsed forever.
    const QByteArray huge = QByteArray("depth=0 CN = x\n").repeated(200000);
    tls = TlsClientOutput::parse(huge, huge, 0);
    QVERIFY(tls.evidence.size() <= 20);
    // OpenSSL 1.1.1 layout: protocol from the SSL-Session block.
    tls = TlsClientOutput::parse("CONNECTED(00000003)\nNew, TLSv1/SSLv3, Cipher is ECDHE-RSA-AES256-GCM-SHA384\n"
                                 "SSL-Session:\n    Protocol  : TLSv1.2\n    Cipher    : ECDHE-RSA-AES256-GCM-SHA384\n"
                                 "    Verify return code: 21 (unable to verify the first certificate)\n", {}, 0);
    QVERIFY(tls.handshakeOk());
    QCOMPARE(tls.verifyCode, 21);
}

void TestTlsDiagnosis::nameMatch_data()
{
    QTest::addColumn<QString>("presented");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("match");
    QTest::newRow("exact") << u"mx.example.com"_s << u"mx.example.com"_s << true;
    QTest::newRow("case, trailing dot") << u"MX.Example.COM."_s << u"mx.example.com"_s << true;
    QTest::newRow("wildcard one label") << u"*.example.com"_s << u"mx.example.com"_s << true;
    QTest::newRow("wildcard two labels") << u"*.example.com"_s << u"a.mx.example.com"_s << false;
    QTest::newRow("wildcard not the bare domain") << u"*.example.com"_s << u"example.com"_s << false;
    QTest::newRow("wildcard over a TLD") << u"*.com"_s << u"example.com"_s << false;
    QTest::newRow("partial wildcard") << u"m*.example.com"_s << u"mx.example.com"_s << false;
    QTest::newRow("wildcard not left-most") << u"mx.*.com"_s << u"mx.example.com"_s << false;
    QTest::newRow("other name") << u"mx.othername.example"_s << u"mx.wrongname.example"_s << false;
    QTest::newRow("suffix is not a match") << u"example.com"_s << u"badexample.com"_s << false;
    QTest::newRow("non-ASCII") << u"mx.bücher.example"_s << u"mx.bücher.example"_s << false;
    QTest::newRow("empty") << QString() << u"mx.example.com"_s << false;
}

void TestTlsDiagnosis::nameMatch()
{
    QFETCH(QString, presented);
    QFETCH(QString, host);
    QFETCH(bool, match);
    QCOMPARE(TlsNameMatch::matches(presented, host), match);
}

void TestTlsDiagnosis::certificateNames()
{
    const auto good = captured(u"verified"_s).certificates.first();
    QCOMPARE(TlsNameMatch::presentedNames(good), QStringList{u"mx.goodtls.example"_s});
    QCOMPARE(TlsNameMatch::matchingName(good, u"mx.goodtls.example"_s), u"mx.goodtls.example"_s);
    QVERIFY(TlsNameMatch::matchingName(good, u"goodtls.example"_s).isEmpty());
    QCOMPARE(TlsNameMatch::subdomainName(good, u"goodtls.example"_s), u"mx.goodtls.example"_s);
    const auto wrong = captured(u"wrongname"_s).certificates.first();
    QStringList wrongNames = TlsNameMatch::presentedNames(wrong);
    wrongNames.sort(); // QMultiMap order of the SANs is not the certificate's order
    QCOMPARE(wrongNames, (QStringList{u"*.other.example"_s, u"mx.other.example"_s}));
    QVERIFY(!TlsNameMatch::subdomainName(wrong, u"other.example"_s).isEmpty()); // either SAN qualifies
    QVERIFY(TlsNameMatch::subdomainName(wrong, u"wrongname.example"_s).isEmpty());
    // No SAN: the CN counts (the self-signed test certificate has only a CN).
    const auto self = captured(u"selfsigned"_s).certificates.first();
    QCOMPARE(TlsNameMatch::presentedNames(self), QStringList{u"mx.securebank.example"_s});
}

void TestTlsDiagnosis::settingsFromPostconf()
{
    const auto s = settings();
    QCOMPARE(s.securityLevel(), u"may"_s);
    QCOMPARE(s.policyMaps(), QStringList{u"texthash:/etc/postfix/tls_policy"_s});
    QVERIFY(s.caFile().isEmpty());
    QVERIFY(!s.hasTrustAnchors());
    QCOMPARE(s.secureCertMatch(), (QStringList{u"nexthop"_s, u"dot-nexthop"_s}));
    QCOMPARE(s.verifyCertMatch(), QStringList{u"hostname"_s});
    QCOMPARE(s.fingerprintDigest(), u"sha256"_s); // the compatibility_level expression
    // Legacy parameters when the level is empty.
    auto legacy = TlsSettings::fromPostconf("smtp_tls_security_level =\nsmtp_enforce_tls = yes\n");
    QCOMPARE(legacy.securityLevel(), u"encrypt"_s);
    legacy = TlsSettings::fromPostconf("smtp_tls_security_level =\n");
    QCOMPARE(legacy.securityLevel(), u"none"_s);
    QVERIFY(TlsSettings::fromPostconf("\xff\xfe\n= x\n").values.isEmpty());
}

void TestTlsDiagnosis::policyEntries()
{
    const auto s = settings();
    auto p = TlsPolicy::fromEntry(u"securebank.example"_s, u"secure"_s, u"texthash:/etc/postfix/tls_policy"_s, s);
    QCOMPARE(p.level, TlsPolicy::Level::Secure);
    QCOMPARE(p.match, (QStringList{u"nexthop"_s, u"dot-nexthop"_s}));
    QVERIFY(p.requiresVerification());
    QCOMPARE(p.describe(), u"policy secure in smtp_tls_policy_maps"_s);
    p = TlsPolicy::fromEntry(u".example.com"_s, u"verify match=mx.example.com:.example.net ciphers=high"_s, u"hash:/m"_s, s);
    QCOMPARE(p.level, TlsPolicy::Level::Verify);
    QCOMPARE(p.match, (QStringList{u"mx.example.com"_s, u".example.net"_s}));
    p = TlsPolicy::fromEntry(u"x.example"_s, u"encrypt"_s, u"hash:/m"_s, s);
    QVERIFY(p.requiresTls() && !p.requiresVerification());
    p = TlsPolicy::fromEntry(u"x.example"_s, u"secur"_s, u"hash:/m"_s, s);
    QCOMPARE(p.level, TlsPolicy::Level::Invalid);
    QVERIFY(p.problem.contains(u"secur"));
    p = TlsPolicy::fromEntry(u"x.example"_s, u"secure match"_s, u"hash:/m"_s, s);
    QCOMPARE(p.level, TlsPolicy::Level::Invalid);
    p = TlsPolicy::fromEntry(u"x.example"_s, u"fingerprint match=AA:BB|CC:DD match=EE:FF"_s, u"hash:/m"_s, s);
    QCOMPARE(p.match, (QStringList{u"AA:BB"_s, u"CC:DD"_s, u"EE:FF"_s}));
    QCOMPARE(TlsPolicy::fromSettings(s).level, TlsPolicy::Level::May);
    QVERIFY(!TlsPolicy::fromSettings(s).fromMap());
}

void TestTlsDiagnosis::postmapLookup_data()
{
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<TlsPolicyLookup::Status>("status");
    QTest::addColumn<QString>("value");
    using S = TlsPolicyLookup::Status;
    QTest::newRow("found") << fixture(u"postmap-found.out"_s) << QByteArray() << 0 << S::Found << u"secure"_s;
    QTest::newRow("not found") << fixture(u"postmap-notfound.out"_s) << QByteArray() << 1 << S::NotFound << QString();
    QTest::newRow("parent entry") << QByteArray(".example\tencrypt\n") << QByteArray() << 0 << S::Found << u"encrypt"_s;
    QTest::newRow("most specific wins") << QByteArray(".example\tencrypt\nsecurebank.example\tsecure\n") << QByteArray() << 0 << S::Found << u"secure"_s;
    // stderr as postmap 3.7 printed it on the test server (hash map 0600 root read as pdviewer, lmdb missing).
    QTest::newRow("permission") << QByteArray() << QByteArray("postmap: fatal: open database /tmp/tp.db: Permission denied\n") << 1 << S::PermissionDenied << QString();
    QTest::newRow("lmdb missing") << QByteArray() << QByteArray("postmap: fatal: unsupported dictionary type: lmdb\n") << 1 << S::Unsupported << QString();
    QTest::newRow("no .db") << QByteArray() << QByteArray("postmap: fatal: open database /etc/postfix/nosuch.db: No such file or directory\n") << 1 << S::Error << QString();
    QTest::newRow("garbage") << QByteArray("\xff\xfe\x00", 3) << QByteArray("\x01") << 2 << S::Error << QString();
}

void TestTlsDiagnosis::postmapLookup()
{
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QFETCH(int, exitCode);
    QFETCH(TlsPolicyLookup::Status, status);
    QFETCH(QString, value);
    const auto r = TlsPolicyLookup::parse(out, err, exitCode, {u"securebank.example"_s, u".example"_s});
    QCOMPARE(r.status, status);
    QCOMPARE(r.value, value);
    if (status != TlsPolicyLookup::Status::Found && status != TlsPolicyLookup::Status::NotFound)
        QVERIFY(!r.message.isEmpty());
}

void TestTlsDiagnosis::assessment_data()
{
    QTest::addColumn<QString>("capture");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("policyValue"); // empty: the global level (may)
    QTest::addColumn<QString>("mx");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("summaryWord");
    QTest::newRow("self-signed, secure") << u"selfsigned"_s << 0 << u"secure"_s << u"mx.securebank.example"_s << u"securebank.example"_s << Verdict::Failed << u"self-signed"_s;
    QTest::newRow("self-signed, may") << u"selfsigned"_s << 0 << QString() << u"mx.securebank.example"_s << u"securebank.example"_s << Verdict::Warning << u"still delivers"_s;
    QTest::newRow("no STARTTLS, encrypt") << u"nostarttls"_s << 1 << u"encrypt"_s << u"smtp.legacy-partner.example"_s << u"legacy-partner.example"_s << Verdict::Failed << u"does not offer STARTTLS"_s;
    QTest::newRow("no STARTTLS, may") << u"nostarttls"_s << 1 << QString() << u"smtp.legacy-partner.example"_s << u"legacy-partner.example"_s << Verdict::Warning << u"unencrypted"_s;
    QTest::newRow("verified, secure") << u"verified"_s << 0 << u"secure"_s << u"mx.goodtls.example"_s << u"goodtls.example"_s << Verdict::Ok << u"verified"_s;
    QTest::newRow("verified, verify hostname") << u"verified"_s << 0 << u"verify"_s << u"mx.goodtls.example"_s << u"goodtls.example"_s << Verdict::Ok << u"verified"_s;
    QTest::newRow("wrong name, may") << u"wrongname"_s << 0 << QString() << u"mx.wrongname.example"_s << u"wrongname.example"_s << Verdict::Warning << u"match neither"_s;
    QTest::newRow("wrong name, secure") << u"wrongname"_s << 0 << u"secure"_s << u"mx.wrongname.example"_s << u"wrongname.example"_s << Verdict::Failed << u"matching"_s;
    QTest::newRow("expired, may") << u"expired"_s << 0 << QString() << u"mx.expired.example"_s << u"expired.example"_s << Verdict::Warning << u"expired"_s;
    QTest::newRow("expired, secure") << u"expired"_s << 0 << u"secure"_s << u"mx.expired.example"_s << u"expired.example"_s << Verdict::Failed << u"expired"_s;
    QTest::newRow("invalid entry") << u"verified"_s << 0 << u"secur"_s << u"mx.goodtls.example"_s << u"goodtls.example"_s << Verdict::Failed << u"invalid"_s;
    QTest::newRow("refused") << u"refused"_s << 1 << u"secure"_s << u"mail.oldcorp.example"_s << u"oldcorp.example"_s << Verdict::Unknown << u"Could not connect"_s;
}

void TestTlsDiagnosis::assessment()
{
    QFETCH(QString, capture);
    QFETCH(int, exitCode);
    QFETCH(QString, policyValue);
    QFETCH(QString, mx);
    QFETCH(QString, domain);
    QFETCH(Verdict, verdict);
    QFETCH(QString, summaryWord);
    const auto s = settings("smtp_tls_CAfile = /etc/postfix/pdts-ca.crt\n");
    const auto policy = policyValue.isEmpty() ? TlsPolicy::fromSettings(s)
                                              : TlsPolicy::fromEntry(domain, policyValue, u"texthash:/etc/postfix/tls_policy"_s, s);
    const auto a = TlsAssessment::assess(captured(capture, exitCode), policy, s, mx, domain, captureDay());
    QCOMPARE(a.verdict, verdict);
    QVERIFY2(a.summary.contains(summaryWord), qPrintable(a.summary));
    QVERIFY(a.evidence.size() <= 26);
    if (verdict == Verdict::Failed)
        QVERIFY(!a.advice.isEmpty());
    if (policy.fromMap())
        QVERIFY(a.evidence.first().contains(u"texthash:/etc/postfix/tls_policy"));
}

void TestTlsDiagnosis::expiresSoon()
{
    const auto s = settings("smtp_tls_CAfile = /etc/postfix/pdts-ca.crt\n");
    const auto policy = TlsPolicy::fromEntry(u"goodtls.example"_s, u"secure"_s, u"texthash:/m"_s, s);
    const auto a = TlsAssessment::assess(captured(u"verified"_s), policy, s, u"mx.goodtls.example"_s,
                                         u"goodtls.example"_s, QDateTime(QDate(2029, 12, 25), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(a.verdict, Verdict::Warning);
    QVERIFY2(a.summary.contains(u"expires"), qPrintable(a.summary));
}

void TestTlsDiagnosis::fingerprintPolicy()
{
    const auto s = settings();
    const auto tls = captured(u"selfsigned"_s);
    const QString digest = QString::fromLatin1(tls.certificates.first().digest(QCryptographicHash::Sha256).toHex(':'));
    auto policy = TlsPolicy::fromEntry(u"securebank.example"_s, u"fingerprint match="_s + digest, u"hash:/m"_s, s);
    QCOMPARE(TlsAssessment::assess(tls, policy, s, u"mx.securebank.example"_s, u"securebank.example"_s, captureDay()).verdict, Verdict::Ok);
    policy = TlsPolicy::fromEntry(u"securebank.example"_s, u"fingerprint match=AA:BB"_s, u"hash:/m"_s, s);
    QCOMPARE(TlsAssessment::assess(tls, policy, s, u"mx.securebank.example"_s, u"securebank.example"_s, captureDay()).verdict, Verdict::Failed);
}

QTEST_GUILESS_MAIN(TestTlsDiagnosis)
#include "tst_tlsdiagnosis.moc"
