// Parsers of the content_filter, services and limits checks, fed with output captured inside the
// Postdesk test server (tests/data/diagnostics/services, see PROVENANCE.md) plus broken input.
#include "diagnosis/limitsnapshot.h"
#include "diagnosis/listeners.h"
#include "diagnosis/postconfoutput.h"
#include "diagnosis/servicestatus.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Diagnosis;

namespace {

QByteArray data(const QString &name)
{
    QFile f(QStringLiteral(POSTDESK_TEST_DATA "/diagnostics/services/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

QByteArray garbage()
{
    QByteArray g;
    for (int i = 0; i < 4096; ++i)
        g.append(char((i * 7919) % 256));
    return g;
}

} // namespace

class TstSvcParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ssRealOutput();
    void ssLineForms_data();
    void ssLineForms();
    void ssBrokenInput();
    void accepting_data();
    void accepting();
    void contentFilter_data();
    void contentFilter();
    void proxyFilter_data();
    void proxyFilter();
    void wellKnownNames();
    void postconfAll();
    void postconfContinuationAndGarbage();
    void postconfExpansion();
    void serviceParameters();
    void masterEntries();
    void systemctlShow();
    void systemctlNoSystemd();
    void psAndProcesses();
    void postfixOutputLines();
    void pleskVersion();
    void timeUnits_data();
    void timeUnits();
    void limitsFromTestServer();
    void limitsWarnings_data();
    void limitsWarnings();
    void limitsTransportSpecific();
};

void TstSvcParsers::ssRealOutput()
{
    const auto down = Listeners::parseSs(data(u"ss-ltnH-testserver.txt"_s));
    QVERIFY(down.issues.isEmpty());
    QCOMPARE(down.values.size(), 11);
    QCOMPARE(down.values.first().address, u"127.0.0.24"_s);
    QCOMPARE(down.values.first().port, 25);
    QVERIFY(Listeners::accepting(down.values, u"127.0.0.1"_s, 10024).isEmpty());
    QCOMPARE(Listeners::accepting(down.values, u"127.0.0.1"_s, 25).size(), 1);

    const auto up = Listeners::parseSs(data(u"ss-ltnH-amavis-listening.txt"_s));
    QVERIFY(up.issues.isEmpty());
    const auto found = Listeners::accepting(up.values, u"127.0.0.1"_s, 10024);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().line.contains(u"127.0.0.1:10024"_s));

    const auto dev = Listeners::parseSs(data(u"ss-ltnH-dev-machine.txt"_s));
    QVERIFY(dev.issues.isEmpty());
    QVERIFY(!dev.values.isEmpty());
    // 0.0.0.0:2024 is a wildcard: it accepts loopback connections too
    QCOMPARE(Listeners::accepting(dev.values, u"127.0.0.1"_s, 2024).size(), 1);
}

void TstSvcParsers::ssLineForms_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << "LISTEN 0      100        127.0.0.1:25        0.0.0.0:*"_ba << u"127.0.0.1"_s << 25;
    QTest::newRow("ipv6 any") << "LISTEN 0      4096            [::]:22           [::]:*"_ba << u"::"_s << 22;
    QTest::newRow("ipv6 loopback") << "LISTEN 0 100 [::1]:10024 [::]:*"_ba << u"::1"_s << 10024;
    QTest::newRow("star") << "LISTEN 0      511                *:80              *:*"_ba << u"*"_s << 80;
    QTest::newRow("interface") << "LISTEN 0 4096 127.0.0.53%lo:53 0.0.0.0:*"_ba << u"127.0.0.53"_s << 53;
    QTest::newRow("no state column") << "0 128 0.0.0.0:10024 0.0.0.0:*"_ba << u"0.0.0.0"_s << 10024;
    QTest::newRow("process column")
            << "LISTEN 0 100 127.0.0.1:10024 0.0.0.0:* users:((\"amavisd-new\",pid=812,fd=5))"_ba << u"127.0.0.1"_s
            << 10024;
}

