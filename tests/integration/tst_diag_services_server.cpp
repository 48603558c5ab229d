// content_filter, services and limits against the real test server: the Amavis endpoint of the
// queue's FILTER deferrals down (failed), up (ok) and down again; services as root, as pdadmin
// through sudo with a password, and as pdviewer (no root: unknown for postfix status/check);
// Postfix stopped (failed) and started again; the limits snapshot equal to postconf inside.
#include "checks/check.h"
#include "checks/diagnosetargets.h"
#include "checks/diagnosticsrunner.h"
#include "postfix/queueparsers.h"
#include "testserverclient.h"
#include "testserverenv.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Diagnosis;
using namespace Qt::StringLiterals;
using TestSupport::TestServerClient;

class TestDiagServicesServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void amavisEndpointFromQueue();
    void amavisDownUpDown();
    void noFilterWithoutEndpoints();
    void servicesAsRootAndAdmin_data();
    void servicesAsRootAndAdmin();
    void servicesAsViewer();
    void postfixStopped();
    void limitsEqualPostconf_data();
    void limitsEqualPostconf();

private:
    QList<CheckResult> run(Remote::ServerSession *session, CheckId id, const Checks::CheckOptions &options = {});
    static CheckResult byTarget(const QList<CheckResult> &results, const QString &target);
    Checks::CheckOptions amavisOptions() const;
    Remote::ServerSession *session(const QString &who) const;

    TestSupport::TestServerEnv m_env;
    std::unique_ptr<Remote::ServerSession> m_root;
    std::unique_ptr<Remote::ServerSession> m_admin;
    std::unique_ptr<Remote::ServerSession> m_viewer;
    QList<Checks::FilterEndpoint> m_queueEndpoints;
};

void TestDiagServicesServer::initTestCase()
{
    if (!m_env.isValid())
        QFAIL(qPrintable(u"test server env file missing or unreadable: "_s + m_env.error()));
    m_root = TestServerClient::connect(m_env, u"root"_s, Remote::AuthMethod::KeyFile, m_env.rootKey());
    QVERIFY(m_root && m_root->state() == Remote::ServerSession::State::Ready);
    m_admin = TestServerClient::connect(m_env, m_env.adminUser(), Remote::AuthMethod::Password, {},
                                        m_env.adminPassword());
    QVERIFY(m_admin && m_admin->state() == Remote::ServerSession::State::Ready);
    m_admin->setSudoPassword(m_env.adminPassword());
    m_viewer = TestServerClient::connect(m_env, m_env.viewerUser(), Remote::AuthMethod::KeyFile, m_env.viewerKey());
    QVERIFY(m_viewer && m_viewer->state() == Remote::ServerSession::State::Ready);
    QString error;
    QVERIFY2(m_env.setAmavis(false, &error), qPrintable(error)); // the state after up
}

Remote::ServerSession *TestDiagServicesServer::session(const QString &who) const
{
    if (who == u"root")
        return m_root.get();
    return who == u"admin" ? m_admin.get() : m_viewer.get();
}

QList<CheckResult> TestDiagServicesServer::run(Remote::ServerSession *session, CheckId id,
                                               const Checks::CheckOptions &options)
{
    auto check = Checks::DiagnosticsRunner::createCheck(id, session, options);
    QSignalSpy finished(check.get(), &Checks::Check::finished);
    check->start();
    if (!finished.wait(120000))
        qWarning("check %s did not finish", qPrintable(checkKey(id)));
    const auto results = check->results();
    for (const auto &r : results)
        qInfo().noquote() << r.toText();
    return results;
}

CheckResult TestDiagServicesServer::byTarget(const QList<CheckResult> &results, const QString &target)
{
    for (const auto &r : results) {
        if (r.target == target)
            return r;
    }
    CheckResult none;
    none.summary = u"no result for "_s + target;
    return none;
}

Checks::CheckOptions TestDiagServicesServer::amavisOptions() const
{
    Checks::CheckOptions o;
    o.filterEndpoints = m_queueEndpoints;
    return o;
}

