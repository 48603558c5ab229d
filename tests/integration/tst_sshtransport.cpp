// SshTransport against the real test server (scripts/testserver): logins, host keys, commands,
// limits and a dropped link. The transport runs on the test thread here; ServerSession's worker
// thread is exercised in tst_serversession_ssh.

#include "commandwait.h"
#include "testserverenv.h"

#include "remote/sshtransport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

using namespace Remote;
using namespace Qt::StringLiterals;
using TestSupport::TestServerEnv;

namespace {

RemoteCommand command(const QByteArray &line, int timeoutMs = 60000)
{
    RemoteCommand c;
    c.label = u"test"_s;
    c.shellLine = line;
    c.timeoutMs = timeoutMs;
    return c;
}

// CPU time (user + system, all threads) this process has used so far.
qint64 cpuTimeMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

} // namespace

class TestSshTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rootKeyLogin();
    void adminEcdsaKey();
    void adminRsaKeyWithPassphrase();
    void wrongPassphraseThreeTimes();
    void passwordLogin();
    void wrongPassword();
    void agentLogin();
    void unknownHostKeyApprovedThenSilent();
    void unknownHostKeyRejected();
    void acceptNewHostKeyOption();
    void knownOtherKeyTypeIsPreferred();
    void changedHostKeyRefused();
    void unreachablePort();
    void silentServerTimesOut();
    void compressionOption();
    void queueListingMatchesServer();
    void exitCodeStderrAndStdin();
    void streamedOutput();
    void timeoutOfRemoteSleep();
    void cancelOfRemoteSleep();
    void tenConcurrentCommands();
    void nonUtf8AndTwentyMegabytes();
    void outputCap();
    void droppedConnection();
    void hungPeerDetectedByKeepalive();
    void healthyIdleLinkStaysOpen();
    void stalledThreadIsNoFalseAlarm();
    void exitStatusAfterEofCostsNoCpu();
    void idleSessionSleeps();

private:
    ConnectionParams params(const QString &user, AuthMethod auth, const QString &key = {}) const;
    // Opens t, answering secret prompts from `secrets` in order; true when opened().
    bool openTransport(SshTransport &t, QStringList secrets = {}, QString *error = nullptr,
                       TransportError::Kind *kind = nullptr);
    CommandResult runAndWait(SshTransport &t, const RemoteCommand &c, int waitMs = 70000);

    TestServerEnv m_env;
    QTemporaryDir m_tmp;
    quint64 m_id = 1;
};

void TestSshTransport::initTestCase()
{
    qRegisterMetaType<Remote::CommandResult>();
    qRegisterMetaType<Remote::TransportError>();
    qRegisterMetaType<Remote::HostKeyInfo>();
    if (!m_env.isValid())
        QFAIL(qPrintable(u"test server env missing or invalid (POSTDESK_TESTSERVER_ENV): "_s + m_env.error()));
    QVERIFY(m_tmp.isValid());
}

ConnectionParams TestSshTransport::params(const QString &user, AuthMethod auth, const QString &key) const
{
    ConnectionParams p = m_env.connectionParams(user, auth, key);
    p.connectTimeoutMs = 15000;
    p.keepaliveSeconds = 5;
    return p;
}

bool TestSshTransport::openTransport(SshTransport &t, QStringList secrets, QString *error,
                                     TransportError::Kind *kind)
{
    QSignalSpy opened(&t, &Transport::opened);
    QSignalSpy failed(&t, &Transport::failed);
    connect(&t, &Transport::secretNeeded, this, [&t, secrets](Transport::SecretKind k, const QString &) mutable {
        if (secrets.isEmpty())
            t.provideSecret(k, {}, true);
        else
            t.provideSecret(k, secrets.takeFirst(), false);
    });
    t.open();
    QElapsedTimer clock;
    clock.start();
    while (opened.isEmpty() && failed.isEmpty() && clock.elapsed() < 30000)
        opened.wait(100);
    if (!failed.isEmpty()) {
        const auto e = failed.first().at(0).value<TransportError>();
        if (error)
            *error = e.message;
        if (kind)
            *kind = e.kind;
    }
    return !opened.isEmpty();
}

