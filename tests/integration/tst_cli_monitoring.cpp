// postdesk-cli check (Nagios plugin) and metrics (Prometheus) against the real test server:
// OK/WARNING/CRITICAL by thresholds, UNKNOWN for an unreachable port and a changed host key (one
// line on stdout, exit 3), perfdata, growth from the history over two runs after the queue grew,
// and metrics of a single server and of --all (the real server + an unreachable profile), read
// by the strict exposition parser (and by promtool when it is installed).
#include "prometheustext.h"
#include "testserverclient.h"
#include "testserverenv.h"

#include "fleet/historystore.h"
#include "fleet/profilestore.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CliRun = TestSupport::TestServerClient::CliRun;

namespace {

QString describe(const CliRun &r)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

// "label=value;…" of the perfdata part of a Nagios line
QString perfItem(const QByteArray &out, const QString &label)
{
    const QString line = QString::fromUtf8(out).trimmed();
    const QStringList items = line.section(u" | "_s, 1).split(u' ', Qt::SkipEmptyParts);
    for (const QString &item : items)
        if (item.section(u'=', 0, 0) == label)
            return item;
    return {};
}

// A port on 127.0.0.1 where nothing listens: bound and closed again.
int closedPort()
{
    return 9; // discard: never served on the test machines; refused at once
}

} // namespace

class tst_CliMonitoring : public QObject
{
    Q_OBJECT

private:
    TestSupport::TestServerEnv m_env;
    QTemporaryDir m_home;
    QString m_settings;
    QUuid m_profile;
    qint64 m_deferred = 0;
    qint64 m_total = 0;

    CliRun run(const QStringList &args)
    {
        return TestSupport::TestServerClient::runCli(args, m_home.path());
    }
    QStringList ssh(const QStringList &rest, const QString &knownHosts = {}, int port = 0) const
    {
        return QStringList{u"--ssh"_s, u"%1@%2:%3"_s.arg(m_env.adminUser(), m_env.host()).arg(port ? port : m_env.port()),
                           u"--identity"_s, m_env.adminKeyEcdsa(), u"--known-hosts"_s,
                           knownHosts.isEmpty() ? m_env.knownHostsFile() : knownHosts}
            + rest;
    }
    static bool oneLine(const QByteArray &out) { return out.count('\n') == 1 && out.endsWith('\n'); }
    QSet<QString> queueIds()
    {
        bool ok = false;
        QSet<QString> ids;
        for (const Postfix::QueuedMessage &m : m_env.queueMessages(&ok))
            ids.insert(m.queueId);
        return ok ? ids : QSet<QString>();
    }
    void validatePrometheus(const QByteArray &text, const PrometheusText::Parsed &parsed);

private Q_SLOTS:
    void initTestCase();
    void checkOk();
    void checkWarning();
    void checkCritical();
    void checkUnreachable();
    void checkChangedHostKey();
    void checkUsageErrorIsUnknown_data();
    void checkUsageErrorIsUnknown();
    void checkGrowthOverTwoRuns();
    void metricsOneServer();
    void metricsUnreachableServer();
    void metricsAll();
};

void tst_CliMonitoring::initTestCase()
{
    QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
    QVERIFY2(QFileInfo(qEnvironmentVariable("POSTDESK_CLI")).isExecutable(),
             "POSTDESK_CLI must name the built postdesk-cli");
    QVERIFY(m_home.isValid());
    bool ok = false;
    const QList<Postfix::QueuedMessage> queue = m_env.queueMessages(&ok);
    QVERIFY2(ok, "the test server's queue could not be listed as root");
    for (const Postfix::QueuedMessage &m : queue)
        m_deferred += m.queueName == Postfix::QueueName::Deferred;
    m_total = queue.size();
    QVERIFY2(m_deferred > 200 && m_deferred < 500, "expected the seeded queue (280 deferred)");

    m_settings = m_home.filePath(u"postdesk.ini"_s);
    QSettings settings(m_settings, QSettings::IniFormat);
    Fleet::ProfileStore store(&settings);
    Fleet::ServerProfile ts = Fleet::ServerProfile::create();
    ts.name = u"ts mx"_s;
    ts.host = m_env.host();
    ts.port = m_env.port();
    ts.user = m_env.adminUser();
    ts.auth = Remote::AuthMethod::KeyFile;
    ts.keyFile = m_env.adminKeyEcdsa();
    ts.knownHostsFile = m_env.knownHostsFile();
    ts.sudoMode = Remote::SudoMode::None;
    m_profile = store.save(ts);
    Fleet::ServerProfile down = ts;
    down.id = QUuid::createUuid();
    down.name = u"down \"mx\""_s;
    down.host = u"127.0.0.1"_s;
    down.port = closedPort();
    store.save(down);
    settings.sync();
}