void TestDiagServicesServer::amavisEndpointFromQueue()
{
    int exitCode = -1;
    const QByteArray json = m_env.exec({u"/usr/sbin/postqueue"_s, u"-j"_s}, &exitCode);
    QCOMPARE(exitCode, 0);
    const auto queue = Postfix::parseQueueJson(json);
    QVERIFY(!queue.values.isEmpty());
    m_queueEndpoints = Checks::targetsFromQueue(queue.values).filterEndpoints;
    const Checks::FilterEndpoint amavis{u"127.0.0.1"_s, 10024};
    QVERIFY2(m_queueEndpoints.contains(amavis), "the queue's newsletter@shop.example mail should name 127.0.0.1:10024");
}

void TestDiagServicesServer::amavisDownUpDown()
{
    if (m_queueEndpoints.isEmpty())
        m_queueEndpoints = {{u"127.0.0.1"_s, 10024}};
    auto restore = qScopeGuard([this] { m_env.setAmavis(false); });

    const auto down = byTarget(run(m_root.get(), CheckId::ContentFilter, amavisOptions()), u"127.0.0.1:10024"_s);
    QCOMPARE(down.verdict, Verdict::Failed);
    QVERIFY2(down.summary.contains(u"Amavis"_s), qPrintable(down.summary));
    QVERIFY(down.advice.contains(u"restart amavis (Fixes → Services) and then requeue"_s));
    QVERIFY(down.evidence.join(u'\n').contains(u"service manager is not reachable"_s)); // no systemd inside
    QVERIFY(down.commands.contains(u"/usr/bin/ss -ltnH"_s));

    QString error;
    QVERIFY2(m_env.setAmavis(true, &error), qPrintable(error));
    const auto up = byTarget(run(m_viewer.get(), CheckId::ContentFilter, amavisOptions()), u"127.0.0.1:10024"_s);
    QCOMPARE(up.verdict, Verdict::Ok);
    QVERIFY(up.summary.contains(u"127.0.0.1:10024 (Amavis)"_s));
    QVERIFY(up.evidence.join(u'\n').contains(u"127.0.0.1:10024"_s));

    QVERIFY2(m_env.setAmavis(false, &error), qPrintable(error));
    const auto again = byTarget(run(m_root.get(), CheckId::ContentFilter, amavisOptions()), u"127.0.0.1:10024"_s);
    QCOMPARE(again.verdict, Verdict::Failed);
}

void TestDiagServicesServer::noFilterWithoutEndpoints()
{
    const auto results = run(m_root.get(), CheckId::ContentFilter);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().verdict, Verdict::Ok);
    QVERIFY(results.first().summary.contains(u"No content filter"_s));
}

void TestDiagServicesServer::servicesAsRootAndAdmin_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("root") << u"root"_s;
    QTest::newRow("pdadmin (sudo with password)") << u"admin"_s;
}

void TestDiagServicesServer::servicesAsRootAndAdmin()
{
    QFETCH(QString, who);
    const auto results = run(session(who), CheckId::Services);
    QCOMPARE(results.size(), 5);
    for (const auto &r : results)
        QVERIFY2(r.verdict == Verdict::Ok, qPrintable(r.toText()));
    QCOMPARE(byTarget(results, u"postfix"_s).summary, u"Postfix is running."_s);
    QCOMPARE(byTarget(results, u"postfix check"_s).summary, u"postfix check found no problems."_s);
    QVERIFY(byTarget(results, u"dovecot"_s).evidence.join(u'\n').contains(u"service manager is not reachable"_s));
    QCOMPARE(byTarget(results, u"plesk"_s).summary, u"This is not a Plesk server."_s);
}

