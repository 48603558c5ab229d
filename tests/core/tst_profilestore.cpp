#include "fleet/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private:
    static Fleet::ServerProfile sample()
    {
        Fleet::ServerProfile p = Fleet::ServerProfile::create();
        p.name = u"mx1 Frankfurt"_s;
        p.host = u"mx1.example.net"_s;
        p.port = 2222;
        p.user = u"pdadmin"_s;
        p.auth = Remote::AuthMethod::KeyFile;
        p.keyFile = u"/home/me/.ssh/id_ed25519"_s;
        p.sudoMode = Remote::SudoMode::Password;
        p.readOnly = true;
        p.knownHostsFile = u"/home/me/.ssh/known_hosts_postdesk"_s;
        p.group = u"Client Acme"_s;
        p.proxyJump = u"jump@bastion.example.net:2200"_s;
        p.logFile = u"/var/log/mail/mail.log"_s;
        p.pollIntervalSeconds = 30;
        p.alerts.deferred = {100, 900};
        p.alerts.growth = {40, 400};
        p.alerts.growthWindowMinutes = 15;
        p.alerts.oldestAgeHours = {6, 48};
        p.alerts.topSenderPercent = {30, 60};
        p.alerts.topSenderMinimumMessages = 25;
        p.alerts.clearPercent = 10;
        p.alerts.raiseAfterPolls = 3;
        return p;
    }

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"postdesk.ini"_s);
        const Fleet::ServerProfile original = sample();
        {
            QSettings settings(path, QSettings::IniFormat);
            Fleet::ProfileStore store(&settings);
            QSignalSpy changed(&store, &Fleet::ProfileStore::changed);
            QCOMPARE(store.save(original), original.id);
            QCOMPARE(changed.count(), 1);
        }
        // A new settings object on the same file sees the same profile.
        QSettings settings(path, QSettings::IniFormat);
        Fleet::ProfileStore store(&settings);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profile(original.id), original);
        QVERIFY(store.contains(original.id));
        QVERIFY(!store.profile(QUuid::createUuid()).isValid());
    }

    void nullIdGetsFreshId()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
        Fleet::ProfileStore store(&settings);
        Fleet::ServerProfile p;
        p.host = u"h"_s;
        const QUuid id = store.save(p);
        QVERIFY(!id.isNull());
        QCOMPARE(store.profile(id).host, u"h"_s);
    }

    void updateAndRemove()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
        Fleet::ProfileStore store(&settings);
        Fleet::ServerProfile a = sample();
        Fleet::ServerProfile b = sample();
        b.name = u"backup mx"_s;
        store.save(a);
        store.save(b);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profiles().first().name, u"backup mx"_s); // sorted by name

        a.name = u"renamed"_s;
        a.port = 22;
        store.save(a);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profile(a.id).name, u"renamed"_s);
        QCOMPARE(store.profile(a.id).port, 22);

        QSignalSpy changed(&store, &Fleet::ProfileStore::changed);
        QVERIFY(store.remove(a.id));
        QVERIFY(!store.remove(a.id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profiles().first().id, b.id);
    }

    void connectionParams()
    {
        const Fleet::ServerProfile p = sample();
        const Remote::ConnectionParams c = p.toConnectionParams();
        QCOMPARE(c.host, p.host);
        QCOMPARE(c.port, p.port);
        QCOMPARE(c.user, p.user);
        QCOMPARE(c.auth, p.auth);
        QCOMPARE(c.keyFile, p.keyFile);
        QCOMPARE(c.knownHostsFile, p.knownHostsFile);
        QCOMPARE(c.proxyJump, p.proxyJump);
    }

    void groupName()
    {
        Fleet::ServerProfile p = sample();
        QCOMPARE(p.groupName(), u"Client Acme"_s);
        p.group = u"  "_s;
        QCOMPARE(p.groupName(), u"Ungrouped"_s);
    }

    // Every field survives a round trip on its own (so a field forgotten in read() or save()
    // cannot hide behind another one that happens to equal its default).
    void everyFieldRoundTrips()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
        Fleet::ProfileStore store(&settings);
        const Fleet::ServerProfile full = sample();
        const Fleet::ServerProfile defaults;
        QVERIFY(full.alerts != defaults.alerts);
        store.save(full);
        const Fleet::ServerProfile back = store.profile(full.id);
        QCOMPARE(back.group, full.group);
        QCOMPARE(back.proxyJump, full.proxyJump);
        QCOMPARE(back.logFile, full.logFile);
        QCOMPARE(back.pollIntervalSeconds, full.pollIntervalSeconds);
        QCOMPARE(back.alerts.deferred, full.alerts.deferred);
        QCOMPARE(back.alerts.growth, full.alerts.growth);
        QCOMPARE(back.alerts.growthWindowMinutes, full.alerts.growthWindowMinutes);
        QCOMPARE(back.alerts.oldestAgeHours, full.alerts.oldestAgeHours);
        QCOMPARE(back.alerts.topSenderPercent, full.alerts.topSenderPercent);
        QCOMPARE(back.alerts.topSenderMinimumMessages, full.alerts.topSenderMinimumMessages);
        QCOMPARE(back.alerts.clearPercent, full.alerts.clearPercent);
        QCOMPARE(back.alerts.raiseAfterPolls, full.alerts.raiseAfterPolls);
        QCOMPARE(back, full);
        settings.beginGroup(u"servers/"_s + full.id.toString(QUuid::WithoutBraces) + u"/alerts"_s);
        QCOMPARE(settings.value(u"deferredWarn"_s).toInt(), 100);
        QCOMPARE(settings.value(u"raiseAfterPolls"_s).toInt(), 3);
        settings.endGroup();
    }

    // A file written before the fleet fields existed (and one with broken values) reads with
    // the structs' defaults.
    void oldIniGivesDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.ini"_s);
        const QByteArray id = "0b5f0e7a-6c1e-4d0a-9c55-8a4c1f0e9d21";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[servers]\n" + id + "\\name=old mx\n" + id + "\\host=mx.example.org\n"
                   + id + "\\port=2222\n" + id + "\\user=admin\n" + id + "\\auth=key\n"
                   + id + "\\pollIntervalSeconds=3\n" + id + "\\alerts\\clearPercent=150\n"
                   + id + "\\alerts\\deferredWarn=abc\n" + id + "\\sudo=sometimes\n");
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        Fleet::ProfileStore store(&settings);
        QCOMPARE(store.profiles().size(), 1);
        const Fleet::ServerProfile p = store.profiles().first();
        const Fleet::ServerProfile defaults;
        QCOMPARE(p.name, u"old mx"_s);
        QCOMPARE(p.port, 2222);
        QCOMPARE(p.auth, Remote::AuthMethod::KeyFile);
        QCOMPARE(p.sudoMode, defaults.sudoMode);
        QCOMPARE(p.group, QString());
        QCOMPARE(p.proxyJump, QString());
        QCOMPARE(p.logFile, QString());
        QCOMPARE(p.pollIntervalSeconds, defaults.pollIntervalSeconds);
        QCOMPARE(p.alerts, defaults.alerts);
    }

    // Only descriptive fields reach the file: no key names or values that look like secrets.
    void noSecretInFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.ini"_s);
        {
            QSettings settings(path, QSettings::IniFormat);
            Fleet::ProfileStore store(&settings);
            store.save(sample());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll().toLower();
        QVERIFY(!text.isEmpty());
        for (const char *word : {"password=", "passphrase", "secret", "token"})
            QVERIFY2(!text.contains(word), word);
        // The only key allowed to mention "password" is the auth/sudo method name.
        const QList<QByteArray> lines = text.split('\n');
        for (const QByteArray &line : lines) {
            if (line.contains("password"))
                QVERIFY2(line.contains("\\sudo=password") || line.contains("\\auth=password"),
                         line.constData());
        }
    }

    void groupsKeyedByUuid()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
        Fleet::ProfileStore store(&settings);
        const Fleet::ServerProfile p = sample();
        store.save(p);
        settings.beginGroup(u"servers"_s);
        QCOMPARE(settings.childGroups(), QStringList{p.id.toString(QUuid::WithoutBraces)});
        settings.endGroup();
    }
};

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
