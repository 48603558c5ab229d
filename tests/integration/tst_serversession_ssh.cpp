// ServerSession over SSH against the real test server: the worker thread, the probe, sudo
// wrapping with the password on stdin, plain permission errors and a dropped link.

#include "commandwait.h"
#include "testserverenv.h"

#include "remote/commandcatalog.h"
#include "remote/serversession.h"
#include "remote/workerthreads.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Remote;
using namespace Qt::StringLiterals;
using TestSupport::TestServerEnv;

class TestServerSessionSsh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rootProbe();
    void queueListingMatchesServer();
    void adminReadsMessageWithSudoPassword();
    void adminWithWrongSudoPassword();
    void viewerGetsPlainPermissionError();
    void viewerWithPasswordIsNotASudoer();
    void droppedConnectionMidCommand();
    void timeoutAndCancel();
    void disconnectAndDestroyWhileRunning();

private:
    std::unique_ptr<ServerSession> connectAs(const QString &user, AuthMethod auth, const QString &key = {},
                                             const QString &secret = {});
    static CommandResult waitFor(ServerSession *s, quint64 id, int ms = 60000);
    QString previewQueueId(ServerSession *s);

    TestServerEnv m_env;
};

void TestServerSessionSsh::initTestCase()
{
    qRegisterMetaType<Remote::CommandResult>();
    qRegisterMetaType<Remote::TransportError>();
    qRegisterMetaType<Remote::CommandLogEntry>();
    if (!m_env.isValid())
        QFAIL(qPrintable(u"test server env missing or invalid (POSTDESK_TESTSERVER_ENV): "_s + m_env.error()));
}

std::unique_ptr<ServerSession> TestServerSessionSsh::connectAs(const QString &user, AuthMethod auth,
                                                               const QString &key, const QString &secret)
{
    ConnectionParams p = m_env.connectionParams(user, auth, key);
    p.keepaliveSeconds = 5;
    auto s = std::make_unique<ServerSession>(p);
    ServerSession *raw = s.get();
    connect(raw, &ServerSession::secretNeeded, raw, [raw, secret](Transport::SecretKind kind, const QString &) {
        raw->provideSecret(kind, secret, secret.isEmpty());
    });
    QSignalSpy ready(raw, &ServerSession::ready);
    QSignalSpy failed(raw, &ServerSession::failed);
    raw->connectToServer();
    QElapsedTimer clock;
    clock.start();
    while (ready.isEmpty() && failed.isEmpty() && clock.elapsed() < 30000)
        ready.wait(100);
    if (ready.isEmpty())
        qWarning("not ready: %s", qPrintable(raw->lastError()));
    return s;
}

CommandResult TestServerSessionSsh::waitFor(ServerSession *s, quint64 id, int ms)
{
    QSignalSpy spy(s, &ServerSession::finished);
    return TestSupport::waitForResult(spy, id, ms);
}

// The queue ID of the one seeded message from PD_TS_PREVIEW_SENDER, listed through the session.
QString TestServerSessionSsh::previewQueueId(ServerSession *s)
{
    const CommandResult r = waitFor(s, s->run(CommandCatalog(s->capabilities()).listQueueJson().command));
    if (!r.ok())
        return {};
    for (const QByteArray &line : r.stdOut.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(u"sender"_s).toString() == m_env.previewSender())
            return o.value(u"queue_id"_s).toString();
    }
    return {};
}