void TestDiagServicesServer::servicesAsViewer()
{
    const auto results = run(m_viewer.get(), CheckId::Services);
    QCOMPARE(results.size(), 5);
    const auto status = byTarget(results, u"postfix"_s);
    QCOMPARE(status.verdict, Verdict::Unknown);
    QVERIFY2(status.summary.contains(u"needs root"_s), qPrintable(status.summary));
    QVERIFY(!status.advice.isEmpty());
    const auto check = byTarget(results, u"postfix check"_s);
    QCOMPARE(check.verdict, Verdict::Unknown);
    QVERIFY(check.summary.contains(u"needs root"_s));
    QCOMPARE(byTarget(results, u"dovecot"_s).verdict, Verdict::Ok);
    QCOMPARE(byTarget(results, u"plesk"_s).verdict, Verdict::Ok);
}

void TestDiagServicesServer::postfixStopped()
{
    QString error;
    auto restart = qScopeGuard([this] { m_env.startPostfix(); });
    QVERIFY2(m_env.stopPostfix(&error), qPrintable(error));
    const auto stopped = byTarget(run(m_root.get(), CheckId::Services), u"postfix"_s);
    QCOMPARE(stopped.verdict, Verdict::Failed);
    QVERIFY(stopped.summary.contains(u"not running"_s));
    QVERIFY(stopped.advice.contains(u"Start Postfix"_s));
    QVERIFY2(m_env.startPostfix(&error), qPrintable(error));
    restart.dismiss();
    const auto running = byTarget(run(m_root.get(), CheckId::Services), u"postfix"_s);
    QCOMPARE(running.verdict, Verdict::Ok);
}

void TestDiagServicesServer::limitsEqualPostconf_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("root") << u"root"_s;
    QTest::newRow("pdviewer") << u"viewer"_s;
}

void TestDiagServicesServer::limitsEqualPostconf()
{
    QFETCH(QString, who);
    const auto results = run(session(who), CheckId::Limits);
    QCOMPARE(results.size(), 1);
    const CheckResult &r = results.first();
    QCOMPARE(r.verdict, Verdict::Ok); // the test server: 5d lifetime, backoff 15m..1h, run delay 15m
    QVERIFY(r.advice.contains(u"TUNING_README"_s));
    const QStringList names = {u"maximal_queue_lifetime"_s, u"bounce_queue_lifetime"_s, u"minimal_backoff_time"_s,
                               u"maximal_backoff_time"_s, u"queue_run_delay"_s,
                               u"default_destination_concurrency_limit"_s, u"smtp_destination_concurrency_limit"_s,
                               u"default_destination_rate_delay"_s, u"default_destination_recipient_limit"_s,
                               u"smtp_connect_timeout"_s, u"smtp_helo_timeout"_s};
    int exitCode = -1;
    const QByteArray expanded = m_env.exec(QStringList{u"/usr/sbin/postconf"_s, u"-x"_s} + names, &exitCode);
    QCOMPARE(exitCode, 0);
    const QByteArray explicitOnly = m_env.exec({u"/usr/sbin/postconf"_s, u"-n"_s}, &exitCode);
    QCOMPARE(exitCode, 0);
    const QStringList lines = QString::fromUtf8(expanded).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), names.size());
    for (const QString &line : lines) {
        const QString name = line.section(u" = "_s, 0, 0);
        const QString value = line.section(u" = "_s, 1);
        const bool isExplicit = QString::fromUtf8(explicitOnly).contains(u'\n' + name + u" = "_s)
                || QString::fromUtf8(explicitOnly).startsWith(name + u" = "_s);
        const QString origin = isExplicit ? u"(set in main.cf)"_s : u"(default)"_s;
        bool found = false;
        for (const QString &e : r.evidence) {
            // "name = value (origin)" or "name = $ref = value (origin)"
            if (e.startsWith(name + u" = "_s) && e.endsWith(u"= "_s + value + u' ' + origin))
                found = true;
        }
        QVERIFY2(found, qPrintable(u"no evidence line for "_s + line + u' ' + origin));
    }
}

QTEST_GUILESS_MAIN(TestDiagServicesServer)
#include "tst_diag_services_server.moc"
