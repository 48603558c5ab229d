#include "diagnosis/saslmap.h"

#include <QFile>
#include <QTest>

using namespace Diagnosis;
using namespace Qt::StringLiterals;

class TestSaslMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseList_data();
    void parseList();
    void statFiles_data();
    void statFiles();
    void statGarbage();
    void lookupRealOutput();
    void keyForms_data();
    void keyForms();
    void login();
    void plugins();
};

static QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(POSTDESK_TEST_DATA "/diagnostics/relay/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

void TestSaslMap::parseList_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("display");

    QTest::newRow("hash") << u"hash:/etc/postfix/sasl_passwd"_s << true << u"hash"_s << u"/etc/postfix/sasl_passwd"_s
                          << u".db"_s << u"hash:/etc/postfix/sasl_passwd"_s;
    QTest::newRow("lmdb") << u"lmdb:/etc/postfix/sasl_passwd"_s << true << u"lmdb"_s << u"/etc/postfix/sasl_passwd"_s
                          << u".lmdb"_s << u"lmdb:/etc/postfix/sasl_passwd"_s;
    QTest::newRow("proxy") << u"proxy:hash:/etc/postfix/sasl_passwd"_s << true << u"hash"_s
                           << u"/etc/postfix/sasl_passwd"_s << u".db"_s << u"hash:/etc/postfix/sasl_passwd"_s;
    QTest::newRow("texthash") << u"texthash:/etc/postfix/sasl_passwd"_s << true << u"texthash"_s
                              << u"/etc/postfix/sasl_passwd"_s << QString() << u"texthash:/etc/postfix/sasl_passwd"_s;
    QTest::newRow("static") << u"static:relay-user:Secr3t"_s << true << u"static"_s << QString() << QString()
                            << u"static:********"_s;
    QTest::newRow("no type") << u"/etc/postfix/sasl_passwd"_s << false << QString() << QString() << QString()
                             << QString();
    QTest::newRow("relative") << u"hash:sasl_passwd"_s << false << u"hash"_s << u"sasl_passwd"_s << u".db"_s
                              << QString();
    QTest::newRow("shell") << u"hash:/etc/postfix/$(id)"_s << false << u"hash"_s << u"/etc/postfix/$(id)"_s << u".db"_s
                           << QString();
    QTest::newRow("dotdot") << u"hash:/etc/postfix/../shadow"_s << false << u"hash"_s << u"/etc/postfix/../shadow"_s
                            << u".db"_s << QString();
}

void TestSaslMap::parseList()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QString, suffix);
    QFETCH(QString, display);
    const QList<SaslMap> maps = SaslMap::parseList(value);
    QCOMPARE(maps.size(), 1);
    const SaslMap &m = maps.first();
    QCOMPARE(m.isValid(), valid);
    if (!valid) {
        QVERIFY(!m.error().isEmpty());
        QVERIFY(!m.error().contains(u"$(id)"_s));
        QVERIFY(m.lookupSpec().isEmpty());
        return;
    }
    QCOMPARE(m.type(), type);
    QCOMPARE(m.path(), path);
    QCOMPARE(m.indexSuffix(), suffix);
    QCOMPARE(m.displaySpec(), display);
    QCOMPARE(SaslMap::parseList(u"").size(), 0);
    QCOMPARE(SaslMap::parseList(QString(value + u", hash:/etc/postfix/other"_s)).size(), 2);
}