void TestServerSessionSsh::rootProbe()
{
    auto s = connectAs(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    QCOMPARE(s->state(), ServerSession::State::Ready);
    const ServerCapabilities &caps = s->capabilities();
    QCOMPARE(caps.uid, 0);
    QVERIFY(caps.hasPostfix());
    QCOMPARE(caps.binaries.value(u"postqueue"_s), u"/usr/sbin/postqueue"_s);
    QCOMPARE(caps.binaries.value(u"postcat"_s), u"/usr/sbin/postcat"_s);
    QVERIFY(caps.binaries.value(u"sudo"_s).startsWith(u'/'));
    QCOMPARE(caps.postfixVersion.toString(), m_env.value(u"PD_TS_POSTFIX_VERSION"_s));
    QCOMPARE(caps.hostname, m_env.value(u"PD_TS_HOSTNAME"_s));
    QCOMPARE(caps.mailOwner, u"postfix"_s);
    QVERIFY(caps.canRoot);
}

void TestServerSessionSsh::queueListingMatchesServer()
{
    auto s = connectAs(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    QSignalSpy output(s.get(), &ServerSession::output);
    const CommandResult r = waitFor(s.get(), s->run(CommandCatalog(s->capabilities()).listQueueJson().command));
    QVERIFY2(r.ok(), qPrintable(r.error));
    int code = -1;
    const QByteArray direct = m_env.exec({u"/usr/sbin/postqueue"_s, u"-j"_s}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(r.stdOut.count('\n'), direct.count('\n'));
    QVERIFY(!output.isEmpty());
    QByteArray streamed;
    for (const auto &args : output)
        streamed += args.at(1).toByteArray();
    QCOMPARE(streamed, r.stdOut);
}

void TestServerSessionSsh::adminReadsMessageWithSudoPassword()
{
    auto s = connectAs(m_env.adminUser(), AuthMethod::Password, {}, m_env.adminPassword());
    QCOMPARE(s->state(), ServerSession::State::Ready);
    QVERIFY(s->capabilities().uid != 0);
    QVERIFY(!s->capabilities().sudoNoPassword);
    s->setSudoPassword(m_env.adminPassword());
    const QString id = previewQueueId(s.get());
    QVERIFY2(!id.isEmpty(), "preview message not found in the queue listing");
    QSignalSpy log(s.get(), &ServerSession::commandLogged);
    const auto built = CommandCatalog(s->capabilities()).showMessage(id, CommandCatalog::Header);
    QVERIFY2(built.ok(), qPrintable(built.error));
    const CommandResult r = waitFor(s.get(), s->run(built.command));
    QVERIFY2(r.ok(), qPrintable(r.error + QString::fromUtf8(r.stdErr)));
    QVERIFY2(r.stdOut.contains(QByteArray("Subject: " + m_env.previewSubject().toUtf8())), r.stdOut.left(2000).constData());
    QCOMPARE(log.size(), 2);
    for (const auto &args : log) {
        const auto entry = args.at(0).value<CommandLogEntry>();
        QVERIFY(entry.shellLine.startsWith(u"/usr/bin/sudo -S -p '' -u postfix -- /usr/sbin/postcat -qh "_s));
        QVERIFY(!entry.shellLine.contains(m_env.adminPassword()));
    }
}

void TestServerSessionSsh::adminWithWrongSudoPassword()
{
    auto s = connectAs(m_env.adminUser(), AuthMethod::KeyFile, m_env.adminKeyEcdsa());
    QCOMPARE(s->state(), ServerSession::State::Ready);
    s->setSudoPassword(u"not the password"_s);
    const auto built = CommandCatalog(s->capabilities()).showMessage(u"C3CD21F3E90", CommandCatalog::Header);
    const CommandResult r = waitFor(s.get(), s->run(built.command));
    QVERIFY2(r.error.contains(u"did not accept the password"_s), qPrintable(r.error + QString::fromUtf8(r.stdErr)));
}

void TestServerSessionSsh::viewerGetsPlainPermissionError()
{
    auto s = connectAs(m_env.viewerUser(), AuthMethod::KeyFile, m_env.viewerKey());
    QCOMPARE(s->state(), ServerSession::State::Ready);
    QVERIFY(s->capabilities().hasPostfix()); // found in /usr/sbin although PATH lacks it
    QVERIFY(!s->capabilities().canMailOwner);
    const QString id = previewQueueId(s.get()); // listing is allowed for anyone
    QVERIFY(!id.isEmpty());
    QSignalSpy log(s.get(), &ServerSession::commandLogged);
    const auto built = CommandCatalog(s->capabilities()).showMessage(id, CommandCatalog::Header);
    const CommandResult r = waitFor(s.get(), s->run(built.command));
    QCOMPARE(r.error, u"This account can list the queue but cannot read message contents: it is not root and has no sudo rights."_s);
    QCOMPARE(log.size(), 1); // only the finish entry: nothing was sent
}

void TestServerSessionSsh::viewerWithPasswordIsNotASudoer()
{
    auto s = connectAs(m_env.viewerUser(), AuthMethod::Password, {}, m_env.viewerPassword());
    QCOMPARE(s->state(), ServerSession::State::Ready);
    s->setSudoPassword(m_env.viewerPassword());
    const auto built = CommandCatalog(s->capabilities()).showMessage(u"C3CD21F3E90", CommandCatalog::Header);
    const CommandResult r = waitFor(s.get(), s->run(built.command));
    QVERIFY2(r.error.contains(u"not in the sudoers file"_s), qPrintable(r.error + QString::fromUtf8(r.stdErr)));
}

void TestServerSessionSsh::droppedConnectionMidCommand()
{
    auto s = connectAs(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    QCOMPARE(s->state(), ServerSession::State::Ready);
    QSignalSpy failed(s.get(), &ServerSession::failed);
    RemoteCommand sleep;
    sleep.label = u"sleep"_s;
    sleep.shellLine = "sleep 30";
    const quint64 id = s->run(sleep);
    QTest::qWait(1000);
    QString error;
    QVERIFY2(m_env.dropSessions(&error), qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    const CommandResult r = waitFor(s.get(), id, 15000);
    QVERIFY2(r.error.contains(u"lost"_s), qPrintable(r.error));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QVERIFY(clock.elapsed() < 10000);
    QCOMPARE(failed.first().at(0).value<TransportError>().kind, TransportError::Kind::ConnectionLost);
    QCOMPARE(s->state(), ServerSession::State::Failed);
    // reconnecting works
    QSignalSpy ready(s.get(), &ServerSession::ready);
    s->connectToServer();
    QVERIFY(ready.wait(20000));
}

void TestServerSessionSsh::timeoutAndCancel()
{
    auto s = connectAs(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    RemoteCommand sleep;
    sleep.label = u"sleep"_s;
    sleep.shellLine = "sleep 30";
    sleep.timeoutMs = 1000;
    QElapsedTimer clock;
    clock.start();
    const CommandResult timedOut = waitFor(s.get(), s->run(sleep));
    QVERIFY(timedOut.timedOut);
    QVERIFY(clock.elapsed() < 5000);
    sleep.timeoutMs = 60000;
    const quint64 id = s->run(sleep);
    QTimer::singleShot(500, s.get(), [&] { s->cancel(id); });
    clock.restart();
    const CommandResult canceled = waitFor(s.get(), id);
    QVERIFY(canceled.canceled);
    QVERIFY(clock.elapsed() < 5000);
}

void TestServerSessionSsh::disconnectAndDestroyWhileRunning()
{
    auto s = connectAs(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    RemoteCommand sleep;
    sleep.label = u"sleep"_s;
    sleep.shellLine = "sleep 30";
    QSignalSpy finished(s.get(), &ServerSession::finished);
    s->run(sleep);
    s->run(sleep);
    QTest::qWait(500);
    QElapsedTimer clock;
    clock.start();
    s->disconnectFromServer();
    // The GUI thread never waits for the worker: disconnecting returns at once.
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(s->state(), ServerSession::State::Disconnected);

    auto other = connectAs(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    other->run(sleep);
    QTest::qWait(500);
    clock.restart();
    other.reset();
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
    // …and both worker threads still stop (and are deleted) on their own.
    QTRY_COMPARE_WITH_TIMEOUT(WorkerThreads::stoppingCount(), 0, 15000);
}

QTEST_GUILESS_MAIN(TestServerSessionSsh)
#include "tst_serversession_ssh.moc"
