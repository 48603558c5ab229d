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
