// Parsers of dig / host / getent / resolv.conf output (Diagnosis::DnsOutput), fed with output
// captured inside the Postdesk test server (tests/data/diagnostics/dns/commands.txt lists the
// commands), plus garbage, empty, huge and non-UTF-8 input.
#include "diagnosis/dnsreply.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Diagnosis::DnsReply;
using Status = Diagnosis::DnsReply::Status;
using Questions = QList<QPair<QString, QString>>;

namespace {

QByteArray captured(const QString &name)
{
    QFile f(QStringLiteral(POSTDESK_TEST_DATA "/diagnostics/dns/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

Questions rblQuestions(const QStringList &zones)
{
    Questions q;
    for (const QString &zone : zones) {
        q.append({u"2.0.0.127."_s + zone, u"A"_s});
        q.append({u"25.2.0.192."_s + zone, u"A"_s});
        q.append({u"25.2.0.192."_s + zone, u"TXT"_s});
    }
    return q;
}

} // namespace

class TestDnsReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void digDestinations();
    void digTimeoutThenAnswer();
    void digRblZones();
    void digNoServerAndTcpTimeout();
    void digRefusedByResolver();
    void digOutOfOrderAndExtraBlocks();
    void digRecordForms();
    void digGarbageEmptyHugeNonUtf8();
    void host_data();
    void host();
    void hostGarbage();
    void getent();
    void resolverLines();
    void reverseName_data();
    void reverseName();
    void splitMx();
    void explanations();
};

void TestDnsReply::digDestinations()
{
    const Questions q = {{u"oldcorp.example"_s, u"MX"_s},      {u"oldcorp.example"_s, u"A"_s},
                         {u"mail.oldcorp.example."_s, u"A"_s}, {u"dnsfail.example"_s, u"MX"_s},
                         {u"nosuchhost.example"_s, u"MX"_s},   {u"nosuchhost.example"_s, u"A"_s}};
    const auto r = Diagnosis::DnsOutput::parseDig(captured(u"dig-destinations.txt"_s), q);
    QCOMPARE(r.size(), 6);
    QCOMPARE(r[0].status, Status::NoError);
    QCOMPARE(r[0].name, u"oldcorp.example"_s);
    QCOMPARE(r[0].dataOf(u"MX"_s), QStringList{u"10 mail.oldcorp.example"_s});
    QCOMPARE(r[0].answers.first().name, u"oldcorp.example"_s);
    QCOMPARE(r[0].answers.first().ttl, 0);
    QCOMPARE(r[0].server, u"127.0.0.1#53(127.0.0.1)"_s);
    QVERIFY(r[0].queryTimeMs >= 0);
    QVERIFY(r[0].lines.contains(u"oldcorp.example.\t0\tIN\tMX\t10 mail.oldcorp.example."_s));
    QVERIFY(r[0].lines.size() <= 20);
    QCOMPARE(r[1].status, Status::NoError); // no A for the domain itself
    QVERIFY(r[1].answers.isEmpty());
    QCOMPARE(r[2].name, u"mail.oldcorp.example"_s);
    QCOMPARE(r[2].dataOf(u"A"_s), QStringList{u"127.0.0.20"_s});
    QCOMPARE(r[3].status, Status::ServFail);
    QCOMPARE(r[3].statusText, u"SERVFAIL"_s);
    QCOMPARE(r[4].status, Status::NxDomain);
    QCOMPARE(r[5].status, Status::NxDomain);
    QVERIFY(r[5].queryTimeMs >= 0);
}

void TestDnsReply::digTimeoutThenAnswer()
{
    const Questions q = {{u"slowdns.example"_s, u"MX"_s}, {u"slowdns.example"_s, u"A"_s},
                         {u"oldcorp.example"_s, u"MX"_s}};
    const auto r = Diagnosis::DnsOutput::parseDig(captured(u"dig-timeout.txt"_s), q);
    QCOMPARE(r[0].status, Status::Timeout);
    QVERIFY(r[0].statusText.contains(u"communications error to 127.0.0.1#53: timed out"_s));
    QVERIFY(r[0].statusText.contains(u"no servers could be reached"_s));
    QCOMPARE(r[0].queryTimeMs, -1);
    QCOMPARE(r[1].status, Status::Timeout);
    QCOMPARE(r[2].status, Status::NoError);
    QCOMPARE(r[2].dataOf(u"MX"_s), QStringList{u"10 mail.oldcorp.example"_s});

    const Questions q2 = {{u"2.0.0.127.timeout.pdts.test"_s, u"A"_s},
                          {u"25.2.0.192.timeout.pdts.test"_s, u"A"_s},
                          {u"2.0.0.127.bl.pdts.test"_s, u"A"_s}};
    const auto r2 = Diagnosis::DnsOutput::parseDig(captured(u"dig-rbl-timeout.txt"_s), q2);
    QCOMPARE(r2[0].status, Status::Timeout);
    QCOMPARE(r2[1].status, Status::Timeout);
    QCOMPARE(r2[2].dataOf(u"A"_s), QStringList{u"127.0.0.2"_s});
}

void TestDnsReply::digRblZones()
{
    const QStringList zones = {u"bl.pdts.test"_s, u"clean.pdts.test"_s, u"silent.pdts.test"_s,
                               u"refused.pdts.test"_s, u"multi.pdts.test"_s};
    const auto r = Diagnosis::DnsOutput::parseDig(captured(u"dig-rbl.txt"_s), rblQuestions(zones));
    QCOMPARE(r.size(), 15);
    // bl: test entry listed, address listed with a TXT reason
    QCOMPARE(r[0].dataOf(u"A"_s), QStringList{u"127.0.0.2"_s});
    QCOMPARE(r[1].dataOf(u"A"_s), QStringList{u"127.0.0.2"_s});
    QCOMPARE(r[2].dataOf(u"TXT"_s),
             QStringList{u"Listed by the Postdesk test DNSBL: 192.0.2.25 sent spam to a trap"_s});
    // clean: test entry listed, address NXDOMAIN
    QCOMPARE(r[3].dataOf(u"A"_s), QStringList{u"127.0.0.2"_s});
    QCOMPARE(r[4].status, Status::NxDomain);
    QCOMPARE(r[5].status, Status::NxDomain);
    // silent: nothing at all
    QCOMPARE(r[6].status, Status::NxDomain);
    QCOMPARE(r[7].status, Status::NxDomain);
    // refused: the Spamhaus-style error code for every name
    QCOMPARE(r[9].dataOf(u"A"_s), QStringList{u"127.255.255.254"_s});
    QCOMPARE(r[10].dataOf(u"A"_s), QStringList{u"127.255.255.254"_s});
    // multi: two codes
    QCOMPARE(r[13].dataOf(u"A"_s).size(), 2);
    QVERIFY(r[13].dataOf(u"A"_s).contains(u"127.0.0.4"_s));
    QVERIFY(r[14].dataOf(u"TXT"_s).isEmpty()); // no TXT for multi (dnsmasq says NXDOMAIN)
}

void TestDnsReply::digNoServerAndTcpTimeout()
{
    const auto r = Diagnosis::DnsOutput::parseDig(captured(u"dig-noserver.txt"_s),
                                                  {{u"oldcorp.example"_s, u"MX"_s}, {u"oldcorp.example"_s, u"A"_s}});
    QCOMPARE(r[0].status, Status::OtherError);
    QVERIFY(r[0].statusText.contains(u"connection refused"_s));
    QCOMPARE(r[1].status, Status::OtherError);
    QVERIFY(!r[1].lines.isEmpty());

    const auto t = Diagnosis::DnsOutput::parseDig(captured(u"dig-tcp-timeout.txt"_s), {{u"oldcorp.example"_s, u"MX"_s}});
    QCOMPARE(t[0].status, Status::Timeout);
}

void TestDnsReply::digRefusedByResolver()
{
    const auto r = Diagnosis::DnsOutput::parseDig(captured(u"dig-real-list-refused.txt"_s),
                                                  {{u"2.0.0.127.zen.spamhaus.org"_s, u"A"_s}});
    QCOMPARE(r[0].status, Status::Refused);
    QVERIFY(r[0].lines.contains(u"; EDE: 14 (Not Ready)"_s));
    QVERIFY(!r[0].explanation().isEmpty());
}

void TestDnsReply::digOutOfOrderAndExtraBlocks()
{
    // A missing block (dig killed after the first reply) leaves the rest "no reply"; a block whose
    // question names a later question is matched by its question line.
    const QByteArray out = captured(u"dig-ptr.txt"_s);
    const Questions q = {{u"mail.pdts.test"_s, u"MX"_s}, {u"25.2.0.192.in-addr.arpa"_s, u"PTR"_s},
                         {u"mail.pdts.test"_s, u"A"_s}, {u"never.example"_s, u"A"_s}};
    const auto r = Diagnosis::DnsOutput::parseDig(out, q);
    QCOMPARE(r[0].status, Status::OtherError);
    QVERIFY(r[0].lines.isEmpty());
    QCOMPARE(r[1].dataOf(u"PTR"_s), QStringList{u"mail.pdts.test"_s});
    QCOMPARE(r[2].dataOf(u"A"_s), QStringList{u"192.0.2.25"_s});
    QCOMPARE(r[3].status, Status::OtherError);

    // More blocks than questions: the extra ones are ignored.
    const auto one = Diagnosis::DnsOutput::parseDig(out, {{u"25.2.0.192.in-addr.arpa"_s, u"PTR"_s}});
    QCOMPARE(one.size(), 1);
    QCOMPARE(one[0].dataOf(u"PTR"_s), QStringList{u"mail.pdts.test"_s});
}

void TestDnsReply::digRecordForms()
{
    // Shapes the test server does not publish: null MX, CNAME chains, multi-string TXT with
    // escapes, no class column, AAAA.
    const QByteArray out = ";; Got answer:\n"
                           ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1\n"
                           ";; QUESTION SECTION:\n;nullmx.example.\t\tIN\tMX\n\n"
                           ";; ANSWER SECTION:\nnullmx.example.\t300\tIN\tMX\t0 .\n\n"
                           ";; Query time: 1203 msec\n;; SERVER: 127.0.0.53#53(127.0.0.53) (UDP)\n;; MSG SIZE  rcvd: 40\n\n"
                           ";; Got answer:\n"
                           ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 2\n"
                           ";; ANSWER SECTION:\nWWW.Example.\t60\tIN\tCNAME\tHost.Example.\nhost.example.\t60\tA\t192.0.2.7\n"
                           "host.example.\t60\tIN\tAAAA\t2001:db8::7\n\n"
                           ";; Query time: 2 msec\n;; MSG SIZE  rcvd: 40\n"
                           ";; Got answer:\n"
                           ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 3\n"
                           ";; ANSWER SECTION:\nt.example. 5 IN TXT \"v=spf1 \" \"-all \\\"q\\\" caf\\195\\169\"\n\n"
                           ";; Query time: 0 msec\n;; MSG SIZE  rcvd: 40\n";
    const auto r = Diagnosis::DnsOutput::parseDig(out, {{u"nullmx.example"_s, u"MX"_s}, {u"www.example"_s, u"A"_s},
                                                        {u"t.example"_s, u"TXT"_s}});
    QCOMPARE(r[0].dataOf(u"MX"_s), QStringList{u"0 ."_s});
    QCOMPARE(r[0].queryTimeMs, 1203);
    QCOMPARE(r[0].server, u"127.0.0.53#53(127.0.0.53)"_s);
    QCOMPARE(r[1].dataOf(u"CNAME"_s), QStringList{u"host.example"_s});
    QCOMPARE(r[1].answers.first().name, u"www.example"_s);
    QCOMPARE(r[1].dataOf(u"A"_s), QStringList{u"192.0.2.7"_s});
    QCOMPARE(r[1].dataOf(u"AAAA"_s), QStringList{u"2001:db8::7"_s});
    QCOMPARE(r[2].dataOf(u"TXT"_s), QStringList{u"v=spf1 -all \"q\" caf\u00e9"_s});
}

void TestDnsReply::digGarbageEmptyHugeNonUtf8()
{
    const Questions q = {{u"example.com"_s, u"MX"_s}, {u"example.com"_s, u"A"_s}};
    for (const QByteArray &junk : {QByteArray(), QByteArray("\n\n\n"), QByteArray("\x00\xff\xfe garbage ;; \x01", 16),
                                   QByteArray("dig: couldn't get address for 'x': not found\n"),
                                   QByteArray(";; Got answer:\n;; ->>HEADER<<- status: \n")}) {
        const auto r = Diagnosis::DnsOutput::parseDig(junk, q);
        QCOMPARE(r.size(), 2);
        QVERIFY(r[1].status != Status::NoError);
    }
    // Huge: one block with 20,000 answers (256 KB cap of the command is bigger than this).
    QByteArray huge = ";; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 9\n;; ANSWER SECTION:\n";
    for (int i = 0; i < 20000; ++i)
        huge += "example.com. 1 IN A 192.0.2." + QByteArray::number(i % 250) + '\n';
    huge += "\n;; Query time: 3 msec\n;; MSG SIZE  rcvd: 99\n";
    const auto h = Diagnosis::DnsOutput::parseDig(huge, q);
    QCOMPARE(h[0].status, Status::NoError);
    QVERIFY(h[0].answers.size() <= 500);
    QVERIFY(h[0].lines.size() <= 20);
    QCOMPARE(h[0].queryTimeMs, 3);
    // Non-UTF-8 bytes in a TXT record and in an error line: replaced, never dropped.
    const QByteArray latin1 = ";; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 9\n"
                              ";; ANSWER SECTION:\nexample.com. 1 IN TXT \"caf\xe9\"\n\n;; MSG SIZE  rcvd: 1\n"
                              ";; communications error to 127.0.0.1#53: \xff timed out\n;; no servers could be reached\n";
    const auto l = Diagnosis::DnsOutput::parseDig(latin1, q);
    QCOMPARE(l[0].dataOf(u"TXT"_s).size(), 1);
    QVERIFY(l[0].dataOf(u"TXT"_s).first().startsWith(u"caf"_s));
    QCOMPARE(l[1].status, Status::Timeout);
    QVERIFY(l[1].statusText.contains(QChar::ReplacementCharacter));
}

void TestDnsReply::host_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("data");
    const auto row = [](const char *tag, const QString &file, const QString &name, const QString &type, int rc,
                        Status s, const QStringList &data) {
        QTest::newRow(tag) << file << name << type << rc << int(s) << data;
    };
    row("mx", u"host-MX-oldcorp.example.txt"_s, u"oldcorp.example"_s, u"MX"_s, 0, Status::NoError,
        {u"10 mail.oldcorp.example"_s});
    row("a", u"host-A-mail.oldcorp.example.txt"_s, u"mail.oldcorp.example"_s, u"A"_s, 0, Status::NoError,
        {u"127.0.0.20"_s});
    row("a-two", u"host-A-25.2.0.192.multi.pdts.test.txt"_s, u"25.2.0.192.multi.pdts.test"_s, u"A"_s, 0,
        Status::NoError, {u"127.0.0.10"_s, u"127.0.0.4"_s});
    row("servfail", u"host-MX-dnsfail.example.txt"_s, u"dnsfail.example"_s, u"MX"_s, 1, Status::ServFail, {});
    row("nxdomain", u"host-A-nosuchhost.example.txt"_s, u"nosuchhost.example"_s, u"A"_s, 1, Status::NxDomain, {});
    row("ptr", u"host-PTR-25.2.0.192.in-addr.arpa.txt"_s, u"25.2.0.192.in-addr.arpa"_s, u"PTR"_s, 0,
        Status::NoError, {u"mail.pdts.test"_s});
    row("no-mx", u"host-MX-mail.oldcorp.example.txt"_s, u"mail.oldcorp.example"_s, u"MX"_s, 0, Status::NoError, {});
    row("txt", u"host-TXT-25.2.0.192.bl.pdts.test.txt"_s, u"25.2.0.192.bl.pdts.test"_s, u"TXT"_s, 0,
        Status::NoError, {u"Listed by the Postdesk test DNSBL: 192.0.2.25 sent spam to a trap"_s});
    row("timeout", u"host-MX-slowdns.example.txt"_s, u"slowdns.example"_s, u"MX"_s, 1, Status::Timeout, {});
}

void TestDnsReply::host()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(int, exitCode);
    QFETCH(int, status);
    QFETCH(QStringList, data);
    const DnsReply r = Diagnosis::DnsOutput::parseHost(captured(file), name, type, exitCode);
    QCOMPARE(int(r.status), status);
    QCOMPARE(r.name, name);
    QCOMPARE(r.type, type);
    QCOMPARE(r.dataOf(type), data);
    QVERIFY(!r.lines.isEmpty());
    QCOMPARE(r.queryTimeMs, -1);
}

