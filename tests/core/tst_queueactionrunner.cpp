#include "fakesession.h"

#include "actions/auditlog.h"
#include "actions/queueactionoutcome.h"
#include "actions/queueactionrunner.h"
#include "remote/actioncommands.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Actions::QueueActionKind;
using Actions::QueueActionResult;
using Actions::QueueActionRunner;
using Outcome = Actions::QueueActionResult::Outcome;
using Postfix::QueuedMessage;
using Postfix::QueueName;
using TestSupport::FakeTransport;

namespace {

const QRegularExpression listing(u"^/usr/sbin/postqueue -j$"_s);
const QRegularExpression postsuper(u"^/usr/sbin/postsuper "_s);

QueuedMessage message(const QString &id, QueueName queue, const QString &sender = u"a@shop.example"_s,
                      qint64 arrival = 1795438940)
{
    QueuedMessage m;
    m.queueId = id;
    m.queueName = queue;
    m.sender = sender;
    m.arrivalTime = arrival;
    m.messageSize = 428;
    m.recipients << Postfix::Recipient{u"user@oldcorp.example"_s, {}, u"connect to x: Connection refused"_s, {}};
    return m;
}

// A postqueue -j line as Postfix 3.7 prints it.
QByteArray jsonLine(const QueuedMessage &m)
{
    return "{\"queue_name\": \"" + Postfix::queueNameToString(m.queueName).toUtf8() + "\", \"queue_id\": \""
            + m.queueId.toUtf8() + "\", \"arrival_time\": " + QByteArray::number(m.arrivalTime)
            + ", \"message_size\": 428, \"forced_expire\": false, \"sender\": \"" + m.sender.toUtf8()
            + "\", \"recipients\": [{\"address\": \"user@oldcorp.example\", \"delay_reason\": \"connect to x: "
              "Connection refused\"}]}\n";
}

QByteArray listingOf(const QList<QueuedMessage> &messages)
{
    QByteArray out;
    for (const auto &m : messages)
        out += jsonLine(m);
    return out;
}

const QList<QueuedMessage> three = {message(u"115F9293"_s, QueueName::Deferred),
                                    message(u"3172D297"_s, QueueName::Deferred),
                                    message(u"4703B299"_s, QueueName::Deferred)};

QueueActionResult run(QueueActionRunner &runner, const QueueActionRunner::Request &request,
                      const std::function<void()> &afterStart = {})
{
    QSignalSpy finished(&runner, &QueueActionRunner::finished);
    runner.start(request);
    if (!finished.isEmpty())
        qWarning("finished() emitted inside start()");
    if (afterStart)
        afterStart();
    if (finished.isEmpty() && !finished.wait(5000)) {
        QueueActionResult r;
        r.error = u"test: runner never finished"_s;
        return r;
    }
    QTest::qWait(20); // a second finished() would arrive here
    if (finished.size() != 1)
        qWarning("finished() emitted %d times", int(finished.size()));
    return finished.first().at(0).value<QueueActionResult>();
}

QueueActionRunner::Request request(QueueActionKind kind, const QList<QueuedMessage> &messages)
{
    QueueActionRunner::Request r;
    r.kind = kind;
    r.messages = messages;
    r.serverName = u"mail.pdts.test"_s;
    r.filter = u"sender=a@shop.example"_s;
    return r;
}

QList<QByteArray> postsuperStdin(FakeTransport *fake)
{
    QList<QByteArray> out;
    for (const auto &call : fake->calls()) {
        if (call.command.shellLine.startsWith("/usr/sbin/postsuper"))
            out << call.command.stdinData;
    }
    return out;
}

} // namespace

