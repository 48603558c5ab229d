// relay_auth against the real test server: every verdict of the "relay login" item with the
// relays the test server provides (relayhost stays empty there: CheckOptions::relay names them).
// relay-ok accepts the stored login (235, on 587 with STARTTLS and on 465 with TLS from the start),
// relay.pdts.test rejects every login (535), relay-noauth offers no AUTH, relay-keyform's entry in
// sasl_passwd has the wrong key form; sasl_passwd's mode/owner are checked and then broken on purpose.
#include "checks/relayauthcheck.h"
#include "testserverclient.h"
#include "testserverenv.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Diagnosis;
using namespace Qt::StringLiterals;
using TestSupport::TestServerClient;

class TestDiagRelayServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noRelayhost();
    void storedLoginAccepted_data();
    void storedLoginAccepted();
    void wrongPassword();
    void relayWithoutAuth();
    void wrongKeyForm();
    void viewerWithoutRoot();
    void saslPasswdModeAndOwner();
    void cleanupTestCase();

private:
    struct Outcome
    {
        QList<CheckResult> results;
        QList<Remote::CommandLogEntry> log;
    };
    Outcome run(Remote::ServerSession *session, const QString &relay);
    static std::optional<CheckResult> byTarget(const QList<CheckResult> &results, const QString &target);
    void verifyNoSecret(const Outcome &outcome);

    TestSupport::TestServerEnv m_env;
    std::unique_ptr<Remote::ServerSession> m_root;
    std::unique_ptr<Remote::ServerSession> m_viewer;
};

void TestDiagRelayServer::initTestCase()
{
    if (!m_env.isValid())
        QFAIL(qPrintable(u"test server env file missing or unreadable: "_s + m_env.error()));
    if (!m_env.contains(u"PD_TS_RELAY_OK"_s))
        QFAIL("the test server has no relays (PD_TS_RELAY_OK missing): update scripts/testserver");
    m_root = TestServerClient::connect(m_env, u"root"_s, Remote::AuthMethod::KeyFile, m_env.rootKey());
    QVERIFY(m_root && m_root->state() == Remote::ServerSession::State::Ready);
    m_viewer = TestServerClient::connect(m_env, m_env.viewerUser(), Remote::AuthMethod::KeyFile, m_env.viewerKey());
    QVERIFY(m_viewer && m_viewer->state() == Remote::ServerSession::State::Ready);
}

TestDiagRelayServer::Outcome TestDiagRelayServer::run(Remote::ServerSession *session, const QString &relay)
{
    Outcome outcome;
    QSignalSpy logged(session, &Remote::ServerSession::commandLogged);
    Checks::CheckOptions options;
    options.relay = relay;
    options.connectTimeoutSeconds = 5;
    Checks::RelayAuthCheck check(session, options);
    QSignalSpy finished(&check, &Checks::Check::finished);
    check.start();
    if (!finished.wait(60000))
        qWarning("relay_auth did not finish within 60 s");
    outcome.results = check.results();
    for (const auto &args : logged)
        outcome.log << args.at(0).value<Remote::CommandLogEntry>();
    for (const CheckResult &r : outcome.results)
        qDebug().noquote() << r.toText();
    return outcome;
}

std::optional<CheckResult> TestDiagRelayServer::byTarget(const QList<CheckResult> &results, const QString &target)
{
    for (const CheckResult &r : results) {
        if (r.target == target)
            return r;
    }
    return std::nullopt;
}