void TestDnsReply::hostGarbage()
{
    const auto empty = Diagnosis::DnsOutput::parseHost({}, u"x.example"_s, u"A"_s, 1);
    QCOMPARE(empty.status, Status::OtherError);
    QVERIFY(empty.statusText.contains(u"1"_s));
    const auto junk = Diagnosis::DnsOutput::parseHost(QByteArray("\xff\xfe\x00zz", 5), u"x.example"_s, u"A"_s, 0);
    QCOMPARE(junk.status, Status::OtherError);
    QByteArray huge;
    for (int i = 0; i < 5000; ++i)
        huge += "x.example has address 192.0.2." + QByteArray::number(i % 250) + '\n';
    const auto h = Diagnosis::DnsOutput::parseHost(huge, u"x.example"_s, u"A"_s, 0);
    QCOMPARE(h.status, Status::NoError);
    QVERIFY(h.answers.size() <= 500);
    QVERIFY(h.lines.size() <= 20);
}

void TestDnsReply::getent()
{
    const auto ok = Diagnosis::DnsOutput::parseGetent(captured(u"getent-mail.pdts.test.txt"_s), u"mail.pdts.test"_s, 0);
    QCOMPARE(ok.status, Status::NoError);
    QCOMPARE(ok.dataOf(u"A"_s), QStringList{u"192.0.2.25"_s}); // STREAM/DGRAM/RAW lines folded
    QCOMPARE(ok.type, u"A"_s);
    const auto nx = Diagnosis::DnsOutput::parseGetent(captured(u"getent-nosuchhost.example.txt"_s),
                                                      u"nosuchhost.example"_s, 2);
    QCOMPARE(nx.status, Status::NxDomain);
    const auto odd = Diagnosis::DnsOutput::parseGetent("garbage\n\xff\n", u"x.example"_s, 0);
    QCOMPARE(odd.status, Status::OtherError);
}

