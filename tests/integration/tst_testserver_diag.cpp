// Verifies what the test mail server provides for the diagnostics (issue 4): the egress address and
// its reverse DNS, DNS names that fail in each way, the fake DNSBL zones, the TLS peers signed by
// the test CA, the relays and their sasl_passwd map, the amavis switch and the tools the checks
// call. Everything runs inside the server's namespace (testserver.sh exec), so nothing leaves it.
// The check owners assert their verdicts against exactly these answers
// (/work/brief/testserver-status.md, scripts/testserver/README.md).

#include "testserverenv.h"

#include <algorithm>

#include <QProcess>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::TestServerEnv;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray all() const { return out + err; }
};

} // namespace

class TestServerDiagTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void toolsExistInsideTheNamespace();
    void egressAddressHasForwardConfirmedReverseDns();
    void dnsFailures_data();
    void dnsFailures();
    void dnsblZones_data();
    void dnsblZones();
    void tlsPeersVerifyAgainstTheTestCa_data();
    void tlsPeersVerifyAgainstTheTestCa();
    void relayAuth_data();
    void relayAuth();
    void saslPasswdMapIsPrivateAndKeyed();
    void amavisGoesUpAndDown();

private:
    Run exec(const QStringList &argv, const QByteArray &stdIn = {}, int timeoutMs = 30000) const;
    Run script(const QStringList &arguments) const;
    QByteArray dig(const QString &name, const QString &type, QByteArray *status = nullptr) const;

    TestServerEnv m_env;
};

Run TestServerDiagTest::exec(const QStringList &argv, const QByteArray &stdIn, int timeoutMs) const
{
    Run run;
    run.out = m_env.exec(argv, &run.exitCode, &run.err, stdIn, timeoutMs);
    return run;
}

Run TestServerDiagTest::script(const QStringList &arguments) const
{
    QProcess process;
    process.start(m_env.script(), QStringList{arguments.first(), m_env.stateDir()} + arguments.mid(1));
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = "testserver.sh did not finish";
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

// The +short answer lines; status gets dig's "status: X" (or "TIMEOUT" when nothing answered).
QByteArray TestServerDiagTest::dig(const QString &name, const QString &type, QByteArray *status) const
{
    const Run full = exec({u"/usr/bin/dig"_s, u"+time=1"_s, u"+tries=1"_s, name, type});
    if (status) {
        const qsizetype at = full.out.indexOf("status: ");
        *status = at < 0 ? QByteArray("TIMEOUT")
                         : full.out.mid(at + 8, full.out.indexOf(',', at) - at - 8);
    }
    QByteArray answers;
    bool inAnswer = false;
    for (const QByteArray &line : full.out.split('\n')) {
        if (line.startsWith(";; ANSWER SECTION:")) {
            inAnswer = true;
        } else if (inAnswer && line.trimmed().isEmpty()) {
            inAnswer = false;
        } else if (inAnswer) {
            answers += line.mid(line.lastIndexOf('\t') + 1) + '\n';
        }
    }
    return answers.trimmed();
}

void TestServerDiagTest::initTestCase()
{
    if (!m_env.isValid())
        QFAIL(qPrintable(m_env.error()));
    QVERIFY2(m_env.contains(u"PD_TS_EGRESS_IP"_s), "env file lacks the diagnostics keys: restart the server");
}

void TestServerDiagTest::toolsExistInsideTheNamespace()
{
    const QStringList tools{u"/usr/bin/dig"_s,     u"/usr/bin/host"_s,    u"/usr/bin/nc"_s,
                            u"/usr/bin/openssl"_s, u"/bin/bash"_s,        u"/usr/bin/timeout"_s,
                            u"/usr/bin/ss"_s,      u"/usr/bin/ip"_s,      u"/sbin/ip"_s,
                            u"/usr/bin/getent"_s,  u"/usr/bin/stat"_s,    u"/usr/bin/ps"_s,
                            u"/usr/bin/swaks"_s};
    for (const QString &tool : tools) {
        const Run run = exec({u"/usr/bin/test"_s, u"-x"_s, tool});
        QVERIFY2(run.exitCode == 0, qPrintable(tool + u" is missing inside the namespace"_s));
    }
    // netcat-openbsd (the checks rely on its -z/-w options), not the traditional one.
    const Run nc = exec({u"/usr/bin/readlink"_s, u"-f"_s, u"/usr/bin/nc"_s});
    QCOMPARE(nc.out.trimmed(), "/usr/bin/nc.openbsd");
}

void TestServerDiagTest::egressAddressHasForwardConfirmedReverseDns()
{
    const QByteArray egress = m_env.value(u"PD_TS_EGRESS_IP"_s).toUtf8();
    QCOMPARE(egress, "192.0.2.25");
    const Run addresses = exec({u"/usr/bin/ip"_s, u"-4"_s, u"-o"_s, u"addr"_s, u"show"_s, u"scope"_s,
                                u"global"_s});
    QVERIFY2(addresses.out.contains("lo    inet 192.0.2.25/32 scope global lo"), addresses.out.constData());
    QCOMPARE(addresses.out.trimmed().count('\n'), 0); // the only global address, on lo
    const Run route = exec({u"/usr/bin/ip"_s, u"route"_s, u"get"_s, u"192.0.2.1"_s});
    QVERIFY2(route.out.contains("src 192.0.2.25"), route.out.constData());
    // Nothing routes out of the namespace (a route lookup only; 198.18.0.1 is a benchmarking
    // address, RFC 2544, not a host anywhere).
    const Run outside = exec({u"/usr/bin/ip"_s, u"route"_s, u"get"_s, u"198.18.0.1"_s});
    QVERIFY(outside.exitCode != 0);

    const QString hostname = m_env.value(u"PD_TS_HOSTNAME"_s);
    const Run myhostname = exec({u"/usr/sbin/postconf"_s, u"-h"_s, u"myhostname"_s});
    QCOMPARE(myhostname.out.trimmed(), hostname.toUtf8());
    QCOMPARE(dig(hostname, u"A"_s), egress);
    QCOMPARE(dig(u"25.2.0.192.in-addr.arpa"_s, u"PTR"_s), hostname.toUtf8() + '.');
}

void TestServerDiagTest::dnsFailures_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("nxdomain") << u"PD_TS_DNS_NXDOMAIN"_s << u"A"_s << QByteArray("NXDOMAIN");
    QTest::newRow("servfail") << u"PD_TS_DNS_SERVFAIL"_s << u"MX"_s << QByteArray("SERVFAIL");
    QTest::newRow("timeout") << u"PD_TS_DNS_TIMEOUT"_s << u"MX"_s << QByteArray("TIMEOUT");
}