void TestDiagRelayServer::verifyNoSecret(const Outcome &outcome)
{
    const QByteArray password = m_env.value(u"PD_TS_RELAY_OK_PASSWORD"_s).toUtf8();
    QVERIFY(!password.isEmpty());
    const QByteArray blob = QByteArray(QByteArray(1, '\0') + "pdrelay" + QByteArray(1, '\0') + password).toBase64();
    for (const CheckResult &r : outcome.results) {
        const QByteArray all = QJsonDocument(r.toJson()).toJson() + r.toText().toUtf8();
        QVERIFY(!all.contains(password));
        QVERIFY(!all.contains(password.toBase64()));
        QVERIFY(!all.contains(blob));
        QVERIFY(!all.contains("relay-secret"));
    }
    for (const auto &e : outcome.log) {
        const QByteArray all = QString(e.label + e.shellLine + e.detail).toUtf8();
        QVERIFY(!all.contains(password));
        QVERIFY(!all.contains(blob));
    }
}

void TestDiagRelayServer::noRelayhost()
{
    const Outcome o = run(m_root.get(), {});
    QCOMPARE(o.results.size(), 1);
    QCOMPARE(o.results.first().verdict, Verdict::Ok);
    QCOMPARE(o.results.first().summary, u"no relayhost: mail goes straight to the recipients' MX"_s);
}

void TestDiagRelayServer::storedLoginAccepted_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("target");
    QTest::newRow("587 STARTTLS") << u"PD_TS_RELAY_OK"_s << u"relay-ok.pdts.test:587"_s;
    QTest::newRow("465 TLS") << u"PD_TS_RELAY_OK_465"_s << u"relay-ok.pdts.test:465"_s;
}

void TestDiagRelayServer::storedLoginAccepted()
{
    QFETCH(QString, key);
    QFETCH(QString, target);
    const Outcome o = run(m_root.get(), m_env.value(key));
    const auto login = byTarget(o.results, target);
    QVERIFY(login);
    QCOMPARE(login->verdict, Verdict::Ok);
    QVERIFY(login->summary.contains(u"235"_s));
    QVERIFY(login->evidence.contains(u"C: AUTH PLAIN ********"_s));
    QVERIFY(login->evidence.contains(u"S: 235 2.7.0 Authentication successful"_s));
    const auto stored = byTarget(o.results, u"hash:/etc/postfix/sasl_passwd"_s);
    QCOMPARE(stored->verdict, Verdict::Ok);
    QVERIFY(stored->summary.contains(u"pdrelay"_s));
    QCOMPARE(byTarget(o.results, u"/etc/postfix/sasl_passwd"_s)->verdict, Verdict::Ok);
    QCOMPARE(byTarget(o.results, u"Cyrus SASL client plugins"_s)->verdict, Verdict::Ok);
    // The test server leaves smtp_sasl_auth_enable off globally (only its transports log in).
    const auto settings = byTarget(o.results, u"main.cf"_s);
    QCOMPARE(settings->verdict, Verdict::Failed);
    QVERIFY(settings->summary.contains(u"smtp_sasl_auth_enable = no"_s));
    if (target.endsWith(u":465"_s))
        QVERIFY(settings->summary.contains(u"smtp_tls_wrappermode = no"_s));
    verifyNoSecret(o);
}

void TestDiagRelayServer::wrongPassword()
{
    const Outcome o = run(m_root.get(), m_env.value(u"PD_TS_RELAY_BAD"_s));
    const auto login = byTarget(o.results, u"relay.pdts.test:587"_s);
    QVERIFY(login);
    QCOMPARE(login->verdict, Verdict::Failed);
    QVERIFY(login->summary.contains(u"rejected the user name or password"_s));
    QVERIFY(login->summary.contains(u"535"_s));
    QCOMPARE(byTarget(o.results, u"hash:/etc/postfix/sasl_passwd"_s)->verdict, Verdict::Ok);
    verifyNoSecret(o);
}

void TestDiagRelayServer::relayWithoutAuth()
{
    const Outcome o = run(m_root.get(), m_env.value(u"PD_TS_RELAY_NOAUTH"_s));
    const auto login = byTarget(o.results, u"relay-noauth.pdts.test:587"_s);
    QVERIFY(login);
    QCOMPARE(login->verdict, Verdict::Failed);
    QVERIFY(login->summary.contains(u"offers no login mechanism on this connection"_s));
    QVERIFY(!login->evidence.join(u'\n').contains(u"AUTH PLAIN"_s)); // nothing was sent
}

