// The content_filter, services and limits checks over the fake transport: real captured output
// (tests/data/diagnostics/services), missing tools, no root, a service manager that does not
// answer, timeouts and odd output.
#include "checks/check.h"
#include "checks/diagnosticsrunner.h"
#include "fakesession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Diagnosis::CheckId;
using Diagnosis::CheckResult;
using Diagnosis::Verdict;
using TestSupport::FakeTransport;
using Response = FakeTransport::Response;

namespace {

QByteArray data(const QString &name)
{
    QFile f(QStringLiteral(POSTDESK_TEST_DATA "/diagnostics/services/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

const QByteArray filtersLine = "/usr/sbin/postconf content_filter smtpd_proxy_filter";
const QByteArray ssLine = "/usr/bin/ss -ltnH";
const QByteArray systemctlAmavis = "/usr/bin/systemctl show '--property=Id,LoadState,ActiveState,SubState' -- "
                                   "amavis.service amavisd.service amavisd-new.service";
const QByteArray journalAmavis = "/usr/bin/journalctl -u amavis.service -u amavisd.service -u amavisd-new.service "
                                 "-p warning --since -24h -n 20 -o short-iso --no-pager -q";
const QByteArray noSystemdErr = "System has not been booted with systemd as init system (PID 1). Can't operate.\n"
                                "Failed to connect to bus: Host is down\n";

// The test server's own answers: no filter in main.cf, its master.cf, nothing on 10024.
void testServerBasics(FakeTransport *fake)
{
    fake->on(filtersLine, {.stdOut = "content_filter =\nsmtpd_proxy_filter =\n"});
    fake->on("/usr/sbin/postconf -P", {.stdOut = data(u"postconf-P-testserver.txt"_s)});
    fake->on("/usr/sbin/postconf -M", {.stdOut = data(u"postconf-M-testserver.txt"_s)});
    fake->on(ssLine, {.stdOut = data(u"ss-ltnH-testserver.txt"_s)});
    fake->on(systemctlAmavis, {.stdErr = noSystemdErr, .exitCode = 1});
    fake->on(journalAmavis, {});
    fake->on("/usr/bin/ps -ww -e -o pid=,user=,comm=,args=",
             {.stdOut = "    1 root     init     /sbin/init\n  900 root     master   /usr/lib/postfix/sbin/master -w\n"});
    fake->on("/usr/sbin/postconf", {.stdOut = data(u"postconf-all-testserver.txt"_s)});
    fake->on("/usr/sbin/postconf -n", {.stdOut = data(u"postconf-n-testserver.txt"_s)});
}

QList<CheckResult> runCheck(TestSupport::FakeSession &s, CheckId id, const Checks::CheckOptions &options = {})
{
    auto check = Checks::DiagnosticsRunner::createCheck(id, s.session.get(), options);
    QSignalSpy finished(check.get(), &Checks::Check::finished);
    check->start();
    if (!finished.wait(10000))
        qWarning("check did not finish");
    return check->results();
}

Checks::CheckOptions amavisEndpoint()
{
    Checks::CheckOptions o;
    o.filterEndpoints = {{u"127.0.0.1"_s, 10024}};
    return o;
}

} // namespace

class TstSvcChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noContentFilter();
    void amavisDownFromQueue();
    void amavisUp();
    void filterFromMasterCfOverride();
    void transportMissingInMasterCf();
    void ssMissing();
    void systemctlMissing();
    void systemdAnswers();
    void badEndpointFromQueue();
    void contentFilterTimeout();
    void cancelLeavesNothingRunning();
    void servicesAsRoot();
    void servicesPostfixStopped();
    void servicesWithoutRoot();
    void servicesCheckWarnings();
    void servicesPlesk();
    void limitsFromTestServer();
    void limitsWarning();
    void limitsPostconfFails();
};

void TstSvcChecks::noContentFilter()
{
    auto s = TestSupport::readyFakeSession({}, testServerBasics);
    const auto results = runCheck(s, CheckId::ContentFilter);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().verdict, Verdict::Ok);
    QVERIFY(results.first().summary.contains(u"No content filter"_s));
    QVERIFY(results.first().commands.contains(QString::fromLatin1(ssLine)));
}

void TstSvcChecks::amavisDownFromQueue()
{
    auto s = TestSupport::readyFakeSession({}, testServerBasics);
    const auto results = runCheck(s, CheckId::ContentFilter, amavisEndpoint());
    QCOMPARE(results.size(), 1);
    const CheckResult &r = results.first();
    QCOMPARE(r.check, CheckId::ContentFilter);
    QCOMPARE(r.target, u"127.0.0.1:10024"_s);
    QCOMPARE(r.verdict, Verdict::Failed);
    QVERIFY2(r.summary.contains(u"Amavis is down"_s), qPrintable(r.summary));
    QVERIFY(r.advice.contains(u"restart amavis (Fixes → Services) and then requeue"_s));
    const QString evidence = r.evidence.join(u'\n');
    QVERIFY2(evidence.contains(u"service manager is not reachable"_s), qPrintable(evidence));
    QVERIFY(evidence.contains(u"No amavisd process"_s));
    QVERIFY(evidence.contains(u"the queue's content-filter deferrals"_s));
    QVERIFY(r.commands.contains(QString::fromLatin1(systemctlAmavis)));
}

void TstSvcChecks::amavisUp()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *fake) {
        testServerBasics(fake);
        fake->on(ssLine, {.stdOut = data(u"ss-ltnH-amavis-listening.txt"_s)});
    });
    const auto results = runCheck(s, CheckId::ContentFilter, amavisEndpoint());
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().verdict, Verdict::Ok);
    QVERIFY(results.first().summary.contains(u"127.0.0.1:10024 (Amavis)"_s));
    QVERIFY(results.first().evidence.join(u'\n').contains(u"127.0.0.1:10024 0.0.0.0:*"_s));
}