void TestServerDiagTest::dnsFailures()
{
    QFETCH(QString, key);
    QFETCH(QString, type);
    QFETCH(QByteArray, status);
    QByteArray seen;
    QVERIFY(dig(m_env.value(key), type, &seen).isEmpty());
    QCOMPARE(seen, status);
}

void TestServerDiagTest::dnsblZones_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("egress");    // answers for 25.2.0.192.<zone>
    QTest::addColumn<QByteArray>("testEntry"); // answers for 2.0.0.127.<zone>
    QTest::addColumn<QByteArray>("egressStatus");
    QTest::newRow("listed") << u"PD_TS_DNSBL_LISTED"_s << QByteArray("127.0.0.2") << QByteArray("127.0.0.2")
                            << QByteArray("NOERROR");
    QTest::newRow("clean") << u"PD_TS_DNSBL_CLEAN"_s << QByteArray() << QByteArray("127.0.0.2")
                           << QByteArray("NXDOMAIN");
    QTest::newRow("silent") << u"PD_TS_DNSBL_SILENT"_s << QByteArray() << QByteArray() << QByteArray("NXDOMAIN");
    QTest::newRow("refused") << u"PD_TS_DNSBL_REFUSED"_s << QByteArray("127.255.255.254")
                             << QByteArray("127.255.255.254") << QByteArray("NOERROR");
    QTest::newRow("multi") << u"PD_TS_DNSBL_MULTI"_s << QByteArray("127.0.0.10\n127.0.0.4")
                           << QByteArray("127.0.0.2") << QByteArray("NOERROR");
    QTest::newRow("timeout") << u"PD_TS_DNSBL_TIMEOUT"_s << QByteArray() << QByteArray() << QByteArray("TIMEOUT");
}

void TestServerDiagTest::dnsblZones()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, egress);
    QFETCH(QByteArray, testEntry);
    QFETCH(QByteArray, egressStatus);
    const QString zone = m_env.value(key);
    QVERIFY2(zone.endsWith(u".pdts.test"_s), qPrintable(key + u" missing"_s));
    QByteArray status;
    QByteArray answers = dig(u"25.2.0.192."_s + zone, u"A"_s, &status);
    QList<QByteArray> sorted = answers.split('\n');
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted.join('\n'), egress);
    QCOMPARE(status, egressStatus);
    QCOMPARE(dig(u"2.0.0.127."_s + zone, u"A"_s), testEntry);
    if (key == u"PD_TS_DNSBL_LISTED"_s) {
        const QByteArray reason = dig(u"25.2.0.192."_s + zone, u"TXT"_s);
        QVERIFY2(reason.startsWith("\"Listed by the Postdesk test DNSBL"), reason.constData());
    }
}

