#include "commandwait.h"
#include "faketransport.h"

#include "remote/commandcatalog.h"
#include "remote/serverprobe.h"
#include "remote/serversession.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace Remote;
using namespace Qt::StringLiterals;
using TestSupport::FakeTransport;

namespace {

ConnectionParams params()
{
    ConnectionParams p;
    p.host = u"fake.example"_s;
    p.user = u"pdadmin"_s;
    return p;
}

RemoteCommand showHeader()
{
    return CommandCatalog().showMessage(u"C3CD21F3E90", CommandCatalog::Header).command;
}

} // namespace

class TestServerSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeParsing();
    void probeParsingWithoutPostfix();
    void probeParsingIgnoresGarbage();
    void probeTimeZone_data();
    void probeTimeZone();
    void realProbeOnThisMachine();
    void queuedUntilReady();
    void postfixMissingStillReady();
    void fixtureResponse();
    void sudoWrapping_data();
    void sudoWrapping();
    void sudoFailuresInPlainWords_data();
    void sudoFailuresInPlainWords();
    void commandLogNeverHasStdin();
    void cancelRunning();
    void cancelBeforeReady();
    void connectionLoss();
    void openFailure();
    void hostKeyAndSecretAreForwarded();
    void rejectedHostKeyErrorCarriesTheKey();
    void disconnectAndDestroyWhileRunning();

private:
    struct Ready
    {
        std::unique_ptr<ServerSession> session;
        QPointer<FakeTransport> fake;
    };
    static Ready readySession(const FakeTransport::ProbeSetup &probe,
                              const std::function<void(FakeTransport *)> &setup = {},
                              const std::function<void(ServerSession *)> &configure = {});
    static CommandResult waitFor(ServerSession *s, quint64 id);
};

void TestServerSession::initTestCase()
{
    qRegisterMetaType<Remote::CommandResult>();
    qRegisterMetaType<Remote::TransportError>();
    qRegisterMetaType<Remote::CommandLogEntry>();
    qRegisterMetaType<Remote::HostKeyInfo>();
}

TestServerSession::Ready TestServerSession::readySession(const FakeTransport::ProbeSetup &probe,
                                                         const std::function<void(FakeTransport *)> &setup,
                                                         const std::function<void(ServerSession *)> &configure)
{
    Ready r;
    auto *fake = new FakeTransport;
    fake->respondToProbe(FakeTransport::probeOutput(probe));
    if (setup)
        setup(fake);
    r.fake = fake;
    r.session = std::make_unique<ServerSession>(params(), nullptr, fake->factory());
    if (configure)
        configure(r.session.get());
    QSignalSpy ready(r.session.get(), &ServerSession::ready);
    r.session->connectToServer();
    if (!ready.wait(5000))
        qWarning("session did not become ready: %s", qPrintable(r.session->lastError()));
    return r;
}

CommandResult TestServerSession::waitFor(ServerSession *s, quint64 id)
{
    // finished() is always emitted from the event loop, so a spy made after run() still sees it.
    QSignalSpy spy(s, &ServerSession::finished);
    return TestSupport::waitForResult(spy, id);
}