void tst_CliMonitoring::checkOk()
{
    const CliRun r = run(QStringList{u"check"_s, u"--no-history"_s} + ssh({}));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(oneLine(r.out), qPrintable(describe(r)));
    QVERIFY2(r.out.startsWith("POSTDESK OK - "), qPrintable(describe(r)));
    QCOMPARE(perfItem(r.out, u"deferred"_s), u"deferred=%1;500;2000;0"_s.arg(m_deferred));
    QCOMPARE(perfItem(r.out, u"total"_s), u"total=%1;;;0"_s.arg(m_total));
    QVERIFY2(perfItem(r.out, u"oldest_age"_s).contains(u"s;86400;259200;0"_s), r.out.constData());
    QVERIFY2(!perfItem(r.out, u"top_sender_share"_s).isEmpty(), r.out.constData());
    QVERIFY2(perfItem(r.out, u"growth"_s).isEmpty(), r.out.constData()); // --no-history
}

void tst_CliMonitoring::checkWarning()
{
    const CliRun r = run(QStringList{u"check"_s, u"--no-history"_s, u"--warn"_s, u"100"_s} + ssh({}));
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(oneLine(r.out) && r.out.startsWith("POSTDESK WARNING - "), qPrintable(describe(r)));
    QVERIFY2(r.out.contains(u"%1 deferred"_s.arg(m_deferred).toUtf8()), r.out.constData());
    QCOMPARE(perfItem(r.out, u"deferred"_s), u"deferred=%1;100;2000;0"_s.arg(m_deferred));
}

void tst_CliMonitoring::checkCritical()
{
    const CliRun r = run(QStringList{u"check"_s, u"--no-history"_s, u"--crit"_s, u"200"_s} + ssh({}));
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(oneLine(r.out) && r.out.startsWith("POSTDESK CRITICAL - "), qPrintable(describe(r)));
    QCOMPARE(perfItem(r.out, u"deferred"_s), u"deferred=%1;500;200;0"_s.arg(m_deferred));
}

void tst_CliMonitoring::checkUnreachable()
{
    const CliRun r = run(QStringList{u"check"_s, u"--no-history"_s} + ssh({}, {}, closedPort()));
    QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
    QVERIFY2(oneLine(r.out) && r.out.startsWith("POSTDESK UNKNOWN - "), qPrintable(describe(r)));
    QVERIFY2(!r.out.contains('|'), r.out.constData());
}

void tst_CliMonitoring::checkChangedHostKey()
{
    QVERIFY2(QFile::exists(m_env.changedKnownHostsFile()), "PD_TS_CHANGED_KNOWN_HOSTS missing");
    const CliRun r = run(QStringList{u"check"_s, u"--no-history"_s} + ssh({}, m_env.changedKnownHostsFile()));
    QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
    QVERIFY2(oneLine(r.out) && r.out.startsWith("POSTDESK UNKNOWN - "), qPrintable(describe(r)));
    QVERIFY2(r.out.toUpper().contains("HOST KEY"), r.out.constData());
}

void tst_CliMonitoring::checkUsageErrorIsUnknown_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown server") << QStringList{u"check"_s, u"--server"_s, u"no-such-server"_s};
    QTest::newRow("bad threshold") << ssh({u"check"_s, u"--warn"_s, u"many"_s});
    QTest::newRow("unknown option") << ssh({u"check"_s, u"--warning"_s, u"5"_s});
}

void tst_CliMonitoring::checkUsageErrorIsUnknown()
{
    // Monitoring Plugins guidelines: a plugin called wrongly answers UNKNOWN (3), with a status
    // line, so the monitoring system shows the mistake instead of "plugin failed".
    QFETCH(QStringList, args);
    const CliRun r = run(QStringList{u"--settings"_s, m_settings} + args);
    QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
    QVERIFY2(oneLine(r.out) && r.out.startsWith("POSTDESK UNKNOWN - "), qPrintable(describe(r)));
}

void tst_CliMonitoring::checkGrowthOverTwoRuns()
{
    const QString history = m_home.filePath(u"history.sqlite"_s);
    const QStringList common{u"check"_s, u"--settings"_s, m_settings, u"--server"_s, u"ts mx"_s,
                             u"--history"_s, history, u"--growth-window"_s, u"10"_s,
                             u"--growth-warn"_s, u"20"_s, u"--growth-crit"_s, u"100000"_s};
    CliRun first = run(common);
    QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
    QVERIFY2(first.out.startsWith("POSTDESK OK - ts mx: "), qPrintable(describe(first)));
    QVERIFY2(perfItem(first.out, u"growth"_s).isEmpty(), first.out.constData()); // nothing to compare yet

    // The first run's sample becomes ten minutes old (no waiting in a test).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"age"_s);
        db.setDatabaseName(history);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE samples SET at = at - 600"_s));
        QCOMPARE(query.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"age"_s);

    const QSet<QString> before = queueIds();
    QVERIFY(!before.isEmpty());
    const int grown = 30;
    QString error;
    const bool grew = m_env.grow(grown, &error);
    QByteArray added;
    for (const QString &id : queueIds() - before)
        added += id.toUtf8() + '\n';
    const auto cleanup = qScopeGuard([&] {
        if (!added.isEmpty())
            m_env.exec({u"/usr/sbin/postsuper"_s, u"-d"_s, u"-"_s}, nullptr, nullptr, added);
    });
    QVERIFY2(grew, qPrintable(error));
    QCOMPARE(added.count('\n'), grown);

    const CliRun second = run(common);
    QVERIFY2(second.exitCode == 1, qPrintable(describe(second)));
    QVERIFY2(second.out.startsWith("POSTDESK WARNING - ts mx: "), qPrintable(describe(second)));
    QVERIFY2(second.out.contains("grew by 30"), second.out.constData());
    QCOMPARE(perfItem(second.out, u"growth"_s), u"growth=30;20;100000"_s);

    Fleet::HistoryStore store(history);
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.sampleCount(), 2);
    const std::optional<Fleet::HistorySample> latest = store.latest(m_profile);
    QVERIFY(latest);
    QCOMPARE(latest->total, m_total + grown);
}