void TstSvcChecks::filterFromMasterCfOverride()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *fake) {
        testServerBasics(fake);
        fake->on("/usr/sbin/postconf -P", {.stdOut = data(u"postconf-P-overrides.txt"_s)});
    });
    const auto results = runCheck(s, CheckId::ContentFilter, amavisEndpoint());
    QCOMPARE(results.size(), 1); // the queue's endpoint and the override are the same endpoint
    const QString evidence = results.first().evidence.join(u'\n');
    QVERIFY2(evidence.contains(u"content_filter of the master.cf service smtp/inet"_s), qPrintable(evidence));
    QVERIFY(evidence.contains(u"amavis:[127.0.0.1]:10024"_s));
    QVERIFY(!evidence.contains(u"relay-secret"_s)); // other -o settings never become evidence
    QCOMPARE(results.first().verdict, Verdict::Failed);
}

void TstSvcChecks::transportMissingInMasterCf()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *fake) {
        testServerBasics(fake);
        fake->on(filtersLine, {.stdOut = "content_filter = smtp-amavis:[127.0.0.1]:10024\nsmtpd_proxy_filter =\n"});
    });
    const auto results = runCheck(s, CheckId::ContentFilter);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().verdict, Verdict::Failed);
    QVERIFY(results.first().summary.contains(u"\"smtp-amavis\", which master.cf does not define"_s));
}

void TstSvcChecks::ssMissing()
{
    FakeTransport::ProbeSetup probe;
    probe.missingTools = {u"ss"_s};
    auto s = TestSupport::readyFakeSession(probe, testServerBasics);
    const auto results = runCheck(s, CheckId::ContentFilter, amavisEndpoint());
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().verdict, Verdict::Unknown);
    QVERIFY(results.first().evidence.join(u'\n').contains(u"iproute2"_s));
    QVERIFY(!s.fake->shellLines().contains(ssLine));
}