void TestServerSession::probeParsing()
{
    const QByteArray out = "uid=1001\nuser=pdadmin\nbin.postqueue=/usr/sbin/postqueue\n"
                           "bin.postconf=/usr/sbin/postconf\nbin.postcat=/usr/sbin/postcat\n"
                           "bin.postsuper=/usr/sbin/postsuper\nbin.sudo=/usr/bin/sudo\nbin.postmap=\n"
                           "mail_version=3.7.11\nmyhostname=mx.example.test\nmail_owner=postfix\n"
                           "sudo_nopasswd=0\nprobe_end=1\n";
    const ServerCapabilities caps = ServerProbe::parse(out);
    QCOMPARE(caps.uid, 1001);
    QCOMPARE(caps.loginUser, u"pdadmin"_s);
    QVERIFY(caps.hasPostfix());
    QCOMPARE(caps.binaries.value(u"postcat"_s), u"/usr/sbin/postcat"_s);
    QVERIFY(!caps.binaries.contains(u"postmap"_s));
    QCOMPARE(caps.postfixVersion, QVersionNumber(3, 7, 11));
    QVERIFY(caps.supportsJsonQueue());
    QVERIFY(caps.supportsForceExpire());
    QCOMPARE(caps.hostname, u"mx.example.test"_s);
    QCOMPARE(caps.mailOwner, u"postfix"_s);
    QVERIFY(!caps.sudoNoPassword);
    QVERIFY(!caps.canRoot);
    QVERIFY(!caps.canMailOwner);

    const ServerCapabilities root = ServerProbe::parse("uid=0\nuser=root\nbin.postqueue=/usr/sbin/postqueue\n");
    QVERIFY(root.canRoot);
    QVERIFY(root.canMailOwner);
    const ServerCapabilities owner = ServerProbe::parse("uid=107\nuser=postfix\nmail_owner=postfix\n");
    QVERIFY(!owner.canRoot);
    QVERIFY(owner.canMailOwner);
    const ServerCapabilities sudoer = ServerProbe::parse("uid=1000\nuser=admin\nsudo_nopasswd=1\n");
    QVERIFY(sudoer.canRoot);
}

void TestServerSession::probeParsingWithoutPostfix()
{
    const ServerCapabilities caps = ServerProbe::parse("uid=0\nuser=root\nbin.postqueue=\nbin.sudo=/usr/bin/sudo\n"
                                                       "sudo_nopasswd=1\nprobe_end=1\n");
    QVERIFY(!caps.hasPostfix());
    QVERIFY(caps.postfixVersion.isNull());
    QVERIFY(!caps.supportsJsonQueue());
}

void TestServerSession::probeParsingIgnoresGarbage()
{
    const ServerCapabilities caps = ServerProbe::parse("garbage\n=x\nuid=abc\nbin.evil=/bin/sh\n"
                                                       "bin.postqueue=relative/postqueue\nmail_version=\r\n");
    QCOMPARE(caps.uid, -1);
    QVERIFY(caps.binaries.isEmpty());
    QVERIFY(caps.postfixVersion.isNull());
}

void TestServerSession::probeTimeZone_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("offset");           // what serverTimeZone() gives in January 2026
    QTest::addColumn<QString>("queueDirectory");

    QTest::newRow("iana name") << QByteArray("tz=Europe/Berlin\nutc_offset=+0200\n") << 3600 << QString();
    QTest::newRow("zoneinfo link") << QByteArray("tz=/usr/share/zoneinfo/America/New_York\nutc_offset=-0400\n")
                                   << -5 * 3600 << QString();
    QTest::newRow("offset only") << QByteArray("utc_offset=+0530\n") << 5 * 3600 + 1800 << QString();
    QTest::newRow("unknown name, offset") << QByteArray("tz=Mars/Olympus\nutc_offset=-0130\n") << -5400 << QString();
    QTest::newRow("garbage offset") << QByteArray("utc_offset=+9999\n") << 0 << QString();
    QTest::newRow("queue directory") << QByteArray("queue_directory=/var/spool/postfix\nnow=1700000000\n") << 0
                                     << u"/var/spool/postfix"_s;
}

void TestServerSession::probeTimeZone()
{
    QFETCH(QByteArray, output);
    QFETCH(int, offset);
    QFETCH(QString, queueDirectory);
    const ServerCapabilities caps = ServerProbe::parse(output);
    const QDateTime january(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);
    QCOMPARE(caps.serverTimeZone().offsetFromUtc(january), offset);
    QCOMPARE(caps.queueDirectory, queueDirectory);
}

