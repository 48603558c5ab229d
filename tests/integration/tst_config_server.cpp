// Configuration changes against the real test server (root key): the relayhost wizard's plan to a
// relay that accepts the login (deferred mail goes out after a requeue) and to one that rejects it,
// a deliberately broken change rolled back automatically, retry preset and throttle rolled back by
// ID, a viewer refused, backups newest first, service restarts. Every test restores the server:
// main.cf, master.cf and sasl_passwd are compared byte for byte with the state before the test,
// and a guard puts the saved bytes back (and reloads) when a test failed half-way.
//
// Seeded mail must never leave through a relay this test sets: initTestCase pushes every deferred
// message's next-retry time two hours ahead (TestServerEnv::postponeDeferredRetries) and
// cleanupTestCase puts the times back, so the reload after setting a relay finds no seeded
// message due.
#include "actions/auditlog.h"
#include "actions/configchangerunner.h"
#include "actions/relayhostplan.h"
#include "actions/serviceactionrunner.h"
#include "actions/tuningpresets.h"
#include "checks/checkoptions.h"
#include "checks/relayauthcheck.h"
#include "testserverclient.h"
#include "testserverenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Actions::ConfigChangeResult;
using TestSupport::TestServerClient;

class TestConfigServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void relayOkDeliversAndRollsBack();
    void relayBadLoginFails();
    void brokenChangeIsRolledBack();
    void retryPresetRollback();
    void throttleAppliedAndRolledBack();
    void viewerIsRefused();
    void backupsNewestFirst();
    void restartPostfixWithoutSystemd();
    void otherServicesAndPlesk();
    void auditHasEveryChange();
    void cleanupTestCase();

private:
    struct Baseline
    {
        QByteArray mainCf;
        QByteArray masterCf;
        QByteArray saslPasswd;
    };
    Baseline snapshot() const;
    void restoreBaseline(const Baseline &baseline);
    ConfigChangeResult apply(Remote::ServerSession *session, const Actions::ConfigChangePlan &plan);
    ConfigChangeResult rollback(const QString &id);
    QHash<QString, QString> read(const QStringList &names);
    Actions::ConfigChangePlan relayPlan(const QString &relayKey, const QString &user, const QString &secret);
    QByteArray exec(const QStringList &argv, int *code = nullptr);
    void expectNoSecret(const QByteArray &secret);

    TestSupport::TestServerEnv m_env;
    QByteArray m_retryTimes; // the deferred queue files' times before initTestCase postponed them
    std::unique_ptr<Remote::ServerSession> m_root;
    std::unique_ptr<Remote::ServerSession> m_viewer;
    QTemporaryDir m_dir;
    std::unique_ptr<Actions::AuditLog> m_audit;
    std::unique_ptr<Actions::ConfigChangeRunner> m_runner;
    QList<Remote::CommandLogEntry> m_log;
    QStringList m_steps;
    QStringList m_backups; // every backup this test made (removed at the end)
    Baseline m_before;
    QStringList m_injected;
};

QByteArray TestConfigServer::exec(const QStringList &argv, int *code)
{
    int exitCode = -1;
    const QByteArray out = m_env.exec(argv, &exitCode);
    if (code)
        *code = exitCode;
    return out;
}

TestConfigServer::Baseline TestConfigServer::snapshot() const
{
    bool ok1 = false, ok2 = false, ok3 = false;
    Baseline b{m_env.readFile(u"/etc/postfix/main.cf"_s, &ok1), m_env.readFile(u"/etc/postfix/master.cf"_s, &ok2),
               m_env.readFile(u"/etc/postfix/sasl_passwd"_s, &ok3)};
    if (!ok1 || !ok2 || !ok3 || b.mainCf.isEmpty())
        qFatal("cannot read the test server's configuration files");
    return b;
}

