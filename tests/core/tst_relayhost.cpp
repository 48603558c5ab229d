#include "diagnosis/relayhost.h"
#include "diagnosis/relayhostsettings.h"
#include "postfix/queuetimes.h"

#include <QFile>
#include <QTest>

using namespace Diagnosis;
using namespace Qt::StringLiterals;

class TestRelayHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void splitList();
    void lookupKeys();
    void otherKeyForms();
    void settingsFromRealPostconf();
    void settingsClassics_data();
    void settingsClassics();
    void settingsHideInlineLogin();
};

void TestRelayHost::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("bracketed");
    QTest::addColumn<bool>("hasPort");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("connect");

    QTest::newRow("[host]:port") << u"[relay.example.com]:587"_s << u"relay.example.com"_s << 587 << true << true
                                 << int(RelayHost::Kind::Name) << u"relay.example.com:587"_s;
    QTest::newRow("host:port") << u"relay.example.com:587"_s << u"relay.example.com"_s << 587 << false << true
                               << int(RelayHost::Kind::Name) << u"relay.example.com:587"_s;
    QTest::newRow("[host]") << u"[relay.example.com]"_s << u"relay.example.com"_s << 25 << true << false
                            << int(RelayHost::Kind::Name) << u"relay.example.com:25"_s;
    QTest::newRow("host") << u"relay.example.com"_s << u"relay.example.com"_s << 25 << false << false
                          << int(RelayHost::Kind::Name) << u"relay.example.com:25"_s;
    QTest::newRow("upper case, spaces") << u"  [Relay.Example.COM]:465 "_s << u"relay.example.com"_s << 465 << true
                                        << true << int(RelayHost::Kind::Name) << u"relay.example.com:465"_s;
    QTest::newRow("trailing dot") << u"[relay.example.com.]:587"_s << u"relay.example.com"_s << 587 << true << true
                                  << int(RelayHost::Kind::Name) << u"relay.example.com:587"_s;
    QTest::newRow("[ipv4]") << u"[192.0.2.1]"_s << u"192.0.2.1"_s << 25 << true << false
                            << int(RelayHost::Kind::Ipv4) << u"192.0.2.1:25"_s;
    QTest::newRow("[ipv4]:port") << u"[192.0.2.1]:2525"_s << u"192.0.2.1"_s << 2525 << true << true
                                 << int(RelayHost::Kind::Ipv4) << u"192.0.2.1:2525"_s;
    QTest::newRow("[ipv6:…]:port") << u"[ipv6:2001:db8::1]:587"_s << u"2001:db8::1"_s << 587 << true << true
                                   << int(RelayHost::Kind::Ipv6) << u"[2001:db8::1]:587"_s;
    QTest::newRow("[ipv6:…]") << u"[IPv6:2001:DB8::1]"_s << u"2001:db8::1"_s << 25 << true << false
                              << int(RelayHost::Kind::Ipv6) << u"[2001:db8::1]:25"_s;
    QTest::newRow("service name") << u"[relay.example.com]:submission"_s << u"relay.example.com"_s << 587 << true
                                  << true << int(RelayHost::Kind::Name) << u"relay.example.com:587"_s;
    QTest::newRow("smtps") << u"[relay.example.com]:smtps"_s << u"relay.example.com"_s << 465 << true << true
                           << int(RelayHost::Kind::Name) << u"relay.example.com:465"_s;
    QTest::newRow("test server") << u"[relay-ok.pdts.test]:587"_s << u"relay-ok.pdts.test"_s << 587 << true << true
                                 << int(RelayHost::Kind::Name) << u"relay-ok.pdts.test:587"_s;
}

void TestRelayHost::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, bracketed);
    QFETCH(bool, hasPort);
    QFETCH(int, kind);
    QFETCH(QString, connect);
    const RelayHost r = RelayHost::parse(text);
    QVERIFY2(r.isValid(), qPrintable(r.error()));
    QCOMPARE(r.host(), host);
    QCOMPARE(r.port(), port);
    QCOMPARE(r.isBracketed(), bracketed);
    QCOMPARE(r.hasPort(), hasPort);
    QCOMPARE(int(r.kind()), kind);
    QCOMPARE(r.connectAddress(), connect);
    QCOMPARE(r.text(), text.trimmed());
    QCOMPARE(r.isImplicitTlsPort(), port == 465);
}

