#include "fleet/profileexchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Fleet::ServerProfile full()
{
    Fleet::ServerProfile p = Fleet::ServerProfile::create();
    p.name = u"mx1 Frankfurt"_s;
    p.group = u"Acme"_s;
    p.host = u"mx1.example.net"_s;
    p.port = 2222;
    p.user = u"pdadmin"_s;
    p.auth = Remote::AuthMethod::KeyFile;
    p.keyFile = u"/home/me/.ssh/id_ed25519"_s;
    p.proxyJump = u"ops@bastion.example.net:2200"_s;
    p.sudoMode = Remote::SudoMode::NoPassword;
    p.readOnly = true;
    p.knownHostsFile = u"/home/me/.ssh/kh"_s;
    p.logFile = u"/var/log/mail.log"_s;
    p.pollIntervalSeconds = 15;
    p.alerts.deferred = {10, 20};
    p.alerts.growthWindowMinutes = 30;
    p.alerts.topSenderPercent = {40, 70};
    p.alerts.raiseAfterPolls = 2;
    return p;
}

QByteArray listWith(const QJsonObject &server)
{
    const QJsonObject root{{u"format"_s, u"postdesk-servers"_s}, {u"version"_s, 1},
                           {u"servers"_s, QJsonArray{server}}};
    return QJsonDocument(root).toJson();
}

} // namespace