void TestDnsReply::resolverLines()
{
    QCOMPARE(Diagnosis::DnsOutput::resolverLines(captured(u"resolv.conf"_s)),
             (QStringList{u"nameserver 127.0.0.1"_s, u"options timeout:2 attempts:2"_s}));
    // systemd-resolved's stub file (comments dropped)
    const QByteArray stub = "# This is /run/systemd/resolve/stub-resolv.conf managed by man:systemd-resolved(8).\n"
                            "# Do not edit.\n\nnameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n"
                            "nameserver\t192.0.2.53 # second\n; old comment\n";
    QCOMPARE(Diagnosis::DnsOutput::resolverLines(stub),
             (QStringList{u"nameserver 127.0.0.53"_s, u"options edns0 trust-ad"_s, u"search ."_s,
                          u"nameserver 192.0.2.53"_s}));
    QVERIFY(Diagnosis::DnsOutput::resolverLines(QByteArray("\xff\xfe garbage\n")).isEmpty());
    QVERIFY(Diagnosis::DnsOutput::resolverLines({}).isEmpty());
}

void TestDnsReply::reverseName_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("expected");
    QTest::newRow("v4") << u"192.0.2.25"_s << QString() << u"25.2.0.192.in-addr.arpa"_s;
    QTest::newRow("v4-zone") << u"192.0.2.25"_s << u"zen.spamhaus.org"_s << u"25.2.0.192.zen.spamhaus.org"_s;
    QTest::newRow("v4-zone-dot") << u"127.0.0.2"_s << u"bl.pdts.test."_s << u"2.0.0.127.bl.pdts.test"_s;
    QTest::newRow("v6") << u"2001:db8::1"_s << QString()
                        << u"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"_s;
    QTest::newRow("v6-zone") << u"2001:DB8:0:0:0:0:0:a2"_s << u"zen.spamhaus.org"_s
                             << u"2.a.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org"_s;
    QTest::newRow("junk") << u"not-an-ip"_s << QString() << QString();
    QTest::newRow("scoped") << u"fe80::1%eth0"_s << QString() << QString();
    QTest::newRow("prefix") << u"192.0.2.0/24"_s << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestDnsReply::reverseName()
{
    QFETCH(QString, address);
    QFETCH(QString, zone);
    QFETCH(QString, expected);
    QCOMPARE(Diagnosis::DnsOutput::reverseName(address, zone), expected);
}

