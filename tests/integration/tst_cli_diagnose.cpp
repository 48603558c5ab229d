// postdesk-cli diagnose against the real test server: the output contract (one JSON object per
// result with every field of the issue), targets taken from the queue when no --domain is given,
// --only, exit codes, and no secret in any output. The verdict of each check for each kind of
// peer is asserted by the checks' own integration tests (tst_diag_*_server).
#include "testserverclient.h"
#include "testserverenv.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::TestServerClient;

namespace {

const QStringList &checkKeys()
{
    static const QStringList keys{u"smtp_reachability"_s, u"dns"_s,           u"starttls"_s, u"relay_auth"_s,
                                  u"rbl"_s,               u"content_filter"_s, u"services"_s, u"limits"_s};
    return keys;
}

// Every line one object with the fields, of the right types; returns them in order.
QList<QJsonObject> parseResults(const QByteArray &out, QString *problem)
{
    QList<QJsonObject> results;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject()) {
            *problem = u"not a JSON object: "_s + QString::fromUtf8(line.left(200));
            return {};
        }
        const QJsonObject o = doc.object();
        for (const char *key : {"check", "target", "verdict", "summary", "command", "advice"}) {
            if (!o.value(QLatin1String(key)).isString()) {
                *problem = u"missing string member "_s + QLatin1String(key) + u": "_s + QString::fromUtf8(line.left(300));
                return {};
            }
        }
        if (!o.value(u"evidence").isArray() || !o.value(u"commands").isArray()) {
            *problem = u"evidence/commands not arrays: "_s + QString::fromUtf8(line.left(300));
            return {};
        }
        if (!checkKeys().contains(o.value(u"check").toString())) {
            *problem = u"unknown check: "_s + o.value(u"check").toString();
            return {};
        }
        static const QStringList verdicts{u"ok"_s, u"warning"_s, u"failed"_s, u"unknown"_s};
        if (!verdicts.contains(o.value(u"verdict").toString())) {
            *problem = u"unknown verdict: "_s + o.value(u"verdict").toString();
            return {};
        }
        if (o.value(u"summary").toString().isEmpty()) {
            *problem = u"empty summary: "_s + QString::fromUtf8(line.left(300));
            return {};
        }
        results.append(o);
    }
    return results;
}

} // namespace

class TestCliDiagnose : public QObject
{
    Q_OBJECT

private:
    TestSupport::TestServerEnv m_env;
    QTemporaryDir m_home;