void TestConfigServer::restoreBaseline(const Baseline &b)
{
    qWarning("restoring the configuration files the test found (a test failed half-way)");
    m_env.exec({u"/bin/sh"_s, u"-c"_s, u"cat > /etc/postfix/main.cf"_s}, nullptr, nullptr, b.mainCf);
    m_env.exec({u"/bin/sh"_s, u"-c"_s, u"cat > /etc/postfix/master.cf"_s}, nullptr, nullptr, b.masterCf);
    m_env.exec({u"/bin/sh"_s, u"-c"_s, u"cat > /etc/postfix/sasl_passwd && /usr/sbin/postmap hash:/etc/postfix/sasl_passwd"_s},
               nullptr, nullptr, b.saslPasswd);
    m_env.exec({u"/bin/sh"_s, u"-c"_s, u"rm -f /etc/postfix/postdesk_transport /etc/postfix/postdesk_transport.db; /usr/sbin/postfix reload"_s});
}

void TestConfigServer::initTestCase()
{
    if (!m_env.isValid())
        QFAIL(qPrintable(u"test server env file missing or unreadable: "_s + m_env.error()));
    QVERIFY(m_dir.isValid());
    m_root = TestServerClient::connect(m_env, u"root"_s, Remote::AuthMethod::KeyFile, m_env.rootKey());
    QVERIFY(m_root && m_root->state() == Remote::ServerSession::State::Ready);
    m_viewer = TestServerClient::connect(m_env, m_env.viewerUser(), Remote::AuthMethod::KeyFile, m_env.viewerKey());
    QVERIFY(m_viewer && m_viewer->state() == Remote::ServerSession::State::Ready);
    m_audit = std::make_unique<Actions::AuditLog>(m_dir.filePath(u"audit.jsonl"_s));
    m_runner = std::make_unique<Actions::ConfigChangeRunner>(m_root.get(), m_audit.get());
    m_runner->setServerName(u"pdts"_s);
    connect(m_root.get(), &Remote::ServerSession::commandLogged, this,
            [this](const Remote::CommandLogEntry &e) { m_log << e; });
    connect(m_runner.get(), &Actions::ConfigChangeRunner::step, this, [this](const QString &s) { m_steps << s; });
    QCOMPARE(read({u"relayhost"_s}).value(u"relayhost"_s), QString()); // seeded routing: no relay
    bool ok = false;
    m_retryTimes = m_env.postponeDeferredRetries(&ok);
    QVERIFY(ok);
}

void TestConfigServer::init()
{
    m_before = snapshot();
    m_steps.clear();
}

void TestConfigServer::cleanup()
{
    for (const QString &id : std::as_const(m_injected))
        exec({u"/usr/sbin/postsuper"_s, u"-d"_s, id});
    m_injected.clear();
    const Baseline now = snapshot();
    if (now.mainCf != m_before.mainCf || now.masterCf != m_before.masterCf || now.saslPasswd != m_before.saslPasswd)
        restoreBaseline(m_before);
}

ConfigChangeResult TestConfigServer::apply(Remote::ServerSession *session, const Actions::ConfigChangePlan &plan)
{
    Actions::ConfigChangeRunner *runner = m_runner.get();
    std::unique_ptr<Actions::ConfigChangeRunner> other;
    if (session != m_root.get()) {
        other = std::make_unique<Actions::ConfigChangeRunner>(session, m_audit.get());
        runner = other.get();
    }
    QSignalSpy finished(runner, &Actions::ConfigChangeRunner::finished);
    runner->apply(plan);
    if (!finished.wait(120000))
        return {};
    const auto result = finished.first().first().value<ConfigChangeResult>();
    if (!result.backupId.isEmpty())
        m_backups << result.backupId;
    qDebug().noquote() << result.steps.join(u'\n') << '\n' << result.summaryText();
    return result;
}

ConfigChangeResult TestConfigServer::rollback(const QString &id)
{
    QSignalSpy finished(m_runner.get(), &Actions::ConfigChangeRunner::finished);
    m_runner->rollback(id);
    if (!finished.wait(120000))
        return {};
    const auto result = finished.first().first().value<ConfigChangeResult>();
    if (!result.backupId.isEmpty())
        m_backups << result.backupId;
    qDebug().noquote() << result.steps.join(u'\n') << '\n' << result.summaryText();
    return result;
}

QHash<QString, QString> TestConfigServer::read(const QStringList &names)
{
    QSignalSpy read(m_runner.get(), &Actions::ConfigChangeRunner::valuesRead);
    m_runner->readValues(names);
    if (!read.wait(30000))
        return {};
    return read.first().first().value<QHash<QString, QString>>();
}