void TestSaslMap::statFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("needle");

    // Real stat output from the test server (see PROVENANCE.md).
    QTest::newRow("0600 root, built") << u"stat-ok.out"_s << u"hash:/etc/postfix/sasl_passwd"_s << Verdict::Ok
                                      << u"root-only and up to date"_s;
    QTest::newRow("0644 index, postfix owner, stale")
            << u"stat-loose-stale.out"_s << u"hash:/etc/postfix/sasl_passwd"_s << Verdict::Warning << u"chmod 600"_s;
    QTest::newRow("index never built") << u"stat-no-index.out"_s << u"hash:/etc/postfix/sasl_passwd"_s
                                       << Verdict::Failed << u"never built"_s;
    QTest::newRow("nothing") << u"stat-missing.out"_s << u"hash:/etc/postfix/nosuch"_s << Verdict::Failed
                             << u"does not exist"_s;
    QTest::newRow("built as hash, lmdb configured") << u"stat-ok.out"_s << u"lmdb:/etc/postfix/sasl_passwd"_s
                                                    << Verdict::Failed << u"another table type"_s;
    QTest::newRow("texthash needs no index") << u"stat-no-index.out"_s << u"texthash:/etc/postfix/sasl_passwd"_s
                                             << Verdict::Warning << u"belongs to postfix"_s;
}

void TestSaslMap::statFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, spec);
    QFETCH(Verdict, verdict);
    QFETCH(QString, needle);
    const SaslMap map = SaslMap::parseList(spec).first();
    const CheckResult r = map.evaluateFiles(SaslMap::parseStat(fixture(file)));
    QCOMPARE(r.verdict, verdict);
    QVERIFY2(QString(r.summary + r.advice).contains(needle), qPrintable(r.summary + u" | "_s + r.advice));
    if (verdict != Verdict::Ok)
        QVERIFY(!r.advice.isEmpty());
}

void TestSaslMap::statGarbage()
{
    const SaslMap map = SaslMap::parseList(u"hash:/etc/postfix/sasl_passwd").first();
    QVERIFY(SaslMap::parseStat("").isEmpty());
    QVERIFY(SaslMap::parseStat("\xff\xfe garbage\n999 x y z\n600 0 root 12 relative\n").isEmpty());
    QCOMPARE(map.evaluateFiles(SaslMap::parseStat(QByteArray(100000, 'x'))).verdict, Verdict::Failed);
    const auto files = SaslMap::parseStat(fixture(u"stat-loose-stale.out"_s));
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.value(u"/etc/postfix/sasl_passwd.db"_s).mode, 0644);
    QCOMPARE(files.value(u"/etc/postfix/sasl_passwd"_s).owner, u"postfix"_s);
}

void TestSaslMap::lookupRealOutput()
{
    const auto found = SaslMap::parseLookup(fixture(u"postmap-exact.out"_s));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.value(u"[relay.pdts.test]:587"_s), u"relay-user:relay-secret"_s);
    QVERIFY(SaslMap::parseLookup("").isEmpty());
    QVERIFY(SaslMap::parseLookup("novalue\n\n\t\n").isEmpty());
    QCOMPARE(SaslMap::parseLookup("[A.example]:587 u:p w\r\n").value(u"[a.example]:587"_s), u"u:p w"_s);
    QCOMPARE(SaslMap::parseLookup("k\xff v\n").size(), 1); // non-UTF-8 keys do not crash
}

void TestSaslMap::keyForms_data()
{
    QTest::addColumn<QString>("relay");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("needle");

    QTest::newRow("exact") << u"[relay.pdts.test]:587"_s << QStringList{u"[relay.pdts.test]:587"_s} << Verdict::Ok
                           << u"user relay-user"_s;
    QTest::newRow("host name (Postfix finds it)") << u"[relay.pdts.test]:587"_s << QStringList{u"relay.pdts.test"_s}
                                                  << Verdict::Ok << u"holds a login"_s;
    QTest::newRow("brackets without port") << u"[relay.pdts.test]:587"_s << QStringList{u"[relay.pdts.test]"_s}
                                           << Verdict::Failed << u"has \"[relay.pdts.test]\" but relayhost is"_s;
    QTest::newRow("port without brackets") << u"[relay-keyform.pdts.test]:587"_s
                                           << QStringList{u"relay-keyform.pdts.test:587"_s} << Verdict::Failed
                                           << u"Key form does not match relayhost"_s;
    QTest::newRow("other port") << u"[relay.pdts.test]:587"_s << QStringList{u"[relay.pdts.test]:465"_s}
                                << Verdict::Failed << u"[relay.pdts.test]:465"_s;
    QTest::newRow("nothing") << u"[relay.pdts.test]:587"_s << QStringList{} << Verdict::Failed << u"has no login"_s;
    QTest::newRow("unbracketed, MX-dependent") << u"relay.pdts.test:587"_s << QStringList{u"relay.pdts.test"_s}
                                               << Verdict::Warning << u"MX host"_s;
}