void TestServerDiagTest::tlsPeersVerifyAgainstTheTestCa_data()
{
    QTest::addColumn<QString>("mxKey");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("valid") << u"PD_TS_TLS_GOOD_MX"_s << QByteArray("Verification: OK");
    QTest::newRow("wrong name") << u"PD_TS_TLS_WRONGNAME_MX"_s << QByteArray("hostname mismatch");
    QTest::newRow("expired") << u"PD_TS_TLS_EXPIRED_MX"_s << QByteArray("certificate has expired");
    QTest::newRow("self-signed") << u"PD_TS_TLS_SELFSIGNED_MX"_s << QByteArray("self-signed certificate");
    QTest::newRow("no starttls") << u"PD_TS_TLS_NONE_MX"_s << QByteArray("Didn't find STARTTLS");
}

void TestServerDiagTest::tlsPeersVerifyAgainstTheTestCa()
{
    QFETCH(QString, mxKey);
    QFETCH(QByteArray, expected);
    const QString mx = m_env.value(mxKey);
    QVERIFY2(!mx.isEmpty(), qPrintable(mxKey + u" missing"_s));
    const Run run = exec({u"/usr/bin/timeout"_s, u"15"_s, u"/usr/bin/openssl"_s, u"s_client"_s, u"-brief"_s,
                          u"-starttls"_s, u"smtp"_s, u"-connect"_s, mx + u":25"_s, u"-servername"_s, mx,
                          u"-verify_hostname"_s, mx, u"-CAfile"_s, m_env.value(u"PD_TS_CA_FILE"_s)});
    QVERIFY2(run.all().contains(expected), run.all().constData());
}

void TestServerDiagTest::relayAuth_data()
{
    QTest::addColumn<QString>("relayKey");
    QTest::addColumn<bool>("goodPassword");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("587 accepts") << u"PD_TS_RELAY_OK"_s << true << QByteArray("\n235 2.7.0 ");
    QTest::newRow("587 wrong password") << u"PD_TS_RELAY_OK"_s << false << QByteArray("\n535 5.7.8 ");
    QTest::newRow("465 accepts") << u"PD_TS_RELAY_OK_465"_s << true << QByteArray("\n235 2.7.0 ");
    QTest::newRow("rejecting relay") << u"PD_TS_RELAY_BAD"_s << true << QByteArray("\n535 5.7.8 ");
    QTest::newRow("no auth offered") << u"PD_TS_RELAY_NOAUTH"_s << true << QByteArray("\n503 5.5.1 ");
    QTest::newRow("key form relay") << u"PD_TS_RELAY_KEYFORM"_s << true << QByteArray("\n235 2.7.0 ");
}

void TestServerDiagTest::relayAuth()
{
    QFETCH(QString, relayKey);
    QFETCH(bool, goodPassword);
    QFETCH(QByteArray, expected);
    // "[host]:port" from the env file.
    const QString relay = m_env.value(relayKey);
    QVERIFY2(relay.startsWith(u'['), qPrintable(relayKey + u" missing"_s));
    const QString host = relay.mid(1, relay.indexOf(u']') - 1);
    const QString port = relay.mid(relay.lastIndexOf(u':') + 1);
    const QByteArray password = m_env.value(u"PD_TS_RELAY_OK_PASSWORD"_s).toUtf8() + (goodPassword ? "" : "-no");
    const QByteArray plain = '\0' + m_env.value(u"PD_TS_RELAY_OK_USER"_s).toUtf8() + '\0' + password;
    // The secret travels on stdin, as the relay_auth check sends it.
    const QByteArray dialogue = "EHLO probe.pdts.test\r\nAUTH PLAIN " + plain.toBase64() + "\r\nQUIT\r\n";
    QStringList argv{u"/usr/bin/timeout"_s, u"15"_s, u"/usr/bin/openssl"_s, u"s_client"_s, u"-quiet"_s,
                     u"-connect"_s, host + u':' + port, u"-CAfile"_s, m_env.value(u"PD_TS_CA_FILE"_s)};
    if (port != u"465"_s)
        argv << u"-starttls"_s << u"smtp"_s;
    const Run run = exec(argv, dialogue);
    QVERIFY2(run.out.contains(expected), run.all().constData());
    QVERIFY2(run.out.contains("\n221 2.0.0 Bye"), run.all().constData());
    QVERIFY2(!run.all().contains(password), "the password was echoed");
}

