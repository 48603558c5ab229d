// Verifies the real test mail server itself (scripts/testserver/testserver.sh) with the system
// OpenSSH client, so the other integration tests can trust what it promises in its env file.

#include "testserverenv.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::TestServerEnv;

namespace {

struct SshResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct Login
{
    QString user;
    QString keyFile;    // empty: password authentication
    QString secret;     // password or key passphrase, answered through SSH_ASKPASS
    QString knownHosts; // empty: PD_TS_KNOWN_HOSTS
};

} // namespace

class TestServerTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rootKeyLoginListsSeededQueue();
    void deferralKinds_data();
    void deferralKinds();
    void holdQueueIsPopulated();
    void previewMessageIsUnique();
    void quotedSenderIsQueued();
    void viewerListsQueueWithoutSudo();
    void viewerPathHasNoSbin();
    void adminSudoNeedsPasswordOnStdin();
    void passwordLogin_data();
    void passwordLogin();
    void passphraseProtectedRsaKey();
    void rootPasswordLoginRefused();
    void hostKeyFingerprintMatches();
    void changedHostKeyIsRefused();
    void execRunsInsideTheNamespace();
    void dropSessionsCutsLiveSessions();

private:
    SshResult ssh(const Login &login, const QString &command, const QByteArray &stdIn = {},
                  int timeoutMs = 60000) const;
    QStringList baseOptions(const QString &knownHosts) const;

    TestServerEnv m_env;
    QTemporaryDir m_tmp;
    QString m_askpass;
    QList<QJsonObject> m_queue;
    QStringList m_reasons;
};

QStringList TestServerTest::baseOptions(const QString &knownHosts) const
{
    return {u"-F"_s, u"/dev/null"_s,
            u"-o"_s, u"UserKnownHostsFile="_s + (knownHosts.isEmpty() ? m_env.knownHostsFile() : knownHosts),
            u"-o"_s, u"GlobalKnownHostsFile=/dev/null"_s,
            u"-o"_s, u"StrictHostKeyChecking=yes"_s,
            u"-o"_s, u"IdentitiesOnly=yes"_s,
            u"-o"_s, u"ConnectTimeout=20"_s,
            u"-o"_s, u"NumberOfPasswordPrompts=1"_s,
            u"-p"_s, QString::number(m_env.port())};
}

SshResult TestServerTest::ssh(const Login &login, const QString &command, const QByteArray &stdIn,
                              int timeoutMs) const
{
    QStringList args = baseOptions(login.knownHosts);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"SSH_AUTH_SOCK"_s);
    if (login.keyFile.isEmpty()) {
        args << u"-o"_s << u"PubkeyAuthentication=no"_s << u"-o"_s
             << u"PreferredAuthentications=password"_s;
    } else {
        args << u"-i"_s << login.keyFile << u"-o"_s << u"PasswordAuthentication=no"_s;
    }
    if (login.secret.isEmpty()) {
        args << u"-o"_s << u"BatchMode=yes"_s;
    } else {
        // The secret travels in the environment to a tiny askpass script, never in argv.
        environment.insert(u"SSH_ASKPASS"_s, m_askpass);
        environment.insert(u"SSH_ASKPASS_REQUIRE"_s, u"force"_s);
        environment.insert(u"PDTS_ASKPASS_SECRET"_s, login.secret);
    }
    args << u"-l"_s << login.user << m_env.host() << command;

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(u"ssh"_s, args);
    SshResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.write(stdIn);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "ssh timed out";
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

void TestServerTest::initTestCase()
{
    if (!m_env.isValid())
        QFAIL(qPrintable(m_env.error()));
    QVERIFY(m_tmp.isValid());
    m_askpass = m_tmp.filePath(u"askpass.sh"_s);
    QFile script(m_askpass);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nprintf '%s\\n' \"$PDTS_ASKPASS_SECRET\"\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void TestServerTest::rootKeyLoginListsSeededQueue()
{
    const SshResult result = ssh({u"root"_s, m_env.rootKey(), {}, {}}, u"/usr/sbin/postqueue -j"_s);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), m_env.seeded());
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        m_queue.append(doc.object());
        const QJsonArray recipients = doc.object().value(u"recipients"_s).toArray();
        for (const QJsonValue &rcpt : recipients) {
            const QString reason = rcpt.toObject().value(u"delay_reason"_s).toString();
            if (!reason.isEmpty())
                m_reasons.append(reason);
        }
    }
    QVERIFY(m_reasons.size() >= m_env.seeded() / 2);
}

