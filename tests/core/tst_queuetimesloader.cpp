#include "fakesession.h"
#include "faketransport.h"

#include "remote/serversession.h"
#include "services/queuetimesloader.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Services::QueueTimes;
using Services::QueueTimesLoader;
using TestSupport::FakeTransport;

namespace {

const QByteArray postconfOut = "maximal_queue_lifetime = 3d\nbounce_queue_lifetime = 12h\n";
const QByteArray findOut = "4F2A9C1B7E 1763880000.0000000000\n"
                           "A1B2C3D4E5F 1763880300.0000000000\n"
                           "4Xk2QmP1vZz3gT 1763880600.0000000000\n";

const QRegularExpression postconfLine(u"/usr/sbin/postconf '?maximal_queue_lifetime'? '?bounce_queue_lifetime'?$"_s);
const QRegularExpression findLine(u"/usr/bin/find '?/var/spool/postfix/deferred'? .*-printf"_s);

using Setup = TestSupport::FakeSession;

Setup makeSession(const FakeTransport::ProbeSetup &probe, const std::function<void(FakeTransport *)> &answers)
{
    return TestSupport::readyFakeSession(probe, answers, true);
}

QueueTimes loadOnce(QueueTimesLoader &loader)
{
    QSignalSpy finished(&loader, &QueueTimesLoader::finished);
    loader.load();
    if (!finished.isEmpty()) {
        qWarning("finished() came from inside load()");
        return QueueTimes{.error = u"test: synchronous finished()"_s};
    }
    if (!finished.wait(5000))
        return QueueTimes{.error = u"test: no finished()"_s};
    return finished.first().at(0).value<QueueTimes>();
}

FakeTransport::ProbeSetup viewer()
{
    FakeTransport::ProbeSetup p;
    p.uid = 1001;
    p.user = u"pdviewer"_s;
    p.sudo = false;
    return p;
}

bool ranFind(const FakeTransport *fake)
{
    for (const QByteArray &line : fake->shellLines()) {
        if (line.contains("/find "))
            return true;
    }
    return false;
}

} // namespace

class TestQueueTimesLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBoth();
    void bothRunInParallel();
    void viewerGetsLifetimesButNoRetry();
    void findPermissionDeniedAsMailOwner();
    void postconfFailureKeepsDefaults();
    void vanishedFilesAreNotAnError();
    void otherFindFailure();
    void newerLoadSupersedes();
    void cancelEmitsNothing();
    void noSession();
};

void TestQueueTimesLoader::readsBoth()
{
    Setup s = makeSession({}, [](FakeTransport *f) {
        f->onMatch(postconfLine, {.stdOut = postconfOut});
        f->onMatch(findLine, {.stdOut = findOut});
    });
    QueueTimesLoader loader(s.session.get());
    const QueueTimes t = loadOnce(loader);
    QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
    QVERIFY(t.lifetimes.fromServer);
    QCOMPARE(t.lifetimes.maximalSeconds, 3 * 86400);
    QCOMPARE(t.lifetimes.bounceSeconds, 12 * 3600);
    QVERIFY(t.retryKnown);
    QVERIFY(!t.permissionDenied);
    QCOMPARE(t.nextRetry.size(), 3);
    QCOMPARE(t.nextRetryOf(u"A1B2C3D4E5F"_s).value_or(-1), 1763880300);
    QVERIFY(!t.nextRetryOf(u"6CB161202AB"_s).has_value()); // not deferred: no entry
    QCOMPARE(t.commands.size(), 2);
    QVERIFY(t.issues.isEmpty());
    QVERIFY(t.readAtEpoch > 0);
    // root: no sudo wrapper; the find is one command for all IDs
    QCOMPARE(s.fake->shellLines().size(), 3); // probe + postconf + find
}

