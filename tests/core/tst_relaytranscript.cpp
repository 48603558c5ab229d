#include "diagnosis/smtptranscript.h"

#include <QFile>
#include <QTest>

using namespace Diagnosis;
using namespace Qt::StringLiterals;
using Outcome = SmtpTranscript::Outcome;

Q_DECLARE_METATYPE(SmtpTranscript::Outcome)

class TestRelayTranscript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realDialogues_data();
    void realDialogues();
    void authRejectedEvidence();
    void loginMechanism();
    void masksClientLines();
    void garbage_data();
    void garbage();
    void hugeDialogueIsCapped();
};

static QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(POSTDESK_TEST_DATA "/diagnostics/relay/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

void TestRelayTranscript::realDialogues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("needle");

    // Captured from the Postdesk test server with RelayCommands::loginScript() (PROVENANCE.md).
    QTest::newRow("235") << u"starttls-235"_s << Outcome::Accepted << Verdict::Ok << u"accepted the login"_s;
    QTest::newRow("235 on 465") << u"wrapper-235"_s << Outcome::Accepted << Verdict::Ok << u"235"_s;
    QTest::newRow("535") << u"starttls-535"_s << Outcome::Rejected << Verdict::Failed
                         << u"rejected the user name or password"_s;
    QTest::newRow("EHLO only") << u"starttls-ehlo-only"_s << Outcome::NotTried << Verdict::Unknown
                               << u"AUTH PLAIN LOGIN"_s;
    QTest::newRow("no AUTH after TLS") << u"starttls-no-auth"_s << Outcome::NoAuthOffered << Verdict::Failed
                                       << u"offers no login mechanism on this connection"_s;
    QTest::newRow("relay-noauth") << u"relay-noauth"_s << Outcome::NoAuthOffered << Verdict::Failed
                                  << u"offers no login mechanism"_s;
    QTest::newRow("no STARTTLS") << u"no-starttls"_s << Outcome::NoStartTls << Verdict::Failed
                                 << u"does not offer STARTTLS"_s;
    QTest::newRow("refused") << u"refused"_s << Outcome::Refused << Verdict::Failed << u"refuses the connection"_s;
    QTest::newRow("timeout") << u"timeout"_s << Outcome::TimedOut << Verdict::Failed << u"timed out after 2 s"_s;
    QTest::newRow("TLS on the STARTTLS port") << u"wrapper-to-starttls-port"_s << Outcome::TlsFailed
                                              << Verdict::Failed << u"wrong version number"_s;
    QTest::newRow("name not found") << u"unknown-name"_s << Outcome::Unreachable << Verdict::Failed
                                    << u"cannot be reached"_s;
}

void TestRelayTranscript::realDialogues()
{
    QFETCH(QString, name);
    QFETCH(Outcome, outcome);
    QFETCH(Verdict, verdict);
    QFETCH(QString, needle);
    const auto t = SmtpTranscript::parse(fixture(name + u".out"_s), fixture(name + u".err"_s));
    QCOMPARE(t.outcome(), outcome);
    const CheckResult r = t.evaluate(u"relay.pdts.test:587"_s, 2);
    QCOMPARE(r.verdict, verdict);
    QVERIFY2(r.summary.contains(needle), qPrintable(r.summary));
    if (verdict == Verdict::Failed)
        QVERIFY(!r.advice.isEmpty());
    QVERIFY(!r.evidence.isEmpty());
    QVERIFY(r.evidence.size() <= 20);
    for (const QString &line : r.evidence)
        QVERIFY2(!line.contains(u"AUTH PLAIN A"_s), qPrintable(line)); // never a base64 payload
}

void TestRelayTranscript::authRejectedEvidence()
{
    const auto t = SmtpTranscript::parse(fixture(u"starttls-535.out"_s), fixture(u"starttls-535.err"_s));
    QCOMPARE(t.mechanisms(), (QStringList{u"PLAIN"_s, u"LOGIN"_s}));
    QVERIFY(t.ehloSucceeded());
    QCOMPARE(t.authReply().code, 535);
    QCOMPARE(t.exitStatus(), 1);
    QVERIFY(t.evidence().contains(u"C: AUTH PLAIN ********"_s));
    QVERIFY(t.evidence().contains(u"S: 535 5.7.8 Error: authentication failed: authentication failure"_s));
    // After a full dialogue the trailing openssl noise ("unexpected eof") is not evidence.
    QVERIFY(!t.evidence().join(u'\n').contains(u"unexpected eof"_s));
}

