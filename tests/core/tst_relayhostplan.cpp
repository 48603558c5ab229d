// RelayhostPlan: the POSTFIX-FACTS §12 recipe as a plan — values, key form, map type from the
// server, validation, and the secret masked in every text.
#include "actions/relayhostplan.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using Actions::RelayhostInput;
using Actions::RelayhostPlan;

namespace {

QHash<QString, Actions::ParamChange> byName(const Actions::ConfigChangePlan &plan)
{
    QHash<QString, Actions::ParamChange> out;
    for (const auto &p : plan.params)
        out.insert(p.name, p);
    return out;
}

} // namespace

class TestRelayhostPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relayhostValue_data();
    void relayhostValue();
    void startTlsWithLogin();
    void wrapperAndNoLogin();
    void keepsExistingSingleMap();
    void validation_data();
    void validation();
    void remove();
};

void TestRelayhostPlan::relayhostValue_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("mx");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name") << u"SMTP.Example.com"_s << 587 << false << u"[smtp.example.com]:587"_s;
    QTest::newRow("mx lookup") << u"example.com"_s << 25 << true << u"example.com:25"_s;
    QTest::newRow("ipv4") << u"192.0.2.10"_s << 465 << true << u"[192.0.2.10]:465"_s;
    QTest::newRow("ipv6") << u"2001:db8::1"_s << 587 << false << u"[ipv6:2001:db8::1]:587"_s;
}

void TestRelayhostPlan::relayhostValue()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, mx);
    QFETCH(QString, expected);
    RelayhostInput in;
    in.host = host;
    in.port = port;
    in.mxLookup = mx;
    QCOMPARE(RelayhostPlan::relayhostValue(in), expected);
}

void TestRelayhostPlan::startTlsWithLogin()
{
    RelayhostInput in;
    in.host = u"smtp.example.com"_s;
    in.user = u"apikey"_s;
    in.secret = u"SG.top secret"_s;
    const auto plan = RelayhostPlan::set(in, u"lmdb"_s, u"/etc/postfix"_s, {});
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan->kind, u"relayhost.set"_s);
    const auto p = byName(*plan);
    QCOMPARE(p.value(u"relayhost"_s).newValue, u"[smtp.example.com]:587"_s);
    QCOMPARE(p.value(u"smtp_sasl_auth_enable"_s).newValue, u"yes"_s);
    QCOMPARE(p.value(u"smtp_sasl_password_maps"_s).newValue, u"lmdb:/etc/postfix/sasl_passwd"_s);
    QCOMPARE(p.value(u"smtp_sasl_security_options"_s).newValue, u"noanonymous"_s);
    QCOMPARE(p.value(u"smtp_sasl_tls_security_options"_s).newValue, u"noanonymous"_s);
    QCOMPARE(p.value(u"smtp_tls_security_level"_s).newValue, u"encrypt"_s);
    QVERIFY(p.value(u"smtp_tls_wrappermode"_s).remove);
    QCOMPARE(plan->maps.size(), 1);
    const auto &m = plan->maps.first();
    QCOMPARE(m.mapType, u"lmdb"_s);
    QCOMPARE(m.path, u"/etc/postfix/sasl_passwd"_s);
    QCOMPARE(m.key, u"[smtp.example.com]:587"_s); // same form as relayhost
    QCOMPARE(m.value, QByteArray("apikey:SG.top secret"));
    QVERIFY(m.secret);
    QCOMPARE(m.mode, 0600);
    const QString texts = plan->diffText() + plan->notes.join(u'\n') + plan->title
            + QString::fromUtf8(QJsonDocument(plan->toAuditJson()).toJson());
    QVERIFY(!texts.contains(u"top secret"_s));
    QVERIFY(plan->diffText().contains(u"+ [smtp.example.com]:587 •••"_s));
}

void TestRelayhostPlan::wrapperAndNoLogin()
{
    RelayhostInput in;
    in.host = u"smtp.example.com"_s;
    in.port = 465;
    in.security = RelayhostInput::Security::Wrapper;
    const auto plan = RelayhostPlan::set(in, u"hash"_s, u"/etc/postfix"_s, {});
    QVERIFY(plan.ok());
    const auto p = byName(*plan);
    QCOMPARE(p.value(u"smtp_tls_wrappermode"_s).newValue, u"yes"_s);
    QVERIFY(!p.contains(u"smtp_sasl_auth_enable"_s));
    QVERIFY(plan->maps.isEmpty());
}