void TestQueueTimesLoader::bothRunInParallel()
{
    Setup s = makeSession({}, [](FakeTransport *f) {
        f->onMatch(postconfLine, {.stdOut = postconfOut, .delayMs = 300});
        f->onMatch(findLine, {.stdOut = findOut, .delayMs = 300});
    });
    QueueTimesLoader loader(s.session.get());
    QSignalSpy finished(&loader, &QueueTimesLoader::finished);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(s.fake->runningCount(), 2, 250);
    QVERIFY(finished.isEmpty());
    QVERIFY(finished.wait(5000));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
}

void TestQueueTimesLoader::viewerGetsLifetimesButNoRetry()
{
    Setup s = makeSession(viewer(), [](FakeTransport *f) {
        f->onMatch(postconfLine, {.stdOut = postconfOut});
        f->onMatch(findLine, {.stdOut = findOut});
    });
    QueueTimesLoader loader(s.session.get());
    const QueueTimes t = loadOnce(loader);
    QVERIFY(t.permissionDenied);
    QVERIFY(!t.retryKnown);
    QVERIFY(t.nextRetry.isEmpty());
    QVERIFY(!t.retryError.isEmpty());
    QVERIFY2(t.retryError.contains(u"root"_s), qPrintable(t.retryError));
    QCOMPARE(t.error, t.retryError);
    // Expires still works: the lifetimes came from postconf.
    QVERIFY(t.lifetimes.fromServer);
    QCOMPARE(t.lifetimes.maximalSeconds, 3 * 86400);
    QVERIFY(t.lifetimesError.isEmpty());
    QVERIFY(!ranFind(s.fake)); // the session refused before sending
}

void TestQueueTimesLoader::findPermissionDeniedAsMailOwner()
{
    Setup s = makeSession({}, [](FakeTransport *f) {
        f->onMatch(postconfLine, {.stdOut = postconfOut});
        f->onMatch(findLine, {.stdErr = "find: '/var/spool/postfix/deferred': Permission denied\n", .exitCode = 1});
    });
    QueueTimesLoader loader(s.session.get());
    const QueueTimes t = loadOnce(loader);
    QVERIFY(t.permissionDenied);
    QVERIFY(!t.retryKnown);
    QVERIFY(t.lifetimes.fromServer);
}

void TestQueueTimesLoader::postconfFailureKeepsDefaults()
{
    Setup s = makeSession({}, [](FakeTransport *f) {
        f->onMatch(postconfLine, {.stdErr = "postconf: fatal: open /etc/postfix/main.cf: No such file or directory\n",
                                  .exitCode = 1});
        f->onMatch(findLine, {.stdOut = findOut});
    });
    QueueTimesLoader loader(s.session.get());
    const QueueTimes t = loadOnce(loader);
    QVERIFY(!t.lifetimes.fromServer);
    QCOMPARE(t.lifetimes.maximalSeconds, 5 * 86400);
    QCOMPARE(t.lifetimes.bounceSeconds, 5 * 86400);
    QVERIFY2(t.lifetimesError.contains(u"main.cf"_s), qPrintable(t.lifetimesError));
    QVERIFY(t.retryKnown);
    QCOMPARE(t.nextRetry.size(), 3);
    QVERIFY(!t.error.isEmpty());

    // postconf answers, but with garbage: defaults again, and the line is an issue.
    Setup g = makeSession({}, [](FakeTransport *f) {
        f->onMatch(postconfLine, {.stdOut = "maximal_queue_lifetime = soon\nnonsense\n"});
        f->onMatch(findLine, {.stdOut = findOut});
    });
    QueueTimesLoader loader2(g.session.get());
    const QueueTimes t2 = loadOnce(loader2);
    QVERIFY(!t2.lifetimes.fromServer);
    QCOMPARE(t2.lifetimes.maximalSeconds, 5 * 86400);
    QCOMPARE(t2.issues.size(), 1);
    QVERIFY(!t2.lifetimesError.isEmpty());
}

