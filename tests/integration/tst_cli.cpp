// postdesk-cli end to end against the real test server (POSTDESK_CLI, POSTDESK_TESTSERVER_ENV).
#include "testserverenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    TestSupport::TestServerEnv m_env;
    QString m_cli;
    QTemporaryDir m_home;
    QString m_previewId;

    QString target(const QString &user, int port = -1) const
    {
        return u"%1@%2:%3"_s.arg(user, m_env.host()).arg(port < 0 ? m_env.port() : port);
    }

    // Runs the CLI with a clean environment: no agent, no secrets except the ones given, and a
    // private HOME so ~/.ssh of the machine is never read or written.
    CliRun run(const QStringList &args, const QHash<QString, QString> &secrets = {}, int timeoutMs = 120000)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : {u"SSH_AUTH_SOCK"_s, u"POSTDESK_PASSWORD"_s, u"POSTDESK_PASSPHRASE"_s,
                                   u"POSTDESK_SUDO_PASSWORD"_s})
            env.remove(key);
        env.insert(u"HOME"_s, m_home.path());
        for (auto it = secrets.begin(); it != secrets.end(); ++it)
            env.insert(it.key(), it.value());
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        p.start(m_cli, args);
        CliRun r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = "test: postdesk-cli did not finish in time";
            return r;
        }
        r.elapsedMs = clock.elapsed();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QStringList asRoot(const QStringList &rest) const
    {
        return QStringList{u"--ssh"_s, target(u"root"_s), u"--identity"_s, m_env.rootKey(),
                           u"--known-hosts"_s, m_env.knownHostsFile()} + rest;
    }

    static QList<QJsonObject> jsonLines(const QByteArray &out, QString *problem)
    {
        QList<QJsonObject> objects;
        const QList<QByteArray> lines = out.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).isEmpty() && i == lines.size() - 1)
                break;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &error);
            if (!doc.isObject()) {
                *problem = u"line %1 is not a JSON object: %2"_s.arg(i + 1).arg(error.errorString());
                return {};
            }
            objects.append(doc.object());
        }
        return objects;
    }

    static bool oneLine(const QByteArray &err)
    {
        return err.trimmed().count('\n') == 0 && !err.trimmed().isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_env.isValid())
            QFAIL(qPrintable(m_env.error()));
        m_cli = qEnvironmentVariable("POSTDESK_CLI");
        if (m_cli.isEmpty() || !QFileInfo(m_cli).isExecutable())
            QFAIL("POSTDESK_CLI does not name the postdesk-cli binary");
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).mkpath(u".ssh"_s);
    }

    void help()
    {
        const CliRun r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *word : {"queue", "summary", "show", "--accept-new-host-key", "POSTDESK_PASSWORD",
                                 "POSTDESK_SUDO_PASSWORD", "POSTDESK_PASSPHRASE", "Exit status"})
            QVERIFY2(r.out.contains(word), word);
    }

    void queueJsonMatchesServer()
    {
        // The queue is static between the two listings (all messages deferred to dead peers).
        for (int attempt = 0; attempt < 3; ++attempt) {
            const CliRun r = run(asRoot({u"queue"_s, u"--json"_s}));
            QVERIFY2(r.exitCode == 0, r.err.constData());
            int serverExit = -1;
            const QByteArray server = m_env.exec({u"/usr/sbin/postqueue"_s, u"-j"_s}, &serverExit);
            QCOMPARE(serverExit, 0);
            const qsizetype serverLines = server.count('\n');
            QVERIFY(serverLines > 0);
            if (r.out.count('\n') != serverLines && attempt < 2)
                continue; // the queue moved between the two listings
            QCOMPARE(r.out.count('\n'), serverLines);

            QString problem;
            const QList<QJsonObject> objects = jsonLines(r.out, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(objects.size(), serverLines);
            for (const QJsonObject &o : objects) {
                QVERIFY(o.value(u"queue_id").isString() && !o.value(u"queue_id").toString().isEmpty());
                QVERIFY(o.value(u"queue_name").isString());
                QVERIFY(o.value(u"arrival_time").isDouble() && o.value(u"arrival_time").toDouble() > 1.0e9);
                QVERIFY(o.value(u"message_size").isDouble());
                QVERIFY(o.value(u"sender").isString());
                QVERIFY(o.value(u"forced_expire").isBool());
                QVERIFY(o.value(u"recipients").isArray());
                for (const QJsonValue &rcpt : o.value(u"recipients").toArray())
                    QVERIFY(rcpt.toObject().value(u"address").isString());
                if (o.value(u"sender").toString() == m_env.previewSender())
                    m_previewId = o.value(u"queue_id").toString();
            }
            break;
        }
        QVERIFY2(!m_previewId.isEmpty(), "the preview sender's message is not in the listing");
    }

    void queueTable()
    {
        const CliRun r = run(asRoot({u"queue"_s}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("QUEUE ID"));
        QVERIFY(r.out.contains(m_env.previewSender().toUtf8()));
    }

    void summary()
    {
        const CliRun r = run(asRoot({u"summary"_s, u"--json"_s}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const int serverCount = int(m_env.exec({u"/usr/sbin/postqueue"_s, u"-j"_s}).count('\n'));
        QVERIFY(qAbs(o.value(u"total").toInt() - serverCount) <= 5);
        QVERIFY(o.value(u"total").toInt() > 0);
        QVERIFY(o.value(u"queues").isObject());
        QVERIFY(o.value(u"oldest_age_seconds").toDouble() >= 0);
        const CliRun human = run(asRoot({u"summary"_s}));
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("deferred"));
        QVERIFY(human.out.contains("total"));
    }

    void showAsRoot()
    {
        QVERIFY(!m_previewId.isEmpty());
        const CliRun r = run(asRoot({u"show"_s, m_previewId}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(m_env.previewSubject().toUtf8()), r.out.left(2000).constData());

        const CliRun json = run(asRoot({u"show"_s, m_previewId, u"--json"_s, u"--envelope"_s, u"--body"_s}));
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(u"queue_id").toString(), m_previewId);
        QVERIFY(o.value(u"headers").isArray());
        QVERIFY(!o.value(u"envelope").toArray().isEmpty());
        QVERIFY(json.out.contains(m_env.previewSubject().toUtf8()));
    }

    void showAsAdminWithSudoPassword()
    {
        QVERIFY(!m_previewId.isEmpty());
        const CliRun r = run({u"--ssh"_s, target(m_env.adminUser()), u"--password-auth"_s, u"--known-hosts"_s,
                              m_env.knownHostsFile(), u"--sudo"_s, u"password"_s, u"show"_s, m_previewId},
                             {{u"POSTDESK_PASSWORD"_s, m_env.adminPassword()},
                              {u"POSTDESK_SUDO_PASSWORD"_s, m_env.adminPassword()}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(m_env.previewSubject().toUtf8()));
        // The secrets never show up in what the CLI prints.
        QVERIFY(!r.out.contains(m_env.adminPassword().toUtf8()));
        QVERIFY(!r.err.contains(m_env.adminPassword().toUtf8()));
    }

    void showAsViewerIsDenied()
    {
        QVERIFY(!m_previewId.isEmpty());
        const CliRun r = run({u"--ssh"_s, target(m_env.viewerUser()), u"--identity"_s, m_env.viewerKey(),
                              u"--known-hosts"_s, m_env.knownHostsFile(), u"show"_s, m_previewId});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(oneLine(r.err), r.err.constData());
        QVERIFY2(r.err.contains("cannot read message contents"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void viewerCanListQueue()
    {
        const CliRun r = run({u"--ssh"_s, target(m_env.viewerUser()), u"--known-hosts"_s, m_env.knownHostsFile(),
                              u"queue"_s, u"--json"_s},
                             {{u"POSTDESK_PASSWORD"_s, m_env.viewerPassword()}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.count('\n') > 0);
    }

    void vanishedId()
    {
        const CliRun r = run(asRoot({u"show"_s, u"ABCDEF012345"_s}));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("no longer in the queue"), r.err.constData());
        QVERIFY(oneLine(r.err));
    }

    void unknownHostKey()
    {
        const QString knownHosts = m_home.filePath(u"empty_known_hosts"_s);
        QFile(knownHosts).open(QIODevice::WriteOnly);
        const QStringList base{u"--ssh"_s, target(u"root"_s), u"--identity"_s, m_env.rootKey(),
                               u"--known-hosts"_s, knownHosts};
        const CliRun r = run(base + QStringList{u"summary"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(oneLine(r.err), r.err.constData());
        QVERIFY2(r.err.contains("SHA256:"), r.err.constData());
        QVERIFY2(r.err.contains(m_env.hostKeySha256().toUtf8()), r.err.constData());
        QVERIFY(r.err.contains("--accept-new-host-key"));

        const CliRun accepted = run(base + QStringList{u"--accept-new-host-key"_s, u"summary"_s});
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        QVERIFY(QFileInfo(knownHosts).size() > 0);
        const CliRun again = run(base + QStringList{u"summary"_s});
        QVERIFY2(again.exitCode == 0, again.err.constData());
    }

    void changedHostKey()
    {
        const CliRun r = run({u"--ssh"_s, target(u"root"_s), u"--identity"_s, m_env.rootKey(), u"--known-hosts"_s,
                              m_env.changedKnownHostsFile(), u"--accept-new-host-key"_s, u"summary"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(oneLine(r.err), r.err.constData());
        QVERIFY2(r.err.contains("CHANGED"), r.err.constData());
    }

    void wrongPassword()
    {
        const CliRun r = run({u"--ssh"_s, target(m_env.adminUser()), u"--password-auth"_s, u"--known-hosts"_s,
                              m_env.knownHostsFile(), u"summary"_s},
                             {{u"POSTDESK_PASSWORD"_s, u"definitely-wrong"_s}});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(oneLine(r.err), r.err.constData());
    }

    void unreachable()
    {
        // A port that was just free on loopback: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int port = probe.serverPort();
        probe.close();
        const CliRun r = run({u"--ssh"_s, target(u"root"_s, port), u"--identity"_s, m_env.rootKey(),
                              u"--known-hosts"_s, m_env.knownHostsFile(), u"summary"_s}, {}, 60000);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(oneLine(r.err), r.err.constData());
    }

    void invalidIdNeverConnects()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        const CliRun r = run({u"--ssh"_s, target(u"root"_s, listener.serverPort()), u"--identity"_s,
                              m_env.rootKey(), u"show"_s, u"'$(reboot)'"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(oneLine(r.err), r.err.constData());
        QVERIFY(r.err.contains("not a valid Postfix queue ID"));
        QTest::qWait(100);
        QVERIFY(!listener.hasPendingConnections());
        QVERIFY(!listener.waitForNewConnection(200));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{u"--ssh"_s, u"root@127.0.0.1"_s};
        QTest::newRow("no target") << QStringList{u"queue"_s};
        QTest::newRow("bad target") << QStringList{u"--ssh"_s, u"127.0.0.1"_s, u"queue"_s};
        QTest::newRow("unknown command") << QStringList{u"--ssh"_s, u"root@127.0.0.1"_s, u"delete"_s};
        QTest::newRow("bad sudo") << QStringList{u"--ssh"_s, u"root@127.0.0.1"_s, u"--sudo"_s, u"always"_s, u"queue"_s};
        QTest::newRow("unknown option") << QStringList{u"--ssh"_s, u"root@127.0.0.1"_s, u"--password=x"_s, u"queue"_s};
        QTest::newRow("show without id") << QStringList{u"--ssh"_s, u"root@127.0.0.1"_s, u"show"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliRun r = run(args, {}, 10000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(oneLine(r.err), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