void TstSvcParsers::ssLineForms()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, address);
    QFETCH(int, port);
    const auto parsed = Listeners::parseSs(QByteArray("State Recv-Q Send-Q Local Address:Port Peer Address:Port\n" + line + '\n'));
    QVERIFY(parsed.issues.isEmpty());
    QCOMPARE(parsed.values.size(), 1);
    QCOMPARE(parsed.values.first().address, address);
    QCOMPARE(parsed.values.first().port, port);
}

void TstSvcParsers::ssBrokenInput()
{
    QVERIFY(Listeners::parseSs({}).values.isEmpty());
    QVERIFY(Listeners::parseSs({}).issues.isEmpty());
    const auto g = Listeners::parseSs(garbage());
    QVERIFY(g.values.isEmpty());
    QVERIFY(!g.issues.isEmpty());
    QVERIFY(g.issues.size() <= 50);
    const auto latin1 = Listeners::parseSs("LISTEN 0 1 127.0.0.1:\xe9\xe9 0.0.0.0:*\nLISTEN 0 1 127.0.0.1:99999 0.0.0.0:*\n");
    QVERIFY(latin1.values.isEmpty());
    QCOMPARE(latin1.issues.size(), 2);
    QByteArray huge;
    for (int i = 0; i < 50000; ++i)
        huge += "LISTEN 0 128 10.0.0." + QByteArray::number(i % 250) + ':' + QByteArray::number(1000 + i % 60000) + " 0.0.0.0:*\n";
    QCOMPARE(Listeners::parseSs(huge).values.size(), 50000);
}

void TstSvcParsers::accepting_data()
{
    QTest::addColumn<QString>("listener");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("accepts");
    QTest::newRow("exact") << u"127.0.0.1"_s << u"127.0.0.1"_s << true;
    QTest::newRow("other loopback") << u"127.0.0.2"_s << u"127.0.0.1"_s << false;
    QTest::newRow("v4 wildcard") << u"0.0.0.0"_s << u"127.0.0.1"_s << true;
    QTest::newRow("v4 wildcard, v6 host") << u"0.0.0.0"_s << u"::1"_s << false;
    QTest::newRow("v6 wildcard dual stack") << u"::"_s << u"127.0.0.1"_s << true;
    QTest::newRow("star") << u"*"_s << u"::1"_s << true;
    QTest::newRow("localhost v4") << u"127.0.0.1"_s << u"localhost"_s << true;
    QTest::newRow("localhost v6") << u"::1"_s << u"localhost"_s << true;
    QTest::newRow("v6 exact") << u"::1"_s << u"[::1]"_s << true;
}

void TstSvcParsers::accepting()
{
    QFETCH(QString, listener);
    QFETCH(QString, host);
    QFETCH(bool, accepts);
    const QList<Listener> listeners = {{listener, 10024, u"line"_s}, {u"127.0.0.1"_s, 25, u"other"_s}};
    QCOMPARE(!Listeners::accepting(listeners, host, 10024).isEmpty(), accepts);
}