Actions::ConfigChangePlan TestConfigServer::relayPlan(const QString &relayKey, const QString &user, const QString &secret)
{
    const auto current = read(Actions::RelayhostPlan::relevantParameters());
    const auto relay = Diagnosis::RelayHost::parse(m_env.value(relayKey));
    Actions::RelayhostInput input;
    input.host = relay.host();
    input.port = relay.port();
    input.user = user;
    input.secret = secret;
    const auto plan = Actions::RelayhostPlan::set(input, current.value(u"default_database_type"_s),
                                                  current.value(u"config_directory"_s),
                                                  current.value(u"smtp_sasl_password_maps"_s));
    if (!plan.ok())
        qFatal("relay plan: %s", qPrintable(plan.error));
    return *plan;
}

void TestConfigServer::expectNoSecret(const QByteArray &secret)
{
    QVERIFY(!secret.isEmpty());
    for (const auto &e : std::as_const(m_log))
        QVERIFY2(!QString(e.label + e.shellLine + e.detail).toUtf8().contains(secret), qPrintable(e.label));
    QVERIFY(!m_steps.join(u'\n').toUtf8().contains(secret));
    QFile audit(m_audit->path());
    if (audit.open(QIODevice::ReadOnly))
        QVERIFY(!audit.readAll().contains(secret));
}

void TestConfigServer::relayOkDeliversAndRollsBack()
{
    const QString password = m_env.value(u"PD_TS_RELAY_OK_PASSWORD"_s);
    const Actions::ConfigChangePlan plan = relayPlan(u"PD_TS_RELAY_OK"_s, m_env.value(u"PD_TS_RELAY_OK_USER"_s), password);
    QVERIFY(!plan.diffText().contains(password));

    // A message that defers on the default smtp route (connection refused), before the relay.
    QString error;
    const QString id = m_env.inject(u"config-test@pdts.test"_s, {u"relay-test@oldcorp.example"_s}, u"relay wizard"_s, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    m_injected << id;

    const QByteArray saslBefore = m_before.saslPasswd;
    const ConfigChangeResult applied = apply(m_root.get(), plan);
    QCOMPARE(applied.outcome, ConfigChangeResult::Outcome::Applied);
    QCOMPARE(applied.verified.value(u"relayhost"_s), u"[relay-ok.pdts.test]:587"_s);
    const QByteArray mainCf = m_env.readFile(u"/etc/postfix/main.cf"_s);
    QVERIFY(mainCf.contains("\nrelayhost = [relay-ok.pdts.test]:587\n"));
    QVERIFY(mainCf.contains("\nsmtp_sasl_auth_enable = yes\n"));
    QVERIFY(mainCf.contains("\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n"));
    QVERIFY(mainCf.contains("\nsmtp_sasl_tls_security_options = noanonymous\n"));
    QVERIFY(mainCf.contains("\nsmtp_tls_security_level = encrypt\n"));
    const QByteArray stat = exec({u"/usr/bin/stat"_s, u"-c"_s, u"%a %U %Y"_s, u"/etc/postfix/sasl_passwd"_s,
                                  u"/etc/postfix/sasl_passwd.db"_s});
    const QList<QByteArray> lines = stat.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith("600 root "), stat.constData());
    QVERIFY(lines.at(1).split(' ').at(2).toLongLong() >= lines.at(0).split(' ').at(2).toLongLong()); // .db fresher
    const QByteArray sasl = m_env.readFile(u"/etc/postfix/sasl_passwd"_s);
    const QByteArray entry = "[relay-ok.pdts.test]:587 " + m_env.value(u"PD_TS_RELAY_OK_USER"_s).toUtf8() + ':'
            + password.toUtf8();
    QVERIFY(sasl.split('\n').contains(entry));
    // Every other line of sasl_passwd is kept byte for byte.
    for (const QByteArray &line : saslBefore.split('\n'))
        if (!line.startsWith("[relay-ok.pdts.test]:587 "))
            QVERIFY2(sasl.split('\n').contains(line), line.constData());

    // The deferred message goes out through relay-ok once requeued.
    int code = -1;
    exec({u"/usr/sbin/postsuper"_s, u"-r"_s, id}, &code);
    QCOMPARE(code, 0);
    QElapsedTimer timer;
    timer.start();
    bool gone = false;
    while (!gone && timer.elapsed() < 60000) {
        QTest::qWait(1000);
        const auto messages = m_env.queueMessages();
        gone = std::none_of(messages.begin(), messages.end(), [](const Postfix::QueuedMessage &m) {
            return m.recipients.size() == 1 && m.recipients.first().address == u"relay-test@oldcorp.example"_s;
        });
    }
    QVERIFY2(gone, "the requeued message did not leave through relay-ok");
    const QByteArray log = m_env.readFile(m_env.value(u"PD_TS_MAILLOG"_s));
    QVERIFY(log.contains("to=<relay-test@oldcorp.example>, relay=relay-ok.pdts.test[127.0.0.29]:587"));
    m_injected.clear();

    const ConfigChangeResult back = rollback(applied.backupId);
    QCOMPARE(back.outcome, ConfigChangeResult::Outcome::Applied);
    QCOMPARE(m_env.readFile(u"/etc/postfix/main.cf"_s), m_before.mainCf);
    QCOMPARE(m_env.readFile(u"/etc/postfix/sasl_passwd"_s), saslBefore);
    QCOMPARE(m_env.readFile(u"/etc/postfix/master.cf"_s), m_before.masterCf);
    expectNoSecret(password.toUtf8());
}