void TestServerSession::realProbeOnThisMachine()
{
    ConnectionParams local; // empty host → LocalTransport, the real probe through /bin/sh
    ServerSession session(local);
    QSignalSpy ready(&session, &ServerSession::ready);
    session.connectToServer();
    QVERIFY2(ready.wait(10000), qPrintable(session.lastError()));
    QCOMPARE(session.state(), ServerSession::State::Ready);
    QCOMPARE(session.capabilities().uid, int(::getuid()));
    QVERIFY(!session.capabilities().loginUser.isEmpty());
    for (const QString &path : session.capabilities().binaries)
        QVERIFY2(path.startsWith(u'/'), qPrintable(path));
    QCOMPARE(session.capabilities().hasPostfix(), QFile::exists(u"/usr/sbin/postqueue"_s));
    QVERIFY(qAbs(session.capabilities().serverNow - QDateTime::currentSecsSinceEpoch()) < 60);
    QVERIFY(session.capabilities().serverTimeZone().isValid());
    const quint64 id = session.run(CommandCatalog(session.capabilities()).sudoCheck().command);
    const CommandResult r = waitFor(&session, id);
    QVERIFY(r.error.isEmpty() || r.exitCode != 0 || r.ok());
}

void TestServerSession::queuedUntilReady()
{
    auto *fake = new FakeTransport;
    fake->setOpenDelay(50);
    fake->respondToProbe(FakeTransport::probeOutput({}));
    FakeTransport::Response listing;
    listing.chunks = {"{\"queue_id\":\"A\"}\n", "{\"queue_id\":\"B\"}\n"};
    fake->on("/usr/sbin/postqueue -j", listing);
    ServerSession session(params(), nullptr, fake->factory());
    QSignalSpy states(&session, &ServerSession::stateChanged);
    QSignalSpy output(&session, &ServerSession::output);
    QSignalSpy finished(&session, &ServerSession::finished);
    const quint64 early = session.run(CommandCatalog().listQueueJson().command);
    session.connectToServer();
    const quint64 during = session.run(CommandCatalog().mailVersion().command);
    QVERIFY(early != during);
    QCOMPARE(fake->calls().size(), 0);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(fake->shellLines().first(), ServerProbe::script());
    QCOMPARE(fake->shellLines().at(1), QByteArray("/usr/sbin/postqueue -j"));
    QCOMPARE(finished.at(0).at(0).toULongLong(), early);
    const auto r = finished.at(0).at(1).value<CommandResult>();
    QCOMPARE(r.stdOut, QByteArray("{\"queue_id\":\"A\"}\n{\"queue_id\":\"B\"}\n"));
    QCOMPARE(output.size(), 2);
    QCOMPARE(states.at(0).at(0).value<ServerSession::State>(), ServerSession::State::Connecting);
    QCOMPARE(states.at(1).at(0).value<ServerSession::State>(), ServerSession::State::Probing);
    QCOMPARE(states.at(2).at(0).value<ServerSession::State>(), ServerSession::State::Ready);
    // the unanswered postconf line got the fake's "no response" exit 127
    QCOMPARE(finished.at(1).at(1).value<CommandResult>().exitCode, 127);
}

void TestServerSession::postfixMissingStillReady()
{
    FakeTransport::ProbeSetup probe;
    probe.postfix = false;
    auto r = readySession(probe);
    QCOMPARE(r.session->state(), ServerSession::State::Ready);
    QVERIFY(!r.session->capabilities().hasPostfix());
}

void TestServerSession::fixtureResponse()
{
    const auto fixture = FakeTransport::Response::fromFile(u"postqueue-json/postdesk__edge-cases.jsonl"_s);
    QVERIFY(!fixture.stdOut.isEmpty());
    auto r = readySession({}, [&](FakeTransport *f) { f->on("/usr/sbin/postqueue -j", fixture); });
    const CommandResult result = waitFor(r.session.get(), r.session->run(CommandCatalog().listQueueJson().command));
    QVERIFY(result.ok());
    QCOMPARE(result.stdOut, fixture.stdOut);
}