void TstSvcParsers::contentFilter_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("endpoint");
    using K = FilterTarget::Kind;
    QTest::newRow("amavis bracketed") << u"amavis:[127.0.0.1]:10024"_s << int(K::Inet) << u"amavis"_s << u"127.0.0.1"_s << 10024 << u"127.0.0.1:10024"_s;
    QTest::newRow("plain host") << u"smtp-amavis:127.0.0.1:10024"_s << int(K::Inet) << u"smtp-amavis"_s << u"127.0.0.1"_s << 10024 << u"127.0.0.1:10024"_s;
    QTest::newRow("ipv6") << u"scan:[::1]:10025"_s << int(K::Inet) << u"scan"_s << u"::1"_s << 10025 << u"[::1]:10025"_s;
    QTest::newRow("ipv6 prefix") << u"scan:[IPv6:::1]:10025"_s << int(K::Inet) << u"scan"_s << u"::1"_s << 10025 << u"[::1]:10025"_s;
    QTest::newRow("name no port") << u"lmtp-amavis:localhost"_s << int(K::Inet) << u"lmtp-amavis"_s << u"localhost"_s << 0 << u"localhost"_s;
    QTest::newRow("lmtp inet") << u"lmtp:inet:127.0.0.1:10024"_s << int(K::Inet) << u"lmtp"_s << u"127.0.0.1"_s << 10024 << u"127.0.0.1:10024"_s;
    QTest::newRow("lmtp unix") << u"lmtp:unix:/var/run/amavis/amavisd.sock"_s << int(K::Unix) << u"lmtp"_s << QString() << 0 << u"unix:/var/run/amavis/amavisd.sock"_s;
    QTest::newRow("pipe transport") << u"dfilt:"_s << int(K::TransportOnly) << u"dfilt"_s << QString() << 0 << u"transport dfilt"_s;
    QTest::newRow("bare name") << u"filter"_s << int(K::TransportOnly) << u"filter"_s << QString() << 0 << u"transport filter"_s;
    QTest::newRow("empty") << QString() << int(K::Invalid) << QString() << QString() << 0 << QString();
    QTest::newRow("no transport") << u":[127.0.0.1]:10024"_s << int(K::Invalid) << QString() << QString() << 0 << u":[127.0.0.1]:10024"_s;
    QTest::newRow("shell junk") << u"amavis:$(reboot)"_s << int(K::Invalid) << u"amavis"_s << QString() << 0 << u"amavis:$(reboot)"_s;
    QTest::newRow("port too big") << u"amavis:[127.0.0.1]:99999"_s << int(K::Invalid) << u"amavis"_s << u"127.0.0.1"_s << 99999 << u"amavis:[127.0.0.1]:99999"_s;
}

void TstSvcParsers::contentFilter()
{
    QFETCH(QString, value);
    QFETCH(int, kind);
    QFETCH(QString, transport);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, endpoint);
    const FilterTarget t = Listeners::parseContentFilter(value);
    QCOMPARE(int(t.kind), kind);
    QCOMPARE(t.transport, transport);
    QCOMPARE(t.host, host);
    QCOMPARE(t.port, port);
    QCOMPARE(t.endpoint(), endpoint);
    QCOMPARE(t.error.isEmpty(), kind != int(FilterTarget::Kind::Invalid));
}

void TstSvcParsers::proxyFilter_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("host:port") << u"127.0.0.1:10024"_s << u"127.0.0.1:10024"_s;
    QTest::newRow("bracketed") << u"[127.0.0.1]:10024"_s << u"127.0.0.1:10024"_s;
    QTest::newRow("inet") << u"inet:127.0.0.1:10025"_s << u"127.0.0.1:10025"_s;
    QTest::newRow("port only") << u"10024"_s << u"localhost:10024"_s;
    QTest::newRow("unix") << u"unix:/run/filter.sock"_s << u"unix:/run/filter.sock"_s;
}

void TstSvcParsers::proxyFilter()
{
    QFETCH(QString, value);
    QFETCH(QString, endpoint);
    const FilterTarget t = Listeners::parseProxyFilter(value);
    QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
    QVERIFY(t.transport.isEmpty());
    QCOMPARE(t.endpoint(), endpoint);
}

void TstSvcParsers::wellKnownNames()
{
    QCOMPARE(Listeners::wellKnownName(u"127.0.0.1"_s, 10024), u"Amavis"_s);
    QCOMPARE(Listeners::wellKnownName(u"localhost"_s, 10024), u"Amavis"_s);
    QVERIFY(Listeners::wellKnownName(u"127.0.0.1"_s, 10025).startsWith(u"Amavis"_s));
    QVERIFY(Listeners::wellKnownName(u"192.0.2.7"_s, 10024).isEmpty());
    QVERIFY(Listeners::wellKnownName(u"127.0.0.1"_s, 11332).isEmpty());
    QVERIFY(Listeners::isLoopback(u"127.0.0.20"_s));
    QVERIFY(Listeners::isLoopback(u"[::1]"_s));
    QVERIFY(!Listeners::isLoopback(u"192.0.2.1"_s));
}

