// Parsers of the reachability check: SMTP greetings and the connect tools' output (bash
// /dev/tcp, nc, openssl), with output captured on the test server plus broken input.
#include "diagnosis/connectresult.h"
#include "diagnosis/smtpgreeting.h"
#include "remote/smtpcommands.h"

#include <QFile>
#include <QTest>

using namespace Diagnosis;
using namespace Qt::StringLiterals;
using Outcome = ConnectResult::Outcome;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(POSTDESK_TEST_DATA "/diagnostics/smtp/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

ConnectResult parseWith(const QString &tool, const QByteArray &out, const QByteArray &err, int exitCode)
{
    if (tool == u"bash")
        return ConnectResult::fromBash(out, err, exitCode);
    if (tool == u"nc")
        return ConnectResult::fromNetcat(out, err, exitCode);
    return ConnectResult::fromOpenSsl(out, err, exitCode);
}

} // namespace

class TestSmtpConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void greeting_data();
    void greeting();
    void greetingGarbage();
    void captured_data();
    void captured();
    void otherNetcatFlavours_data();
    void otherNetcatFlavours();
    void brokenInput_data();
    void brokenInput();
    void assessment_data();
    void assessment();
};

void TestSmtpConnect::greeting_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("text");
    QTest::newRow("220") << QByteArray("220 mx.fullbox.example ESMTP\r\n") << 220 << true << u"mx.fullbox.example ESMTP"_s;
    QTest::newRow("multi") << QByteArray("220-mx.example.com ESMTP\r\n220-no UCE\r\n220 ready\r\n") << 220 << true
                           << u"mx.example.com ESMTP no UCE ready"_s;
    QTest::newRow("421") << QByteArray("421 4.7.0 mx.example.com Too many connections\r\n") << 421 << true
                         << u"4.7.0 mx.example.com Too many connections"_s;
    QTest::newRow("554") << QByteArray("554 5.7.1 Service unavailable; client blocked\n") << 554 << true
                         << u"5.7.1 Service unavailable; client blocked"_s;
    QTest::newRow("bare code") << QByteArray("220\r\n") << 220 << true << QString();
    QTest::newRow("incomplete") << QByteArray("220-still talking\r\n") << 220 << false << u"still talking"_s;
    QTest::newRow("empty") << QByteArray() << 0 << false << QString();
}

void TestSmtpConnect::greeting()
{
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    QFETCH(bool, complete);
    QFETCH(QString, text);
    const auto g = SmtpGreeting::parse(input);
    QCOMPARE(g.code, code);
    QCOMPARE(g.complete, complete);
    QCOMPARE(g.text(), text);
}

void TestSmtpConnect::greetingGarbage()
{
    // Not SMTP at all: no code, but the lines stay as evidence.
    auto g = SmtpGreeting::parse("HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n");
    QCOMPARE(g.code, 0);
    QVERIFY(!g.isReply());
    QCOMPARE(g.lines.size(), 2);
    // Non-UTF-8 bytes are replaced, never dropped.
    g = SmtpGreeting::parse("220 mx.\xff\xfe.example ESMTP\r\n");
    QCOMPARE(g.code, 220);
    QVERIFY(g.lines.first().contains(QChar::ReplacementCharacter));
    // A code of 999 or 123 is not a reply; mixed codes are flagged.
    QCOMPARE(SmtpGreeting::parse("999 what\r\n").code, 0);
    QCOMPARE(SmtpGreeting::parse("123 what\r\n").code, 0);
    QVERIFY(!SmtpGreeting::parse("220-a\r\n250 b\r\n").consistent);
    // A huge greeting is capped.
    const auto huge = SmtpGreeting::parse(QByteArray("220-").append(QByteArray(100000, 'x')).append("\r\n").repeated(500));
    QCOMPARE(huge.lines.size(), SmtpGreeting::maxLines);
    QVERIFY(huge.lines.first().size() <= 1000);
}

