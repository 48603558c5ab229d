// postdesk-cli with saved profiles against the real test server: servers list/export/import,
// import-ssh-config, --server for a key profile and for a password profile whose password is in
// the keychain (a real Secret Service: scripts/run-tests.sh runs ctest under dbus-run-session with
// gnome-keyring), the log file override, a jump host, and the one-line usage errors.
#include "testserverclient.h"
#include "testserverenv.h"

#include "fleet/credentialstore.h"
#include "fleet/profilestore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = Fleet::CredentialStore::Kind;

namespace {

using CliRun = TestSupport::TestServerClient::CliRun;

bool oneLine(const QByteArray &err)
{
    return err.count('\n') == 1 && err.endsWith('\n');
}

} // namespace

class tst_CliServers : public QObject
{
    Q_OBJECT

private:
    TestSupport::TestServerEnv m_env;
    QString m_cli;
    QTemporaryDir m_home;
    QString m_settings; // INI with the profiles below
    QUuid m_keyProfile;
    QUuid m_passwordProfile;

    CliRun run(const QStringList &args, const QHash<QString, QString> &secrets = {})
    {
        return TestSupport::TestServerClient::runCli(args, m_home.path(), secrets);
    }

    Fleet::ServerProfile baseProfile(const QString &name) const
    {
        Fleet::ServerProfile p = Fleet::ServerProfile::create();
        p.name = name;
        p.group = u"Test servers"_s;
        p.host = m_env.host();
        p.port = m_env.port();
        p.user = m_env.adminUser();
        p.knownHostsFile = m_env.knownHostsFile();
        p.sudoMode = Remote::SudoMode::None;
        return p;
    }