void TestSaslMap::keyForms()
{
    QFETCH(QString, relay);
    QFETCH(QStringList, keys);
    QFETCH(Verdict, verdict);
    QFETCH(QString, needle);
    QHash<QString, QString> found;
    for (const QString &k : keys)
        found.insert(k, u"relay-user:relay-secret"_s);
    const CheckResult r = SaslMap::evaluateKeys(RelayHost::parse(relay), found, u"hash:/etc/postfix/sasl_passwd"_s,
                                                false);
    QCOMPARE(r.verdict, verdict);
    QVERIFY2(r.summary.contains(needle), qPrintable(r.summary));
    const QString all = r.summary + r.advice + r.evidence.join(u'\n');
    QVERIFY(!all.contains(u"relay-secret"_s));
    if (verdict == Verdict::Failed && keys.isEmpty()) {
        QCOMPARE(SaslMap::evaluateKeys(RelayHost::parse(relay), found, u"m"_s, true).verdict, Verdict::Warning);
    }
}

void TestSaslMap::login()
{
    const auto l = SaslLogin::fromMapValue(u"pdrelay:pa:ss"_s);
    QVERIFY(l);
    QCOMPARE(l->user, u"pdrelay"_s);
    QCOMPARE(l->password, u"pa:ss"_s); // split at the first ':' like Postfix
    QVERIFY(!SaslLogin::fromMapValue(u"nocolon"_s));
    QVERIFY(!SaslLogin::fromMapValue(u":pw"_s));
    const QList<QByteArray> lines = l->authStdin().split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(QByteArray::fromBase64(lines.at(0)), QByteArray("\0pdrelay\0pa:ss", 14));
    QCOMPARE(QByteArray::fromBase64(lines.at(1)), QByteArray("pdrelay"));
    QCOMPARE(QByteArray::fromBase64(lines.at(2)), QByteArray("pa:ss"));
    QVERIFY(!l->authStdin().contains("pa:ss"));
}

void TestSaslMap::plugins()
{
    const CheckResult ok = evaluateSaslPlugins(fixture(u"find-plugins.out"_s));
    QCOMPARE(ok.verdict, Verdict::Ok);
    QVERIFY(ok.evidence.join(u' ').contains(u"login"_s));
    QVERIFY(ok.evidence.join(u' ').contains(u"/usr/lib/x86_64-linux-gnu/sasl2"_s));

    // Without libsasl2-modules only the sasldb plugin is left (libsasl2-modules-db on Debian).
    const CheckResult missing = evaluateSaslPlugins("/usr/lib/x86_64-linux-gnu/sasl2/libsasldb.so.2\n");
    QCOMPARE(missing.verdict, Verdict::Failed);
    QVERIFY(missing.summary.contains(u"no mechanism available"_s));
    QVERIFY(missing.advice.contains(u"libsasl2-modules"_s));
    QVERIFY(missing.advice.contains(u"cyrus-sasl-plain"_s));
    QCOMPARE(evaluateSaslPlugins("").verdict, Verdict::Failed);
    QCOMPARE(evaluateSaslPlugins("\xff\xfe\n/tmp/libplain.so\n").verdict, Verdict::Failed); // not in a sasl2 folder
    QCOMPARE(evaluateSaslPlugins("/usr/lib64/sasl2/libplain.so.3\n").verdict, Verdict::Ok);
}

QTEST_GUILESS_MAIN(TestSaslMap)
#include "tst_saslmap.moc"