void TestServerSession::sudoWrapping_data()
{
    QTest::addColumn<int>("uid");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("sudoNoPassword");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("privilege");
    QTest::addColumn<QByteArray>("expectedPrefix"); // empty = no call expected
    QTest::addColumn<QByteArray>("expectedStdin");
    QTest::addColumn<QString>("expectedError");

    const int mo = int(Privilege::MailOwner);
    const int root = int(Privilege::Root);
    const int user = int(Privilege::User);
    const int autoMode = int(SudoMode::Auto);
    const QString noRights = u"cannot read message contents: it is not root and has no sudo rights"_s;
    QTest::newRow("root login") << 0 << u"root"_s << false << autoMode << QString() << mo << QByteArray("/usr/sbin/") << QByteArray() << QString();
    QTest::newRow("user privilege") << 1001 << u"pdviewer"_s << false << autoMode << QString() << user << QByteArray("/usr/sbin/") << QByteArray() << QString();
    QTest::newRow("mail owner login") << 107 << u"postfix"_s << false << autoMode << QString() << mo << QByteArray("/usr/sbin/") << QByteArray() << QString();
    QTest::newRow("mail owner needs root") << 107 << u"postfix"_s << true << autoMode << QString() << root << QByteArray("/usr/bin/sudo -n -- /usr/sbin/") << QByteArray() << QString();
    QTest::newRow("auto nopasswd") << 1000 << u"pdadmin"_s << true << autoMode << QString() << mo << QByteArray("/usr/bin/sudo -n -u postfix -- /usr/sbin/") << QByteArray() << QString();
    QTest::newRow("auto nopasswd root") << 1000 << u"pdadmin"_s << true << autoMode << QString() << root << QByteArray("/usr/bin/sudo -n -- /usr/sbin/") << QByteArray() << QString();
    QTest::newRow("auto password") << 1000 << u"pdadmin"_s << false << autoMode << u"pw'$(x)"_s << mo << QByteArray("/usr/bin/sudo -S -p '' -u postfix -- /usr/sbin/") << QByteArray("pw'$(x)\n") << QString();
    QTest::newRow("explicit password") << 1000 << u"pdadmin"_s << true << int(SudoMode::Password) << u"pw"_s << root << QByteArray("/usr/bin/sudo -S -p '' -- /usr/sbin/") << QByteArray("pw\n") << QString();
    QTest::newRow("explicit nopassword") << 1000 << u"pdadmin"_s << false << int(SudoMode::NoPassword) << u"pw"_s << mo << QByteArray("/usr/bin/sudo -n -u postfix -- /usr/sbin/") << QByteArray() << QString();
    QTest::newRow("password mode without password") << 1000 << u"pdadmin"_s << false << int(SudoMode::Password) << QString() << mo << QByteArray() << QByteArray() << u"needs a password"_s;
    QTest::newRow("none") << 1000 << u"pdadmin"_s << true << int(SudoMode::None) << u"pw"_s << mo << QByteArray() << QByteArray() << noRights;
    QTest::newRow("viewer") << 1002 << u"pdviewer"_s << false << autoMode << QString() << mo << QByteArray() << QByteArray() << noRights;
    QTest::newRow("viewer root") << 1002 << u"pdviewer"_s << false << autoMode << QString() << root << QByteArray() << QByteArray() << u"cannot change the queue"_s;
}