void tst_CliMonitoring::validatePrometheus(const QByteArray &text, const PrometheusText::Parsed &parsed)
{
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n') + u'\n' + QString::fromUtf8(text)));
    if (!QFile::exists(u"/usr/bin/promtool"_s))
        return;
    QProcess promtool;
    promtool.start(u"/usr/bin/promtool"_s, {u"check"_s, u"metrics"_s});
    QVERIFY(promtool.waitForStarted());
    promtool.write(text);
    promtool.closeWriteChannel();
    QVERIFY(promtool.waitForFinished(30000));
    QVERIFY2(promtool.exitCode() == 0, promtool.readAllStandardError().constData());
}

void tst_CliMonitoring::metricsOneServer()
{
    const CliRun r = run({u"metrics"_s, u"--settings"_s, m_settings, u"--server"_s, u"ts mx"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const PrometheusText::Parsed parsed = PrometheusText::parse(r.out);
    validatePrometheus(r.out, parsed);
    const QMap<QString, QString> server{{u"server"_s, u"ts mx"_s}};
    QCOMPARE(parsed.sample(u"postdesk_up"_s, server)->value, 1.0);
    QCOMPARE(parsed.sample(u"postdesk_queue_messages"_s, {{u"server"_s, u"ts mx"_s}, {u"queue"_s, u"deferred"_s}})->value,
             double(m_deferred));
}

void tst_CliMonitoring::metricsUnreachableServer()
{
    const QString output = m_home.filePath(u"down.prom"_s);
    const CliRun r = run(QStringList{u"metrics"_s, u"--output"_s, output} + ssh({}, {}, closedPort()));
    QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QFile file(output);
    QVERIFY2(file.open(QIODevice::ReadOnly), "metrics --output wrote no file for the unreachable server");
    const QByteArray text = file.readAll();
    const PrometheusText::Parsed parsed = PrometheusText::parse(text);
    validatePrometheus(text, parsed);
    QCOMPARE(parsed.samples(u"postdesk_up"_s).size(), 1);
    QCOMPARE(parsed.samples(u"postdesk_up"_s).first().value, 0.0);
    QCOMPARE(parsed.samples(u"postdesk_poll_error"_s, {{u"error"_s, u"unreachable"_s}}).size(), 1);
    QVERIFY(parsed.samples(u"postdesk_queue_messages"_s).isEmpty());
}

void tst_CliMonitoring::metricsAll()
{
    const QString output = m_home.filePath(u"fleet.prom"_s);
    QFile stale(output);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("stale\n");
    stale.close();
    const CliRun r = run({u"metrics"_s, u"--all"_s, u"--settings"_s, m_settings, u"--output"_s, output,
                          u"--concurrency"_s, u"2"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const PrometheusText::Parsed parsed = PrometheusText::parse(text);
    validatePrometheus(text, parsed);
    QCOMPARE(parsed.samples(u"postdesk_up"_s).size(), 2);
    QCOMPARE(parsed.sample(u"postdesk_up"_s, {{u"server"_s, u"ts mx"_s}})->value, 1.0);
    QCOMPARE(parsed.sample(u"postdesk_up"_s, {{u"server"_s, u"down \"mx\""_s}})->value, 0.0);
    QCOMPARE(parsed.samples(u"postdesk_poll_error"_s, {{u"server"_s, u"down \"mx\""_s}}).size(), 1);
    QCOMPARE(parsed.sample(u"postdesk_queue_messages"_s, {{u"server"_s, u"ts mx"_s}, {u"queue"_s, u"deferred"_s}})->value,
             double(m_deferred));
    QCOMPARE(parsed.sample(u"postdesk_queue_messages"_s, {{u"server"_s, u"ts mx"_s}, {u"queue"_s, u"hold"_s}})->value,
             double(m_total - m_deferred));
    QVERIFY(parsed.samples(u"postdesk_queue_messages"_s, {{u"server"_s, u"down \"mx\""_s}}).isEmpty());

    // Without --output the same text goes to stdout.
    const CliRun out = run({u"metrics"_s, u"--all"_s, u"--settings"_s, m_settings});
    QVERIFY2(out.exitCode == 0, qPrintable(describe(out)));
    validatePrometheus(out.out, PrometheusText::parse(out.out));
}

QTEST_GUILESS_MAIN(tst_CliMonitoring)
#include "tst_cli_monitoring.moc"