void TestConfigServer::relayBadLoginFails()
{
    const QByteArray secret = "Wrong-Secret-4711 with space";
    const auto plan = relayPlan(u"PD_TS_RELAY_BAD"_s, m_env.value(u"PD_TS_RELAY_BAD_USER"_s), QString::fromUtf8(secret));
    const ConfigChangeResult applied = apply(m_root.get(), plan);
    QCOMPARE(applied.outcome, ConfigChangeResult::Outcome::Applied);

    Checks::CheckOptions options;
    options.connectTimeoutSeconds = 5;
    Checks::RelayAuthCheck check(m_root.get(), options);
    QSignalSpy finished(&check, &Checks::Check::finished);
    check.start();
    QVERIFY(finished.wait(60000));
    bool found = false;
    for (const auto &r : check.results()) {
        if (r.target == u"relay.pdts.test:587"_s) {
            found = true;
            QCOMPARE(r.verdict, Diagnosis::Verdict::Failed);
            QVERIFY2(r.summary.contains(u"535"_s), qPrintable(r.summary));
        }
    }
    QVERIFY(found);

    const ConfigChangeResult back = rollback(applied.backupId);
    QCOMPARE(back.outcome, ConfigChangeResult::Outcome::Applied);
    QCOMPARE(m_env.readFile(u"/etc/postfix/main.cf"_s), m_before.mainCf);
    QCOMPARE(m_env.readFile(u"/etc/postfix/sasl_passwd"_s), m_before.saslPasswd);
    expectNoSecret(secret);
}

void TestConfigServer::brokenChangeIsRolledBack()
{
    // Postfix 3.7: `postfix check` exits 1 for a non-numeric process limit (measured; a missing
    // map or a master.cf entry for a missing program only log warnings).
    Actions::ConfigChangePlan plan;
    plan.kind = u"params"_s;
    plan.title = u"broken on purpose"_s;
    Actions::ParamChange p;
    p.name = u"default_process_limit"_s;
    p.newValue = u"abc"_s;
    plan.params << p;
    const ConfigChangeResult result = apply(m_root.get(), plan);
    QCOMPARE(result.outcome, ConfigChangeResult::Outcome::RolledBack);
    QVERIFY2(result.error.contains(u"postfix check"_s), qPrintable(result.error));
    QVERIFY(!result.backupId.isEmpty());
    QCOMPARE(m_env.readFile(u"/etc/postfix/main.cf"_s), m_before.mainCf);
    QCOMPARE(m_env.readFile(u"/etc/postfix/master.cf"_s), m_before.masterCf);
    int code = -1;
    exec({u"/usr/sbin/postfix"_s, u"status"_s}, &code);
    QCOMPARE(code, 0); // still running after the restore + reload
}