void TstSvcChecks::systemctlMissing()
{
    FakeTransport::ProbeSetup probe;
    probe.missingTools = {u"systemctl"_s, u"journalctl"_s};
    auto s = TestSupport::readyFakeSession(probe, testServerBasics);
    const auto results = runCheck(s, CheckId::ContentFilter, amavisEndpoint());
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().verdict, Verdict::Failed);
    const QString evidence = results.first().evidence.join(u'\n');
    QVERIFY2(evidence.contains(u"systemctl is not installed"_s), qPrintable(evidence));
    QVERIFY(evidence.contains(u"Recent Amavis errors could not be read"_s));
}

void TstSvcChecks::systemdAnswers()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *fake) {
        testServerBasics(fake);
        fake->on(systemctlAmavis, {.stdOut = "Id=amavis.service\nLoadState=loaded\nActiveState=failed\nSubState=failed\n\n"
                                             "Id=amavisd.service\nLoadState=not-found\nActiveState=inactive\nSubState=dead\n\n"
                                             "Id=amavisd-new.service\nLoadState=not-found\nActiveState=inactive\nSubState=dead\n"});
        fake->on(journalAmavis,
                      {.stdOut = "2026-11-23T08:00:01+0000 mail amavis[812]: (!)Net::Server: 2026/11/23-08:00:01 "
                                 "Can't connect to TCP port 10024 on 127.0.0.1 [Address already in use]\n"});
    });
    const auto results = runCheck(s, CheckId::ContentFilter, amavisEndpoint());
    const QString evidence = results.first().evidence.join(u'\n');
    QVERIFY2(evidence.contains(u"amavis.service: loaded, failed (failed)"_s), qPrintable(evidence));
    QVERIFY(evidence.contains(u"Address already in use"_s));
    QVERIFY(!evidence.contains(u"amavisd.service"_s)); // not installed units are not listed
    QCOMPARE(results.first().verdict, Verdict::Failed);
}

void TstSvcChecks::badEndpointFromQueue()
{
    auto s = TestSupport::readyFakeSession({}, testServerBasics);
    Checks::CheckOptions o;
    o.filterEndpoints = {{u"127.0.0.1;reboot"_s, 10024}, {u"127.0.0.1"_s, 0}};
    const auto results = runCheck(s, CheckId::ContentFilter, o);
    QCOMPARE(results.size(), 2);
    for (const auto &r : results)
        QCOMPARE(r.verdict, Verdict::Unknown);
    for (const QByteArray &line : s.fake->shellLines())
        QVERIFY(!line.contains("reboot"));
}

void TstSvcChecks::contentFilterTimeout()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *fake) {
        testServerBasics(fake);
        fake->on(ssLine, {.error = u"timed out after 15 s"_s});
    });
    const auto results = runCheck(s, CheckId::ContentFilter, amavisEndpoint());
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().verdict, Verdict::Unknown);
    QVERIFY(results.first().evidence.join(u'\n').contains(u"timed out"_s));
}

void TstSvcChecks::cancelLeavesNothingRunning()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *fake) {
        testServerBasics(fake);
        fake->on(ssLine, {.hang = true});
    });
    auto check = Checks::DiagnosticsRunner::createCheck(CheckId::ContentFilter, s.session.get(), amavisEndpoint());
    QSignalSpy finished(check.get(), &Checks::Check::finished);
    QSignalSpy results(check.get(), &Checks::Check::resultReady);
    check->start();
    QTRY_COMPARE(s.fake->runningCount(), 1);
    check->cancel();
    QTRY_COMPARE(s.fake->runningCount(), 0);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(results.size(), 0);
}