void TestSmtpConnect::captured_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("evidence"); // one line that must be in the evidence
    // Exit codes as the captures returned them (see tests/data/PROVENANCE.md).
    QTest::newRow("bash ok") << u"bash"_s << u"ok"_s << 0 << Outcome::Greeting << 220 << u"220 mx.fullbox.example ESMTP"_s;
    QTest::newRow("bash refused") << u"bash"_s << u"refused"_s << 3 << Outcome::Refused << 0 << u"pd: connect: Connection refused"_s;
    QTest::newRow("bash timeout") << u"bash"_s << u"timeout"_s << 124 << Outcome::TimedOut << 0 << QString();
    QTest::newRow("bash no greeting") << u"bash"_s << u"nogreeting"_s << 4 << Outcome::NoGreeting << 0 << QString();
    QTest::newRow("bash unreachable") << u"bash"_s << u"unreachable"_s << 3 << Outcome::Unreachable << 0 << u"pd: connect: Network is unreachable"_s;
    QTest::newRow("nc ok") << u"nc"_s << u"ok"_s << 0 << Outcome::Greeting << 220 << u"Connection to 127.0.0.23 25 port [tcp/smtp] succeeded!"_s;
    QTest::newRow("nc refused") << u"nc"_s << u"refused"_s << 1 << Outcome::Refused << 0 << u"nc: connect to 127.0.0.20 port 25 (tcp) failed: Connection refused"_s;
    QTest::newRow("nc timeout") << u"nc"_s << u"timeout"_s << 1 << Outcome::TimedOut << 0 << u"nc: connect to 127.0.0.27 port 25 (tcp) timed out: Operation now in progress"_s;
    QTest::newRow("nc no greeting") << u"nc"_s << u"nogreeting"_s << 0 << Outcome::NoGreeting << 0 << u"Connection to 127.0.0.21 25 port [tcp/smtp] succeeded!"_s;
    QTest::newRow("nc unreachable") << u"nc"_s << u"unreachable"_s << 1 << Outcome::Unreachable << 0 << QString();
    QTest::newRow("openssl ok") << u"openssl"_s << u"ok"_s << 1 << Outcome::Connected << 0 << u"CONNECTED(00000003)"_s;
    QTest::newRow("openssl refused") << u"openssl"_s << u"refused"_s << 1 << Outcome::Refused << 0 << u"connect:errno=111"_s;
    QTest::newRow("openssl timeout") << u"openssl"_s << u"timeout"_s << 124 << Outcome::TimedOut << 0 << QString();
    QTest::newRow("openssl no greeting") << u"openssl"_s << u"nogreeting"_s << 124 << Outcome::TimedOut << 0 << QString();
    QTest::newRow("openssl unreachable") << u"openssl"_s << u"unreachable"_s << 1 << Outcome::Unreachable << 0 << u"connect:errno=101"_s;
}

void TestSmtpConnect::captured()
{
    QFETCH(QString, tool);
    QFETCH(QString, name);
    QFETCH(int, exitCode);
    QFETCH(Outcome, outcome);
    QFETCH(int, code);
    QFETCH(QString, evidence);
    const QString base = (tool == u"openssl" ? u"openssl-connect"_s : tool) + u'-' + name;
    const auto r = parseWith(tool, fixture(base + u".out"_s), fixture(base + u".err"_s), exitCode);
    QCOMPARE(r.outcome, outcome);
    QCOMPARE(r.greeting.code, code);
    if (!evidence.isEmpty())
        QVERIFY2(r.evidence.contains(evidence), qPrintable(r.evidence.join(u'|')));
    for (const QString &line : r.evidence)
        QVERIFY2(!line.startsWith(u"pd-"), qPrintable(line)); // script markers never leak
}

void TestSmtpConnect::otherNetcatFlavours_data()
{
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<Outcome>("outcome");
    // netcat-traditional and Ncat word their messages differently (text as those tools print it).
    QTest::newRow("traditional refused") << QByteArray() << QByteArray("mx.example.com [192.0.2.10] 25 (smtp) : Connection refused\n") << 1 << Outcome::Refused;
    QTest::newRow("traditional open") << QByteArray("220 mx ESMTP\r\n") << QByteArray("mx.example.com [192.0.2.10] 25 (smtp) open\n") << 0 << Outcome::Greeting;
    QTest::newRow("ncat refused") << QByteArray() << QByteArray("Ncat: Connection refused.\n") << 1 << Outcome::Refused;
    QTest::newRow("ncat timeout") << QByteArray() << QByteArray("Ncat: TIMEOUT.\n") << 1 << Outcome::TimedOut;
    QTest::newRow("ncat no route") << QByteArray() << QByteArray("Ncat: No route to host.\n") << 1 << Outcome::Unreachable;
    QTest::newRow("killed by timeout") << QByteArray() << QByteArray() << 124 << Outcome::TimedOut;
}

void TestSmtpConnect::otherNetcatFlavours()
{
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QFETCH(int, exitCode);
    QFETCH(Outcome, outcome);
    QCOMPARE(ConnectResult::fromNetcat(out, err, exitCode).outcome, outcome);
}

