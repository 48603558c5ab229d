#include "checks/relayauthcheck.h"
#include "fakesession.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Diagnosis;
using namespace Qt::StringLiterals;
using TestSupport::FakeTransport;

class TestRelayAuthCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noRelayhost();
    void storedLoginAccepted();
    void viewerWithoutRoot();
    void opensslMissing();
    void relayTimesOut();
    void transportError();
    void keyFormMismatch();
    void loginFromOptions();
    void invalidRelayOption();
    void settingsUnreadable();
};

namespace {

const QByteArray secret = "relay-secret";

QByteArray settings(const QByteArray &relayhost)
{
    return "relayhost = " + relayhost + "\n"
           "smtp_sasl_auth_enable = yes\n"
           "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n"
           "smtp_sasl_security_options = noanonymous\n"
           "smtp_sasl_tls_security_options = noanonymous\n"
           "smtp_sasl_mechanism_filter =\n"
           "smtp_tls_security_level = encrypt\n"
           "smtp_tls_wrappermode = no\n"
           "smtp_sender_dependent_authentication = no\n"
           "default_database_type = hash\n";
}

// Nothing but the probe and postconf was sent.
bool onlySettingsRead(const QList<FakeTransport::Call> &calls)
{
    for (const auto &c : calls) {
        for (const char *tool : {"/usr/bin/bash", "/usr/sbin/postmap", "/usr/bin/stat", "/usr/bin/find"}) {
            if (c.command.shellLine.startsWith(tool))
                return false;
        }
    }
    return true;
}

FakeTransport::Response response(const QString &name, int exitCode = 0)
{
    auto r = FakeTransport::Response::fromFile(u"diagnostics/relay/"_s + name + u".out"_s, exitCode);
    QFile err(QStringLiteral(POSTDESK_TEST_DATA "/diagnostics/relay/") + name + u".err"_s);
    if (err.open(QIODevice::ReadOnly))
        r.stdErr = err.readAll();
    return r;
}

struct Answers
{
    QByteArray relayhost = "[relay.pdts.test]:587";
    QByteArray lookup = "[relay.pdts.test]:587\trelay-user:relay-secret\n";
    QString login = u"starttls-235"_s;
};

void answer(FakeTransport *fake, const Answers &a)
{
    fake->onMatch(QRegularExpression(u"^/usr/sbin/postconf -x "_s), {.stdOut = settings(a.relayhost)});
    fake->onMatch(QRegularExpression(u"^/usr/bin/find /usr/lib "_s), response(u"find-plugins"_s));
    fake->onMatch(QRegularExpression(u"^/usr/bin/stat -L "_s), response(u"stat-ok"_s, 1));
    fake->onMatch(QRegularExpression(u"^/usr/sbin/postmap -q - "_s),
                  {.stdOut = a.lookup, .exitCode = a.lookup.isEmpty() ? 1 : 0});
    fake->onMatch(QRegularExpression(u"^/usr/bin/bash -c "_s), response(a.login));
}

struct Run
{
    QList<CheckResult> results;
    QList<Remote::CommandLogEntry> log;
    QList<FakeTransport::Call> calls;
};

Run runCheck(const FakeTransport::ProbeSetup &probe, const Answers &a, const Checks::CheckOptions &options = {})
{
    auto s = TestSupport::readyFakeSession(probe, [&a](FakeTransport *f) { answer(f, a); }, true);
    QSignalSpy logged(s.session.get(), &Remote::ServerSession::commandLogged);
    Checks::RelayAuthCheck check(s.session.get(), options);
    QSignalSpy finished(&check, &Checks::Check::finished);
    check.start();
    if (!finished.wait(10000))
        qWarning("check did not finish");
    Run run;
    run.results = check.results();
    for (const auto &args : logged)
        run.log << args.at(0).value<Remote::CommandLogEntry>();
    run.calls = s.fake->calls();
    return run;
}

std::optional<CheckResult> byTarget(const QList<CheckResult> &results, const QString &target)
{
    for (const CheckResult &r : results) {
        if (r.target == target)
            return r;
    }
    return std::nullopt;
}

// The password, its base64 and the AUTH PLAIN blob must appear nowhere but in the login test's stdin.
void verifyNoSecret(const Run &run, const QByteArray &user, const QByteArray &password)
{
    const QByteArray blob = QByteArray(QByteArray(1, '\0') + user + QByteArray(1, '\0') + password).toBase64();
    const QList<QByteArray> needles = {password, password.toBase64(), blob};
    for (const CheckResult &r : run.results) {
        const QByteArray all = QJsonDocument(r.toJson()).toJson() + r.toText().toUtf8();
        for (const QByteArray &n : needles)
            QVERIFY2(!all.contains(n), all.constData());
    }
    for (const auto &e : run.log) {
        const QByteArray all = QString(e.label + e.shellLine + e.detail + e.status).toUtf8();
        for (const QByteArray &n : needles)
            QVERIFY(!all.contains(n));
    }
    bool sentOnStdin = false;
    for (const auto &c : run.calls) {
        for (const QByteArray &n : needles)
            QVERIFY(!c.command.shellLine.contains(n));
        if (c.command.shellLine.startsWith("/usr/bin/bash -c ") && c.command.stdinData.contains(blob))
            sentOnStdin = true;
        QVERIFY(!c.command.label.toUtf8().contains(password));
    }
    QVERIFY(sentOnStdin);
}

} // namespace