void TestServerTest::deferralKinds_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("connection refused") << u"\\]:25: Connection refused"_s;
    QTest::newRow("greeting timeout") << u"timed out while receiving the initial server greeting"_s;
    QTest::newRow("connect timeout") << u"Connection timed out"_s;
    QTest::newRow("dns servfail") << u"Host or domain name not found.*try again"_s;
    QTest::newRow("451 throttling") << u"said: 451 4\\.7\\.1 "_s;
    QTest::newRow("452 mailbox full") << u"said: 452 4\\.2\\.2 "_s;
    QTest::newRow("tls not verified") << u"Server certificate not verified"_s;
    QTest::newRow("tls not offered") << u"TLS is required, but was not offered"_s;
    QTest::newRow("sasl 535") << u"SASL authentication failed.* 535 "_s;
    QTest::newRow("amavis down") << u"127\\.0\\.0\\.1\\]:10024: Connection refused"_s;
    QTest::newRow("dead destination") << u"^delivery temporarily suspended: "_s;
}

void TestServerTest::deferralKinds()
{
    QFETCH(QString, pattern);
    QVERIFY2(!m_reasons.isEmpty(), "rootKeyLoginListsSeededQueue found no delay reasons");
    const QRegularExpression re(pattern);
    QVERIFY(re.isValid());
    const bool found = std::any_of(m_reasons.cbegin(), m_reasons.cend(),
                                   [&re](const QString &reason) { return re.match(reason).hasMatch(); });
    QVERIFY2(found, qPrintable(u"no delay_reason matches "_s + pattern));
}

void TestServerTest::holdQueueIsPopulated()
{
    const auto held = std::count_if(m_queue.cbegin(), m_queue.cend(), [](const QJsonObject &m) {
        return m.value(u"queue_name"_s).toString() == u"hold"_s;
    });
    QVERIFY(held > 0);
    if (m_env.contains(u"PD_TS_HOLD_COUNT"_s))
        QCOMPARE(held, m_env.value(u"PD_TS_HOLD_COUNT"_s).toLongLong());
}

void TestServerTest::previewMessageIsUnique()
{
    QStringList ids;
    for (const QJsonObject &message : std::as_const(m_queue)) {
        if (message.value(u"sender"_s).toString() == m_env.previewSender())
            ids.append(message.value(u"queue_id"_s).toString());
    }
    QCOMPARE(ids.size(), 1);
    QVERIFY(QRegularExpression(u"^[0-9A-Za-z]+$"_s).match(ids.first()).hasMatch());
    const SshResult result = ssh({u"root"_s, m_env.rootKey(), {}, {}},
                                 u"/usr/sbin/postcat -hq "_s + ids.first());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains(QByteArray("Subject: " + m_env.previewSubject().toUtf8())), result.out.constData());
}

void TestServerTest::quotedSenderIsQueued()
{
    const bool found = std::any_of(m_queue.cbegin(), m_queue.cend(), [](const QJsonObject &m) {
        return m.value(u"sender"_s).toString() == u"\"john doe\"@corp.example"_s;
    });
    QVERIFY(found);
}

void TestServerTest::viewerListsQueueWithoutSudo()
{
    const Login viewer{m_env.viewerUser(), m_env.viewerKey(), {}, {}};
    const SshResult list = ssh(viewer, u"/usr/sbin/postqueue -j | wc -l"_s);
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QCOMPARE(list.out.trimmed().toInt(), m_env.seeded());
    const SshResult sudo = ssh(viewer, u"sudo -n true"_s);
    QVERIFY(sudo.exitCode != 0);
    QVERIFY2(sudo.err.contains("sudo"), sudo.err.constData());
}

void TestServerTest::viewerPathHasNoSbin()
{
    const SshResult result = ssh({m_env.viewerUser(), m_env.viewerKey(), {}, {}},
                                 u"echo \"$PATH\"; postqueue -j >/dev/null 2>&1; echo rc=$?"_s);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(!result.out.contains("sbin"), result.out.constData());
    QVERIFY2(result.out.contains("rc=127"), result.out.constData());
}

void TestServerTest::adminSudoNeedsPasswordOnStdin()
{
    const Login admin{m_env.adminUser(), m_env.adminKeyEcdsa(), {}, {}};
    const SshResult withoutPassword = ssh(admin, u"sudo -n true"_s);
    QVERIFY(withoutPassword.exitCode != 0);
    QVERIFY2(withoutPassword.err.contains("password is required"), withoutPassword.err.constData());

    const SshResult withPassword = ssh(admin, u"sudo -S -p '' id -u && echo sudo-ok"_s,
                                       m_env.adminPassword().toUtf8() + '\n');
    QVERIFY2(withPassword.exitCode == 0, withPassword.err.constData());
    QVERIFY2(withPassword.out.startsWith("0\nsudo-ok"), withPassword.out.constData());

    const SshResult wrongPassword = ssh(admin, u"sudo -S -p '' true"_s, "not-the-password\n");
    QVERIFY(wrongPassword.exitCode != 0);
}

void TestServerTest::passwordLogin_data()
{
    QTest::addColumn<bool>("admin");
    QTest::newRow("pdadmin") << true;
    QTest::newRow("pdviewer") << false;
}