void TestRelayHost::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("open bracket") << u"[relay.example.com:587"_s;
    QTest::newRow("close bracket") << u"relay.example.com]:587"_s;
    QTest::newRow("junk after ]") << u"[relay.example.com]x"_s;
    QTest::newRow("port 0") << u"[relay.example.com]:0"_s;
    QTest::newRow("port too big") << u"[relay.example.com]:65536"_s;
    QTest::newRow("port word") << u"[relay.example.com]:imap"_s;
    QTest::newRow("empty port") << u"[relay.example.com]:"_s;
    QTest::newRow("empty host") << u"[]:587"_s;
    QTest::newRow("shell") << u"[relay.example.com;reboot]:587"_s;
    QTest::newRow("command substitution") << u"$(id):25"_s;
    QTest::newRow("space inside") << u"[relay example.com]"_s;
    QTest::newRow("bare ipv6") << u"2001:db8::1"_s;
    QTest::newRow("bad ipv6") << u"[ipv6:2001:zz::1]"_s;
    QTest::newRow("ipv6 scope") << u"[ipv6:fe80::1%eth0]"_s;
    QTest::newRow("bad ipv4") << u"[192.0.2.300]"_s;
    QTest::newRow("label dash") << u"-relay.example.com"_s;
    QTest::newRow("non-ascii") << u"[rélay.example.com]"_s;
    QTest::newRow("newline") << u"[relay.example.com]\n:587"_s;
    QTest::newRow("huge") << QString(400, u'a');
}

void TestRelayHost::invalid()
{
    QFETCH(QString, text);
    const RelayHost r = RelayHost::parse(text);
    QVERIFY(!r.isValid());
    QVERIFY(!r.error().isEmpty());
    QVERIFY(r.lookupKeys().isEmpty());
    QVERIFY(r.otherKeyForms().isEmpty());
}

void TestRelayHost::splitList()
{
    QCOMPARE(RelayHost::splitList(u""), QStringList());
    QCOMPARE(RelayHost::splitList(u"  "), QStringList());
    QCOMPARE(RelayHost::splitList(u"[a.example]:587, [b.example]:587"),
             (QStringList{u"[a.example]:587"_s, u"[b.example]:587"_s}));
    QCOMPARE(RelayHost::splitList(u"[a.example]:587 b.example"), (QStringList{u"[a.example]:587"_s, u"b.example"_s}));
}

void TestRelayHost::lookupKeys()
{
    // Measured with Postfix 3.7 (see the header): host name first, then the next hop as written.
    QCOMPARE(RelayHost::parse(u"[relay.pdts.test]:587").lookupKeys(),
             (QStringList{u"relay.pdts.test"_s, u"[relay.pdts.test]:587"_s}));
    QCOMPARE(RelayHost::parse(u"relay.pdts.test").lookupKeys(), QStringList{u"relay.pdts.test"_s});
    QCOMPARE(RelayHost::parse(u"[Relay.Pdts.Test]:submission").lookupKeys(),
             (QStringList{u"relay.pdts.test"_s, u"[relay.pdts.test]:submission"_s}));
    QCOMPARE(RelayHost::parse(u"[192.0.2.1]").lookupKeys(), (QStringList{u"192.0.2.1"_s, u"[192.0.2.1]"_s}));
    QVERIFY(RelayHost::parse(u"relay.pdts.test:587").hostKeyDependsOnMx());
    QVERIFY(!RelayHost::parse(u"[relay.pdts.test]:587").hostKeyDependsOnMx());
}