void TestConfigServer::retryPresetRollback()
{
    const auto presets = Actions::TuningPresets::retryPresets();
    const auto patient = std::find_if(presets.begin(), presets.end(), [](const auto &p) { return p.key == u"patient"_s; });
    QVERIFY(patient != presets.end());
    const ConfigChangeResult applied = apply(m_root.get(), Actions::TuningPresets::retryPlan(*patient));
    QCOMPARE(applied.outcome, ConfigChangeResult::Outcome::Applied);
    QVERIFY(m_env.readFile(u"/etc/postfix/main.cf"_s).contains("\nmaximal_queue_lifetime = 7d\n"));
    QCOMPARE(read({u"minimal_backoff_time"_s}).value(u"minimal_backoff_time"_s), u"10m"_s);
    const ConfigChangeResult back = rollback(applied.backupId);
    QCOMPARE(back.outcome, ConfigChangeResult::Outcome::Applied);
    QCOMPARE(m_env.readFile(u"/etc/postfix/main.cf"_s), m_before.mainCf);
}

void TestConfigServer::throttleAppliedAndRolledBack()
{
    const auto current = read({u"default_database_type"_s, u"config_directory"_s, u"transport_maps"_s});
    Actions::TuningPresets::Throttle throttle;
    throttle.domain = u"bulk-receiver.example"_s;
    throttle.concurrency = 2;
    throttle.rateDelay = u"5s"_s;
    const auto plan = Actions::TuningPresets::throttlePlan(throttle, current.value(u"default_database_type"_s),
                                                           current.value(u"config_directory"_s),
                                                           current.value(u"transport_maps"_s));
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    const ConfigChangeResult applied = apply(m_root.get(), *plan);
    QCOMPARE(applied.outcome, ConfigChangeResult::Outcome::Applied);
    const QByteArray master = exec({u"/usr/sbin/postconf"_s, u"-M"_s, u"postdesk-slow/unix"_s});
    QVERIFY2(master.simplified() == "postdesk-slow unix - - n - - smtp", master.constData());
    QCOMPARE(m_env.readFile(u"/etc/postfix/postdesk_transport"_s), QByteArray("bulk-receiver.example postdesk-slow:\n"));
    QCOMPARE(exec({u"/usr/sbin/postmap"_s, u"-q"_s, u"bulk-receiver.example"_s, u"hash:/etc/postfix/postdesk_transport"_s}).trimmed(),
             QByteArray("postdesk-slow:"));
    QCOMPARE(read({u"transport_maps"_s}).value(u"transport_maps"_s),
             u"hash:/etc/postfix/postdesk_transport, "_s + current.value(u"transport_maps"_s));
    QCOMPARE(read({u"postdesk-slow_destination_rate_delay"_s}).value(u"postdesk-slow_destination_rate_delay"_s), u"5s"_s);

    const ConfigChangeResult back = rollback(applied.backupId);
    QCOMPARE(back.outcome, ConfigChangeResult::Outcome::Applied);
    QCOMPARE(m_env.readFile(u"/etc/postfix/main.cf"_s), m_before.mainCf);
    QCOMPARE(m_env.readFile(u"/etc/postfix/master.cf"_s), m_before.masterCf);
    int code = -1;
    exec({u"/usr/bin/test"_s, u"-e"_s, u"/etc/postfix/postdesk_transport"_s}, &code);
    QCOMPARE(code, 1); // created by the change, deleted by the rollback
    exec({u"/usr/bin/test"_s, u"-e"_s, u"/etc/postfix/postdesk_transport.db"_s}, &code);
    QCOMPARE(code, 1);
}

void TestConfigServer::viewerIsRefused()
{
    const auto presets = Actions::TuningPresets::retryPresets();
    const ConfigChangeResult result = apply(m_viewer.get(), Actions::TuningPresets::retryPlan(presets.first()));
    QCOMPARE(result.outcome, ConfigChangeResult::Outcome::Failed);
    QVERIFY(result.backupId.isEmpty());
    QVERIFY2(!result.error.isEmpty(), "no reason given");
    qDebug().noquote() << result.error;
    QCOMPARE(m_env.readFile(u"/etc/postfix/main.cf"_s), m_before.mainCf);
}

