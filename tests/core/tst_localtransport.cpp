#include "remote/localtransport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Remote;
using namespace Qt::StringLiterals;

class TestLocalTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exitCodes();
    void stderrAndStdout();
    void stdinIsWrittenThenClosed();
    void queuedBeforeOpen();
    void timeout();
    void cancel();
    void outputCap();
    void bigOutputStreamed();
    void nonUtf8Output();
    void streamedWithoutKeptCopy();
    void closeCancelsEverything();

private:
    CommandResult runAndWait(const QByteArray &line, int timeoutMs = 10000, const QByteArray &stdinData = {});
    static RemoteCommand command(const QByteArray &line);

    LocalTransport *m_t = nullptr;
    quint64 m_nextId = 1;
};

RemoteCommand TestLocalTransport::command(const QByteArray &line)
{
    RemoteCommand c;
    c.label = u"test"_s;
    c.shellLine = line;
    return c;
}

void TestLocalTransport::init()
{
    qRegisterMetaType<Remote::CommandResult>();
    m_t = new LocalTransport;
    QSignalSpy opened(m_t, &Transport::opened);
    m_t->open();
    QCOMPARE(opened.count(), 1);
}

void TestLocalTransport::cleanup()
{
    delete m_t;
    m_t = nullptr;
}

CommandResult TestLocalTransport::runAndWait(const QByteArray &line, int timeoutMs, const QByteArray &stdinData)
{
    QSignalSpy spy(m_t, &Transport::finished);
    RemoteCommand c = command(line);
    c.stdinData = stdinData;
    c.timeoutMs = timeoutMs;
    const quint64 id = m_nextId++;
    m_t->run(id, c);
    if (!spy.wait(timeoutMs + 5000))
        return {};
    if (spy.first().at(0).toULongLong() != id)
        return {};
    return spy.first().at(1).value<CommandResult>();
}

void TestLocalTransport::exitCodes()
{
    const CommandResult ok = runAndWait("true");
    QVERIFY(ok.ok());
    QCOMPARE(ok.exitCode, 0);
    const CommandResult three = runAndWait("exit 3");
    QCOMPARE(three.exitCode, 3);
    QVERIFY(three.error.isEmpty());
    QVERIFY(!three.ok());
    const CommandResult missing = runAndWait("/nonexistent/binary");
    QCOMPARE(missing.exitCode, 127);
}

void TestLocalTransport::stderrAndStdout()
{
    const CommandResult r = runAndWait("echo out; echo err >&2; echo out2");
    QCOMPARE(r.stdOut, QByteArray("out\nout2\n"));
    QCOMPARE(r.stdErr, QByteArray("err\n"));
    QVERIFY(r.elapsedMs >= 0);
}

void TestLocalTransport::stdinIsWrittenThenClosed()
{
    const CommandResult r = runAndWait("cat; echo done", 10000, "line1\nline2\n");
    QCOMPARE(r.stdOut, QByteArray("line1\nline2\ndone\n"));
    const CommandResult empty = runAndWait("cat; echo eof");
    QCOMPARE(empty.stdOut, QByteArray("eof\n"));
}

void TestLocalTransport::queuedBeforeOpen()
{
    LocalTransport t;
    QSignalSpy finished(&t, &Transport::finished);
    t.run(7, command("echo queued"));
    QCOMPARE(finished.count(), 0);
    t.open();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).toULongLong(), 7u);
    QCOMPARE(finished.first().at(1).value<CommandResult>().stdOut, QByteArray("queued\n"));
}

void TestLocalTransport::timeout()
{
    QElapsedTimer clock;
    clock.start();
    const CommandResult r = runAndWait("sleep 30; echo never", 300);
    QVERIFY(r.timedOut);
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(u"timed out"_s));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestLocalTransport::cancel()
{
    QSignalSpy spy(m_t, &Transport::finished);
    m_t->run(42, command("sleep 30"));
    QTimer::singleShot(100, m_t, [this] { m_t->cancel(42); });
    QElapsedTimer clock;
    clock.start();
    QVERIFY(spy.wait(5000));
    QVERIFY(clock.elapsed() < 3000);
    const auto r = spy.first().at(1).value<CommandResult>();
    QVERIFY(r.canceled);
    QVERIFY(!r.ok());
    QTest::qWait(100);
    QCOMPARE(spy.count(), 1); // exactly one finished per id
}

void TestLocalTransport::outputCap()
{
    QSignalSpy spy(m_t, &Transport::finished);
    RemoteCommand c = command("head -c 3000000 /dev/zero");
    c.maxOutputBytes = 1024 * 1024;
    m_t->run(1, c);
    QVERIFY(spy.wait(10000));
    const auto r = spy.first().at(1).value<CommandResult>();
    QCOMPARE(r.error, u"output exceeded 1 MB"_s);
    QVERIFY(!r.ok());
}

void TestLocalTransport::bigOutputStreamed()
{
    const qint64 size = 50LL * 1024 * 1024;
    QSignalSpy done(m_t, &Transport::finished);
    qint64 streamed = 0;
    int chunks = 0;
    connect(m_t, &Transport::output, this, [&](quint64, const QByteArray &chunk) {
        streamed += chunk.size();
        ++chunks;
    });
    RemoteCommand c = command("head -c 52428800 /dev/zero | tr '\\000' x");
    c.streamOutput = true;
    m_t->run(1, c);
    QVERIFY(done.wait(60000));
    const auto r = done.first().at(1).value<CommandResult>();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(streamed, size);
    QCOMPARE(qint64(r.stdOut.size()), size);
    QVERIFY(chunks > 1);
    QCOMPARE(r.stdOut.count('x'), size);
}

void TestLocalTransport::streamedWithoutKeptCopy()
{
    QSignalSpy done(m_t, &Transport::finished);
    QByteArray streamed;
    connect(m_t, &Transport::output, this, [&](quint64, const QByteArray &chunk) { streamed += chunk; });
    RemoteCommand c = command("seq 1 100000; echo err >&2");
    c.streamOutput = true;
    c.keepStdout = false;
    m_t->run(1, c);
    QVERIFY(done.wait(10000));
    const auto r = done.first().at(1).value<CommandResult>();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(streamed.count('\n'), 100000);
    QVERIFY(r.stdOut.isEmpty());
    QCOMPARE(r.stdErr, QByteArray("err\n"));
}

void TestLocalTransport::nonUtf8Output()
{
    const CommandResult r = runAndWait("printf '\\377\\376\\000\\200'");
    QCOMPARE(r.stdOut, QByteArray("\xff\xfe\x00\x80", 4));
}

void TestLocalTransport::closeCancelsEverything()
{
    QSignalSpy finished(m_t, &Transport::finished);
    QSignalSpy closed(m_t, &Transport::closed);
    m_t->run(1, command("sleep 30"));
    m_t->run(2, command("sleep 30"));
    m_t->close();
    QCOMPARE(finished.count(), 2);
    QCOMPARE(closed.count(), 1);
    for (const auto &args : finished)
        QVERIFY(args.at(1).value<CommandResult>().canceled);
    m_t->close(); // idempotent
    QCOMPARE(closed.count(), 1);
    m_t->run(3, command("true"));
    QCOMPARE(finished.count(), 3);
    QVERIFY(!finished.last().at(1).value<CommandResult>().error.isEmpty());
}

QTEST_GUILESS_MAIN(TestLocalTransport)
#include "tst_localtransport.moc"