void TestDiagRelayServer::wrongKeyForm()
{
    const Outcome o = run(m_root.get(), m_env.value(u"PD_TS_RELAY_KEYFORM"_s));
    const auto stored = byTarget(o.results, u"hash:/etc/postfix/sasl_passwd"_s);
    QVERIFY(stored);
    QCOMPARE(stored->verdict, Verdict::Failed);
    QVERIFY2(stored->summary.contains(u"Key form does not match relayhost"_s), qPrintable(stored->summary));
    QVERIFY(stored->summary.contains(u"\"relay-keyform.pdts.test:587\""_s));
    QVERIFY(stored->advice.contains(u"[relay-keyform.pdts.test]:587"_s));
    const auto login = byTarget(o.results, u"relay-keyform.pdts.test:587"_s);
    QCOMPARE(login->verdict, Verdict::Unknown); // offered AUTH, but Postfix has no login to send
    QVERIFY(login->summary.contains(u"no stored login matches"_s));
    verifyNoSecret(o);
}

void TestDiagRelayServer::viewerWithoutRoot()
{
    const Outcome o = run(m_viewer.get(), m_env.value(u"PD_TS_RELAY_OK"_s));
    const auto stored = byTarget(o.results, u"hash:/etc/postfix/sasl_passwd"_s);
    QVERIFY(stored);
    QCOMPARE(stored->verdict, Verdict::Unknown);
    QCOMPARE(stored->summary, u"needs root (or sudo) to read the stored login"_s);
    QCOMPARE(byTarget(o.results, u"/etc/postfix/sasl_passwd"_s)->verdict, Verdict::Ok); // stat works for anyone
    const auto login = byTarget(o.results, u"relay-ok.pdts.test:587"_s);
    QCOMPARE(login->verdict, Verdict::Unknown);
    QVERIFY(login->summary.contains(u"AUTH PLAIN LOGIN"_s));
    QVERIFY(login->summary.contains(u"needs root (or sudo)"_s));
}

void TestDiagRelayServer::saslPasswdModeAndOwner()
{
    int rc = -1;
    m_env.exec({u"/bin/chmod"_s, u"0644"_s, u"/etc/postfix/sasl_passwd.db"_s}, &rc);
    QCOMPARE(rc, 0);
    m_env.exec({u"/bin/chown"_s, u"postfix"_s, u"/etc/postfix/sasl_passwd"_s}, &rc);
    QCOMPARE(rc, 0);
    const Outcome o = run(m_root.get(), m_env.value(u"PD_TS_RELAY_OK"_s));
    // Put the shared server back before asserting anything.
    m_env.exec({u"/bin/chmod"_s, u"0600"_s, u"/etc/postfix/sasl_passwd.db"_s}, &rc);
    QCOMPARE(rc, 0);
    m_env.exec({u"/bin/chown"_s, u"root"_s, u"/etc/postfix/sasl_passwd"_s}, &rc);
    QCOMPARE(rc, 0);
    const auto files = byTarget(o.results, u"/etc/postfix/sasl_passwd"_s);
    QVERIFY(files);
    QCOMPARE(files->verdict, Verdict::Warning);
    QVERIFY2(files->advice.contains(u"chmod 600 /etc/postfix/sasl_passwd.db"_s), qPrintable(files->advice));
    QVERIFY(files->advice.contains(u"chown root:root /etc/postfix/sasl_passwd"_s));
    QVERIFY(files->evidence.join(u'\n').contains(u"0644 root uid 0 /etc/postfix/sasl_passwd.db"_s));
}

void TestDiagRelayServer::cleanupTestCase()
{
    m_root.reset();
    m_viewer.reset();
}

QTEST_GUILESS_MAIN(TestDiagRelayServer)
#include "tst_diag_relay_server.moc"