class tst_ProfileExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        Fleet::ServerProfile local;
        local.id = QUuid::createUuid();
        local.host = u"localhost"_s;
        const QList<Fleet::ServerProfile> profiles{full(), local};
        const QByteArray json = Fleet::exportProfiles(profiles);
        const Fleet::ProfileImport back = Fleet::importProfiles(json);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.issues, QStringList());
        QCOMPARE(back.profiles, profiles);
    }

    void exportHasNoSecretMember()
    {
        const QJsonObject server = QJsonDocument::fromJson(Fleet::exportProfiles({full()}))
                                       .object().value(u"servers"_s).toArray().at(0).toObject();
        for (const QString &key : server.keys())
            QVERIFY2(!key.contains(u"password"_s, Qt::CaseInsensitive)
                         && !key.contains(u"secret"_s, Qt::CaseInsensitive)
                         && !key.contains(u"passphrase"_s, Qt::CaseInsensitive), qPrintable(key));
        QCOMPARE(server.value(u"auth"_s).toString(), u"key"_s);
        QCOMPARE(server.value(u"sudo"_s).toString(), u"nopasswd"_s);
        QCOMPARE(server.value(u"alerts"_s).toObject().value(u"deferredWarn"_s).toInt(), 10);
    }

    void secretsIgnoredAndReported()
    {
        QJsonObject s{{u"name"_s, u"a"_s}, {u"host"_s, u"a.example"_s},
                      {u"password"_s, u"hunter2"_s}, {u"sudoPassword"_s, u"x"_s}};
        const Fleet::ProfileImport r = Fleet::importProfiles(listWith(s));
        QVERIFY(r.ok());
        QCOMPARE(r.profiles.size(), 1);
        QCOMPARE(r.issues.size(), 1);
        QVERIFY(r.issues.first().contains(u"password, sudoPassword"_s));
        QVERIFY(!r.issues.first().contains(u"hunter2"_s));
        QVERIFY(!r.profiles.first().id.isNull()); // missing id → fresh one
    }

    void invalidEntries_data()
    {
        QTest::addColumn<QJsonObject>("server");
        QTest::addColumn<QString>("issue");
        const QJsonObject base{{u"name"_s, u"a"_s}, {u"host"_s, u"a.example"_s}};
        auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject o = base;
            o.insert(key, value);
            return o;
        };
        QTest::newRow("port range") << with(u"port"_s, 70000) << u"port 70000 out of range"_s;
        QTest::newRow("port fraction") << with(u"port"_s, 22.5) << u"port is not a whole number"_s;
        QTest::newRow("port string") << with(u"port"_s, u"22"_s) << u"port is not a whole number"_s;
        QTest::newRow("auth") << with(u"auth"_s, u"kerberos"_s) << u"auth must be"_s;
        QTest::newRow("sudo") << with(u"sudo"_s, u"always"_s) << u"sudo must be"_s;
        QTest::newRow("readOnly type") << with(u"readOnly"_s, u"yes"_s) << u"readOnly"_s;
        QTest::newRow("host type") << with(u"host"_s, 5) << u"host is not a string"_s;
        QTest::newRow("control char") << with(u"logFile"_s, u"/var/log/x\nrm"_s) << u"control character"_s;
        QTest::newRow("poll interval") << with(u"pollIntervalSeconds"_s, 2) << u"pollIntervalSeconds"_s;
        QTest::newRow("alert range") << with(u"alerts"_s, QJsonObject{{u"topSenderPercentWarn"_s, 150}})
                                     << u"alerts.topSenderPercentWarn 150 out of range"_s;
        QTest::newRow("alerts type") << with(u"alerts"_s, 3) << u"alerts is not an object"_s;
        QTest::newRow("bad id") << with(u"id"_s, u"nope"_s) << u"id is not a UUID"_s;
        QTest::newRow("empty") << QJsonObject{{u"port"_s, 22}} << u"neither name nor host"_s;
        QTest::newRow("key without file") << with(u"auth"_s, u"key"_s) << u"keyFile is empty"_s;
    }

    void invalidEntries()
    {
        QFETCH(QJsonObject, server);
        QFETCH(QString, issue);
        const Fleet::ProfileImport r = Fleet::importProfiles(listWith(server));
        QVERIFY(r.ok());
        QCOMPARE(r.profiles.size(), 0);
        QCOMPARE(r.issues.size(), 1);
        QVERIFY2(r.issues.first().startsWith(u"server 1: "_s), qPrintable(r.issues.first()));
        QVERIFY2(r.issues.first().contains(issue), qPrintable(r.issues.first()));
        QVERIFY(r.issues.first().endsWith(u"skipped"_s));
    }

    void unusableFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{nope") << u"not JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"not a Postdesk server list"_s;
        QTest::newRow("format") << QByteArray(R"({"format":"other","version":1,"servers":[]})")
                                << u"not a Postdesk server list"_s;
        QTest::newRow("version") << QByteArray(R"({"format":"postdesk-servers","version":2,"servers":[]})")
                                 << u"unsupported version 2"_s;
        QTest::newRow("servers") << QByteArray(R"({"format":"postdesk-servers","version":1})")
                                 << u"no \"servers\" array"_s;
    }

    void unusableFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Fleet::ProfileImport r = Fleet::importProfiles(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QVERIFY(r.profiles.isEmpty());
    }

    void duplicateIdSkipped()
    {
        const Fleet::ServerProfile p = full();
        const Fleet::ProfileImport r = Fleet::importProfiles(Fleet::exportProfiles({p, p}));
        QCOMPARE(r.profiles.size(), 1);
        QCOMPARE(r.issues.size(), 1);
        QVERIFY(r.issues.first().contains(u"appears twice"_s));
    }

    void merge()
    {
        Fleet::ServerProfile a = full();
        Fleet::ServerProfile b = full();
        b.name = u"mx2"_s;
        Fleet::ServerProfile sameId = a;
        sameId.host = u"changed.example.net"_s;
        Fleet::ServerProfile sameName = full();
        sameName.name = u"MX2"_s;
        Fleet::ServerProfile sameNameAgain = full();
        sameNameAgain.name = u"mx2"_s;
        Fleet::ServerProfile fresh = full();
        fresh.name = u"mx3"_s;
        const Fleet::ProfileMerge m = Fleet::mergeProfiles({a, b}, {sameId, sameName, sameNameAgain, fresh});
        QCOMPARE(m.replaced, 1);
        QCOMPARE(m.renamed, 2);
        QCOMPARE(m.added, 1);
        QCOMPARE(m.toSave.size(), 4);
        QCOMPARE(m.toSave.at(0), sameId);
        QCOMPARE(m.toSave.at(1).name, u"MX2 (imported)"_s);
        QCOMPARE(m.toSave.at(2).name, u"mx2 (imported 2)"_s);
        QCOMPARE(m.toSave.at(3).name, u"mx3"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ProfileExchange)
#include "tst_profileexchange.moc"