void TestServerSession::sudoWrapping()
{
    QFETCH(int, uid);
    QFETCH(QString, user);
    QFETCH(bool, sudoNoPassword);
    QFETCH(int, mode);
    QFETCH(QString, password);
    QFETCH(int, privilege);
    QFETCH(QByteArray, expectedPrefix);
    QFETCH(QByteArray, expectedStdin);
    QFETCH(QString, expectedError);

    FakeTransport::ProbeSetup probe;
    probe.uid = uid;
    probe.user = user;
    probe.sudoNoPassword = sudoNoPassword;
    FakeTransport::Response ok;
    ok.stdOut = "fine";
    auto r = readySession(probe, [&](FakeTransport *f) { f->setFallback(ok); },
                          [&](ServerSession *s) {
                              s->setSudoMode(SudoMode(mode));
                              if (!password.isEmpty())
                                  s->setSudoPassword(password);
                          });
    QVERIFY(r.session->state() == ServerSession::State::Ready);
    RemoteCommand c = showHeader();
    c.privilege = Privilege(privilege);
    const int callsBefore = int(r.fake->calls().size());
    QSignalSpy logged(r.session.get(), &ServerSession::commandLogged);
    const quint64 id = r.session->run(c);
    const CommandResult result = waitFor(r.session.get(), id);
    if (expectedPrefix.isEmpty()) {
        QVERIFY2(result.error.contains(expectedError), qPrintable(result.error));
        QCOMPARE(int(r.fake->calls().size()), callsBefore); // nothing was sent
        // The command log says so, instead of showing a "failed" command that never ran.
        QVERIFY(!logged.isEmpty());
        const auto entry = logged.last().first().value<CommandLogEntry>();
        QVERIFY(!entry.sent);
        QCOMPARE(entry.status, u"not sent"_s);
        QVERIFY(entry.detail.contains(expectedError));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    const RemoteCommand sent = r.fake->calls().last().command;
    QVERIFY2(sent.shellLine.startsWith(expectedPrefix), sent.shellLine.constData());
    QVERIFY(sent.shellLine.endsWith("postcat -qh C3CD21F3E90"));
    QCOMPARE(sent.stdinData, expectedStdin);
    if (!password.isEmpty())
        QVERIFY(!sent.shellLine.contains(password.toUtf8()));
}

void TestServerSession::sudoFailuresInPlainWords_data()
{
    QTest::addColumn<QByteArray>("stdErr");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not in sudoers") << QByteArray("pdviewer is not in the sudoers file.  This incident will be reported.\n") << u"not in the sudoers file"_s;
    QTest::newRow("password required") << QByteArray("sudo: a password is required\n") << u"sudo asks for a password"_s;
    QTest::newRow("wrong password") << QByteArray("Sorry, try again.\nsudo: 1 incorrect password attempt\n") << u"did not accept the password"_s;
    QTest::newRow("not allowed") << QByteArray("Sorry, user pdadmin is not allowed to execute '/usr/sbin/postcat -qh X' as postfix on mx.\n") << u"do not allow"_s;
    QTest::newRow("may not run sudo") << QByteArray("Sorry, user pdviewer may not run sudo on mx.\n") << u"may not use sudo"_s;
}

void TestServerSession::sudoFailuresInPlainWords()
{
    QFETCH(QByteArray, stdErr);
    QFETCH(QString, expected);
    FakeTransport::ProbeSetup probe;
    probe.uid = 1000;
    probe.user = u"pdadmin"_s;
    FakeTransport::Response failure;
    failure.stdErr = stdErr;
    failure.exitCode = 1;
    auto r = readySession(probe, [&](FakeTransport *f) { f->onMatch(QRegularExpression(u"^/usr/bin/sudo "_s), failure); },
                          [](ServerSession *s) { s->setSudoPassword(u"pw"_s); });
    const CommandResult result = waitFor(r.session.get(), r.session->run(showHeader()));
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QCOMPARE(result.stdErr, stdErr);
    QCOMPARE(result.failure, CommandResult::Failure::PermissionDenied);
}

void TestServerSession::commandLogNeverHasStdin()
{
    FakeTransport::ProbeSetup probe;
    probe.uid = 1000;
    probe.user = u"pdadmin"_s;
    FakeTransport::Response ok;
    auto r = readySession(probe, [&](FakeTransport *f) { f->setFallback(ok); },
                          [](ServerSession *s) { s->setSudoPassword(u"TopSecret1"_s); });
    QSignalSpy log(r.session.get(), &ServerSession::commandLogged);
    const quint64 id = r.session->run(showHeader());
    waitFor(r.session.get(), id);
    QCOMPARE(log.size(), 2);
    const auto started = log.at(0).at(0).value<CommandLogEntry>();
    const auto done = log.at(1).at(0).value<CommandLogEntry>();
    QCOMPARE(started.id, id);
    QCOMPARE(started.status, u"running"_s);
    QCOMPARE(started.elapsedMs, -1);
    QCOMPARE(done.status, u"ok"_s);
    QVERIFY(done.shellLine.startsWith(u"/usr/bin/sudo -S -p '' -u postfix -- "_s));
    for (const auto &args : log)
        QVERIFY(!args.at(0).value<CommandLogEntry>().shellLine.contains(u"TopSecret1"_s));
    QVERIFY(r.fake->calls().last().command.stdinData.startsWith("TopSecret1\n"));
}

void TestServerSession::cancelRunning()
{
    FakeTransport::Response hang;
    hang.hang = true;
    auto r = readySession({}, [&](FakeTransport *f) { f->on("/usr/sbin/postqueue -j", hang); });
    const quint64 id = r.session->run(CommandCatalog().listQueueJson().command);
    QTRY_COMPARE(r.fake->runningCount(), 1);
    r.session->cancel(id);
    const CommandResult result = waitFor(r.session.get(), id);
    QVERIFY(result.canceled);
    QCOMPARE(r.fake->canceledIds(), QList<quint64>{id});
}

void TestServerSession::cancelBeforeReady()
{
    auto *fake = new FakeTransport;
    fake->setOpenDelay(200);
    fake->respondToProbe(FakeTransport::probeOutput({}));
    ServerSession session(params(), nullptr, fake->factory());
    session.connectToServer();
    const quint64 id = session.run(CommandCatalog().listQueueJson().command);
    session.cancel(id);
    const CommandResult result = waitFor(&session, id);
    QVERIFY(result.canceled);
    QSignalSpy ready(&session, &ServerSession::ready);
    QVERIFY(ready.wait(5000));
    QTest::qWait(50);
    QCOMPARE(fake->shellLines(), QList<QByteArray>{ServerProbe::script()}); // never sent
}

void TestServerSession::connectionLoss()
{
    FakeTransport::Response hang;
    hang.hang = true;
    auto r = readySession({}, [&](FakeTransport *f) { f->on("/usr/sbin/postqueue -j", hang); });
    QSignalSpy failed(r.session.get(), &ServerSession::failed);
    QSignalSpy finished(r.session.get(), &ServerSession::finished);
    const quint64 id = r.session->run(CommandCatalog().listQueueJson().command);
    QTRY_COMPARE(r.fake->runningCount(), 1);
    r.fake->simulateConnectionLost(u"connection to fake.example lost"_s);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toULongLong(), id);
    QCOMPARE(finished.first().at(1).value<CommandResult>().error, u"connection to fake.example lost"_s);
    QCOMPARE(failed.first().at(0).value<TransportError>().kind, TransportError::Kind::ConnectionLost);
    QCOMPARE(r.session->state(), ServerSession::State::Failed);
    QTRY_VERIFY(r.fake.isNull()); // the session tore the dead transport down
    const CommandResult after = waitFor(r.session.get(), r.session->run(CommandCatalog().mailVersion().command));
    QVERIFY(!after.error.isEmpty());
}