void TstSvcParsers::postconfAll()
{
    const auto all = PostconfOutput::parse(data(u"postconf-all-testserver.txt"_s));
    QVERIFY(all.issues().isEmpty());
    QVERIFY(all.size() > 800);
    QCOMPARE(all.value(u"maximal_queue_lifetime"_s), u"5d"_s);
    QCOMPARE(all.value(u"queue_run_delay"_s), u"15m"_s);
    QVERIFY(all.contains(u"content_filter"_s));
    QCOMPARE(all.value(u"content_filter"_s), QString());
    QCOMPARE(all.value(u"smtp_destination_concurrency_limit"_s), u"$default_destination_concurrency_limit"_s);
    QCOMPARE(all.expanded(u"smtp_destination_concurrency_limit"_s), u"20"_s);
    const auto n = PostconfOutput::parse(data(u"postconf-n-testserver.txt"_s));
    QVERIFY(n.issues().isEmpty());
    QCOMPARE(n.value(u"minimal_backoff_time"_s), u"15m"_s);
    QVERIFY(!n.contains(u"maximal_queue_lifetime"_s));
}

void TstSvcParsers::postconfContinuationAndGarbage()
{
    const auto folded = PostconfOutput::parse("smtpd_relay_restrictions = permit_mynetworks,\n"
                                              "    reject_unauth_destination\r\nempty =\n"_ba);
    QCOMPARE(folded.value(u"smtpd_relay_restrictions"_s), u"permit_mynetworks, reject_unauth_destination"_s);
    QVERIFY(folded.contains(u"empty"_s));
    QVERIFY(folded.issues().isEmpty());
    const auto junk = PostconfOutput::parse(garbage());
    QVERIFY(!junk.issues().isEmpty());
    QVERIFY(junk.issues().size() <= 50);
    const auto warning = PostconfOutput::parse("postconf: warning: /etc/postfix/main.cf: unused parameter: x=1\n"
                                               "mail_version = 3.7.11\n"_ba);
    QCOMPARE(warning.size(), 1);
    QCOMPARE(warning.issues().size(), 1);
    const auto latin1 = PostconfOutput::parse("smtpd_banner = caf\xe9\n"_ba);
    QVERIFY(latin1.value(u"smtpd_banner"_s).startsWith(u"caf"_s));
    QVERIFY(PostconfOutput::parse({}).names().isEmpty());
}

void TstSvcParsers::postconfExpansion()
{
    const auto p = PostconfOutput::parse("a = $b and ${c} and $(d)\nb = B\nc = C$b\nd = D\nloop = $loop\n"
                                         "cond = ${b?yes} ${missing?no} ${missing:fallback} $$literal\n"_ba);
    QCOMPARE(p.expanded(u"a"_s), u"B and CB and D"_s);
    QCOMPARE(p.expanded(u"cond"_s), u"yes  fallback $literal"_s);
    QCOMPARE(p.expanded(u"loop"_s), QString()); // bounded, no hang
    QCOMPARE(p.expanded(u"unknown"_s), QString());
}

void TstSvcParsers::serviceParameters()
{
    const auto plain = PostconfOutput::parseServiceParameters(data(u"postconf-P-testserver.txt"_s));
    QVERIFY(plain.issues.isEmpty());
    QCOMPARE(plain.values.size(), 7);
    QCOMPARE(plain.values.first().service, u"amavis"_s);
    QCOMPARE(plain.values.first().type, u"unix"_s);
    QCOMPARE(plain.values.first().name, u"smtp_data_done_timeout"_s);
    const auto overrides = PostconfOutput::parseServiceParameters(data(u"postconf-P-overrides.txt"_s));
    QCOMPARE(overrides.values.first().key(), u"smtp/inet/content_filter"_s);
    QCOMPARE(overrides.values.first().value, u"amavis:[127.0.0.1]:10024"_s);
    const auto colon = PostconfOutput::parseServiceParameters("127.0.0.1:10025/inet/content_filter =\n"_ba);
    QCOMPARE(colon.values.size(), 1);
    QCOMPARE(colon.values.first().service, u"127.0.0.1:10025"_s);
    QCOMPARE(colon.values.first().value, QString());
    const auto bad = PostconfOutput::parseServiceParameters(QByteArray("content_filter = x\n/inet/x = 1\n"_ba + garbage()));
    QVERIFY(bad.values.isEmpty());
    QVERIFY(!bad.issues.isEmpty());
}