void TestRelayhostPlan::keepsExistingSingleMap()
{
    RelayhostInput in;
    in.host = u"smtp.example.com"_s;
    in.user = u"u"_s;
    in.secret = u"p"_s;
    auto plan = RelayhostPlan::set(in, u"hash"_s, u"/etc/postfix"_s, u"hash:/etc/postfix/relay_logins"_s);
    QCOMPARE(plan->maps.first().path, u"/etc/postfix/relay_logins"_s);
    plan = RelayhostPlan::set(in, u"hash"_s, u"/etc/postfix"_s, u"hash:/a/x, mysql:/etc/postfix/m.cf"_s);
    QCOMPARE(plan->maps.first().path, u"/etc/postfix/sasl_passwd"_s);
    QVERIFY(plan->notes.join(u' ').contains(u"mysql"_s));
}

void TestRelayhostPlan::validation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("type");
    QTest::newRow("empty host") << QString() << 587 << QString() << QString() << u"hash"_s;
    QTest::newRow("shell host") << u"a.example;reboot"_s << 587 << QString() << QString() << u"hash"_s;
    QTest::newRow("port 0") << u"a.example"_s << 0 << QString() << QString() << u"hash"_s;
    QTest::newRow("port big") << u"a.example"_s << 70000 << QString() << QString() << u"hash"_s;
    QTest::newRow("user space") << u"a.example"_s << 587 << u"a b"_s << u"Zq9x"_s << u"hash"_s;
    QTest::newRow("user colon") << u"a.example"_s << 587 << u"a:b"_s << u"Zq9x"_s << u"hash"_s;
    QTest::newRow("no secret") << u"a.example"_s << 587 << u"a"_s << QString() << u"hash"_s;
    QTest::newRow("secret newline") << u"a.example"_s << 587 << u"a"_s << u"Zq9x\nq"_s << u"hash"_s;
    QTest::newRow("secret trailing space") << u"a.example"_s << 587 << u"a"_s << u"Zq9x "_s << u"hash"_s;
    QTest::newRow("secret without user") << u"a.example"_s << 587 << QString() << u"Zq9x"_s << u"hash"_s;
    QTest::newRow("bad type") << u"a.example"_s << 587 << QString() << QString() << u"ha sh"_s;
}

void TestRelayhostPlan::validation()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(QString, type);
    RelayhostInput in;
    in.host = host;
    in.port = port;
    in.user = user;
    in.secret = secret;
    const auto plan = RelayhostPlan::set(in, type, u"/etc/postfix"_s, {});
    QVERIFY(!plan.ok());
    QVERIFY(!plan.error.isEmpty());
    if (!secret.isEmpty())
        QVERIFY(!plan.error.contains(secret));
}

void TestRelayhostPlan::remove()
{
    QVERIFY(!RelayhostPlan::remove(QString(), u"hash:/etc/postfix/sasl_passwd"_s, false).ok());
    const auto plan = RelayhostPlan::remove(u"[smtp.example.com]:587"_s, u"hash:/etc/postfix/sasl_passwd"_s, false);
    QVERIFY(plan.ok());
    QCOMPARE(plan->kind, u"relayhost.remove"_s);
    const auto p = byName(*plan);
    QCOMPARE(p.value(u"relayhost"_s).newValue, QString());
    QVERIFY(!p.value(u"relayhost"_s).remove);
    QVERIFY(p.value(u"smtp_sasl_auth_enable"_s).remove);
    QCOMPARE(plan->maps.size(), 1);
    QVERIFY(plan->maps.first().remove);
    QCOMPARE(plan->maps.first().key, u"[smtp.example.com]:587"_s);
    QCOMPARE(plan->maps.first().mapType, u"hash"_s);
    const auto kept = RelayhostPlan::remove(u"[smtp.example.com]:587"_s, u"hash:/etc/postfix/sasl_passwd"_s, true);
    QVERIFY(!byName(*kept).contains(u"smtp_sasl_auth_enable"_s));
}

QTEST_GUILESS_MAIN(TestRelayhostPlan)
#include "tst_relayhostplan.moc"