void TestDnsReply::splitMx()
{
    int pref = -1;
    QString host;
    QVERIFY(Diagnosis::DnsOutput::splitMx(u"10 Mail.Example.COM."_s, &pref, &host));
    QCOMPARE(pref, 10);
    QCOMPARE(host, u"mail.example.com"_s);
    QVERIFY(Diagnosis::DnsOutput::splitMx(u"0 ."_s, &pref, &host));
    QCOMPARE(pref, 0);
    QCOMPARE(host, u"."_s);
    QVERIFY(!Diagnosis::DnsOutput::splitMx(u"x mail"_s, &pref, &host));
    QVERIFY(!Diagnosis::DnsOutput::splitMx(u"10"_s, &pref, &host));
    QVERIFY(!Diagnosis::DnsOutput::splitMx(u"70000 a"_s, &pref, &host));
}

void TestDnsReply::explanations()
{
    DnsReply r;
    for (Status s : {Status::NxDomain, Status::ServFail, Status::Refused, Status::Timeout, Status::OtherError,
                     Status::NotAsked}) {
        r.status = s;
        QVERIFY(!r.explanation().isEmpty());
        QVERIFY(!r.shortStatus().isEmpty());
    }
    r.status = Status::NoError;
    r.queryTimeMs = 12;
    QVERIFY(r.explanation().isEmpty());
    QVERIFY(r.shortStatus().contains(u"12"_s));
}

QTEST_GUILESS_MAIN(TestDnsReply)
#include "tst_dnsreply.moc"