void TstSvcParsers::masterEntries()
{
    const auto m = PostconfOutput::parseMasterEntries(data(u"postconf-M-testserver.txt"_s));
    QVERIFY(m.issues.isEmpty());
    const PostconfMasterEntry amavis{u"amavis"_s, u"unix"_s, u"smtp"_s};
    QVERIFY(m.values.contains(amavis));
    const PostconfMasterEntry smtpd{u"smtp"_s, u"inet"_s, u"smtpd"_s};
    QVERIFY(m.values.contains(smtpd));
    QVERIFY(!PostconfOutput::parseMasterEntries("smtp inet n\n"_ba).issues.isEmpty());
}

void TstSvcParsers::systemctlShow()
{
    // Format of systemd 252 (Debian 12): one block per unit, properties in the order asked.
    const QByteArray out = "Id=amavis.service\nLoadState=loaded\nActiveState=failed\nSubState=failed\n\n"
                           "Id=amavisd.service\nLoadState=not-found\nActiveState=inactive\nSubState=dead\n\n"
                           "Id=dovecot.service\nLoadState=loaded\nActiveState=active\nSubState=running\n"_ba;
    const auto parsed = ServiceStatus::parseSystemctlShow(out);
    QVERIFY(parsed.issues.isEmpty());
    QCOMPARE(parsed.values.size(), 3);
    QVERIFY(parsed.values.at(0).exists());
    QVERIFY(!parsed.values.at(0).isActive());
    QVERIFY(!parsed.values.at(1).exists());
    QVERIFY(parsed.values.at(2).isActive());
    QCOMPARE(parsed.values.at(2).line(), u"dovecot.service: loaded, active (running)"_s);
    QVERIFY(!ServiceStatus::parseSystemctlShow(garbage()).issues.isEmpty());
}

void TstSvcParsers::systemctlNoSystemd()
{
    QVERIFY(ServiceStatus::parseSystemctlShow(data(u"systemctl-show-no-systemd.stdout"_s)).values.isEmpty());
    const QStringList why = ServiceStatus::systemctlComplaint(data(u"systemctl-show-no-systemd.stderr"_s));
    QCOMPARE(why.size(), 2);
    QVERIFY(why.first().startsWith(u"System has not been booted with systemd"_s));
}

void TstSvcParsers::psAndProcesses()
{
    const QByteArray out = "    1 root     init            /sbin/init\n"
                           "  812 amavis   /usr/sbin/amavi /usr/sbin/amavisd-new (master)\n"
                           "  813 amavis   /usr/sbin/amavi /usr/sbin/amavisd-new (virgin child)\n"
                           "  820 root     amavisd-new     /usr/bin/python3 fakepeers.py amavis.json\n"
                           "  900 root     master          /usr/lib/postfix/sbin/master -w\n"
                           "  901 postfix  qmgr            qmgr -l -t unix -u\n"
                           "  950 root     dovecot         /usr/sbin/dovecot -F\n"
                           "  960 bob      vim             vim amavisd.conf\n"
                           "    2 root     kthreadd\n"
                           "garbage line\n"_ba;
    const auto parsed = ServiceStatus::parsePs(out);
    QCOMPARE(parsed.values.size(), 9);
    QCOMPARE(parsed.issues.size(), 1);
    QCOMPARE(parsed.values.at(3).comm, u"amavisd-new"_s);
    QCOMPARE(ServiceStatus::processesOf(parsed.values, ServiceKind::Amavis).size(), 3);
    const auto master = ServiceStatus::processesOf(parsed.values, ServiceKind::Postfix);
    QCOMPARE(master.size(), 1);
    QCOMPARE(master.first().pid, 900);
    QCOMPARE(ServiceStatus::processesOf(parsed.values, ServiceKind::Dovecot).size(), 1);
}