CommandResult TestSshTransport::runAndWait(SshTransport &t, const RemoteCommand &c, int waitMs)
{
    QSignalSpy spy(&t, &Transport::finished);
    const quint64 id = m_id++;
    t.run(id, c);
    return TestSupport::waitForResult(spy, id, waitMs);
}

void TestSshTransport::rootKeyLogin()
{
    SshTransport t(params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey()));
    QString error;
    QVERIFY2(openTransport(t, {}, &error), qPrintable(error));
    const CommandResult r = runAndWait(t, command("id -u; hostname"));
    QVERIFY2(r.ok(), qPrintable(r.error + QString::fromUtf8(r.stdErr)));
    QVERIFY2(r.stdOut.startsWith("0\n"), r.stdOut.constData());
}

void TestSshTransport::adminEcdsaKey()
{
    SshTransport t(params(m_env.adminUser(), AuthMethod::KeyFile, m_env.adminKeyEcdsa()));
    QString error;
    QVERIFY2(openTransport(t, {}, &error), qPrintable(error));
    QCOMPARE(runAndWait(t, command("id -un")).stdOut, m_env.adminUser().toUtf8() + '\n');
}

void TestSshTransport::adminRsaKeyWithPassphrase()
{
    SshTransport t(params(m_env.adminUser(), AuthMethod::KeyFile, m_env.adminKeyRsa()));
    QSignalSpy secrets(&t, &Transport::secretNeeded);
    QString error;
    QVERIFY2(openTransport(t, {u"not it"_s, m_env.adminKeyRsaPassphrase()}, &error), qPrintable(error));
    QCOMPARE(secrets.size(), 2);
    QCOMPARE(secrets.first().at(0).value<Transport::SecretKind>(), Transport::SecretKind::KeyPassphrase);
    QCOMPARE(runAndWait(t, command("id -un")).stdOut, m_env.adminUser().toUtf8() + '\n');
}

void TestSshTransport::wrongPassphraseThreeTimes()
{
    SshTransport t(params(m_env.adminUser(), AuthMethod::KeyFile, m_env.adminKeyRsa()));
    QSignalSpy secrets(&t, &Transport::secretNeeded);
    QString error;
    TransportError::Kind kind{};
    QVERIFY(!openTransport(t, {u"a"_s, u"b"_s, u"c"_s, u"d"_s}, &error, &kind));
    QCOMPARE(kind, TransportError::Kind::AuthFailed);
    QCOMPARE(secrets.size(), 3);
    QVERIFY2(error.contains(u"passphrase"_s), qPrintable(error));
}

void TestSshTransport::passwordLogin()
{
    SshTransport t(params(m_env.adminUser(), AuthMethod::Password));
    QSignalSpy secrets(&t, &Transport::secretNeeded);
    QString error;
    QVERIFY2(openTransport(t, {m_env.adminPassword()}, &error), qPrintable(error));
    QCOMPARE(secrets.size(), 1);
    QCOMPARE(secrets.first().at(0).value<Transport::SecretKind>(), Transport::SecretKind::Password);
    QCOMPARE(runAndWait(t, command("id -un")).stdOut, m_env.adminUser().toUtf8() + '\n');
}

void TestSshTransport::wrongPassword()
{
    SshTransport t(params(m_env.viewerUser(), AuthMethod::Password));
    QString error;
    TransportError::Kind kind{};
    QVERIFY(!openTransport(t, {u"definitely wrong"_s}, &error, &kind));
    QCOMPARE(kind, TransportError::Kind::AuthFailed);
    QVERIFY2(error.contains(u"Wrong password"_s), qPrintable(error));
}

void TestSshTransport::agentLogin()
{
    const QString socket = m_tmp.filePath(u"agent.sock"_s);
    QProcess agent;
    agent.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, socket});
    QVERIFY(agent.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 5000);
    const QByteArray oldSock = qgetenv("SSH_AUTH_SOCK");
    qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
    auto cleanup = qScopeGuard([&] {
        agent.kill(); // our own agent, by its PID
        agent.waitForFinished(5000);
        if (oldSock.isEmpty())
            qunsetenv("SSH_AUTH_SOCK");
        else
            qputenv("SSH_AUTH_SOCK", oldSock);
    });
    QProcess add;
    add.start(u"ssh-add"_s, {m_env.rootKey()});
    QVERIFY(add.waitForFinished(10000));
    QCOMPARE(add.exitCode(), 0);

    SshTransport t(params(u"root"_s, AuthMethod::Agent));
    QString error;
    QVERIFY2(openTransport(t, {}, &error), qPrintable(error));
    QCOMPARE(runAndWait(t, command("id -u")).stdOut, QByteArray("0\n"));
}

