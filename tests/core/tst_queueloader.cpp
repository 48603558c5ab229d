#include "faketransport.h"

#include "remote/serversession.h"
#include "services/queueloader.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Services::QueueLoader;
using Services::QueueSnapshot;
using TestSupport::FakeTransport;

namespace {

const QRegularExpression jsonLine(u"^/usr/sbin/postqueue -j$"_s);
const QRegularExpression textLine(u"^/usr/sbin/postqueue -p$"_s);

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(POSTDESK_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// Cuts data at awkward places (mid-line, mid-UTF-8 is fine: the parser buffers the tail).
QList<QByteArray> chunked(const QByteArray &data, qsizetype size)
{
    QList<QByteArray> chunks;
    for (qsizetype i = 0; i < data.size(); i += size)
        chunks.append(data.mid(i, size));
    return chunks;
}

Remote::ConnectionParams params()
{
    Remote::ConnectionParams p;
    p.host = u"fake.example"_s;
    p.user = u"root"_s;
    return p;
}

struct Setup
{
    std::unique_ptr<Remote::ServerSession> session;
    QPointer<FakeTransport> fake;
};

Setup makeSession(const FakeTransport::ProbeSetup &probe, const std::function<void(FakeTransport *)> &answers,
                  bool connect = true)
{
    Setup s;
    auto *fake = new FakeTransport;
    fake->respondToProbe(FakeTransport::probeOutput(probe));
    answers(fake);
    s.fake = fake;
    s.session = std::make_unique<Remote::ServerSession>(params(), nullptr, fake->factory());
    if (connect) {
        QSignalSpy ready(s.session.get(), &Remote::ServerSession::ready);
        s.session->connectToServer();
        if (!ready.wait(5000))
            qWarning("session not ready: %s", qPrintable(s.session->lastError()));
    }
    return s;
}

QueueSnapshot runLoader(QueueLoader &loader, int *batches = nullptr, qint64 *batchMessages = nullptr)
{
    QSignalSpy finished(&loader, &QueueLoader::finished);
    QSignalSpy batch(&loader, &QueueLoader::batchReady);
    loader.start();
    if (finished.isEmpty() && !finished.wait(5000))
        return QueueSnapshot{.error = u"test: loader never finished"_s};
    if (batches)
        *batches = int(batch.size());
    if (batchMessages) {
        *batchMessages = 0;
        for (const QList<QVariant> &args : std::as_const(batch))
            *batchMessages += args.at(0).value<QList<Postfix::QueuedMessage>>().size();
    }
    return finished.first().at(0).value<QueueSnapshot>();
}

} // namespace

class tst_QueueLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Services::QueueSnapshot>();
        qRegisterMetaType<QList<Postfix::QueuedMessage>>();
    }

    void jsonStreamedInBatches()
    {
        const QByteArray data = fixture(u"postqueue-json/rseichter-postqf__qdata.jsonl"_s);
        auto s = makeSession({}, [&](FakeTransport *f) {
            f->onMatch(jsonLine, {.chunks = chunked(data, 977)});
        });
        QueueLoader loader(s.session.get());
        int batches = 0;
        qint64 batchMessages = 0;
        const QueueSnapshot snap = runLoader(loader, &batches, &batchMessages);
        QVERIFY2(snap.ok(), qPrintable(snap.error));
        QVERIFY(snap.usedJson);
        QCOMPARE(snap.messages.size(), 5);
        QCOMPARE(batchMessages, 5);
        QVERIFY2(batches >= 2, "a multi-chunk listing must arrive in several batches");
        QCOMPARE(snap.bytes, data.size());
        QVERIFY(snap.issues.isEmpty());
        QVERIFY(snap.takenAt.isValid());
        QCOMPARE(snap.takenAt.timeSpec(), Qt::UTC);
        QCOMPARE(snap.messages.first().queueId, u"4Jgt2V6BKNz1xy5"_s);
        QCOMPARE(snap.messages.first().queueName, Postfix::QueueName::Active);
        QVERIFY(s.fake->calls().last().command.streamOutput);
        // Parsed from the stream: the result must not carry a second copy of the listing.
        QVERIFY(!s.fake->calls().last().command.keepStdout);
    }

    void keepMessagesOff()
    {
        const QByteArray data = fixture(u"postqueue-json/rseichter-postqf__qdata.jsonl"_s);
        auto s = makeSession({}, [&](FakeTransport *f) { f->onMatch(jsonLine, {.chunks = chunked(data, 500)}); });
        QueueLoader loader(s.session.get());
        loader.setKeepMessages(false);
        qint64 batchMessages = 0;
        const QueueSnapshot snap = runLoader(loader, nullptr, &batchMessages);
        QVERIFY(snap.ok());
        QVERIFY(snap.messages.isEmpty());
        QCOMPARE(batchMessages, 5);
    }

    void malformedLineIsAnIssue()
    {
        QByteArray data = fixture(u"postqueue-json/rseichter-postqf__qdata.jsonl"_s);
        data.insert(data.indexOf('\n') + 1, "{\"queue_name\": \"deferred\", \"queue_id\n");
        auto s = makeSession({}, [&](FakeTransport *f) { f->onMatch(jsonLine, {.chunks = chunked(data, 300)}); });
        QueueLoader loader(s.session.get());
        const QueueSnapshot snap = runLoader(loader);
        QVERIFY(snap.ok());
        QCOMPARE(snap.messages.size(), 5);
        QCOMPARE(snap.issues.size(), 1);
        QCOMPARE(snap.issues.first().line, 2);
    }

    void emptyQueue()
    {
        auto s = makeSession({}, [](FakeTransport *f) { f->onMatch(jsonLine, {}); });
        QueueLoader loader(s.session.get());
        const QueueSnapshot snap = runLoader(loader);
        QVERIFY(snap.ok());
        QVERIFY(snap.messages.isEmpty());
        QCOMPARE(snap.bytes, 0);
    }

    void oldPostfixUsesText()
    {
        auto s = makeSession({.mailVersion = u"2.10.1"_s}, [](FakeTransport *f) {
            f->onMatch(textLine, FakeTransport::Response::fromFile(u"mailq/outini-pymailq__mailq.sample"_s));
        });
        QueueLoader loader(s.session.get());
        qint64 batchMessages = 0;
        const QueueSnapshot snap = runLoader(loader, nullptr, &batchMessages);
        QVERIFY2(snap.ok(), qPrintable(snap.error));
        QVERIFY(!snap.usedJson);
        QCOMPARE(snap.messages.size(), 30);
        QCOMPARE(batchMessages, 30);
        for (const QByteArray &line : s.fake->shellLines())
            QVERIFY(!line.contains("postqueue -j"));
    }

    void usageErrorFallsBackOnce()
    {
        auto s = makeSession({}, [](FakeTransport *f) {
            f->onMatch(jsonLine, {.stdErr = "postqueue: invalid option -- 'j'\npostqueue: fatal: usage: "
                                            "postqueue -f | postqueue -i queueid | postqueue -p | postqueue -s site\n",
                                  .exitCode = 64});
            f->onMatch(textLine, FakeTransport::Response::fromFile(u"mailq/outini-pymailq__mailq.sample"_s));
        });
        QueueLoader loader(s.session.get());
        const QueueSnapshot snap = runLoader(loader);
        QVERIFY2(snap.ok(), qPrintable(snap.error));
        QVERIFY(!snap.usedJson);
        QCOMPARE(snap.messages.size(), 30);
        const QList<QByteArray> lines = s.fake->shellLines();
        QCOMPARE(lines.count("/usr/sbin/postqueue -j"), 1);
        QCOMPARE(lines.count("/usr/sbin/postqueue -p"), 1);
    }

    void usageErrorTwiceIsAnError()
    {
        const FakeTransport::Response usage{.stdErr = "postqueue: fatal: usage: postqueue -p\n", .exitCode = 64};
        auto s = makeSession({}, [&](FakeTransport *f) {
            f->onMatch(jsonLine, usage);
            f->onMatch(textLine, usage);
        });
        QueueLoader loader(s.session.get());
        const QueueSnapshot snap = runLoader(loader);
        QVERIFY(!snap.ok());
        QVERIFY(snap.error.contains(u"usage"_s));
        QCOMPARE(s.fake->shellLines().count("/usr/sbin/postqueue -p"), 1);
    }

    void plainErrors_data()
    {
        QTest::addColumn<QByteArray>("stdErr");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("down");
        QTest::newRow("down") << QByteArray("postqueue: fatal: Queue report unavailable - mail system is down\n")
                              << u"mail system is down"_s << true;
        QTest::newRow("not allowed")
            << QByteArray("postqueue: fatal: User pdviewer(2002) is not allowed to view the mail queue\n")
            << u"not allowed to view the mail queue"_s << false;
        QTest::newRow("other") << QByteArray("postqueue: fatal: open /etc/postfix/main.cf: No such file\n")
                               << u"postqueue failed: postqueue: fatal: open /etc/postfix/main.cf"_s << false;
    }

    void plainErrors()
    {
        QFETCH(QByteArray, stdErr);
        QFETCH(QString, expected);
        QFETCH(bool, down);
        auto s = makeSession({}, [&](FakeTransport *f) { f->onMatch(jsonLine, {.stdErr = stdErr, .exitCode = 1}); });
        QueueLoader loader(s.session.get());
        const QueueSnapshot snap = runLoader(loader);
        QVERIFY(!snap.ok());
        QVERIFY2(snap.error.contains(expected), qPrintable(snap.error));
        QCOMPARE(snap.mailSystemDown, down);
        QCOMPARE(s.fake->shellLines().count("/usr/sbin/postqueue -p"), 0);
    }

    void postfixMissing()
    {
        auto s = makeSession({.postfix = false}, [](FakeTransport *) {});
        QueueLoader loader(s.session.get());
        const QueueSnapshot snap = runLoader(loader);
        QVERIFY(snap.error.startsWith(u"Postfix is not installed on this server"_s));
        for (const QByteArray &line : s.fake->shellLines())
            QVERIFY(!line.startsWith("/usr/sbin/postqueue")); // only the probe ran
    }

    void cancelWhileStreaming()
    {
        auto s = makeSession({}, [](FakeTransport *f) { f->onMatch(jsonLine, {.hang = true}); });
        QueueLoader loader(s.session.get());
        QSignalSpy finished(&loader, &QueueLoader::finished);
        loader.start();
        QVERIFY(loader.isRunning());
        QTRY_COMPARE(s.fake->runningCount(), 1);
        loader.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).value<QueueSnapshot>().canceled);
        QVERIFY(!loader.isRunning());
        QTRY_COMPARE(s.fake->canceledIds().size(), 1);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1); // the canceled command's finished() is not reported again
    }

    void startBeforeReady()
    {
        const QByteArray data = fixture(u"postqueue-json/rseichter-postqf__qdata.jsonl"_s);
        auto s = makeSession({}, [&](FakeTransport *f) { f->onMatch(jsonLine, {.stdOut = data}); }, false);
        QueueLoader loader(s.session.get());
        QSignalSpy finished(&loader, &QueueLoader::finished);
        loader.start();
        s.session->connectToServer();
        QVERIFY(finished.wait(5000));
        const QueueSnapshot snap = finished.first().at(0).value<QueueSnapshot>();
        QVERIFY2(snap.ok(), qPrintable(snap.error));
        QCOMPARE(snap.messages.size(), 5);
    }

    void connectionLost()
    {
        auto s = makeSession({}, [](FakeTransport *f) { f->onMatch(jsonLine, {.hang = true}); });
        QueueLoader loader(s.session.get());
        QSignalSpy finished(&loader, &QueueLoader::finished);
        loader.start();
        QTRY_COMPARE(s.fake->runningCount(), 1);
        s.fake->simulateConnectionLost();
        QTRY_COMPARE(finished.size(), 1);
        const QueueSnapshot snap = finished.first().at(0).value<QueueSnapshot>();
        QVERIFY(!snap.ok());
        QVERIFY(!snap.canceled);
        QVERIFY(!snap.error.isEmpty());
    }

    void restartSupersedes()
    {
        const QByteArray data = fixture(u"postqueue-json/rseichter-postqf__qdata.jsonl"_s);
        auto s = makeSession({}, [&](FakeTransport *f) { f->onMatch(jsonLine, {.stdOut = data, .delayMs = 30}); });
        QueueLoader loader(s.session.get());
        QSignalSpy finished(&loader, &QueueLoader::finished);
        loader.start();
        loader.start();
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(finished.at(0).at(0).value<QueueSnapshot>().canceled);
        QCOMPARE(finished.at(1).at(0).value<QueueSnapshot>().messages.size(), 5);
    }
};

QTEST_GUILESS_MAIN(tst_QueueLoader)
#include "tst_queueloader.moc"
