// The mail-log engine against the real test server: postdesk-cli trail/logstats over SSH as root
// and as the adm-group viewer, rotated files (plain and gzip) with a requeue chain, and a log the
// account may not read. Measures the trail lookup time.
#include "testserverenv.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
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

// Synthetic rotated logs: the old ID (only in mail.log.2.gz) was requeued into the new ID (in
// mail.log.1). IDs that Postfix on the test server can never produce (fixed, 10 hex digits).
const QString oldId = u"A1B2C3D4E5"_s;
const QString newId = u"F6E5D4C3B2"_s;

} // namespace

class tst_LogsServer : public QObject
{
    Q_OBJECT

private:
    TestSupport::TestServerEnv m_env;
    QString m_cli;
    QTemporaryDir m_home;

    CliRun run(const QStringList &args, int timeoutMs = 120000)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : {u"SSH_AUTH_SOCK"_s, u"POSTDESK_PASSWORD"_s, u"POSTDESK_PASSPHRASE"_s,
                                   u"POSTDESK_SUDO_PASSWORD"_s})
            env.remove(key);
        env.insert(u"HOME"_s, m_home.path());
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

    QStringList as(const QString &user, const QString &key, const QStringList &rest) const
    {
        return QStringList{u"--ssh"_s, u"%1@%2:%3"_s.arg(user, m_env.host()).arg(m_env.port()),
                           u"--identity"_s, key, u"--known-hosts"_s, m_env.knownHostsFile()} + rest;
    }
    QStringList asRoot(const QStringList &rest) const { return as(u"root"_s, m_env.rootKey(), rest); }
    QStringList asViewer(const QStringList &rest) const
    {
        return as(m_env.viewerUser(), m_env.viewerKey(), rest);
    }

    QByteArray shell(const QString &script, int *exitCode = nullptr)
    {
        QByteArray err;
        const QByteArray out = m_env.exec({u"/bin/sh"_s, u"-c"_s, script}, exitCode, &err);
        if (exitCode && *exitCode != 0)
            qWarning("server shell failed: %s", err.constData());
        return out;
    }

    static QJsonObject object(const CliRun &r)
    {
        return QJsonDocument::fromJson(r.out).object();
    }

    // A deferred message of the seeded queue and the delay reason of its first recipient.
    bool deferredMessage(QString *id, QString *recipient, QString *reason)
    {
        const CliRun r = run(asRoot({u"queue"_s, u"--json"_s}));
        if (r.exitCode != 0)
            return false;
        for (const QByteArray &line : r.out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(u"queue_name").toString() != u"deferred")
                continue;
            const QJsonArray rcpts = o.value(u"recipients").toArray();
            for (const QJsonValue &v : rcpts) {
                const QString why = v.toObject().value(u"delay_reason").toString();
                if (!why.isEmpty()) {
                    *id = o.value(u"queue_id").toString();
                    *recipient = v.toObject().value(u"address").toString();
                    *reason = why;
                    return true;
                }
            }
        }
        return false;
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
    }

    void trailOfSeededDeferredMessage()
    {
        QString id, recipient, reason;
        QVERIFY2(deferredMessage(&id, &recipient, &reason), "no deferred message with a reason in the queue");
        const CliRun r = run(asRoot({u"trail"_s, id, u"--json"_s}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = object(r);
        QCOMPARE(o.value(u"queue_id").toString(), id);
        QCOMPARE(o.value(u"files").toArray().first().toString(), m_env.value(u"PD_TS_MAILLOG"_s));
        const QJsonArray events = o.value(u"events").toArray();
        QVERIFY(!events.isEmpty());

        // Every line is a real line of the server's log, and the deferral the queue shows is there.
        int exitCode = -1;
        const QByteArray serverLines = m_env.exec({u"/usr/bin/grep"_s, u"-F"_s, id, m_env.value(u"PD_TS_MAILLOG"_s)}, &exitCode);
        QCOMPARE(exitCode, 0);
        bool deferralFound = false;
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            QVERIFY2(serverLines.contains(e.value(u"line").toString().toUtf8()), qPrintable(e.value(u"line").toString()));
            if (e.value(u"status").toString() == u"deferred" && e.value(u"to").toString() == recipient
                && e.value(u"reason").toString() == reason)
                deferralFound = true;
        }
        QVERIFY2(deferralFound, qPrintable(u"no status=deferred line for %1 with reason: %2"_s.arg(recipient, reason)));

        // The human form: one line per event.
        const CliRun text = run(asRoot({u"trail"_s, id}));
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count('\n'), events.size());
        QVERIFY(text.out.contains("status=deferred"));
    }

    void logstatsOverTheServer()
    {
        const CliRun r = run(asRoot({u"logstats"_s, u"--json"_s, u"--since"_s, u"24h"_s}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = object(r);
        QVERIFY(o.value(u"deferred").toInteger() > 0);
        QVERIFY(o.value(u"deferred_messages").toInteger() > 0);
        QVERIFY(o.value(u"received").toInteger() > 0);
        QVERIFY(o.value(u"top_deferred_domains").toArray().size() > 0);
        QVERIFY(o.value(u"deferred_by_class").toObject().value(u"network").toInteger() > 0);
        QVERIFY(!o.value(u"per_hour").toArray().isEmpty());
    }

    void viewerInAdmCanRead()
    {
        QString id, recipient, reason;
        QVERIFY(deferredMessage(&id, &recipient, &reason));
        const CliRun trail = run(asViewer({u"trail"_s, id, u"--json"_s}));
        QVERIFY2(trail.exitCode == 0, trail.err.constData());
        QVERIFY(!object(trail).value(u"events").toArray().isEmpty());
        const CliRun stats = run(asViewer({u"logstats"_s, u"--json"_s}));
        QVERIFY2(stats.exitCode == 0, stats.err.constData());
        QVERIFY(object(stats).value(u"deferred").toInteger() > 0);
    }

    void rotatedFilesAndRequeueChain()
    {
        const QString log = m_env.value(u"PD_TS_MAILLOG"_s);
        const auto cleanup = qScopeGuard([&] { shell(u"rm -f %1.1 %1.2.gz"_s.arg(log)); });
        int exitCode = -1;
        shell(u"printf '%s\\n' "
              "'Nov 20 10:00:01 mail postfix/pickup[100]: %2: uid=0 from=<old@pdts.test>' "
              "'Nov 20 10:00:02 mail postfix/qmgr[101]: %2: from=<old@pdts.test>, size=300, nrcpt=1 (queue active)' "
              "'Nov 20 10:00:03 mail postfix/smtp[102]: %2: to=<x@oldcorp.example>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.1, status=deferred (connect to mail.oldcorp.example[127.0.0.20]:25: Connection refused)' "
              "| gzip > %1.2.gz && "
              "printf '%s\\n' "
              "'Nov 21 09:00:00 mail postfix/pickup[200]: %3: uid=0 from=<old@pdts.test> orig_id=%2' "
              "'Nov 21 09:00:01 mail postfix/qmgr[201]: %3: from=<old@pdts.test>, size=300, nrcpt=1 (queue active)' "
              "> %1.1 && chown root:adm %1.1 %1.2.gz && chmod 0640 %1.1 %1.2.gz && "
              "touch -d '2 days ago' %1.2.gz && touch -d '1 day ago' %1.1"_s.arg(log, oldId, newId),
              &exitCode);
        QCOMPARE(exitCode, 0);
        for (const QStringList &who : {asRoot({}), asViewer({})}) {
            const CliRun r = run(who + QStringList{u"trail"_s, oldId, u"--json"_s});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject o = object(r);
            QCOMPARE(o.value(u"followed_ids").toArray().toVariantList(), (QVariantList{oldId, newId}));
            const QJsonArray files = o.value(u"files").toArray();
            QCOMPARE(files.size(), 3);
            QCOMPARE(files.at(2).toString(), log + u".2.gz"_s);
            const QJsonArray events = o.value(u"events").toArray();
            QCOMPARE(events.size(), 5);
            QCOMPARE(events.at(2).toObject().value(u"status").toString(), u"deferred"_s);
            QCOMPARE(events.at(3).toObject().value(u"queue_id").toString(), newId);
        }
    }

    void unreadableLogIsPermissionDenied()
    {
        const QString log = m_env.value(u"PD_TS_MAILLOG"_s);
        int exitCode = -1;
        shell(u"chmod 0600 %1"_s.arg(log), &exitCode);
        QCOMPARE(exitCode, 0);
        const auto restore = qScopeGuard([&] { shell(u"chmod 0640 %1"_s.arg(log)); });
        const CliRun r = run(asViewer({u"trail"_s, u"4F2A3B1C9D"_s}));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.trimmed().count('\n') == 0, r.err.constData());
        QVERIFY2(r.err.contains(QByteArray("may not read " + log.toUtf8())), r.err.constData());
        const CliRun stats = run(asViewer({u"logstats"_s}));
        QCOMPARE(stats.exitCode, 4);
        QVERIFY2(stats.err.contains("may not read"), stats.err.constData());
    }

    void trailLookupTime()
    {
        QString id, recipient, reason;
        QVERIFY(deferredMessage(&id, &recipient, &reason));
        QList<qint64> wall;
        QList<qint64> lookup;
        for (int i = 0; i < 5; ++i) {
            const CliRun r = run(asRoot({u"trail"_s, id, u"--json"_s}));
            QCOMPARE(r.exitCode, 0);
            wall << r.elapsedMs;
            lookup << object(r).value(u"elapsed_ms").toInteger();
        }
        std::sort(wall.begin(), wall.end());
        std::sort(lookup.begin(), lookup.end());
        int exitCode = -1;
        const QByteArray size = m_env.exec({u"/usr/bin/stat"_s, u"-c"_s, u"%s"_s, m_env.value(u"PD_TS_MAILLOG"_s)}, &exitCode);
        qInfo("trail over SSH, log %s bytes: lookup median %lld ms (min %lld, max %lld); whole CLI run "
              "with connect median %lld ms",
              size.trimmed().constData(), lookup.at(2), lookup.first(), lookup.last(), wall.at(2));
        QVERIFY(lookup.at(2) < 2000);
    }
};

QTEST_GUILESS_MAIN(tst_LogsServer)
#include "tst_logs_server.moc"