void TestSshTransport::unknownHostKeyApprovedThenSilent()
{
    const QString knownHosts = m_tmp.filePath(u"fresh/.ssh/known_hosts"_s);
    ConnectionParams p = params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    p.knownHostsFile = knownHosts;
    {
        SshTransport t(p);
        QSignalSpy question(&t, &Transport::hostKeyNeedsApproval);
        connect(&t, &Transport::hostKeyNeedsApproval, &t, [&t] { t.approveHostKey(true); });
        QString error;
        QVERIFY2(openTransport(t, {}, &error), qPrintable(error));
        QCOMPARE(question.size(), 1);
        const auto info = question.first().at(0).value<HostKeyInfo>();
        QCOMPARE(info.status, HostKeyStatus::Unknown);
        QCOMPARE(info.sha256Fingerprint, m_env.hostKeySha256());
        QCOMPARE(info.keyType, u"ssh-ed25519"_s);
        QCOMPARE(info.port, m_env.port());
    }
    QFile f(knownHosts);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY2(content.contains(QStringLiteral("[%1]:%2 ").arg(m_env.host()).arg(m_env.port()).toUtf8()),
             content.constData());
    // Owner bits 0x7000, group 0x0070, other 0x0007 (Qt's QFileDevice::Permission values).
    QCOMPARE(int(QFileInfo(knownHosts).permissions()) & 0x7077, 0x6000);
    QCOMPARE(int(QFileInfo(QFileInfo(knownHosts).path()).permissions()) & 0x7077, 0x7000);

    SshTransport again(p);
    QSignalSpy question(&again, &Transport::hostKeyNeedsApproval);
    QString error;
    QVERIFY2(openTransport(again, {}, &error), qPrintable(error));
    QCOMPARE(question.size(), 0);
}

void TestSshTransport::unknownHostKeyRejected()
{
    ConnectionParams p = params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    p.knownHostsFile = m_tmp.filePath(u"rejected_known_hosts"_s);
    SshTransport t(p);
    connect(&t, &Transport::hostKeyNeedsApproval, &t, [&t] { t.approveHostKey(false); });
    QSignalSpy finished(&t, &Transport::finished);
    t.run(99, command("touch /tmp/should-not-run"));
    QString error;
    TransportError::Kind kind{};
    QSignalSpy failed(&t, &Transport::failed);
    QVERIFY(!openTransport(t, {}, &error, &kind));
    QCOMPARE(kind, TransportError::Kind::HostKeyRejected);
    QCOMPARE(failed.size(), 1);
    const auto rejected = failed.first().at(0).value<TransportError>();
    QCOMPARE(rejected.hostKey.sha256Fingerprint, m_env.hostKeySha256());
    QCOMPARE(rejected.hostKey.status, HostKeyStatus::Unknown);
    QVERIFY(rejected.knownFingerprints.isEmpty());
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(1).value<CommandResult>().error.isEmpty());
    QVERIFY(!QFileInfo::exists(p.knownHostsFile));
}

void TestSshTransport::acceptNewHostKeyOption()
{
    ConnectionParams p = params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    p.knownHostsFile = m_tmp.filePath(u"auto/known_hosts"_s);
    p.acceptNewHostKey = true;
    SshTransport t(p);
    QSignalSpy question(&t, &Transport::hostKeyNeedsApproval);
    QString error;
    QVERIFY2(openTransport(t, {}, &error), qPrintable(error));
    QCOMPARE(question.size(), 0);
    QVERIFY(QFileInfo(p.knownHostsFile).size() > 0);
}