    QUuid save(const Fleet::ServerProfile &p, const QString &file = {})
    {
        QSettings settings(file.isEmpty() ? m_settings : file, QSettings::IniFormat);
        return Fleet::ProfileStore(&settings).save(p);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        m_cli = qEnvironmentVariable("POSTDESK_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "POSTDESK_CLI must name the built postdesk-cli");
        QVERIFY(m_home.isValid());
        m_settings = m_home.filePath(u"postdesk.ini"_s);

        Fleet::ServerProfile key = baseProfile(u"ts key"_s);
        key.auth = Remote::AuthMethod::KeyFile;
        key.keyFile = m_env.adminKeyEcdsa();
        m_keyProfile = save(key);
        Fleet::ServerProfile password = baseProfile(u"ts password"_s);
        password.auth = Remote::AuthMethod::Password;
        m_passwordProfile = save(password);
        Fleet::ServerProfile twin = baseProfile(u"twin"_s);
        twin.host = u"192.0.2.1"_s; // never contacted: only the ambiguity is tested
        save(twin);
        twin.id = QUuid::createUuid();
        twin.name = u"TWIN"_s;
        save(twin);
    }

    void list()
    {
        const CliRun r = run({u"servers"_s, u"--settings"_s, m_settings});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("NAME"));
        QVERIFY(r.out.contains("ts key"));
        QVERIFY(r.out.contains("Test servers"));
        QVERIFY(r.out.contains(m_keyProfile.toString(QUuid::WithoutBraces).toUtf8()));

        const CliRun json = run({u"servers"_s, u"--json"_s, u"--settings"_s, m_settings});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"postdesk-servers"_s);
        QCOMPARE(root.value(u"servers"_s).toArray().size(), 4);
    }

    void exportImportRoundTrip()
    {
        const QString exported = m_home.filePath(u"team.json"_s);
        const CliRun e = run({u"servers"_s, u"export"_s, exported, u"--settings"_s, m_settings});
        QVERIFY2(e.exitCode == 0, e.err.constData());
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(!json.contains(m_env.adminPassword().toUtf8()));
        QVERIFY(!json.contains("\"password\":"));

        const QString other = m_home.filePath(u"other.ini"_s);
        const CliRun i = run({u"servers"_s, u"import"_s, exported, u"--settings"_s, other});
        QVERIFY2(i.exitCode == 0, i.err.constData());
        QVERIFY2(i.out.contains("4 added, 0 replaced, 0 renamed"), i.out.constData());
        QSettings a(m_settings, QSettings::IniFormat);
        QSettings b(other, QSettings::IniFormat);
        QCOMPARE(Fleet::ProfileStore(&b).profiles(), Fleet::ProfileStore(&a).profiles());

        const CliRun again = run({u"servers"_s, u"import"_s, exported, u"--settings"_s, other});
        QVERIFY2(again.out.contains("0 added, 4 replaced"), again.out.constData());

        const CliRun bad = run({u"servers"_s, u"import"_s, m_settings, u"--settings"_s, other});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(oneLine(bad.err) && bad.err.contains("not JSON"), bad.err.constData());
    }

    void importSshConfig()
    {
        // The sample team config as this HOME's ~/.ssh/config, with its config.d includes.
        const QString ssh = m_home.filePath(u".ssh"_s);
        QVERIFY(QDir().mkpath(ssh + u"/config.d"_s));
        const QString data = QStringLiteral(POSTDESK_TEST_DATA "/sshconfig/");
        QFile::remove(ssh + u"/config"_s);
        QVERIFY(QFile::copy(data + u"team.config"_s, ssh + u"/config"_s));
        for (const QString &name : {u"clients.conf"_s, u"zz-more.conf"_s}) {
            QFile::remove(ssh + u"/config.d/"_s + name);
            QVERIFY(QFile::copy(data + u"config.d/"_s + name, ssh + u"/config.d/"_s + name));
        }
        const QString target = m_home.filePath(u"ssh-import.ini"_s);
        const CliRun r = run({u"servers"_s, u"import-ssh-config"_s, u"--settings"_s, target});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("10 server(s) added"), r.out.constData());
        QVERIFY(r.out.contains("Match blocks are not supported"));
        QVERIFY(r.out.contains("ProxyCommand is not carried over"));
        QSettings settings(target, QSettings::IniFormat);
        const QList<Fleet::ServerProfile> profiles = Fleet::ProfileStore(&settings).profiles();
        QCOMPARE(profiles.size(), 10);
        const auto mx1 = std::find_if(profiles.cbegin(), profiles.cend(),
                                      [](const Fleet::ServerProfile &p) { return p.name == u"mx1"; });
        QVERIFY(mx1 != profiles.cend());
        QCOMPARE(mx1->host, u"mx1.mail.acme.example"_s);
        QCOMPARE(mx1->proxyJump, u"jump@bastion.acme.example:2200"_s);
        QCOMPARE(mx1->keyFile, ssh + u"/id_acme_ed25519"_s);

        // Again: every alias is saved already.
        const CliRun again = run({u"servers"_s, u"import-ssh-config"_s, u"--settings"_s, target});
        QVERIFY2(again.out.contains("0 server(s) added"), again.out.constData());
        const CliRun explicitFile = run({u"servers"_s, u"import-ssh-config"_s, data + u"crlf.config"_s,
                                         u"--settings"_s, target});
        QVERIFY2(explicitFile.out.contains("1 server(s) added"), explicitFile.out.constData());
    }

    void queueWithKeyProfile()
    {
        const CliRun r = run({u"--settings"_s, m_settings, u"--server"_s, u"TS KEY"_s, u"summary"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(u"total").toInt() >= m_env.seeded() - 5);
        // By id as well.
        const CliRun byId = run({u"--settings"_s, m_settings, u"--server"_s,
                                 m_keyProfile.toString(QUuid::WithoutBraces), u"queue"_s});
        QVERIFY2(byId.exitCode == 0, byId.err.constData());
        QVERIFY(byId.out.startsWith("QUEUE ID"));
    }

    void passwordFromKeychain()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no D-Bus session bus: run through scripts/run-tests.sh (dbus-run-session)");
        Fleet::CredentialStore store;
        // Nothing saved yet: exit 3 with a hint at both places a password can come from.
        QSignalSpy removed(&store, &Fleet::CredentialStore::removeFinished);
        store.remove(m_passwordProfile, Kind::SshPassword);
        QVERIFY(removed.wait(20000));
        const CliRun missing = run({u"--settings"_s, m_settings, u"--server"_s, u"ts password"_s, u"summary"_s});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(oneLine(missing.err) && missing.err.contains("POSTDESK_PASSWORD"), missing.err.constData());

        QSignalSpy written(&store, &Fleet::CredentialStore::writeFinished);
        store.write(m_passwordProfile, Kind::SshPassword, m_env.adminPassword());
        QVERIFY(written.wait(20000));
        QVERIFY2(written.first().at(2).toString().isEmpty(), "keychain write failed");
        const CliRun r = run({u"--settings"_s, m_settings, u"--server"_s, u"ts password"_s, u"summary"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("total"));
        QVERIFY(!r.out.contains(m_env.adminPassword().toUtf8()));
        QVERIFY(!r.err.contains(m_env.adminPassword().toUtf8()));
        // The environment wins over the keychain.
        const CliRun wrongEnv = run({u"--settings"_s, m_settings, u"--server"_s, u"ts password"_s, u"summary"_s},
                                    {{u"POSTDESK_PASSWORD"_s, u"not-the-password"_s}});
        QCOMPARE(wrongEnv.exitCode, 3);
        store.remove(m_passwordProfile, Kind::SshPassword);
        QVERIFY(removed.wait(20000));
    }

    void logFileOverride()
    {
        QSettings settings(m_settings, QSettings::IniFormat);
        Fleet::ProfileStore store(&settings);
        Fleet::ServerProfile p = store.profile(m_keyProfile);
        p.logFile = u"/var/log/no-such-mail.log"_s;
        store.save(p);
        const CliRun missing = run({u"--settings"_s, m_settings, u"--server"_s, u"ts key"_s,
                                    u"logstats"_s, u"--since"_s, u"24h"_s});
        p.logFile = u"/var/log/mail.log"_s;
        store.save(p);
        QCOMPARE(missing.exitCode, 4);
        QVERIFY2(missing.err.contains("/var/log/no-such-mail.log") && missing.err.contains("not found"),
                 missing.err.constData());
        const CliRun found = run({u"--settings"_s, m_settings, u"--server"_s, u"ts key"_s,
                                  u"logstats"_s, u"--since"_s, u"24h"_s, u"--json"_s});
        QVERIFY2(found.exitCode == 0, found.err.constData());
        p.logFile.clear();
        store.save(p);
    }

    // The jump host is the test server itself: OpenSSH connects to it (port-forwarded to the
    // namespace) and -W reaches the namespace's own sshd on 127.0.0.1:22, which libssh then
    // verifies against a known_hosts line for 127.0.0.1 (same keys).
    void throughJumpHost()
    {
        QFile original(m_env.knownHostsFile());
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray lines = original.readAll();
        QByteArray both = lines;
        const QByteArray hostPort = "[" + m_env.host().toUtf8() + "]:" + QByteArray::number(m_env.port());
        for (const QByteArray &line : lines.split('\n')) {
            if (line.startsWith(hostPort))
                both += "127.0.0.1" + line.mid(hostPort.size()) + '\n';
        }
        const QString knownHosts = m_home.filePath(u"jump_known_hosts"_s);
        QFile out(knownHosts);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(both);
        out.close();

        Fleet::ServerProfile p = baseProfile(u"via jump"_s);
        p.host = u"127.0.0.1"_s;
        p.port = 22;
        p.auth = Remote::AuthMethod::KeyFile;
        p.keyFile = m_env.adminKeyEcdsa();
        p.knownHostsFile = knownHosts;
        p.proxyJump = u"%1@%2:%3"_s.arg(m_env.adminUser(), m_env.host()).arg(m_env.port());
        save(p);
        const CliRun r = run({u"--settings"_s, m_settings, u"--server"_s, u"via jump"_s, u"summary"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("total"));

        // A jump host that refuses: the connection fails with exit 3, not a hang.
        p.id = QUuid::createUuid();
        p.name = u"bad jump"_s;
        p.proxyJump = u"%1@%2:1"_s.arg(m_env.adminUser(), m_env.host());
        save(p);
        const CliRun bad = run({u"--settings"_s, m_settings, u"--server"_s, u"bad jump"_s, u"summary"_s});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(oneLine(bad.err), bad.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown name") << QStringList{u"--server"_s, u"nope"_s, u"queue"_s}
                                      << u"no saved server called 'nope'"_s;
        QTest::newRow("ambiguous") << QStringList{u"--server"_s, u"twin"_s, u"queue"_s} << u"use the id"_s;
        QTest::newRow("both") << QStringList{u"--server"_s, u"ts key"_s, u"--ssh"_s, u"a@b"_s, u"queue"_s}
                              << u"exclude each other"_s;
        QTest::newRow("neither") << QStringList{u"queue"_s} << u"--server NAME is required"_s;
        QTest::newRow("servers with --server") << QStringList{u"servers"_s, u"--server"_s, u"x"_s}
                                               << u"--server does not apply"_s;
        QTest::newRow("check option elsewhere") << QStringList{u"--server"_s, u"ts key"_s, u"queue"_s,
                                                               u"--warn"_s, u"5"_s}
                                                << u"--warn belongs to check"_s;
        QTest::newRow("servers verb") << QStringList{u"servers"_s, u"delete"_s} << u"unknown servers command"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = run(QStringList{u"--settings"_s, m_settings} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(oneLine(r.err) && r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CliServers)
#include "tst_cli_servers.moc"