void TstSvcParsers::postfixOutputLines()
{
    const QByteArray status = data(u"postfix-status-running-unused-param.stderr"_s);
    const QStringList warnings = ServiceStatus::warningLines(status);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(u"unused parameter: pd_bogus_param=1"_s));
    QVERIFY(ServiceStatus::fatalLines(status).isEmpty());
    QVERIFY(ServiceStatus::outputLines(data(u"postfix-status-stopped.stderr"_s)).isEmpty());
    const QByteArray fatal = "postfix: fatal: /etc/postfix/main.cf, line 3: missing '=' after attribute name\n"_ba;
    QCOMPARE(ServiceStatus::fatalLines(fatal).size(), 1);
    QByteArray many;
    for (int i = 0; i < 1000; ++i)
        many += "postfix/postfix-script: warning: group or other writable: /etc/postfix/x\n";
    QCOMPARE(ServiceStatus::warningLines(many).size(), 40);
    QCOMPARE(ServiceStatus::outputLines(many).size(), 20);
    QVERIFY(ServiceStatus::warningLines(garbage()).size() <= 40);
}

void TstSvcParsers::pleskVersion()
{
    QCOMPARE(ServiceStatus::pleskVersion("18.0.52 Debian 11.0 1800230516.09\n"_ba), u"18.0.52 Debian 11.0 1800230516.09"_s);
    QCOMPARE(ServiceStatus::pleskVersion({}), QString());
    QCOMPARE(ServiceStatus::pleskVersion(QByteArray(100000, 'x')).size(), 200);
}

void TstSvcParsers::timeUnits_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("days") << u"5d"_s << u"d"_s << qint64(432000);
    QTest::newRow("default days") << u"3"_s << u"d"_s << qint64(259200);
    QTest::newRow("seconds") << u"300s"_s << u"s"_s << qint64(300);
    QTest::newRow("default seconds") << u"300"_s << u"s"_s << qint64(300);
    QTest::newRow("minutes") << u"15m"_s << u"s"_s << qint64(900);
    QTest::newRow("hours") << u"1h"_s << u"s"_s << qint64(3600);
    QTest::newRow("weeks") << u"2w"_s << u"s"_s << qint64(1209600);
    QTest::newRow("zero") << u"0"_s << u"d"_s << qint64(0);
    QTest::newRow("bad unit") << u"5x"_s << u"s"_s << qint64(-1);
    QTest::newRow("negative") << u"-5s"_s << u"s"_s << qint64(-1);
    QTest::newRow("reference") << u"$x"_s << u"s"_s << qint64(-1);
    QTest::newRow("empty") << QString() << u"s"_s << qint64(-1);
}

void TstSvcParsers::timeUnits()
{
    QFETCH(QString, value);
    QFETCH(QString, unit);
    QFETCH(qint64, seconds);
    QCOMPARE(LimitSnapshot::parseTime(value, unit.at(0)).value_or(-1), seconds);
}

void TstSvcParsers::limitsFromTestServer()
{
    const auto snap = LimitSnapshot::fromPostconf(PostconfOutput::parse(data(u"postconf-all-testserver.txt"_s)),
                                                  PostconfOutput::parse(data(u"postconf-n-testserver.txt"_s)));
    QVERIFY(snap.missing().isEmpty());
    QCOMPARE(snap.settings().size(), LimitSnapshot::baseNames().size());
    QVERIFY2(snap.warnings().isEmpty(), qPrintable(snap.warnings().join(u'\n')));
    const auto lifetime = snap.setting(u"maximal_queue_lifetime"_s);
    QVERIFY(lifetime);
    QCOMPARE(lifetime->seconds.value_or(-1), 5 * 86400);
    QVERIFY(!lifetime->explicitlySet);
    QCOMPARE(lifetime->line(), u"maximal_queue_lifetime = 5d (default)"_s);
    const auto backoff = snap.setting(u"minimal_backoff_time"_s);
    QVERIFY(backoff->explicitlySet);
    QCOMPARE(backoff->seconds.value_or(-1), 900);
    QCOMPARE(snap.setting(u"smtp_connect_timeout"_s)->seconds.value_or(-1), 3);
    QCOMPARE(snap.setting(u"smtp_destination_concurrency_limit"_s)->line(),
             u"smtp_destination_concurrency_limit = $default_destination_concurrency_limit = 20 (default)"_s);
}

