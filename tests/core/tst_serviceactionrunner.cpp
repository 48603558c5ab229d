// ServiceActionRunner over the fake transport: systemctl restart with the state read back, the
// postfix stop/start fallback when systemd is not reachable, other units refused clearly, plesk
// only when probed, audited.
#include "actions/auditlog.h"
#include "actions/serviceactionrunner.h"
#include "fakesession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::FakeTransport;

namespace {

const QByteArray noSystemd = "System has not been booted with systemd as init system (PID 1). Can't operate.\n"
                             "Failed to connect to bus: Host is down\n";

} // namespace

class TestServiceActionRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemctlRestart();
    void fallbackWithoutSystemd();
    void otherUnitWithoutSystemd();
    void unknownUnit();
    void pleskOnlyWhenProbed();
    void pleskStreams();
    void viewerRefused();

private:
    Actions::ServiceActionResult runRestart(TestSupport::FakeSession &s, const QString &unit);
    QTemporaryDir m_dir;
};

Actions::ServiceActionResult TestServiceActionRunner::runRestart(TestSupport::FakeSession &s, const QString &unit)
{
    Actions::AuditLog audit(m_dir.filePath(u"audit.jsonl"_s));
    Actions::ServiceActionRunner runner(s.session.get(), &audit);
    QSignalSpy finished(&runner, &Actions::ServiceActionRunner::finished);
    runner.restart(unit);
    if (!finished.wait(5000))
        return {};
    return finished.first().first().value<Actions::ServiceActionResult>();
}

void TestServiceActionRunner::systemctlRestart()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        f->on("/usr/bin/systemctl restart -- amavis.service", {});
        f->on("/usr/bin/systemctl show '--property=Id,LoadState,ActiveState,SubState' -- amavis.service",
              {.stdOut = "Id=amavis.service\nLoadState=loaded\nActiveState=active\nSubState=running\n"});
    });
    const auto r = runRestart(s, u"amavis.service"_s);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(r.stateAfter == u"active (running)"_s, s.fake->shellLines().join('\n').right(300).constData());
    QVERIFY(r.action.contains(u"systemctl"_s));
    Actions::AuditLog audit(m_dir.filePath(u"audit.jsonl"_s));
    const auto records = audit.read().records;
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.last().action, u"service.restart"_s);
    QCOMPARE(records.last().result, u"ok"_s);
}

void TestServiceActionRunner::fallbackWithoutSystemd()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        f->on("/usr/bin/systemctl restart -- postfix.service", {.stdErr = noSystemd, .exitCode = 1});
        f->on("/usr/sbin/postfix stop", {.stdErr = "postfix/postfix-script: stopping the Postfix mail system\n"});
        f->on("/usr/sbin/postfix start", {.stdErr = "postfix/postfix-script: starting the Postfix mail system\n"});
        f->on("/usr/sbin/postfix status", {.stdErr = "postfix/postfix-script: the Postfix mail system is running: PID: 42\n"});
    });
    const auto r = runRestart(s, u"postfix.service"_s);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.action.contains(u"postfix stop"_s));
    QCOMPARE(r.stateAfter, u"running"_s);
    QVERIFY(r.output.contains(u"starting the Postfix mail system"_s));
    const auto lines = s.fake->shellLines();
    QVERIFY(lines.indexOf("/usr/sbin/postfix stop") < lines.indexOf("/usr/sbin/postfix start"));
}

void TestServiceActionRunner::otherUnitWithoutSystemd()
{
    auto s = TestSupport::readyFakeSession({.missingTools = {u"systemctl"_s}}, [](FakeTransport *) {});
    const auto r = runRestart(s, u"dovecot.service"_s);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(u"not reachable"_s), qPrintable(r.error));
    for (const QByteArray &line : s.fake->shellLines())
        QVERIFY(!line.contains("dovecot"));
}

void TestServiceActionRunner::unknownUnit()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *) {});
    const auto r = runRestart(s, u"sshd.service; reboot"_s);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(u"Unknown service unit"_s));
}

void TestServiceActionRunner::pleskOnlyWhenProbed()
{
    auto s = TestSupport::readyFakeSession({.missingTools = {u"plesk"_s}}, [](FakeTransport *) {});
    Actions::ServiceActionRunner runner(s.session.get());
    QSignalSpy finished(&runner, &Actions::ServiceActionRunner::finished);
    runner.pleskRepairMail();
    QVERIFY(finished.wait(5000));
    const auto r = finished.first().first().value<Actions::ServiceActionResult>();
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(u"Plesk"_s), qPrintable(r.error));
    for (const QByteArray &line : s.fake->shellLines())
        QVERIFY(line.startsWith("LC_ALL=C") || !line.contains("plesk")); // the probe looks for it
}

void TestServiceActionRunner::pleskStreams()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        f->on("/usr/bin/plesk repair mail -y", {.chunks = {"Checking the mail server ... [OK]\n", "Repairing ... [OK]\n"}});
    });
    Actions::ServiceActionRunner runner(s.session.get());
    QSignalSpy finished(&runner, &Actions::ServiceActionRunner::finished);
    QSignalSpy output(&runner, &Actions::ServiceActionRunner::output);
    runner.pleskRepairMail();
    QVERIFY(finished.wait(5000));
    const auto r = finished.first().first().value<Actions::ServiceActionResult>();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(output.size(), 2);
    QVERIFY(r.output.contains(u"Repairing"_s));
}

void TestServiceActionRunner::viewerRefused()
{
    auto s = TestSupport::readyFakeSession({.uid = 1000, .user = u"viewer"_s, .sudo = false}, [](FakeTransport *) {}, true);
    const auto r = runRestart(s, u"postfix.service"_s);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    for (const QByteArray &line : s.fake->shellLines())
        QVERIFY(!line.contains("restart") && !line.contains("postfix stop"));
}

QTEST_GUILESS_MAIN(TestServiceActionRunner)
#include "tst_serviceactionrunner.moc"
