// RblCheck and DnsCheck over the fake transport with dig output captured inside the test server.
#include "checks/dnscheck.h"
#include "checks/rblcheck.h"

#include "fakesession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::FakeTransport;
using Diagnosis::Verdict;

namespace {

FakeTransport::Response file(const QString &name)
{
    return FakeTransport::Response::fromFile(u"diagnostics/dns/"_s + name);
}

QList<Diagnosis::CheckResult> runCheck(Checks::Check &check)
{
    QSignalSpy finished(&check, &Checks::Check::finished);
    check.start();
    if (!finished.wait(10000))
        qWarning("check did not finish");
    return check.results();
}

} // namespace

class TestRblCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zonesFromCapturedOutput();
    void privateEgress();
    void noDnsTool();
};

void TestRblCheck::zonesFromCapturedOutput()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        f->onMatch(QRegularExpression(u"^/usr/bin/dig .* 2\\.0\\.0\\.127\\.bl\\.pdts\\.test\\. A"_s), file(u"dig-rbl.txt"_s));
    });
    Checks::CheckOptions o;
    o.egressAddress = u"192.0.2.25"_s;
    o.dnsTimeoutSeconds = 2;
    o.dnsblZones = {u"bl.pdts.test"_s, u"clean.pdts.test"_s, u"silent.pdts.test"_s, u"refused.pdts.test"_s,
                    u"multi.pdts.test"_s};
    Checks::RblCheck check(s.session.get(), o);
    const auto results = runCheck(check);
    QCOMPARE(results.size(), 5);
    QCOMPARE(results[0].target, u"bl.pdts.test"_s);
    QCOMPARE(results[0].verdict, Verdict::Failed);
    QVERIFY(results[0].evidence.join(u'\n').contains(u"sent spam to a trap"_s));
    QCOMPARE(results[1].verdict, Verdict::Ok);
    QCOMPARE(results[2].verdict, Verdict::Unknown);
    QCOMPARE(results[3].verdict, Verdict::Unknown);
    QVERIFY(results[3].summary.contains(u"127.255.255.254"_s));
    QCOMPARE(results[4].verdict, Verdict::Failed);
    const auto lines = s.fake->shellLines();
    QCOMPARE(std::count_if(lines.cbegin(), lines.cend(), [](const QByteArray &l) { return l.contains("/dig "); }), 1);
    QVERIFY(!results[0].commands.isEmpty());
}

void TestRblCheck::privateEgress()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        f->on("/usr/sbin/postconf smtp_bind_address smtp_bind_address6",
              {.stdOut = "smtp_bind_address = 10.1.2.3\nsmtp_bind_address6 =\n"});
    });
    Checks::CheckOptions o;
    o.dnsblZones = {u"bl.pdts.test"_s};
    Checks::RblCheck check(s.session.get(), o);
    const auto results = runCheck(check);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results[0].verdict, Verdict::Unknown);
    QVERIFY(results[0].summary.contains(u"10.1.2.3"_s));
    QVERIFY(!results[0].advice.isEmpty());
}

void TestRblCheck::noDnsTool()
{
    auto s = TestSupport::readyFakeSession({.missingTools = {u"dig"_s, u"host"_s}});
    Checks::CheckOptions o;
    o.egressAddress = u"192.0.2.25"_s;
    o.dnsblZones = {u"bl.pdts.test"_s};
    Checks::RblCheck check(s.session.get(), o);
    const auto results = runCheck(check);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results[0].verdict, Verdict::Unknown);
}

QTEST_GUILESS_MAIN(TestRblCheck)
#include "tst_rblcheck.moc"