void TstSvcParsers::limitsWarnings_data()
{
    QTest::addColumn<QByteArray>("explicitSettings");
    QTest::addColumn<QString>("warning");
    QTest::newRow("lifetime 0") << "maximal_queue_lifetime = 0\n"_ba << u"first temporary failure"_s;
    QTest::newRow("lifetime short") << "maximal_queue_lifetime = 2h\n"_ba << u"only 2h"_s;
    QTest::newRow("lifetime long") << "maximal_queue_lifetime = 30d\n"_ba << u"very long"_s;
    QTest::newRow("bounce longer") << "bounce_queue_lifetime = 6d\n"_ba << u"bounce_queue_lifetime (6d)"_s;
    QTest::newRow("backoff reversed") << "maximal_backoff_time = 60s\n"_ba << u"shorter than minimal_backoff_time"_s;
    QTest::newRow("run delay") << "queue_run_delay = 1h\n"_ba << u"queue_run_delay (1h)"_s;
    QTest::newRow("concurrency 1") << "default_destination_concurrency_limit = 1\n"_ba << u"1 everywhere"_s;
    QTest::newRow("sane") << "maximal_queue_lifetime = 4d\n"_ba << QString();
}

void TstSvcParsers::limitsWarnings()
{
    QFETCH(QByteArray, explicitSettings);
    QFETCH(QString, warning);
    // Postfix defaults (postconf(5)) with the explicit settings on top, as postconf prints them.
    const QByteArray defaults = "maximal_queue_lifetime = 5d\nbounce_queue_lifetime = 5d\nminimal_backoff_time = 300s\n"
                                "maximal_backoff_time = 4000s\nqueue_run_delay = 300s\n"
                                "default_destination_concurrency_limit = 20\n"
                                "smtp_destination_concurrency_limit = $default_destination_concurrency_limit\n"
                                "default_destination_rate_delay = 0s\n"
                                "smtp_destination_rate_delay = $default_destination_rate_delay\n"
                                "default_destination_recipient_limit = 50\n"
                                "smtp_destination_recipient_limit = $default_destination_recipient_limit\n"
                                "smtp_connect_timeout = 30s\nsmtp_helo_timeout = 300s\n"_ba;
    const auto snap = LimitSnapshot::fromPostconf(PostconfOutput::parse(QByteArray(defaults + explicitSettings)),
                                                  PostconfOutput::parse(explicitSettings));
    if (warning.isEmpty()) {
        QVERIFY2(snap.warnings().isEmpty(), qPrintable(snap.warnings().join(u'\n')));
        return;
    }
    const QString joined = snap.warnings().join(u'\n');
    QVERIFY2(joined.contains(warning), qPrintable(joined));
}

void TstSvcParsers::limitsTransportSpecific()
{
    const QByteArray n = "slow_destination_rate_delay = 5s\nslow_destination_concurrency_limit = 2\n"
                         "relay_destination_recipient_limit = 10\nsmtp_tls_loglevel = 1\n"_ba;
    const auto snap = LimitSnapshot::fromPostconf(PostconfOutput::parse(n), PostconfOutput::parse(n));
    QVERIFY(snap.setting(u"slow_destination_rate_delay"_s));
    QCOMPARE(snap.setting(u"slow_destination_rate_delay"_s)->seconds.value_or(-1), 5);
    QVERIFY(snap.setting(u"slow_destination_concurrency_limit"_s)->explicitlySet);
    QVERIFY(snap.setting(u"relay_destination_recipient_limit"_s));
    QVERIFY(!snap.setting(u"smtp_tls_loglevel"_s));
    QCOMPARE(snap.missing().size(), LimitSnapshot::baseNames().size()); // none of the base ones printed
    const auto empty = LimitSnapshot::fromPostconf(PostconfOutput::parse(garbage()), PostconfOutput());
    QVERIFY(empty.settings().isEmpty());
    QVERIFY(empty.warnings().isEmpty());
}

QTEST_GUILESS_MAIN(TstSvcParsers)
#include "tst_svcparsers.moc"