void TestConfigServer::backupsNewestFirst()
{
    QSignalSpy listed(m_runner.get(), &Actions::ConfigChangeRunner::backupsListed);
    m_runner->listBackups();
    QVERIFY(listed.wait(30000));
    QCOMPARE(listed.first().at(1).toString(), QString());
    const auto backups = listed.first().first().value<QList<Actions::BackupInfo>>();
    QVERIFY(backups.size() >= 2);
    for (qsizetype i = 1; i < backups.size(); ++i)
        QVERIFY(backups.at(i - 1).time >= backups.at(i).time);
    QStringList ids;
    for (const auto &b : backups)
        ids << b.id;
    for (const QString &mine : std::as_const(m_backups))
        QVERIFY2(ids.contains(mine), qPrintable(mine));
    const auto broken = std::find_if(backups.begin(), backups.end(), [](const auto &b) { return b.title == u"broken on purpose"_s; });
    QVERIFY(broken != backups.end());
    QVERIFY(broken->rolledBack);
    QCOMPARE(broken->kind, u"params"_s);
    QCOMPARE(broken->account, u"root"_s);
    QVERIFY(broken->files.contains(u"/etc/postfix/main.cf"_s));
}

void TestConfigServer::restartPostfixWithoutSystemd()
{
    Actions::ServiceActionRunner runner(m_root.get(), m_audit.get());
    QSignalSpy finished(&runner, &Actions::ServiceActionRunner::finished);
    runner.restart(u"postfix.service"_s);
    QVERIFY(finished.wait(180000));
    const auto result = finished.first().first().value<Actions::ServiceActionResult>();
    qDebug().noquote() << result.action << result.output << result.error << result.stateAfter;
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.action.contains(u"postfix stop"_s));
    QCOMPARE(result.stateAfter, u"running"_s);
    int code = -1;
    exec({u"/usr/sbin/postfix"_s, u"status"_s}, &code);
    QCOMPARE(code, 0);
}

void TestConfigServer::otherServicesAndPlesk()
{
    Actions::ServiceActionRunner runner(m_root.get(), m_audit.get());
    QSignalSpy finished(&runner, &Actions::ServiceActionRunner::finished);
    runner.restart(u"dovecot.service"_s);
    QVERIFY(finished.wait(60000));
    auto result = finished.takeFirst().first().value<Actions::ServiceActionResult>();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"not reachable"_s), qPrintable(result.error));
    runner.pleskRepairMail();
    QVERIFY(finished.wait(60000));
    result = finished.takeFirst().first().value<Actions::ServiceActionResult>();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"Plesk"_s), qPrintable(result.error));
}

void TestConfigServer::auditHasEveryChange()
{
    const auto read = m_audit->read();
    QCOMPARE(read.damagedLines, 0);
    QStringList actions;
    for (const auto &r : read.records)
        actions << r.action + u'=' + r.result;
    qDebug() << actions;
    QVERIFY(actions.contains(u"config.relayhost.set=ok"_s));
    QVERIFY(actions.contains(u"rollback=ok"_s));
    QVERIFY(actions.contains(u"config.params=rolled_back"_s));
    QVERIFY(actions.contains(u"config.tuning.retry=ok"_s));
    QVERIFY(actions.contains(u"config.tuning.throttle=ok"_s));
    QVERIFY(actions.contains(u"config.tuning.retry=failed"_s)); // the viewer
    QVERIFY(actions.contains(u"service.restart=ok"_s));
    QVERIFY(actions.contains(u"plesk.repair=failed"_s));
    for (const auto &r : read.records) {
        if (r.action.startsWith(u"config."_s) && r.result != u"failed"_s)
            QVERIFY(!r.backup.isEmpty());
    }
}

void TestConfigServer::cleanupTestCase()
{
    m_env.restoreDeferredRetries(m_retryTimes);
    // Remove the backups this test made; the folder goes when nothing else is left in it.
    for (const QString &id : std::as_const(m_backups)) {
        if (Actions::BackupInfo::isValidId(id))
            m_env.exec({u"/bin/rm"_s, u"-rf"_s, u"--"_s, u"/etc/postfix/postdesk-backups/"_s + id});
    }
    m_env.exec({u"/bin/sh"_s, u"-c"_s, u"rmdir /etc/postfix/postdesk-backups 2>/dev/null; true"_s});
}

QTEST_GUILESS_MAIN(TestConfigServer)
#include "tst_config_server.moc"