void TestSshTransport::knownOtherKeyTypeIsPreferred()
{
    // known_hosts holds only the ECDSA key: libssh must ask for ECDSA, not report "other type".
    QFile all(m_env.knownHostsFile());
    QVERIFY(all.open(QIODevice::ReadOnly));
    QByteArray ecdsaOnly;
    for (const QByteArray &line : all.readAll().split('\n')) {
        if (line.contains("ecdsa-sha2-nistp256"))
            ecdsaOnly += line + '\n';
    }
    QVERIFY2(!ecdsaOnly.isEmpty(), "test server known_hosts has no ECDSA key");
    const QString file = m_tmp.filePath(u"ecdsa_only_known_hosts"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(ecdsaOnly);
    out.close();
    ConnectionParams p = params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    p.knownHostsFile = file;
    SshTransport t(p);
    QSignalSpy question(&t, &Transport::hostKeyNeedsApproval);
    QString error;
    QVERIFY2(openTransport(t, {}, &error), qPrintable(error));
    QCOMPARE(question.size(), 0);
}

void TestSshTransport::changedHostKeyRefused()
{
    ConnectionParams p = params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    p.knownHostsFile = m_env.changedKnownHostsFile();
    SshTransport t(p);
    QSignalSpy question(&t, &Transport::hostKeyNeedsApproval);
    QSignalSpy finished(&t, &Transport::finished);
    QSignalSpy closed(&t, &Transport::closed);
    QSignalSpy failed(&t, &Transport::failed);
    t.run(1, command("touch /root/should-not-exist"));
    QString error;
    TransportError::Kind kind{};
    QVERIFY(!openTransport(t, {}, &error, &kind));
    QCOMPARE(kind, TransportError::Kind::HostKeyChanged);
    // The details come as data, not only inside the sentence.
    QCOMPARE(failed.size(), 1);
    const auto changed = failed.first().at(0).value<TransportError>();
    QVERIFY(changed.hostKey.status == HostKeyStatus::Changed || changed.hostKey.status == HostKeyStatus::OtherType);
    QVERIFY(changed.hostKey.sha256Fingerprint.startsWith(u"SHA256:"_s));
    QCOMPARE(changed.hostKey.port, m_env.port());
    QVERIFY(!changed.knownFingerprints.isEmpty());
    for (const QString &known : changed.knownFingerprints) {
        QVERIFY2(!known.endsWith(changed.hostKey.sha256Fingerprint), qPrintable(known));
        QVERIFY2(error.contains(known), qPrintable(known)); // the message names them too
    }
    if (changed.hostKey.keyType == u"ssh-ed25519"_s)
        QCOMPARE(changed.hostKey.sha256Fingerprint, m_env.hostKeySha256());
    QCOMPARE(question.size(), 0);
    QVERIFY2(error.contains(m_env.hostKeySha256()) || error.contains(u"SHA256:"_s), qPrintable(error));
    QVERIFY2(error.contains(u"CHANGED"_s), qPrintable(error));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(closed.size(), 1);
    int code = -1;
    m_env.exec({u"/usr/bin/test"_s, u"-e"_s, u"/root/should-not-exist"_s}, &code);
    QCOMPARE(code, 1);
}

void TestSshTransport::unreachablePort()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    ConnectionParams p = params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    p.port = port;
    SshTransport t(p);
    QElapsedTimer clock;
    clock.start();
    QString error;
    TransportError::Kind kind{};
    QVERIFY(!openTransport(t, {}, &error, &kind));
    QCOMPARE(kind, TransportError::Kind::Unreachable);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    qInfo() << "unreachable:" << error;
}

void TestSshTransport::silentServerTimesOut()
{
    // Accepts TCP but never sends an SSH banner.
    QTcpServer mute;
    QVERIFY(mute.listen(QHostAddress::LocalHost));
    ConnectionParams p = params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    p.port = mute.serverPort();
    p.connectTimeoutMs = 1500;
    SshTransport t(p);
    QElapsedTimer clock;
    clock.start();
    QString error;
    TransportError::Kind kind{};
    QVERIFY(!openTransport(t, {}, &error, &kind));
    QCOMPARE(kind, TransportError::Kind::Timeout);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    qInfo() << "silent server:" << error << clock.elapsed() << "ms";
}