void TestServerSession::openFailure()
{
    auto *fake = new FakeTransport;
    fake->failOnOpen({TransportError::Kind::Unreachable, u"Cannot reach fake: refused"_s});
    ServerSession session(params(), nullptr, fake->factory());
    QSignalSpy failed(&session, &ServerSession::failed);
    const quint64 id = session.run(CommandCatalog().listQueueJson().command);
    session.connectToServer();
    QVERIFY(failed.wait(5000));
    QCOMPARE(session.state(), ServerSession::State::Failed);
    QCOMPARE(session.lastError(), u"Cannot reach fake: refused"_s);
    QCOMPARE(waitFor(&session, id).error, u"Cannot reach fake: refused"_s);
}

void TestServerSession::hostKeyAndSecretAreForwarded()
{
    auto *fake = new FakeTransport;
    HostKeyInfo key;
    key.host = u"fake.example"_s;
    key.sha256Fingerprint = u"SHA256:abc"_s;
    fake->requireHostKeyApproval(key);
    fake->requireSecret(Transport::SecretKind::Password, u"right"_s);
    fake->respondToProbe(FakeTransport::probeOutput({}));
    ServerSession session(params(), nullptr, fake->factory());
    QSignalSpy hostKey(&session, &ServerSession::hostKeyNeedsApproval);
    QSignalSpy secret(&session, &ServerSession::secretNeeded);
    QSignalSpy ready(&session, &ServerSession::ready);
    session.connectToServer();
    QVERIFY(hostKey.wait(5000));
    QCOMPARE(hostKey.first().at(0).value<HostKeyInfo>().sha256Fingerprint, u"SHA256:abc"_s);
    session.approveHostKey(true);
    QVERIFY(secret.wait(5000));
    session.provideSecret(Transport::SecretKind::Password, u"wrong"_s);
    QTRY_COMPARE(secret.size(), 2);
    session.provideSecret(Transport::SecretKind::Password, u"right"_s);
    QVERIFY(ready.wait(5000));
}