    // The test server's own DNSBL zones: the real lists must never be asked from a test.
    QStringList zoneOptions() const
    {
        QStringList zones;
        for (const char *key : {"PD_TS_DNSBL_LISTED", "PD_TS_DNSBL_CLEAN", "PD_TS_DNSBL_SILENT", "PD_TS_DNSBL_REFUSED"}) {
            const QString zone = m_env.value(QLatin1String(key));
            if (!zone.isEmpty())
                zones << zone;
        }
        return {u"--dnsbl"_s, zones.isEmpty() ? u"bl.pdts.test"_s : zones.join(u',')};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_env.isValid())
            QFAIL(qPrintable(m_env.error()));
        const QString cli = qEnvironmentVariable("POSTDESK_CLI");
        if (cli.isEmpty() || !QFileInfo(cli).isExecutable())
            QFAIL("POSTDESK_CLI does not name the postdesk-cli binary");
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).mkpath(u".ssh"_s);
    }

    // Everything, targets from the queue: all eight checks answer, every line is a full result,
    // the domains are the queue's deferred ones and the dead content filter is found from the
    // deferrals (it is an access-map FILTER action that postconf cannot show).
    void allChecksFromQueue()
    {
        const auto r = TestServerClient::runCli(
                TestServerClient::asRoot(m_env, QStringList{u"diagnose"_s, u"--json"_s} + zoneOptions()),
                m_home.path(), {}, 300000);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QString problem;
        const QList<QJsonObject> results = parseResults(r.out, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QSet<QString> checks;
        bool anyFailed = false;
        QStringList dnsTargets;
        QStringList filterTargets;
        for (const QJsonObject &o : results) {
            checks.insert(o.value(u"check").toString());
            anyFailed = anyFailed || o.value(u"verdict").toString() == u"failed";
            if (o.value(u"check").toString() == u"dns")
                dnsTargets << o.value(u"target").toString();
            if (o.value(u"check").toString() == u"content_filter")
                filterTargets << o.value(u"target").toString();
            // A result that ran something names it.
            if (o.value(u"verdict").toString() != u"unknown")
                QVERIFY2(!o.value(u"commands").toArray().isEmpty(),
                         qPrintable(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
        }
        QCOMPARE(checks.size(), checkKeys().size());
        // The seeded queue has failing destinations (refused, timed out, SERVFAIL…).
        QVERIFY(anyFailed);
        QCOMPARE(r.exitCode, 1);
        const QSet<QString> seededDomains{u"oldcorp.example"_s,       u"slowmail.example"_s,   u"blackhole.example"_s,
                                          u"dnsfail.example"_s,       u"bulk-receiver.example"_s, u"fullbox.example"_s,
                                          u"securebank.example"_s,    u"legacy-partner.example"_s,
                                          u"partner-relay.example"_s};
        bool seededDomainChecked = false;
        for (const QString &target : std::as_const(dnsTargets)) {
            for (const QString &domain : seededDomains)
                seededDomainChecked = seededDomainChecked || target.contains(domain);
        }
        QVERIFY2(seededDomainChecked, qPrintable(dnsTargets.join(u", ")));
        QVERIFY2(filterTargets.join(u' ').contains(u"10024"), qPrintable(filterTargets.join(u", ")));
    }

    // --only and --domain: nothing else runs, the target is the one given.
    void onlyOneCheck()
    {
        const auto r = TestServerClient::runCli(
                TestServerClient::asRoot(m_env, {u"diagnose"_s, u"--only"_s, u"dns"_s, u"--domain"_s,
                                                  u"oldcorp.example"_s, u"--json"_s}),
                m_home.path());
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QString problem;
        const QList<QJsonObject> results = parseResults(r.out, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!results.isEmpty());
        bool domainSeen = false;
        for (const QJsonObject &o : results) {
            QCOMPARE(o.value(u"check").toString(), u"dns"_s);
            domainSeen = domainSeen || o.value(u"target").toString().contains(u"oldcorp.example");
        }
        QVERIFY(domainSeen);
    }

    // The text form: one block per result with the verdict in brackets and the commands.
    void textOutput()
    {
        const auto r = TestServerClient::runCli(
                TestServerClient::asRoot(m_env, {u"diagnose"_s, u"--only"_s, u"limits,services"_s}),
                m_home.path());
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(u"] Retry and limits"), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(u"] Services"), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(u"$ /usr/sbin/postconf"), qPrintable(text.left(2000)));
    }

    // The relay check reads the stored login as root and sends it on stdin: the password must
    // appear in no output, and never on a command line (the evidence shows AUTH redacted).
    void relaySecretNeverPrinted()
    {
        const QString relay = m_env.value(u"PD_TS_RELAY_OK"_s);
        const QString password = m_env.value(u"PD_TS_RELAY_OK_PASSWORD"_s);
        if (relay.isEmpty() || password.isEmpty())
            QFAIL("the test server does not describe its accepting relay (PD_TS_RELAY_OK, PD_TS_RELAY_OK_PASSWORD)");
        const auto r = TestServerClient::runCli(
                TestServerClient::asRoot(m_env, {u"diagnose"_s, u"--only"_s, u"relay_auth"_s, u"--relay"_s,
                                                  relay, u"--json"_s}),
                m_home.path());
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QVERIFY(!r.out.contains(password.toUtf8()));
        QVERIFY(!r.err.contains(password.toUtf8()));
        QVERIFY(!r.out.contains(password.toUtf8().toBase64()));
        QString problem;
        const QList<QJsonObject> results = parseResults(r.out, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!results.isEmpty());
    }

    void usageAndConnectionErrors()
    {
        auto r = TestServerClient::runCli(TestServerClient::asRoot(m_env, {u"diagnose"_s, u"--only"_s, u"ports"_s}),
                                          m_home.path());
        QCOMPARE(r.exitCode, 2);
        r = TestServerClient::runCli(
                TestServerClient::asRoot(m_env, {u"diagnose"_s, u"--domain"_s, u"a;rm -rf /"_s}), m_home.path());
        QCOMPARE(r.exitCode, 2);
        // A port where nothing listens: a connection failure, reported as such.
        r = TestServerClient::runCli({u"--ssh"_s, u"root@127.0.0.1:1"_s, u"--identity"_s, m_env.rootKey(),
                                      u"--known-hosts"_s, m_env.knownHostsFile(), u"diagnose"_s, u"--only"_s, u"limits"_s},
                                     m_home.path());
        QCOMPARE(r.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliDiagnose)
#include "tst_cli_diagnose.moc"