void TestRelayHost::otherKeyForms()
{
    const QStringList forms = RelayHost::parse(u"[relay.pdts.test]:587").otherKeyForms();
    QVERIFY(forms.contains(u"[relay.pdts.test]"_s));
    QVERIFY(forms.contains(u"relay.pdts.test:587"_s));
    QVERIFY(forms.contains(u"[relay.pdts.test]:465"_s));
    QVERIFY(!forms.contains(u"[relay.pdts.test]:587"_s)); // that one is a lookup key
    QVERIFY(!forms.contains(u"relay.pdts.test"_s));
    const QStringList bare = RelayHost::parse(u"relay.pdts.test").otherKeyForms();
    QVERIFY(bare.contains(u"[relay.pdts.test]"_s));
    QVERIFY(bare.contains(u"[relay.pdts.test]:25"_s));
    QVERIFY(bare.contains(u"relay.pdts.test:25"_s));
    const QStringList service = RelayHost::parse(u"[relay.pdts.test]:submission").otherKeyForms();
    QVERIFY(service.contains(u"[relay.pdts.test]:587"_s));
}

static QHash<QString, QString> postconfFile(const QString &name)
{
    QFile f(QStringLiteral(POSTDESK_TEST_DATA "/diagnostics/relay/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return Postfix::parsePostconfValues(f.readAll());
}

void TestRelayHost::settingsFromRealPostconf()
{
    // Debian defaults plus the test server's map: auth off, noplaintext in both option sets.
    const auto s = RelayHostSettings::fromPostconf(postconfFile(u"postconf-default.out"_s));
    QVERIFY(!s.authEnabled());
    QCOMPARE(s.tlsLevel(), u"may"_s);
    QCOMPARE(s.value(u"default_database_type"_s), u"hash"_s);
    const CheckResult r = s.evaluate(RelayHost::parse(u"[relay.example.com]:587"), {});
    QCOMPARE(r.verdict, Verdict::Warning); // auth off and no map: maybe the relay needs no login
    QVERIFY(r.summary.contains(u"smtp_sasl_auth_enable = no"_s));
    QVERIFY(r.evidence.contains(u"smtp_tls_security_level = may"_s));
}

void TestRelayHost::settingsClassics_data()
{
    QTest::addColumn<QString>("relay");
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QStringList>("mechanisms");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("needle");

    const QStringList good = {u"smtp_sasl_auth_enable=yes"_s, u"smtp_sasl_password_maps=hash:/etc/postfix/sasl_passwd"_s,
                              u"smtp_sasl_security_options=noanonymous"_s,
                              u"smtp_sasl_tls_security_options=noanonymous"_s, u"smtp_tls_security_level=encrypt"_s,
                              u"smtp_tls_wrappermode=no"_s};
    const auto with = [&good](const QStringList &changes) {
        QStringList out = good;
        for (const QString &c : changes) {
            const QString name = c.section(u'=', 0, 0);
            out.erase(std::remove_if(out.begin(), out.end(), [&](const QString &g) { return g.startsWith(name + u'='); }),
                      out.end());
            out << c;
        }
        return out;
    };
    const QStringList plain = {u"PLAIN"_s, u"LOGIN"_s};
    QTest::newRow("recipe") << u"[relay.example.com]:587"_s << good << plain << Verdict::Ok << u"consistent"_s;
    QTest::newRow("auth off with map") << u"[relay.example.com]:587"_s << with({u"smtp_sasl_auth_enable=no"_s})
                                       << plain << Verdict::Failed << u"smtp_sasl_auth_enable = no"_s;
    QTest::newRow("no map") << u"[relay.example.com]:587"_s << with({u"smtp_sasl_password_maps="_s}) << plain
                            << Verdict::Failed << u"smtp_sasl_password_maps is empty"_s;
    QTest::newRow("noplaintext default") << u"[relay.example.com]:587"_s
                                         << with({u"smtp_sasl_tls_security_options=noplaintext, noanonymous"_s})
                                         << plain << Verdict::Failed << u"no mechanism available"_s;
    QTest::newRow("noplaintext, relay has CRAM-MD5")
            << u"[relay.example.com]:587"_s << with({u"smtp_sasl_tls_security_options=noplaintext, noanonymous"_s})
            << QStringList{u"CRAM-MD5"_s, u"PLAIN"_s} << Verdict::Warning << u"noplaintext"_s;
    QTest::newRow("noplaintext without TLS") << u"[relay.example.com]:25"_s
                                             << with({u"smtp_tls_security_level=none"_s,
                                                      u"smtp_sasl_security_options=noplaintext, noanonymous"_s})
                                             << plain << Verdict::Failed << u"smtp_sasl_security_options"_s;
    QTest::newRow("465 without wrapper") << u"[relay.example.com]:465"_s << good << plain << Verdict::Failed
                                         << u"smtp_tls_wrappermode = no"_s;
    QTest::newRow("465 with wrapper") << u"[relay.example.com]:465"_s << with({u"smtp_tls_wrappermode=yes"_s}) << plain
                                      << Verdict::Ok << u"consistent"_s;
    QTest::newRow("wrapper on 587") << u"[relay.example.com]:587"_s << with({u"smtp_tls_wrappermode=yes"_s}) << plain
                                    << Verdict::Failed << u"smtp_tls_wrappermode = yes"_s;
    QTest::newRow("TLS off to 587") << u"[relay.example.com]:587"_s << with({u"smtp_tls_security_level=none"_s})
                                    << plain << Verdict::Failed << u"smtp_tls_security_level = none"_s;
    QTest::newRow("TLS off to 25") << u"[relay.example.com]"_s << with({u"smtp_tls_security_level=none"_s}) << plain
                                   << Verdict::Warning << u"smtp_tls_security_level = none"_s;
    QTest::newRow("filter excludes all") << u"[relay.example.com]:587"_s
                                         << with({u"smtp_sasl_mechanism_filter=cram-md5"_s}) << plain
                                         << Verdict::Failed << u"smtp_sasl_mechanism_filter"_s;
    QTest::newRow("filter fits") << u"[relay.example.com]:587"_s << with({u"smtp_sasl_mechanism_filter=plain"_s})
                                 << plain << Verdict::Ok << u"consistent"_s;
}

void TestRelayHost::settingsClassics()
{
    QFETCH(QString, relay);
    QFETCH(QStringList, assignments);
    QFETCH(QStringList, mechanisms);
    QFETCH(Verdict, verdict);
    QFETCH(QString, needle);
    QHash<QString, QString> values;
    for (const QString &a : assignments)
        values.insert(a.section(u'=', 0, 0), a.section(u'=', 1));
    const CheckResult r = RelayHostSettings::fromPostconf(values).evaluate(RelayHost::parse(relay), mechanisms);
    QCOMPARE(r.verdict, verdict);
    QVERIFY2(r.summary.contains(needle), qPrintable(r.summary));
    if (verdict != Verdict::Ok)
        QVERIFY(!r.advice.isEmpty());
}

void TestRelayHost::settingsHideInlineLogin()
{
    const QHash<QString, QString> values = {{u"smtp_sasl_auth_enable"_s, u"yes"_s},
                                            {u"smtp_sasl_password_maps"_s, u"static:relay-user:Secr3t-Pw"_s},
                                            {u"smtp_tls_security_level"_s, u"encrypt"_s},
                                            {u"smtp_sasl_tls_security_options"_s, u"noanonymous"_s}};
    const CheckResult r = RelayHostSettings::fromPostconf(values).evaluate(RelayHost::parse(u"[relay.example.com]:587"),
                                                                           {});
    QCOMPARE(r.verdict, Verdict::Warning);
    QVERIFY(r.summary.contains(u"static:"_s));
    const QString all = r.summary + r.advice + r.evidence.join(u'\n');
    QVERIFY(!all.contains(u"Secr3t-Pw"_s));
    QVERIFY(r.evidence.contains(u"smtp_sasl_password_maps = static:********"_s));
}

QTEST_GUILESS_MAIN(TestRelayHost)
#include "tst_relayhost.moc"