void TestSmtpConnect::brokenInput_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("bash empty") << u"bash"_s << QByteArray() << QByteArray() << 0 << Outcome::Error;
    QTest::newRow("bash 127") << u"bash"_s << QByteArray() << QByteArray("timeout: failed to run command '/usr/bin/bash': No such file or directory\n") << 127 << Outcome::Error;
    QTest::newRow("bash garbage") << u"bash"_s << QByteArray("\xff\xfe\x00garbage\n", 11) << QByteArray("\x01\x02") << 2 << Outcome::Error;
    QTest::newRow("bash closed") << u"bash"_s << QByteArray("pd-connected\npd-closed\n") << QByteArray() << 4 << Outcome::ClosedEarly;
    QTest::newRow("bash not smtp") << u"bash"_s << QByteArray("pd-connected\npd-line SSH-2.0-OpenSSH_9.2\npd-done\n") << QByteArray() << 0 << Outcome::Greeting;
    QTest::newRow("bash killed after connect") << u"bash"_s << QByteArray("pd-connected\npd-line 220-slow\n") << QByteArray() << 124 << Outcome::NoGreeting;
    QTest::newRow("nc empty") << u"nc"_s << QByteArray() << QByteArray() << 1 << Outcome::Error;
    QTest::newRow("openssl empty") << u"openssl"_s << QByteArray() << QByteArray() << 1 << Outcome::Error;
    QTest::newRow("huge") << u"nc"_s << QByteArray(2 * 1024 * 1024, 'A') << QByteArray(1024 * 1024, '\n') << 0 << Outcome::Greeting;
}

void TestSmtpConnect::brokenInput()
{
    QFETCH(QString, tool);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QFETCH(int, exitCode);
    QFETCH(Outcome, outcome);
    const auto r = parseWith(tool, out, err, exitCode);
    QCOMPARE(r.outcome, outcome);
    QVERIFY(r.evidence.size() <= 20);
    const auto a = r.assess(u"mx.example.com"_s, 25, 5);
    QVERIFY(!a.summary.isEmpty());
}

void TestSmtpConnect::assessment_data()
{
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("port");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("adviceWord");
    QTest::newRow("220") << fixture(u"bash-ok.out"_s) << QByteArray() << 0 << 25 << Verdict::Ok << QString();
    QTest::newRow("421") << QByteArray("pd-connected\npd-line 421 4.7.0 Try later\r\npd-done\n") << QByteArray() << 0 << 25 << Verdict::Failed << u"retrying"_s;
    QTest::newRow("554") << QByteArray("pd-connected\npd-line 554 5.7.1 Blocked\r\npd-done\n") << QByteArray() << 0 << 25 << Verdict::Failed << u"RBL"_s;
    QTest::newRow("refused") << QByteArray() << fixture(u"bash-refused.err"_s) << 3 << 25 << Verdict::Failed << u"down"_s;
    QTest::newRow("timeout 25") << QByteArray() << QByteArray() << 124 << 25 << Verdict::Failed << u"port 25"_s;
    QTest::newRow("timeout 587") << QByteArray() << QByteArray() << 124 << 587 << Verdict::Failed << u"relay"_s;
    QTest::newRow("no greeting") << fixture(u"bash-nogreeting.out"_s) << QByteArray() << 4 << 25 << Verdict::Failed << u"tarpitting"_s;
    QTest::newRow("no greeting 465") << fixture(u"bash-nogreeting.out"_s) << QByteArray() << 4 << 465 << Verdict::Ok << QString();
    QTest::newRow("unreachable") << QByteArray() << fixture(u"bash-unreachable.err"_s) << 3 << 25 << Verdict::Failed << u"route"_s;
    QTest::newRow("not smtp") << QByteArray("pd-connected\npd-line SSH-2.0-OpenSSH_9.2\npd-done\n") << QByteArray() << 0 << 25 << Verdict::Warning << u"SMTP"_s;
    QTest::newRow("error") << QByteArray() << QByteArray("weird\n") << 2 << 25 << Verdict::Unknown << QString();
}

void TestSmtpConnect::assessment()
{
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QFETCH(int, exitCode);
    QFETCH(int, port);
    QFETCH(Verdict, verdict);
    QFETCH(QString, adviceWord);
    const auto a = ConnectResult::fromBash(out, err, exitCode).assess(u"mx.example.com"_s, port, 5);
    QCOMPARE(a.verdict, verdict);
    QVERIFY(a.summary.contains(u"mx.example.com:"_s + QString::number(port)));
    if (!adviceWord.isEmpty())
        QVERIFY2(a.advice.contains(adviceWord), qPrintable(a.advice));
    if (verdict == Verdict::Ok)
        QVERIFY(a.advice.isEmpty());
}

QTEST_GUILESS_MAIN(TestSmtpConnect)
#include "tst_smtpconnect.moc"