void TestRelayAuthCheck::noRelayhost()
{
    Answers a;
    a.relayhost = "";
    const Run run = runCheck({}, a);
    QCOMPARE(run.results.size(), 1);
    QCOMPARE(run.results.first().verdict, Verdict::Ok);
    QCOMPARE(run.results.first().summary, u"no relayhost: mail goes straight to the recipients' MX"_s);
    QCOMPARE(run.results.first().check, CheckId::RelayAuth);
    QVERIFY(onlySettingsRead(run.calls));
}

void TestRelayAuthCheck::storedLoginAccepted()
{
    const Run run = runCheck({}, {});
    QCOMPARE(run.results.size(), 5);
    const auto login = byTarget(run.results, u"relay.pdts.test:587"_s);
    QVERIFY(login);
    QCOMPARE(login->verdict, Verdict::Ok);
    QVERIFY(login->evidence.contains(u"C: AUTH PLAIN ********"_s));
    QVERIFY(login->commands.first().startsWith(u"/usr/bin/bash -c "_s));
    QCOMPARE(byTarget(run.results, u"main.cf"_s)->verdict, Verdict::Ok);
    const auto key = byTarget(run.results, u"hash:/etc/postfix/sasl_passwd"_s);
    QCOMPARE(key->verdict, Verdict::Ok);
    QVERIFY(key->summary.contains(u"relay-user"_s)); // the user name may show
    QCOMPARE(byTarget(run.results, u"/etc/postfix/sasl_passwd"_s)->verdict, Verdict::Ok);
    QCOMPARE(byTarget(run.results, u"Cyrus SASL client plugins"_s)->verdict, Verdict::Ok);
    verifyNoSecret(run, "relay-user", secret);
    // The keys went on stdin, the table is read as root (the probe is root here: no sudo).
    for (const auto &c : run.calls) {
        if (c.command.shellLine.startsWith("/usr/sbin/postmap")) {
            QCOMPARE(c.command.privilege, Remote::Privilege::Root);
            QVERIFY(c.command.stdinData.contains("[relay.pdts.test]:587\n"));
        }
    }
}

void TestRelayAuthCheck::viewerWithoutRoot()
{
    Answers a;
    a.login = u"starttls-ehlo-only"_s;
    const Run run = runCheck({.uid = 1000, .user = u"pdviewer"_s, .sudo = false}, a);
    const auto key = byTarget(run.results, u"hash:/etc/postfix/sasl_passwd"_s);
    QVERIFY(key);
    QCOMPARE(key->verdict, Verdict::Unknown);
    QCOMPARE(key->summary, u"needs root (or sudo) to read the stored login"_s);
    // The file checks still ran.
    QCOMPARE(byTarget(run.results, u"/etc/postfix/sasl_passwd"_s)->verdict, Verdict::Ok);
    const auto login = byTarget(run.results, u"relay.pdts.test:587"_s);
    QCOMPARE(login->verdict, Verdict::Unknown);
    QVERIFY(login->summary.contains(u"needs root (or sudo)"_s));
    for (const auto &c : run.calls) {
        QVERIFY(!c.command.shellLine.startsWith("/usr/sbin/postmap")); // refused, never sent
        if (c.command.shellLine.startsWith("/usr/bin/bash"))
            QVERIFY(c.command.stdinData.isEmpty()); // no login: EHLO only
    }
}

