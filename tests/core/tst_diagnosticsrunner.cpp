// The diagnostics framework without real checks: CheckResult's JSON/text forms, CommandRunner's
// callback rules, DiagnosticsRunner's parallel limit / ordering / cancel, and the targets taken
// from a queue listing.
#include "checks/check.h"
#include "checks/commandrunner.h"
#include "checks/diagnosetargets.h"
#include "checks/diagnosticsrunner.h"
#include "diagnosis/checkresult.h"
#include "fakesession.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Diagnosis::CheckId;
using Diagnosis::CheckResult;
using Diagnosis::Verdict;
using TestSupport::FakeTransport;

namespace {

// A check that runs one command ("/usr/bin/true ID"), then reports one result per target.
class ScriptedCheck final : public Checks::Check
{
public:
    ScriptedCheck(CheckId id, Remote::ServerSession *session, const Checks::CheckOptions &options,
                  int *running, int *maxRunning)
        : Check(id, session, options)
        , m_running(running)
        , m_maxRunning(maxRunning)
    {
    }

protected:
    void run() override
    {
        *m_maxRunning = std::max(*m_maxRunning, ++*m_running);
        Remote::RemoteCommand command;
        command.label = u"scripted"_s;
        command.shellLine = "/usr/bin/true " + Diagnosis::checkKey(id()).toLatin1();
        runner().run(Remote::CatalogResult{command, {}}, [this](const Remote::CommandResult &r) {
            --*m_running;
            for (const QString &domain : options().domains) {
                CheckResult result;
                result.target = domain;
                result.verdict = r.ok() ? Verdict::Ok : Verdict::Failed;
                result.summary = u"checked"_s;
                result.commands = runner().sentCommands();
                report(result);
            }
            done();
        });
    }

private:
    int *m_running;
    int *m_maxRunning;
};

Postfix::QueuedMessage message(const QString &id, const QList<QPair<QString, QString>> &recipients)
{
    Postfix::QueuedMessage m;
    m.queueId = id;
    m.queueName = Postfix::QueueName::Deferred;
    m.sender = u"sender@shop.example"_s;
    for (const auto &r : recipients) {
        Postfix::Recipient rcpt;
        rcpt.address = r.first;
        rcpt.delayReason = r.second;
        m.recipients.append(rcpt);
    }
    return m;
}

} // namespace

class TestDiagnosticsRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkKeysRoundTrip()
    {
        for (CheckId id : Diagnosis::allCheckIds()) {
            QCOMPARE(Diagnosis::checkFromKey(Diagnosis::checkKey(id)), std::optional<CheckId>(id));
            QVERIFY(!Diagnosis::checkTitle(id).isEmpty());
            QVERIFY(!Diagnosis::checkDescription(id).isEmpty());
        }
        QCOMPARE(Diagnosis::checkKey(CheckId::SmtpReachability), u"smtp_reachability"_s);
        QCOMPARE(Diagnosis::checkKey(CheckId::RelayAuth), u"relay_auth"_s);
        QCOMPARE(Diagnosis::checkKey(CheckId::ContentFilter), u"content_filter"_s);
        QVERIFY(!Diagnosis::checkFromKey(u"ports"));
        QCOMPARE(Diagnosis::worst(Verdict::Ok, Verdict::Unknown), Verdict::Unknown);
        QCOMPARE(Diagnosis::worst(Verdict::Failed, Verdict::Warning), Verdict::Failed);
        QCOMPARE(Diagnosis::verdictFromKey(u"warning"), std::optional<Verdict>(Verdict::Warning));
    }

    void resultJsonAndText()
    {
        CheckResult r;
        r.check = CheckId::SmtpReachability;
        r.target = u"mx.example.com:25"_s;
        r.verdict = Verdict::Failed;
        r.summary = u"Port 25 timed out"_s;
        r.evidence = {u"timeout after 5 s"_s};
        r.commands = {u"/usr/bin/timeout 6 /bin/bash -c …"_s, u"/usr/bin/dig MX example.com"_s};
        r.advice = u"Ask the provider"_s;
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(u"check").toString(), u"smtp_reachability"_s);
        QCOMPARE(o.value(u"verdict").toString(), u"failed"_s);
        QCOMPARE(o.value(u"command").toString(), r.commands.join(u'\n'));
        QCOMPARE(o.value(u"commands").toArray().size(), 2);
        QCOMPARE(o.value(u"evidence").toArray().first().toString(), u"timeout after 5 s"_s);
        const QString text = r.toText();
        QVERIFY(text.startsWith(u"[FAILED] Outbound SMTP (port 25) — mx.example.com:25\n"));
        QVERIFY(text.contains(u"    $ /usr/bin/dig MX example.com\n"));
        QVERIFY(Diagnosis::resultsToText({r, r}, u"mail.example"_s).count(u"[FAILED]") == 2);
    }

    // Refused builds call back asynchronously with the catalog's words; cancelAll silences.
    void commandRunnerCallbacks()
    {
        auto fs = TestSupport::readyFakeSession({}, [](FakeTransport *fake) {
            FakeTransport::Response slow;
            slow.delayMs = 50;
            fake->on("/usr/bin/true slow", slow);
        });
        Checks::CommandRunner runner(fs.session.get());
        bool called = false;
        runner.run(Remote::CatalogResult{{}, u"dig is not installed on the server"_s},
                   [&](const Remote::CommandResult &r) {
                       called = true;
                       QCOMPARE(r.failure, Remote::CommandResult::Failure::Refused);
                       QCOMPARE(r.error, u"dig is not installed on the server"_s);
                   });
        QVERIFY(!called); // never from inside run()
        QTRY_VERIFY(called);
        QVERIFY(runner.sentCommands().isEmpty());

        Remote::RemoteCommand slow;
        slow.shellLine = "/usr/bin/true slow";
        bool slowCalled = false;
        runner.run(Remote::CatalogResult{slow, {}}, [&](const Remote::CommandResult &) { slowCalled = true; });
        QCOMPARE(runner.pendingCount(), 1);
        QCOMPARE(runner.sentCommands(), QStringList{u"/usr/bin/true slow"_s});
        runner.cancelAll();
        QTest::qWait(150);
        QVERIFY(!slowCalled);
        QCOMPARE(runner.pendingCount(), 0);
    }

    // At most maxParallel at once; results() ordered by check; finished(false) once at the end.
    void runsAllWithLimit()
    {
        auto fs = TestSupport::readyFakeSession({}, [](FakeTransport *fake) {
            FakeTransport::Response r;
            r.delayMs = 20;
            fake->onMatch(QRegularExpression(u"^/usr/bin/true "_s), r);
        });
        int running = 0;
        int maxRunning = 0;
        Checks::DiagnosticsRunner runner(fs.session.get());
        runner.setMaxParallel(2);
        runner.setCheckFactory([&](CheckId id, Remote::ServerSession *s, const Checks::CheckOptions &o) {
            return std::make_unique<ScriptedCheck>(id, s, o, &running, &maxRunning);
        });
        QSignalSpy started(&runner, &Checks::DiagnosticsRunner::checkStarted);
        QSignalSpy results(&runner, &Checks::DiagnosticsRunner::resultReady);
        QSignalSpy finished(&runner, &Checks::DiagnosticsRunner::finished);
        Checks::CheckOptions options;
        options.domains = {u"a.example"_s, u"b.example"_s};
        runner.start({CheckId::Limits, CheckId::Dns, CheckId::Rbl, CheckId::Dns}, options);
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(started.size(), 3); // duplicates dropped
        QCOMPARE(results.size(), 6);
        QVERIFY(maxRunning <= 2);
        const auto all = runner.results();
        QCOMPARE(all.size(), 6);
        QCOMPARE(all.first().check, CheckId::Dns);
        QCOMPARE(all.last().check, CheckId::Limits);
        QCOMPARE(all.first().verdict, Verdict::Ok);
        QCOMPARE(all.first().commands, QStringList{u"/usr/bin/true dns"_s});
        QVERIFY(!runner.isRunning());
    }

    // cancel(): finished(true) at once, nothing after, and the commands are canceled.
    void cancelStopsEverything()
    {
        auto fs = TestSupport::readyFakeSession({}, [](FakeTransport *fake) {
            FakeTransport::Response r;
            r.hang = true;
            fake->onMatch(QRegularExpression(u"^/usr/bin/true "_s), r);
        });
        int running = 0;
        int maxRunning = 0;
        Checks::DiagnosticsRunner runner(fs.session.get());
        runner.setCheckFactory([&](CheckId id, Remote::ServerSession *s, const Checks::CheckOptions &o) {
            return std::make_unique<ScriptedCheck>(id, s, o, &running, &maxRunning);
        });
        QSignalSpy results(&runner, &Checks::DiagnosticsRunner::resultReady);
        QSignalSpy finished(&runner, &Checks::DiagnosticsRunner::finished);
        Checks::CheckOptions options;
        options.domains = {u"a.example"_s};
        runner.start({}, options);
        QTRY_COMPARE(fs.fake->runningCount(), 3);
        runner.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QTRY_COMPARE(fs.fake->runningCount(), 0);
        QTest::qWait(100);
        QCOMPARE(results.size(), 0);
        QCOMPARE(finished.size(), 1);
    }

    void targetsFromQueue()
    {
        const QString refused = u"connect to mx.a.example[192.0.2.1]:25: Connection refused"_s;
        const QString amavis = u"delivery temporarily suspended: connect to 127.0.0.1[127.0.0.1]:10024: Connection refused"_s;
        const QList<Postfix::QueuedMessage> queue{
            message(u"A1"_s, {{u"x@A.example"_s, refused}, {u"y@b.example"_s, u"451 4.7.1 try later"_s}}),
            message(u"A2"_s, {{u"z@a.example"_s, refused}, {u"w@c.example"_s, QString()}}),
            message(u"A3"_s, {{u"q@d.example"_s, amavis}, {u"v@[192.0.2.9]"_s, refused}}),
            message(u"A4"_s, {{u"MAILER-DAEMON"_s, refused}}),
        };
        const Checks::DiagnoseTargets t = Checks::targetsFromQueue(queue, 3);
        QCOMPARE(t.domains, (QStringList{u"a.example"_s, u"b.example"_s}));
        QCOMPARE(t.filterEndpoints.size(), 1);
        QCOMPARE(t.filterEndpoints.first().host, u"127.0.0.1"_s);
        QCOMPARE(t.filterEndpoints.first().port, 10024);
        QCOMPARE(Checks::targetsFromQueue(queue, 1).domains, QStringList{u"a.example"_s});
        QVERIFY(Checks::targetsFromQueue({}).domains.isEmpty());
        for (auto cls : Diagnosis::allReasonClasses())
            QVERIFY(!Checks::checksForClass(cls).isEmpty());
        QVERIFY(Checks::checksForClass(Diagnosis::ReasonClass::Tls).contains(CheckId::StartTls));
        QVERIFY(Checks::checksForClass(Diagnosis::ReasonClass::ContentFilter).contains(CheckId::ContentFilter));
        QCOMPARE(Checks::recipientDomain(u"User@Example.COM"), u"example.com"_s);
        QVERIFY(Checks::recipientDomain(u"MAILER-DAEMON").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsRunner)
#include "tst_diagnosticsrunner.moc"
