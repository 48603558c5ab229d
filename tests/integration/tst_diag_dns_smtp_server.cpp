// The dns, rbl, smtp_reachability and starttls verdicts against the real test server, through
// `postdesk-cli diagnose --json`: every kind of peer, zone and DNS answer the test server offers
// (scripts/testserver/README.md) gets the verdict the issue asks for.
#include "testserverclient.h"
#include "testserverenv.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::TestServerClient;

class TestDiagDnsSmtpServer : public QObject
{
    Q_OBJECT

private:
    TestSupport::TestServerEnv m_env;
    QTemporaryDir m_home;

    // check → target → verdict (the first result per target; targets are unique per check here)
    QHash<QString, QString> verdicts(const QStringList &args, QString *all)
    {
        const auto r = TestServerClient::runCli(TestServerClient::asRoot(m_env, QStringList{u"diagnose"_s, u"--json"_s} + args),
                                                m_home.path(), {}, 240000);
        *all = QString::fromUtf8(r.out) + QString::fromUtf8(r.err);
        QHash<QString, QString> out;
        if (r.exitCode != 0 && r.exitCode != 1)
            return out;
        for (const QByteArray &line : r.out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.isEmpty())
                continue;
            const QString target = o.value(u"target").toString();
            if (!out.contains(target))
                out.insert(target, o.value(u"verdict").toString());
        }
        return out;
    }

    QString value(const char *key) const
    {
        const QString v = m_env.value(QLatin1String(key));
        if (v.isEmpty())
            qFatal("the test server's env file lacks %s", key);
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_env.isValid())
            QFAIL(qPrintable(m_env.error()));
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).mkpath(u".ssh"_s);
    }

    void dns()
    {
        QString all;
        const auto v = verdicts({u"--only"_s, u"dns"_s, u"--domain"_s,
                                 u"oldcorp.example,"_s + value("PD_TS_DNS_SERVFAIL") + u',' + value("PD_TS_DNS_NXDOMAIN")},
                                &all);
        QVERIFY2(!v.isEmpty(), qPrintable(all));
        QCOMPARE(v.value(u"oldcorp.example"_s), u"ok"_s);
        QCOMPARE(v.value(value("PD_TS_DNS_SERVFAIL")), u"failed"_s);
        QCOMPARE(v.value(value("PD_TS_DNS_NXDOMAIN")), u"failed"_s);
        QCOMPARE(v.value(u"/etc/resolv.conf"_s), u"ok"_s);
        // The egress address's PTR is mail.pdts.test (= myhostname) and resolves back.
        QVERIFY2(v.value(value("PD_TS_EGRESS_IP")) == u"ok"_s, qPrintable(all));
    }

    void rbl()
    {
        QString all;
        const QString listed = value("PD_TS_DNSBL_LISTED");
        const QString clean = value("PD_TS_DNSBL_CLEAN");
        const QString silent = value("PD_TS_DNSBL_SILENT");
        const QString refused = value("PD_TS_DNSBL_REFUSED");
        const auto v = verdicts({u"--only"_s, u"rbl"_s, u"--dnsbl"_s, QStringList{listed, clean, silent, refused}.join(u',')}, &all);
        QVERIFY2(!v.isEmpty(), qPrintable(all));
        QCOMPARE(v.value(listed), u"failed"_s);
        QCOMPARE(v.value(clean), u"ok"_s);
        QCOMPARE(v.value(silent), u"unknown"_s);   // does not answer its RFC 5782 test entry
        QCOMPARE(v.value(refused), u"unknown"_s);  // 127.255.255.254 = refused, never "listed"
    }

    void smtpReachability()
    {
        QString all;
        const auto v = verdicts({u"--only"_s, u"smtp_reachability"_s, u"--domain"_s,
                                 u"fullbox.example,oldcorp.example,blackhole.example,slowmail.example"_s},
                                &all);
        QVERIFY2(!v.isEmpty(), qPrintable(all));
        QCOMPARE(v.value(u"mx.fullbox.example:25"_s), u"ok"_s);       // 220 greeting
        QCOMPARE(v.value(u"mail.oldcorp.example:25"_s), u"failed"_s); // refused
        QCOMPARE(v.value(u"mx.blackhole.example:25"_s), u"failed"_s); // SYNs dropped: timed out
        QCOMPARE(v.value(u"mx.slowmail.example:25"_s), u"failed"_s);  // no greeting
        QVERIFY2(all.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(all));
        QVERIFY2(all.contains(u"timed out"_s, Qt::CaseInsensitive), qPrintable(all));
    }

    void starttls()
    {
        QString all;
        const QString good = value("PD_TS_TLS_GOOD_DOMAIN");
        const QString selfSigned = value("PD_TS_TLS_SELFSIGNED_DOMAIN");
        const QString none = value("PD_TS_TLS_NONE_DOMAIN");
        const QString expired = value("PD_TS_TLS_EXPIRED_DOMAIN");
        const QString wrongName = value("PD_TS_TLS_WRONGNAME_DOMAIN");
        const auto v = verdicts({u"--only"_s, u"starttls"_s, u"--domain"_s,
                                 QStringList{good, selfSigned, none, expired, wrongName}.join(u',')},
                                &all);
        QVERIFY2(!v.isEmpty(), qPrintable(all));
        QCOMPARE(v.value(good), u"ok"_s);            // CA-signed, policy secure satisfied
        QCOMPARE(v.value(selfSigned), u"failed"_s);  // policy secure, self-signed
        QCOMPARE(v.value(none), u"failed"_s);        // policy encrypt, no STARTTLS
        // No policy entry (level may): Postfix still delivers, so these warn.
        QCOMPARE(v.value(expired), u"warning"_s);
        QCOMPARE(v.value(wrongName), u"warning"_s);
        QVERIFY2(all.contains(u"expired"_s, Qt::CaseInsensitive), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestDiagDnsSmtpServer)
#include "tst_diag_dns_smtp_server.moc"