void TestServerTest::passwordLogin()
{
    QFETCH(bool, admin);
    const QString user = admin ? m_env.adminUser() : m_env.viewerUser();
    const QString password = admin ? m_env.adminPassword() : m_env.viewerPassword();
    const SshResult good = ssh({user, {}, password, {}}, u"id -un"_s);
    QVERIFY2(good.exitCode == 0, good.err.constData());
    QCOMPARE(good.out.trimmed(), user.toUtf8());
    const SshResult bad = ssh({user, {}, password + u"-wrong"_s, {}}, u"id -un"_s);
    QCOMPARE(bad.exitCode, 255);
    QVERIFY2(bad.err.contains("Permission denied"), bad.err.constData());
}

void TestServerTest::passphraseProtectedRsaKey()
{
    QFile key(m_env.adminKeyRsa());
    QVERIFY(key.open(QIODevice::ReadOnly));
    QVERIFY(key.readAll().contains("BEGIN OPENSSH PRIVATE KEY"));
    // Without the passphrase (BatchMode) the key cannot be used...
    const SshResult locked = ssh({m_env.adminUser(), m_env.adminKeyRsa(), {}, {}}, u"true"_s);
    QCOMPARE(locked.exitCode, 255);
    // ...with it, it logs in.
    const SshResult unlocked = ssh({m_env.adminUser(), m_env.adminKeyRsa(),
                                    m_env.adminKeyRsaPassphrase(), {}},
                                   u"id -un"_s);
    QVERIFY2(unlocked.exitCode == 0, unlocked.err.constData());
    QCOMPARE(unlocked.out.trimmed(), m_env.adminUser().toUtf8());
}

void TestServerTest::rootPasswordLoginRefused()
{
    const SshResult result = ssh({u"root"_s, {}, u"any-password"_s, {}}, u"true"_s);
    QCOMPARE(result.exitCode, 255);
}

void TestServerTest::hostKeyFingerprintMatches()
{
    QVERIFY(m_env.hostKeySha256().startsWith(u"SHA256:"_s));
    QProcess keygen;
    keygen.start(u"ssh-keygen"_s, {u"-l"_s, u"-f"_s, m_env.knownHostsFile()});
    QVERIFY(keygen.waitForFinished(20000));
    const QByteArray listing = keygen.readAllStandardOutput();
    QVERIFY2(listing.contains(QByteArray(m_env.hostKeySha256().toUtf8() + ' ')), listing.constData());
    QVERIFY(listing.contains("(ED25519)"));
    QVERIFY(listing.contains("(ECDSA)"));
    QVERIFY(listing.contains("(RSA)"));
    QFile file(m_env.knownHostsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray prefix = "[127.0.0.1]:" + QByteArray::number(m_env.port()) + ' ';
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (const QByteArray &line : lines)
        QVERIFY2(line.startsWith(prefix), line.constData());
}

void TestServerTest::changedHostKeyIsRefused()
{
    const SshResult result = ssh({u"root"_s, m_env.rootKey(), {}, m_env.changedKnownHostsFile()},
                                 u"true"_s);
    QCOMPARE(result.exitCode, 255);
    QVERIFY2(result.err.contains("REMOTE HOST IDENTIFICATION HAS CHANGED"), result.err.constData());
}

void TestServerTest::execRunsInsideTheNamespace()
{
    int exitCode = -1;
    QByteArray err;
    const QByteArray out = m_env.exec({u"/usr/sbin/postconf"_s, u"-h"_s, u"myhostname"_s}, &exitCode, &err);
    QVERIFY2(exitCode == 0, err.constData());
    QCOMPARE(out.trimmed(), "mail.pdts.test");
    const QByteArray count = m_env.exec({u"/bin/sh"_s, u"-c"_s, u"/usr/sbin/postqueue -j | wc -l"_s},
                                        &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(count.trimmed().toInt(), m_env.seeded());
}

void TestServerTest::dropSessionsCutsLiveSessions()
{
    QStringList args = baseOptions({});
    args << u"-o"_s << u"BatchMode=yes"_s << u"-i"_s << m_env.rootKey() << u"-l"_s << u"root"_s
         << m_env.host() << u"echo started; sleep 60; echo survived"_s;
    QProcess session;
    session.start(u"ssh"_s, args);
    QVERIFY(session.waitForStarted(10000));
    QByteArray seen;
    QElapsedTimer waited;
    waited.start();
    while (!seen.contains("started") && session.state() == QProcess::Running && waited.elapsed() < 30000) {
        session.waitForReadyRead(1000);
        seen += session.readAllStandardOutput();
    }
    QVERIFY2(seen.contains("started"), session.readAllStandardError().constData());
    QString error;
    QVERIFY2(m_env.dropSessions(&error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(session.waitForFinished(20000));
    QVERIFY(timer.elapsed() < 20000);
    QCOMPARE(session.exitCode(), 255);
    seen += session.readAllStandardOutput();
    QVERIFY(!seen.contains("survived"));
    // The listener survives: a new session works.
    const SshResult again = ssh({u"root"_s, m_env.rootKey(), {}, {}}, u"echo back"_s);
    QVERIFY2(again.exitCode == 0, again.err.constData());
}

QTEST_GUILESS_MAIN(TestServerTest)
#include "tst_testserver.moc"