void TestSshTransport::compressionOption()
{
    ConnectionParams p = params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    p.compression = true;
    SshTransport t(p);
    QString error;
    QVERIFY2(openTransport(t, {}, &error), qPrintable(error));
    const CommandResult r = runAndWait(t, command("head -c 1000000 /dev/zero"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.stdOut, QByteArray(1000000, '\0'));
}

void TestSshTransport::queueListingMatchesServer()
{
    SshTransport t(params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey()));
    QVERIFY(openTransport(t));
    const CommandResult r = runAndWait(t, command("/usr/sbin/postqueue -j"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    int code = -1;
    const QByteArray direct = m_env.exec({u"/usr/sbin/postqueue"_s, u"-j"_s}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(r.stdOut.count('\n'), direct.count('\n'));
    QVERIFY(r.stdOut.count('\n') >= m_env.seeded());
}

void TestSshTransport::exitCodeStderrAndStdin()
{
    SshTransport t(params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey()));
    QVERIFY(openTransport(t));
    const CommandResult r = runAndWait(t, command("echo out; echo err >&2; exit 7"));
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.exitCode, 7);
    QCOMPARE(r.stdOut, QByteArray("out\n"));
    QCOMPARE(r.stdErr, QByteArray("err\n"));

    RemoteCommand c = command("cat | sha256sum");
    QByteArray input;
    for (int i = 0; i < 200000; ++i)
        input += QByteArray::number(i) + '\n';
    c.stdinData = input;
    const CommandResult cat = runAndWait(t, c);
    QVERIFY2(cat.ok(), qPrintable(cat.error));
    QProcess local;
    local.start(u"sha256sum"_s);
    local.write(input);
    local.closeWriteChannel();
    QVERIFY(local.waitForFinished());
    QCOMPARE(cat.stdOut, local.readAllStandardOutput());
}

void TestSshTransport::streamedOutput()
{
    SshTransport t(params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey()));
    QVERIFY(openTransport(t));
    QByteArray streamed;
    int chunks = 0;
    connect(&t, &Transport::output, this, [&](quint64, const QByteArray &chunk) {
        streamed += chunk;
        ++chunks;
    });
    RemoteCommand c = command("seq 1 300000");
    c.streamOutput = true;
    const CommandResult r = runAndWait(t, c);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(streamed, r.stdOut);
    QCOMPARE(r.stdOut.count('\n'), 300000);
    QVERIFY(chunks > 1);

    // keepStdout = false: the chunks are the only copy.
    streamed.clear();
    c.keepStdout = false;
    const CommandResult once = runAndWait(t, c);
    QVERIFY2(once.ok(), qPrintable(once.error));
    QVERIFY(once.stdOut.isEmpty());
    QCOMPARE(streamed.count('\n'), 300000);
}

void TestSshTransport::timeoutOfRemoteSleep()
{
    SshTransport t(params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey()));
    QVERIFY(openTransport(t));
    QElapsedTimer clock;
    clock.start();
    const CommandResult r = runAndWait(t, command("sleep 30", 1000));
    QVERIFY(r.timedOut);
    QVERIFY(clock.elapsed() < 4000);
    // the session is still usable afterwards
    QCOMPARE(runAndWait(t, command("echo alive")).stdOut, QByteArray("alive\n"));
}

void TestSshTransport::cancelOfRemoteSleep()
{
    SshTransport t(params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey()));
    QVERIFY(openTransport(t));
    QSignalSpy finished(&t, &Transport::finished);
    t.run(500, command("sleep 30"));
    QTimer::singleShot(500, &t, [&t] { t.cancel(500); });
    QElapsedTimer clock;
    clock.start();
    QVERIFY(finished.wait(5000));
    QVERIFY(clock.elapsed() < 3000);
    QVERIFY(finished.first().at(1).value<CommandResult>().canceled);
    QCOMPARE(runAndWait(t, command("echo alive")).stdOut, QByteArray("alive\n"));
}