class tst_QueueActionRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Actions::AuditLog auditLog(const QString &name) const { return Actions::AuditLog(m_dir.filePath(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Actions::QueueActionResult>();
        QVERIFY(m_dir.isValid());
    }

    void holdExact()
    {
        auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
            f->onMatch(listing, {.stdOut = listingOf(three)});
            f->onMatch(postsuper, {.stdErr = "postsuper: 115F9293: placed on hold\npostsuper: 3172D297: placed on hold\n"
                                             "postsuper: 4703B299: placed on hold\npostsuper: Placed on hold: 3 messages\n"});
        });
        auto audit = auditLog(u"hold.jsonl"_s);
        QueueActionRunner runner(s.session.get(), &audit);
        QSignalSpy progress(&runner, &QueueActionRunner::progress);
        const auto r = run(runner, request(QueueActionKind::Hold, three));
        QCOMPARE(r.outcome, Outcome::Ok);
        QCOMPARE(r.expected, 3);
        QCOMPARE(r.reported, 3);
        QCOMPARE(r.actedIds, (QStringList{u"115F9293"_s, u"3172D297"_s, u"4703B299"_s}));
        QVERIFY(r.dropped.isEmpty());
        QCOMPARE(r.summaryText(), u"Put 3 messages on hold."_s);
        QVERIFY(progress.size() >= 2);
        const auto lines = s.fake->shellLines();
        QCOMPARE(lines.last(), QByteArray("/usr/sbin/postsuper -h - active deferred"));
        QCOMPARE(postsuperStdin(s.fake), QList<QByteArray>{"115F9293\n3172D297\n4703B299\n"});
        QCOMPARE(s.fake->calls().last().command.privilege, Remote::Privilege::Root);
        QVERIFY(r.command.contains(u"/usr/sbin/postsuper -h - active deferred"_s));
        QVERIFY(r.serverOutput.contains(u"Placed on hold: 3 messages"_s));