void TestServerDiagTest::saslPasswdMapIsPrivateAndKeyed()
{
    const QString map = m_env.value(u"PD_TS_SASL_MAP_TYPE"_s) + u':' + m_env.value(u"PD_TS_SASL_PASSWD"_s);
    const Run modes = exec({u"/usr/bin/stat"_s, u"-c"_s, u"%a %U:%G %n"_s, m_env.value(u"PD_TS_SASL_PASSWD"_s),
                            m_env.value(u"PD_TS_SASL_PASSWD"_s) + u".db"_s});
    QCOMPARE(modes.out, "600 root:root /etc/postfix/sasl_passwd\n600 root:root /etc/postfix/sasl_passwd.db\n");
    const Run postconf = exec({u"/usr/sbin/postconf"_s, u"-h"_s, u"smtp_sasl_password_maps"_s, u"relayhost"_s,
                               u"smtp_sasl_auth_enable"_s, u"smtp_tls_CAfile"_s});
    QCOMPARE(postconf.out, map.toUtf8() + "\n\nno\n" + m_env.value(u"PD_TS_CA_FILE"_s).toUtf8() + '\n');
    const QByteArray credentials = m_env.value(u"PD_TS_RELAY_OK_USER"_s).toUtf8() + ':'
                                   + m_env.value(u"PD_TS_RELAY_OK_PASSWORD"_s).toUtf8();
    for (const QString &key : {u"PD_TS_RELAY_OK"_s, u"PD_TS_RELAY_OK_465"_s}) {
        const Run found = exec({u"/usr/sbin/postmap"_s, u"-q"_s, m_env.value(key), map});
        QCOMPARE(found.out.trimmed(), credentials);
    }
    for (const QString &key : {u"PD_TS_RELAY_BAD"_s, u"PD_TS_RELAY_NOAUTH"_s}) {
        const Run found = exec({u"/usr/sbin/postmap"_s, u"-q"_s, m_env.value(key), map});
        QCOMPARE(found.exitCode, 0);
    }
    // The key-form trap: found only without the brackets relayhost uses.
    QCOMPARE(exec({u"/usr/sbin/postmap"_s, u"-q"_s, m_env.value(u"PD_TS_RELAY_KEYFORM"_s), map}).exitCode, 1);
    QCOMPARE(exec({u"/usr/sbin/postmap"_s, u"-q"_s, u"relay-keyform.pdts.test:587"_s, map}).out.trimmed(),
             credentials);
}

void TestServerDiagTest::amavisGoesUpAndDown()
{
    const auto listening = [this] {
        return exec({u"/usr/bin/ss"_s, u"-ltnH"_s, u"sport = :10024"_s}).out.contains("127.0.0.1:10024");
    };
    const auto cleanup = qScopeGuard([this] { script({u"amavis"_s, u"down"_s}); });
    Run status = script({u"amavis"_s, u"status"_s});
    QCOMPARE(status.exitCode, 3);
    QCOMPARE(status.out.trimmed(), "amavis down");
    QVERIFY(!listening());

    const Run up = script({u"amavis"_s, u"up"_s});
    QVERIFY2(up.exitCode == 0, up.err.constData());
    QVERIFY(listening());
    const Run greeting = exec({u"/usr/bin/nc"_s, u"-w"_s, u"5"_s, u"127.0.0.1"_s, u"10024"_s}, "QUIT\r\n");
    QVERIFY2(greeting.out.startsWith(QByteArray(m_env.value(u"PD_TS_AMAVIS_GREETING"_s).toUtf8() + "\r\n")),
             greeting.all().constData());
    status = script({u"amavis"_s, u"status"_s});
    QCOMPARE(status.exitCode, 0);
    QVERIFY(status.out.startsWith("amavis up (pid "));

    const Run down = script({u"amavis"_s, u"down"_s});
    QVERIFY2(down.exitCode == 0, down.err.constData());
    QVERIFY(!listening());
    QCOMPARE(script({u"amavis"_s, u"status"_s}).exitCode, 3);
}

QTEST_GUILESS_MAIN(TestServerDiagTest)
#include "tst_testserver_diag.moc"