void TestRelayTranscript::loginMechanism()
{
    const QByteArray out = "C: EHLO mail.pdts.test\nS: 250-relay.example\nS: 250 AUTH=LOGIN\nC: AUTH LOGIN\n"
                           "S: 334 VXNlcm5hbWU6\nC: ********\nS: 334 UGFzc3dvcmQ6\nC: ********\n"
                           "S: 235 2.7.0 Authentication successful\nC: QUIT\nS: 221 2.0.0 Bye\nX: 0\n";
    const auto t = SmtpTranscript::parse(out, {});
    QCOMPARE(t.mechanisms(), QStringList{u"LOGIN"_s});
    QCOMPARE(t.outcome(), Outcome::Accepted);
    const auto cram = SmtpTranscript::parse("C: EHLO h\nS: 250-r\nS: 250 AUTH CRAM-MD5 XOAUTH2\nC: QUIT\nS: 221 Bye\n", {});
    QCOMPARE(cram.outcome(), Outcome::NoUsableMechanism);
    QCOMPARE(cram.evaluate(u"r:587"_s, 5).verdict, Verdict::Unknown);
    const auto temp = SmtpTranscript::parse("C: EHLO h\nS: 250 AUTH PLAIN\nC: AUTH PLAIN ********\n"
                                            "S: 454 4.7.0 Temporary authentication failure\n",
                                            {});
    QCOMPARE(temp.outcome(), Outcome::TemporaryFailure);
    const auto greeting = SmtpTranscript::parse("S: 554 5.7.1 You are not welcome\nX: 1\n", {});
    QCOMPARE(greeting.outcome(), Outcome::GreetingRejected);
    QVERIFY(greeting.evaluate(u"r:465"_s, 5).summary.contains(u"not welcome"_s));
}

void TestRelayTranscript::masksClientLines()
{
    // Whatever a (changed) script prints as client lines, payloads never reach the evidence.
    const QByteArray out = "C: EHLO h\nS: 250 AUTH PLAIN LOGIN\nC: AUTH PLAIN AHVzZXIAc2VjcmV0\n"
                           "C: c2VjcmV0\nS: 535 5.7.8 no\n";
    const auto t = SmtpTranscript::parse(out, {});
    const QString all = t.evidence().join(u'\n');
    QVERIFY(!all.contains(u"AHVzZXIAc2VjcmV0"_s));
    QVERIFY(!all.contains(u"c2VjcmV0"_s));
    QVERIFY(all.contains(u"C: AUTH PLAIN ********"_s));
    QCOMPARE(t.outcome(), Outcome::Rejected);
}

void TestRelayTranscript::garbage_data()
{
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("non-UTF-8") << QByteArray("S: \xff\xfe\x80 250\nS: 25\nC:\nX: x\n") << QByteArray("\xff\xfe");
    QTest::newRow("binary") << QByteArray(4096, '\0') << QByteArray(4096, '\x01');
    QTest::newRow("no prefixes") << QByteArray("250 AUTH PLAIN\n235 ok\n") << QByteArray();
}

void TestRelayTranscript::garbage()
{
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    const auto t = SmtpTranscript::parse(out, err);
    QCOMPARE(t.outcome(), Outcome::NoAnswer);
    QCOMPARE(t.evaluate(u"r:587"_s, 5).verdict, Verdict::Unknown);
}

void TestRelayTranscript::hugeDialogueIsCapped()
{
    QByteArray out = "C: EHLO h\n";
    for (int i = 0; i < 5000; ++i)
        out += "S: 250-CAPABILITY" + QByteArray::number(i) + '\n';
    out += "S: 250 AUTH PLAIN\nC: QUIT\nS: 221 Bye\nX: 0\n";
    const auto t = SmtpTranscript::parse(out, QByteArray(200000, 'e'));
    QCOMPARE(t.outcome(), Outcome::NotTried);
    QVERIFY(t.evidence().size() <= 20);
}

QTEST_GUILESS_MAIN(TestRelayTranscript)
#include "tst_relaytranscript.moc"