        const auto read = audit.read();
        QCOMPARE(read.records.size(), 1);
        const auto &rec = read.records.first();
        QCOMPARE(rec.action, u"hold"_s);
        QCOMPARE(rec.result, u"ok"_s);
        QCOMPARE(rec.expected, 3);
        QCOMPARE(rec.reported, 3);
        QCOMPARE(rec.ids, r.actedIds);
        QCOMPARE(rec.server, u"mail.pdts.test"_s);
        QCOMPARE(rec.account, u"root"_s);
        QCOMPARE(rec.host, u"fake.example:22"_s);
        QCOMPARE(rec.arguments.value(u"filter"_s).toString(), u"sender=a@shop.example"_s);
        QCOMPARE(rec.arguments.value(u"queues"_s).toArray().size(), 2);
    }

    void fewerReportedIsMismatch()
    {
        auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
            f->onMatch(listing, {.stdOut = listingOf(three)});
            f->onMatch(postsuper, {.stdErr = "postsuper: Deleted: 2 messages\n"});
        });
        auto audit = auditLog(u"mismatch.jsonl"_s);
        QueueActionRunner runner(s.session.get(), &audit);
        const auto r = run(runner, request(QueueActionKind::Delete, three));
        QCOMPARE(r.outcome, Outcome::Mismatch);
        QCOMPARE(r.expected, 3);
        QCOMPARE(r.reported, 2);
        QVERIFY2(r.summaryText().contains(u"2 of 3"_s), qPrintable(r.summaryText()));
        QCOMPARE(audit.read().records.first().result, u"mismatch"_s);
    }

    void revalidationDropsAndNeverSends()
    {
        // 115F9293 vanished, 3172D297 reused (other sender), 4703B299 released meanwhile (hold → Release ok
        // but we hold: wrong queue). Only the fourth is confirmed.
        QList<QueuedMessage> previewed = three;
        previewed << message(u"5B12F29B"_s, QueueName::Deferred);
        const QList<QueuedMessage> now = {message(u"3172D297"_s, QueueName::Deferred, u"evil@else.example"_s),
                                          message(u"4703B299"_s, QueueName::Hold),
                                          message(u"5B12F29B"_s, QueueName::Active)};
        auto s = TestSupport::readyFakeSession({}, [&](FakeTransport *f) {
            f->onMatch(listing, {.stdOut = listingOf(now)});
            f->onMatch(postsuper, {.stdErr = "postsuper: Placed on hold: 1 message\n"});
        });
        auto audit = auditLog(u"dropped.jsonl"_s);
        QueueActionRunner runner(s.session.get(), &audit);
        const auto r = run(runner, request(QueueActionKind::Hold, previewed));
        QCOMPARE(r.outcome, Outcome::Ok);
        QCOMPARE(r.actedIds, QStringList{u"5B12F29B"_s});
        QCOMPARE(postsuperStdin(s.fake), QList<QByteArray>{"5B12F29B\n"});
        QCOMPARE(r.dropped.size(), 3);
        QCOMPARE(r.dropped[0].reason, Actions::DroppedMessage::Reason::Vanished);
        QCOMPARE(r.dropped[1].reason, Actions::DroppedMessage::Reason::Reused);
        QCOMPARE(r.dropped[2].reason, Actions::DroppedMessage::Reason::WrongQueue);
        QVERIFY(audit.read().records.first().detail.contains(u"evil@else.example"_s));
    }

    void allDroppedSendsNothing()
    {
        auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
            f->onMatch(listing, {.stdOut = listingOf({message(u"ABCDEF12"_s, QueueName::Deferred)})});
        });
        auto audit = auditLog(u"nothing.jsonl"_s);
        QueueActionRunner runner(s.session.get(), &audit);
        const auto r = run(runner, request(QueueActionKind::Delete, three));
        QCOMPARE(r.outcome, Outcome::Nothing);
        QCOMPARE(r.dropped.size(), 3);
        QVERIFY(r.actedIds.isEmpty());
        QVERIFY(postsuperStdin(s.fake).isEmpty());
        QCOMPARE(audit.read().records.first().result, u"nothing"_s);
    }

    void permissionDenied()
    {
        FakeTransport::ProbeSetup viewer;
        viewer.uid = 1001;
        viewer.user = u"pdviewer"_s;
        viewer.sudo = false;
        auto s = TestSupport::readyFakeSession(viewer, [](FakeTransport *f) {
            f->onMatch(listing, {.stdOut = listingOf(three)});
            f->onMatch(postsuper, {.stdErr = "postsuper: Deleted: 3 messages\n"});
        }, true);
        auto audit = auditLog(u"denied.jsonl"_s);
        QueueActionRunner runner(s.session.get(), &audit);
        const auto r = run(runner, request(QueueActionKind::Delete, three));
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.error.contains(u"postsuper"_s) && r.error.contains(u"root"_s), qPrintable(r.error));
        QVERIFY(postsuperStdin(s.fake).isEmpty()); // refused by the session, never sent
        QCOMPARE(audit.read().records.first().result, u"failed"_s);
        QCOMPARE(audit.read().records.first().account, u"pdviewer"_s);
    }

    void superuserFatal()
    {
        auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
            f->onMatch(listing, {.stdOut = listingOf(three)});
            f->onMatch(postsuper, {.stdErr = "postsuper: fatal: use of this command is reserved for the superuser\n",
                                   .exitCode = 1});
        });
        QueueActionRunner runner(s.session.get());
        const auto r = run(runner, request(QueueActionKind::Hold, three));
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.error.contains(u"root"_s), qPrintable(r.error));
    }

    void garbageStderr()
    {
        auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
            f->onMatch(listing, {.stdOut = listingOf(three)});
            f->onMatch(postsuper, {.stdErr = QByteArray("\xff\xfe garbage \xc3\x28\n\x01\x02", 17)});
        });
        QueueActionRunner runner(s.session.get());
        const auto r = run(runner, request(QueueActionKind::Requeue, three));
        QCOMPARE(r.outcome, Outcome::Mismatch); // exit 0 but no count: never taken as success
        QCOMPARE(r.reported, 0);
        QVERIFY(r.serverOutput.contains(QChar(0xFFFD)));
    }

    void transportErrorFails()
    {
        auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
            f->onMatch(listing, {.stdOut = listingOf(three)});
            f->onMatch(postsuper, {.error = u"connection to fake lost"_s});
        });
        QueueActionRunner runner(s.session.get());
        const auto r = run(runner, request(QueueActionKind::Delete, three));
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.error.contains(u"connection to fake lost"_s), qPrintable(r.error));
    }

    void listingFails()
    {
        auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
            f->onMatch(listing, {.stdErr = "postqueue: fatal: Queue report unavailable - mail system is down\n",
                                 .exitCode = 69});
        });
        QueueActionRunner runner(s.session.get());
        const auto r = run(runner, request(QueueActionKind::Delete, three));
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.error.contains(u"Nothing was changed"_s) || r.error.contains(u"nothing was changed"_s),
                 qPrintable(r.error));
        QVERIFY(postsuperStdin(s.fake).isEmpty());
    }

    void cancelWhileListing()
    {
        auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) { f->onMatch(listing, {.hang = true}); });
        auto audit = auditLog(u"cancel1.jsonl"_s);
        QueueActionRunner runner(s.session.get(), &audit);
        const auto r = run(runner, request(QueueActionKind::Delete, three), [&] {
            QTRY_VERIFY(s.fake->runningCount() == 1);
            runner.cancel();
        });
        QCOMPARE(r.outcome, Outcome::Canceled);
        QVERIFY(postsuperStdin(s.fake).isEmpty());
        QVERIFY(!runner.isRunning());
        QCOMPARE(audit.read().records.first().result, u"canceled"_s);
    }

    void cancelWhileRunning()
    {
        auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
            f->onMatch(listing, {.stdOut = listingOf(three)});
            f->onMatch(postsuper, {.hang = true});
        });
        QueueActionRunner runner(s.session.get());
        const auto r = run(runner, request(QueueActionKind::Delete, three), [&] {
            QTRY_VERIFY(postsuperStdin(s.fake).size() == 1);
            runner.cancel();
        });
        QCOMPARE(r.outcome, Outcome::Canceled);
        QCOMPARE(s.fake->canceledIds().size(), 1);
    }

    void sessionGoneFails()
    {
        auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
            f->onMatch(listing, {.stdOut = listingOf(three)});
            f->onMatch(postsuper, {.hang = true});
        });
        QueueActionRunner runner(s.session.get());
        const auto r = run(runner, request(QueueActionKind::Delete, three), [&] {
            QTRY_VERIFY(postsuperStdin(s.fake).size() == 1);
            s.session.reset();
        });
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY(!r.error.isEmpty());
    }

    void notReadyAndEmpty()
    {
        auto s = TestSupport::readyFakeSession({});
        QueueActionRunner runner(s.session.get());
        auto r = run(runner, request(QueueActionKind::Delete, {}));
        QCOMPARE(r.outcome, Outcome::Failed);
        QueueActionRunner orphan(nullptr);
        r = run(orphan, request(QueueActionKind::Delete, three));
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY(!r.error.isEmpty());
    }

    void expireHeldUsesDashF()
    {
        const QList<QueuedMessage> mixed = {message(u"115F9293"_s, QueueName::Hold),
                                            message(u"3172D297"_s, QueueName::Deferred)};
        auto s = TestSupport::readyFakeSession({}, [&](FakeTransport *f) {
            f->onMatch(listing, {.stdOut = listingOf(mixed)});
            f->onMatch(postsuper, {.stdErr = "postsuper: 115F9293: expired\npostsuper: 115F9293: released from hold\n"
                                             "postsuper: 3172D297: expired\npostsuper: Force-expired: 2 messages\n"
                                             "postsuper: Released from hold: 1 message\n"});
        });
        QueueActionRunner runner(s.session.get());
        const auto r = run(runner, request(QueueActionKind::Expire, mixed));
        QCOMPARE(r.outcome, Outcome::Ok);
        QCOMPARE(s.fake->shellLines().last(), QByteArray("/usr/sbin/postsuper -f - hold active deferred"));
    }

    void expireRefusedOnOldPostfix()
    {
        FakeTransport::ProbeSetup old;
        old.mailVersion = u"3.4.14"_s;
        auto s = TestSupport::readyFakeSession(old, [](FakeTransport *f) { f->onMatch(listing, {.stdOut = listingOf(three)}); });
        QueueActionRunner runner(s.session.get());
        const auto r = run(runner, request(QueueActionKind::Expire, three));
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY(r.error.contains(u"3.5"_s));
        QVERIFY(postsuperStdin(s.fake).isEmpty());
    }

    void deliverBatches()
    {
        QList<QueuedMessage> many;
        for (int i = 0; i < 1001; ++i)
            many << message(u"%1"_s.arg(0xA00000 + i, 0, 16).toUpper(), QueueName::Deferred);
        auto s = TestSupport::readyFakeSession({}, [&](FakeTransport *f) {
            f->onMatch(listing, {.stdOut = listingOf(many)});
            f->onMatch(QRegularExpression(u"^/bin/sh -c "_s),
                       {.stdOut = "postdesk-deliver-failed A00001\npostdesk-deliver-failed NOTOURS\n"});
        });
        auto audit = auditLog(u"deliver.jsonl"_s);
        QueueActionRunner runner(s.session.get(), &audit);
        const auto r = run(runner, request(QueueActionKind::Deliver, many));
        int shells = 0;
        for (const auto &line : s.fake->shellLines())
            shells += line.startsWith("/bin/sh -c ") ? 1 : 0;
        QCOMPARE(shells, 3);
        QCOMPARE(r.expected, 1001);
        QCOMPARE(r.reported, 1000); // A00001 refused in the first batch only; NOTOURS ignored
        QVERIFY2(r.outcome == Outcome::Mismatch, qPrintable(r.error));
        QCOMPARE(r.actedIds.size(), 1001);
        QVERIFY(r.warnings.join(u' ').contains(u"A00001"_s));
        QCOMPARE(audit.read().records.first().action, u"deliver"_s);
    }

    void flushSiteNotFastFlush()
    {
        auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
            f->on("/usr/sbin/postqueue -s oldcorp.example",
                  {.stdErr = "postqueue: fatal: Flush service is not configured for destination \"oldcorp.example\"\n",
                   .exitCode = 69});
        });
        auto audit = auditLog(u"flush.jsonl"_s);
        QueueActionRunner runner(s.session.get(), &audit);
        auto req = request(QueueActionKind::FlushSite, {});
        req.site = u"oldcorp.example"_s;
        const auto r = run(runner, req);
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.error.contains(u"fast_flush_domains"_s), qPrintable(r.error));
        const auto rec = audit.read().records.first();
        QCOMPARE(rec.action, u"flush_site"_s);
        QCOMPARE(rec.arguments.value(u"site"_s).toString(), u"oldcorp.example"_s);
    }

    void flushSiteRejectsHostile()
    {
        auto s = TestSupport::readyFakeSession({});
        QueueActionRunner runner(s.session.get());
        auto req = request(QueueActionKind::FlushSite, {});
        req.site = u"x.example; reboot"_s;
        const auto r = run(runner, req);
        QCOMPARE(r.outcome, Outcome::Failed);
        for (const auto &line : s.fake->shellLines())
            QVERIFY(!line.contains("reboot"));
    }

    void flushAll()
    {
        auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) { f->on("/usr/sbin/postqueue -f", {}); });
        QueueActionRunner runner(s.session.get());
        const auto r = run(runner, request(QueueActionKind::FlushAll, {}));
        QCOMPARE(r.outcome, Outcome::Ok);
        QCOMPARE(r.reported, -1);
    }

    void timeoutOutcome()
    {
        QueueActionResult r;
        r.kind = QueueActionKind::Delete;
        r.expected = 3;
        Remote::CommandResult c;
        c.timedOut = true;
        c.error = u"timed out after 60 s"_s;
        c.failure = Remote::CommandResult::Failure::Timeout;
        Actions::QueueActionOutcome::applyPostsuper(&r, c);
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.error.contains(u"reload the queue"_s), qPrintable(r.error));
    }

    void startWhileRunningIgnored()
    {
        auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) { f->onMatch(listing, {.hang = true}); });
        QueueActionRunner runner(s.session.get());
        QSignalSpy finished(&runner, &QueueActionRunner::finished);
        runner.start(request(QueueActionKind::Hold, three));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"while running"_s));
        runner.start(request(QueueActionKind::Delete, three));
        QVERIFY(runner.isRunning());
        runner.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<QueueActionResult>().kind, QueueActionKind::Hold);
    }
};

QTEST_GUILESS_MAIN(tst_QueueActionRunner)
#include "tst_queueactionrunner.moc"