void TstSvcChecks::servicesAsRoot()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *fake) {
        testServerBasics(fake);
        fake->on("/usr/sbin/postfix status", {});
        fake->on("/usr/sbin/postfix check", {});
        fake->onMatch(QRegularExpression(u"^/usr/bin/systemctl show "_s), {.stdErr = noSystemdErr, .exitCode = 1});
        fake->on("/usr/bin/cat /usr/local/psa/version",
                 {.stdErr = "/bin/cat: /usr/local/psa/version: No such file or directory\n", .exitCode = 1});
    });
    const auto results = runCheck(s, CheckId::Services);
    QCOMPARE(results.size(), 5);
    for (const auto &r : results)
        QVERIFY2(r.verdict == Verdict::Ok, qPrintable(r.toText()));
    QCOMPARE(results.at(0).target, u"postfix"_s);
    QCOMPARE(results.at(0).commands, QStringList{u"/usr/sbin/postfix status"_s});
    QCOMPARE(results.at(1).target, u"postfix check"_s);
    QCOMPARE(results.at(2).target, u"amavis"_s);
    QVERIFY(results.at(2).evidence.join(u'\n').contains(u"service manager is not reachable"_s));
    QCOMPARE(results.at(4).target, u"plesk"_s);
    QVERIFY(results.at(4).summary.contains(u"plesk repair mail is available"_s)); // the fake probe has /usr/bin/plesk
}

void TstSvcChecks::servicesPostfixStopped()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *fake) {
        testServerBasics(fake);
        fake->on("/usr/sbin/postfix status", {.exitCode = 1});
        fake->on("/usr/sbin/postfix check", {});
        fake->onMatch(QRegularExpression(u"^/usr/bin/systemctl show "_s),
                      {.stdOut = "Id=postfix.service\nLoadState=loaded\nActiveState=active\nSubState=exited\n\n"
                                 "Id=postfix@-.service\nLoadState=loaded\nActiveState=inactive\nSubState=dead\n\n"
                                 "Id=amavis.service\nLoadState=not-found\nActiveState=inactive\nSubState=dead\n\n"
                                 "Id=dovecot.service\nLoadState=loaded\nActiveState=active\nSubState=running\n"});
        fake->on("/usr/bin/cat /usr/local/psa/version", {.stdOut = "18.0.52 Debian 11.0 1800230516.09\n"});
    });
    const auto results = runCheck(s, CheckId::Services);
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(0).verdict, Verdict::Failed);
    QVERIFY(results.at(0).summary.contains(u"not running"_s));
    QVERIFY(results.at(0).evidence.join(u'\n').contains(u"postfix@-.service: loaded, inactive (dead)"_s));
    QCOMPARE(results.at(2).verdict, Verdict::Ok);
    QVERIFY(results.at(2).summary.contains(u"not installed"_s));
    QCOMPARE(results.at(3).verdict, Verdict::Ok);
    QVERIFY(results.at(3).summary.contains(u"Dovecot is running"_s));
    QVERIFY(results.at(4).summary.contains(u"Plesk 18.0.52"_s));
}

void TstSvcChecks::servicesWithoutRoot()
{
    FakeTransport::ProbeSetup probe;
    probe.uid = 1001;
    probe.user = u"pdviewer"_s;
    probe.sudo = false;
    probe.missingTools = {u"systemctl"_s, u"plesk"_s};
    auto s = TestSupport::readyFakeSession(probe, [](FakeTransport *fake) {
        testServerBasics(fake);
        fake->on("/usr/bin/cat /usr/local/psa/version",
                 {.stdErr = "/bin/cat: /usr/local/psa/version: No such file or directory\n", .exitCode = 1});
    }, true);
    const auto results = runCheck(s, CheckId::Services);
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(0).verdict, Verdict::Unknown);
    QVERIFY2(results.at(0).summary.contains(u"needs root"_s), qPrintable(results.at(0).summary));
    QVERIFY(results.at(0).summary.contains(u"master process is running"_s));
    QCOMPARE(results.at(1).verdict, Verdict::Unknown);
    QVERIFY(!results.at(1).advice.isEmpty());
    QCOMPARE(results.at(2).verdict, Verdict::Ok); // no amavisd process
    QCOMPARE(results.at(4).summary, u"This is not a Plesk server."_s);
    for (const QByteArray &line : s.fake->shellLines()) {
        if (line.startsWith("LC_ALL=C;"))
            continue; // the probe
        QVERIFY2(!line.contains("postfix status") && !line.contains("sudo"), line.constData());
    }
}