void TestQueueTimesLoader::vanishedFilesAreNotAnError()
{
    // A message delivered while find walks the tree: exit 1, the rest of the listing is fine.
    Setup s = makeSession({}, [](FakeTransport *f) {
        f->onMatch(postconfLine, {.stdOut = postconfOut});
        f->onMatch(findLine, {.stdOut = findOut + "bad line\n",
                              .stdErr = "find: '/var/spool/postfix/deferred/4/4F2A9C1B7F': No such file or directory\n",
                              .exitCode = 1});
    });
    QueueTimesLoader loader(s.session.get());
    const QueueTimes t = loadOnce(loader);
    QVERIFY(t.retryKnown);
    QVERIFY(t.error.isEmpty());
    QCOMPARE(t.nextRetry.size(), 3);
    QCOMPARE(t.issues.size(), 1);
    QCOMPARE(t.issues.first().line, 4);

    // sudo -u postfix starts find in the login user's home, which postfix cannot enter: find
    // complains at the end and exits 1 (seen on the test server), the listing is complete.
    Setup h = makeSession({}, [](FakeTransport *f) {
        f->onMatch(postconfLine, {.stdOut = postconfOut});
        f->onMatch(findLine, {.stdOut = findOut,
                              .stdErr = "/usr/bin/find: Failed to restore initial working directory: "
                                        "/home/pdadmin: Permission denied\n",
                              .exitCode = 1});
    });
    QueueTimesLoader loader2(h.session.get());
    const QueueTimes t2 = loadOnce(loader2);
    QVERIFY2(t2.retryKnown, qPrintable(t2.error));
    QVERIFY(!t2.permissionDenied);
    QCOMPARE(t2.nextRetry.size(), 3);
}

void TestQueueTimesLoader::otherFindFailure()
{
    Setup s = makeSession({}, [](FakeTransport *f) {
        f->onMatch(postconfLine, {.stdOut = postconfOut});
        f->onMatch(findLine, {.error = u"connection to fake lost"_s});
    });
    QueueTimesLoader loader(s.session.get());
    const QueueTimes t = loadOnce(loader);
    QVERIFY(!t.retryKnown);
    QVERIFY(!t.permissionDenied);
    QVERIFY2(t.retryError.contains(u"connection to fake lost"_s), qPrintable(t.retryError));
    QVERIFY(t.lifetimes.fromServer);
}

void TestQueueTimesLoader::newerLoadSupersedes()
{
    Setup s = makeSession({}, [](FakeTransport *f) {
        f->onMatch(postconfLine, {.stdOut = postconfOut, .delayMs = 150});
        f->onMatch(findLine, {.stdOut = findOut, .delayMs = 150});
    });
    QueueTimesLoader loader(s.session.get());
    QSignalSpy finished(&loader, &QueueTimesLoader::finished);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(s.fake->runningCount(), 2, 1000);
    loader.load();
    QVERIFY(finished.wait(5000));
    QTest::qWait(400);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(s.fake->canceledIds().size(), 2);
    const QueueTimes t = finished.first().at(0).value<QueueTimes>();
    QVERIFY(t.retryKnown);
    QVERIFY(t.lifetimes.fromServer);
}

void TestQueueTimesLoader::cancelEmitsNothing()
{
    Setup s = makeSession({}, [](FakeTransport *f) {
        f->onMatch(postconfLine, {.stdOut = postconfOut, .delayMs = 100});
        f->onMatch(findLine, {.hang = true});
    });
    QueueTimesLoader loader(s.session.get());
    QSignalSpy finished(&loader, &QueueTimesLoader::finished);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(s.fake->runningCount(), 2, 1000);
    loader.cancel();
    QTest::qWait(300);
    QCOMPARE(finished.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(s.fake->runningCount(), 0, 1000);
}

void TestQueueTimesLoader::noSession()
{
    QueueTimesLoader loader(nullptr);
    const QueueTimes t = loadOnce(loader);
    QVERIFY(!t.error.isEmpty());
    QVERIFY(!t.retryKnown);
    QVERIFY(!t.lifetimes.fromServer);
    QCOMPARE(t.lifetimes.maximalSeconds, 5 * 86400);

    // a cancel() right after load() drops even the queued answer
    QSignalSpy finished(&loader, &QueueTimesLoader::finished);
    loader.load();
    loader.cancel();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestQueueTimesLoader)
#include "tst_queuetimesloader.moc"