void TestSshTransport::tenConcurrentCommands()
{
    SshTransport t(params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey()));
    QVERIFY(openTransport(t));
    QSignalSpy finished(&t, &Transport::finished);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 12; ++i) // 10 at once (OpenSSH MaxSessions), 2 wait for a free channel
        t.run(1000 + i, command("sleep 1; echo " + QByteArray::number(i)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 12, 20000);
    for (const auto &args : finished) {
        const quint64 id = args.at(0).toULongLong();
        const auto r = args.at(1).value<CommandResult>();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.stdOut, QByteArray::number(id - 1000) + '\n');
    }
    qInfo() << "12 x sleep 1 took" << clock.elapsed() << "ms";
    QVERIFY(clock.elapsed() < 8000);
}

void TestSshTransport::nonUtf8AndTwentyMegabytes()
{
    SshTransport t(params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey()));
    QVERIFY(openTransport(t));
    const CommandResult bytes = runAndWait(t, command("printf '\\377\\376\\000\\200'"));
    QCOMPARE(bytes.stdOut, QByteArray("\xff\xfe\x00\x80", 4));
    QElapsedTimer clock;
    clock.start();
    const CommandResult big = runAndWait(t, command("head -c 20971520 /dev/urandom | tee /tmp/pd-big | sha256sum >&2; cat /tmp/pd-big; rm -f /tmp/pd-big"));
    QVERIFY2(big.ok(), qPrintable(big.error));
    QCOMPARE(big.stdOut.size(), 20971520);
    QProcess local;
    local.start(u"sha256sum"_s);
    local.write(big.stdOut);
    local.closeWriteChannel();
    QVERIFY(local.waitForFinished());
    QCOMPARE(local.readAllStandardOutput().left(64), big.stdErr.left(64));
    qInfo() << "20 MB took" << clock.elapsed() << "ms";
}

void TestSshTransport::outputCap()
{
    SshTransport t(params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey()));
    QVERIFY(openTransport(t));
    RemoteCommand c = command("head -c 5000000 /dev/zero");
    c.maxOutputBytes = 2 * 1024 * 1024;
    const CommandResult r = runAndWait(t, c);
    QCOMPARE(r.error, u"output exceeded 2 MB"_s);
    QCOMPARE(runAndWait(t, command("echo alive")).stdOut, QByteArray("alive\n"));
}

void TestSshTransport::droppedConnection()
{
    SshTransport t(params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey()));
    QVERIFY(openTransport(t));
    QSignalSpy finished(&t, &Transport::finished);
    QSignalSpy failed(&t, &Transport::failed);
    QSignalSpy closed(&t, &Transport::closed);
    t.run(7, command("sleep 30"));
    QTest::qWait(1000);
    QString dropError;
    QVERIFY2(m_env.dropSessions(&dropError), qPrintable(dropError));
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 15000);
    qInfo() << "loss noticed after" << clock.elapsed() << "ms";
    QCOMPARE(finished.size(), 1);
    const auto r = finished.first().at(1).value<CommandResult>();
    QVERIFY2(r.error.contains(u"lost"_s), qPrintable(r.error));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<TransportError>().kind, TransportError::Kind::ConnectionLost);
    QVERIFY(clock.elapsed() < 10000);
}

void TestSshTransport::hungPeerDetectedByKeepalive()
{
    // Stop (SIGSTOP) the sshd process serving our connection: TCP stays up through the socat
    // bridge, but the server goes silent. Only the keepalive replies can tell.
    ConnectionParams p = params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    p.keepaliveSeconds = 1;
    SshTransport t(p);
    QVERIFY(openTransport(t));
    const QByteArray pid = runAndWait(t, command("echo $PPID")).stdOut.trimmed();
    QVERIFY2(!pid.isEmpty() && pid.toInt() > 1, pid.constData());
    int code = -1;
    m_env.exec({u"/bin/kill"_s, u"-STOP"_s, QString::fromLatin1(pid)}, &code);
    QCOMPARE(code, 0);
    auto resume = qScopeGuard([&] { m_env.exec({u"/bin/kill"_s, u"-CONT"_s, QString::fromLatin1(pid)}); });
    QSignalSpy failed(&t, &Transport::failed);
    QElapsedTimer clock;
    clock.start();
    const CommandResult r = runAndWait(t, command("sleep 1; echo done"), 20000);
    qInfo() << "hung peer noticed after" << clock.elapsed() << "ms:" << r.error;
    QVERIFY2(r.error.contains(u"lost"_s), qPrintable(r.error));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<TransportError>().kind, TransportError::Kind::ConnectionLost);
    QVERIFY(clock.elapsed() < 10000);
}