void TstSvcChecks::servicesCheckWarnings()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *fake) {
        testServerBasics(fake);
        fake->on("/usr/sbin/postfix status", {.stdErr = data(u"postfix-status-running-unused-param.stderr"_s)});
        fake->on("/usr/sbin/postfix check", {.stdErr = data(u"postfix-status-running-unused-param.stderr"_s)
                                                      + "postfix/postfix-script: warning: group or other writable: "
                                                        "/etc/postfix/./transport\n"});
        fake->onMatch(QRegularExpression(u"^/usr/bin/systemctl show "_s), {.stdErr = "\xff\xfe garbage\n", .exitCode = 1});
        fake->on("/usr/bin/cat /usr/local/psa/version", {.exitCode = 1});
    });
    const auto results = runCheck(s, CheckId::Services);
    QCOMPARE(results.at(0).verdict, Verdict::Ok);
    QCOMPARE(results.at(1).verdict, Verdict::Warning);
    QCOMPARE(results.at(1).evidence.size(), 2);
    QVERIFY(results.at(1).evidence.last().contains(u"group or other writable"_s));
}

void TstSvcChecks::servicesPlesk()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *fake) {
        testServerBasics(fake);
        fake->on("/usr/sbin/postfix status", {.error = u"timed out after 30 s"_s});
        fake->on("/usr/sbin/postfix check", {.stdErr = "postfix: fatal: bad config\n", .exitCode = 1});
        fake->onMatch(QRegularExpression(u"^/usr/bin/systemctl show "_s), {.stdErr = noSystemdErr, .exitCode = 1});
        fake->on("/usr/bin/cat /usr/local/psa/version",
                 {.stdErr = "/bin/cat: /usr/local/psa/version: Permission denied\n", .exitCode = 1});
    });
    const auto results = runCheck(s, CheckId::Services);
    QCOMPARE(results.at(0).verdict, Verdict::Unknown);
    QCOMPARE(results.at(1).verdict, Verdict::Failed);
    QVERIFY(results.at(4).summary.startsWith(u"This is a Plesk server."_s));
}

void TstSvcChecks::limitsFromTestServer()
{
    auto s = TestSupport::readyFakeSession({}, testServerBasics);
    const auto results = runCheck(s, CheckId::Limits);
    QCOMPARE(results.size(), 1);
    const CheckResult &r = results.first();
    QCOMPARE(r.verdict, Verdict::Ok);
    QVERIFY(r.evidence.contains(u"minimal_backoff_time = 15m (set in main.cf)"_s));
    QVERIFY(r.evidence.contains(u"maximal_queue_lifetime = 5d (default)"_s));
    QVERIFY(r.advice.contains(u"TUNING_README"_s));
    QCOMPARE(r.commands, (QStringList{u"/usr/sbin/postconf"_s, u"/usr/sbin/postconf -n"_s}));
}

void TstSvcChecks::limitsWarning()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *fake) {
        testServerBasics(fake);
        fake->on("/usr/sbin/postconf", {.stdOut = data(u"postconf-all-testserver.txt"_s) + "maximal_queue_lifetime = 0\n"});
        fake->on("/usr/sbin/postconf -n", {.error = u"connection to fake lost"_s});
    });
    const auto results = runCheck(s, CheckId::Limits);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().verdict, Verdict::Warning);
    QVERIFY(results.first().summary.contains(u"first temporary failure"_s));
    QVERIFY(results.first().evidence.join(u'\n').contains(u"Which values are set in main.cf is unknown"_s));
}

void TstSvcChecks::limitsPostconfFails()
{
    FakeTransport::ProbeSetup probe;
    probe.postfix = false;
    auto s = TestSupport::readyFakeSession(probe, testServerBasics);
    const auto results = runCheck(s, CheckId::Limits);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().verdict, Verdict::Unknown);
    QVERIFY(results.first().evidence.join(u'\n').contains(u"package postfix"_s));
}

QTEST_GUILESS_MAIN(TstSvcChecks)
#include "tst_svcchecks.moc"