void TestRelayAuthCheck::opensslMissing()
{
    const Run run = runCheck({.missingTools = {u"openssl"_s}}, {});
    const auto login = byTarget(run.results, u"relay.pdts.test:587"_s);
    QVERIFY(login);
    QCOMPARE(login->verdict, Verdict::Unknown);
    QVERIFY2(login->summary.contains(u"openssl is not installed"_s), qPrintable(login->summary));
    QVERIFY(login->summary.contains(u"package openssl"_s));
    for (const auto &c : run.calls)
        QVERIFY(!c.command.shellLine.startsWith("/usr/bin/bash"));
}

void TestRelayAuthCheck::relayTimesOut()
{
    Answers a;
    a.login = u"timeout"_s;
    Checks::CheckOptions options;
    options.connectTimeoutSeconds = 2;
    const Run run = runCheck({}, a, options);
    const auto login = byTarget(run.results, u"relay.pdts.test:587"_s);
    QCOMPARE(login->verdict, Verdict::Failed);
    QVERIFY2(login->summary.contains(u"timed out after 2 s"_s), qPrintable(login->summary));
    QVERIFY(login->advice.contains(u"firewall"_s)); // the smtp_reachability wording
    for (const auto &c : run.calls) {
        if (c.command.shellLine.startsWith("/usr/bin/bash"))
            QVERIFY(c.command.timeoutMs > 8000 && c.command.timeoutMs <= 30000);
    }
}

void TestRelayAuthCheck::transportError()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        // Regexes are tried in the order added: this one before answer()'s.
        f->onMatch(QRegularExpression(u"^/usr/bin/bash -c "_s), {.error = u"timed out after 18 s"_s});
        answer(f, {});
    });
    Checks::RelayAuthCheck check(s.session.get(), {});
    QSignalSpy finished(&check, &Checks::Check::finished);
    check.start();
    QVERIFY(finished.wait(10000));
    const auto login = byTarget(check.results(), u"relay.pdts.test:587"_s);
    QCOMPARE(login->verdict, Verdict::Unknown);
    QVERIFY(login->summary.contains(u"did not complete"_s));
}

void TestRelayAuthCheck::keyFormMismatch()
{
    Answers a;
    a.relayhost = "[relay-keyform.pdts.test]:587";
    a.lookup = "relay-keyform.pdts.test:587\tpdrelay:pw\n";
    a.login = u"starttls-ehlo-only"_s;
    const Run run = runCheck({}, a);
    const auto key = byTarget(run.results, u"hash:/etc/postfix/sasl_passwd"_s);
    QCOMPARE(key->verdict, Verdict::Failed);
    QVERIFY2(key->summary.contains(u"\"relay-keyform.pdts.test:587\" but relayhost is \"[relay-keyform.pdts.test]:587\""_s),
             qPrintable(key->summary));
    const auto login = byTarget(run.results, u"relay-keyform.pdts.test:587"_s);
    QCOMPARE(login->verdict, Verdict::Unknown);
    QVERIFY(login->summary.contains(u"no stored login matches"_s));
}

void TestRelayAuthCheck::loginFromOptions()
{
    Checks::CheckOptions options;
    options.relayUser = u"desk-user"_s;
    options.relayPassword = u"Desk-Secret-42"_s;
    const Run run = runCheck({.uid = 1000, .user = u"pdviewer"_s, .sudo = false}, {}, options);
    QCOMPARE(byTarget(run.results, u"relay.pdts.test:587"_s)->verdict, Verdict::Ok);
    verifyNoSecret(run, "desk-user", "Desk-Secret-42");
}

void TestRelayAuthCheck::invalidRelayOption()
{
    Checks::CheckOptions options;
    options.relay = u"[relay.example.com;reboot]:587"_s;
    const Run run = runCheck({}, {}, options);
    QCOMPARE(run.results.size(), 1);
    QCOMPARE(run.results.first().verdict, Verdict::Unknown);
    QVERIFY(run.results.first().summary.contains(u"is not valid"_s));
    QVERIFY(onlySettingsRead(run.calls));
}

void TestRelayAuthCheck::settingsUnreadable()
{
    const Run run = runCheck({.missingTools = {u"postconf"_s}}, {});
    QCOMPARE(run.results.size(), 1);
    QCOMPARE(run.results.first().verdict, Verdict::Unknown);
    QVERIFY(run.results.first().summary.contains(u"postconf is not installed"_s));
}

QTEST_GUILESS_MAIN(TestRelayAuthCheck)
#include "tst_relayauthcheck.moc"