void TestSshTransport::healthyIdleLinkStaysOpen()
{
    // The other side of the keepalive check: no false alarm while idle or during a silent command.
    ConnectionParams p = params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    p.keepaliveSeconds = 1;
    SshTransport t(p);
    QVERIFY(openTransport(t));
    QSignalSpy failed(&t, &Transport::failed);
    QTest::qWait(6000);
    QCOMPARE(failed.size(), 0);
    const CommandResult r = runAndWait(t, command("sleep 5; echo ok"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.stdOut, QByteArray("ok\n"));
    QCOMPARE(failed.size(), 0);
}

void TestSshTransport::stalledThreadIsNoFalseAlarm()
{
    // A loaded machine can hold the transport's thread for seconds: keepalive replies then sit
    // unread in the socket and the tick timer fires late. Neither is a dead link. Block the
    // thread (the transport lives on the test thread here) far beyond the 1 s interval.
    ConnectionParams p = params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    p.keepaliveSeconds = 1;
    SshTransport t(p);
    QVERIFY(openTransport(t));
    QSignalSpy failed(&t, &Transport::failed);
    QTest::qWait(1500); // a keepalive goes out after 1 s of silence
    QThread::msleep(7000);
    QTest::qWait(2500);
    QCOMPARE(failed.size(), 0);
    const CommandResult r = runAndWait(t, command("echo ok"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(failed.size(), 0);
}

void TestSshTransport::exitStatusAfterEofCostsNoCpu()
{
    // The remote closes stdout and stderr (EOF reaches us at once) and exits 2 s later, so the
    // exit status arrives on its own. Nothing but the transport's drain reads it: it must be
    // picked up when it comes (not at the next keepalive), and the wait must not spin.
    ConnectionParams p = params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    p.keepaliveSeconds = 30;
    SshTransport t(p);
    QVERIFY(openTransport(t));
    const qint64 cpuBefore = cpuTimeMs();
    QElapsedTimer clock;
    clock.start();
    const CommandResult r = runAndWait(t, command("echo out; exec >&- 2>&-; sleep 2; exit 3"));
    const qint64 cpu = cpuTimeMs() - cpuBefore;
    qInfo() << "exit status after EOF: took" << clock.elapsed() << "ms," << cpu << "ms CPU";
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.stdOut, QByteArray("out\n"));
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(cpu < 500, qPrintable(QString::number(cpu)));
}

void TestSshTransport::idleSessionSleeps()
{
    // An open session with nothing to do, and one waiting on a silent command, must sleep:
    // only the keepalive tick wakes it. POSTDESK_IDLE_TEST_MS lengthens the idle phase.
    SshTransport t(params(u"root"_s, AuthMethod::KeyFile, m_env.rootKey()));
    QVERIFY(openTransport(t));
    QSignalSpy failed(&t, &Transport::failed);
    const int idleMs = qEnvironmentVariableIsSet("POSTDESK_IDLE_TEST_MS")
            ? qEnvironmentVariableIntValue("POSTDESK_IDLE_TEST_MS") : 5000;
    qint64 cpuBefore = cpuTimeMs();
    QEventLoop loop; // unlike QTest::qWait, which itself wakes every 10 ms
    QTimer::singleShot(idleMs, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 idleCpu = cpuTimeMs() - cpuBefore;
    cpuBefore = cpuTimeMs();
    const CommandResult r = runAndWait(t, command("sleep 3; echo ok"));
    const qint64 waitCpu = cpuTimeMs() - cpuBefore;
    qInfo() << "idle" << idleMs << "ms:" << idleCpu << "ms CPU; silent 3 s command:" << waitCpu << "ms CPU";
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(failed.size(), 0);
    QVERIFY2(idleCpu < 20 + idleMs / 200, qPrintable(QString::number(idleCpu)));
    QVERIFY2(waitCpu < 200, qPrintable(QString::number(waitCpu)));
}

QTEST_GUILESS_MAIN(TestSshTransport)
#include "tst_sshtransport.moc"