void TestServerSession::rejectedHostKeyErrorCarriesTheKey()
{
    auto *fake = new FakeTransport;
    HostKeyInfo key;
    key.host = u"fake.example"_s;
    key.keyType = u"ssh-ed25519"_s;
    key.sha256Fingerprint = u"SHA256:abc"_s;
    fake->requireHostKeyApproval(key);
    ServerSession session(params(), nullptr, fake->factory());
    QSignalSpy hostKey(&session, &ServerSession::hostKeyNeedsApproval);
    QSignalSpy failed(&session, &ServerSession::failed);
    session.connectToServer();
    QVERIFY(hostKey.wait(5000));
    session.approveHostKey(false);
    QVERIFY(failed.wait(5000));
    const auto error = failed.first().at(0).value<TransportError>();
    QCOMPARE(error.kind, TransportError::Kind::HostKeyRejected);
    QCOMPARE(error.hostKey.sha256Fingerprint, u"SHA256:abc"_s);
    QCOMPARE(error.hostKey.keyType, u"ssh-ed25519"_s);
}

void TestServerSession::disconnectAndDestroyWhileRunning()
{
    FakeTransport::Response hang;
    hang.hang = true;
    auto r = readySession({}, [&](FakeTransport *f) { f->setFallback(hang); });
    QSignalSpy finished(r.session.get(), &ServerSession::finished);
    const quint64 a = r.session->run(CommandCatalog().listQueueJson().command);
    const quint64 b = r.session->run(CommandCatalog().mailVersion().command);
    QTRY_COMPARE(r.fake->runningCount(), 2);
    r.session->disconnectFromServer();
    QCOMPARE(r.session->state(), ServerSession::State::Disconnected);
    QCOMPARE(finished.size(), 2);
    QSet<quint64> ids;
    for (const auto &args : finished) {
        ids.insert(args.at(0).toULongLong());
        QVERIFY(args.at(1).value<CommandResult>().canceled);
    }
    QCOMPARE(ids, (QSet<quint64>{a, b}));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 2);

    auto again = readySession({}, [&](FakeTransport *f) { f->setFallback(hang); });
    again.session->run(CommandCatalog().listQueueJson().command);
    QTRY_COMPARE(again.fake->runningCount(), 1);
    again.session.reset(); // destroyed while a command runs: no crash, no leak
    QTRY_VERIFY(again.fake.isNull());
}

QTEST_GUILESS_MAIN(TestServerSession)
#include "tst_serversession.moc"
