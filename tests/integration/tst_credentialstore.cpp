// Needs a real Secret Service on the session bus: scripts/run-tests.sh runs ctest inside
// dbus-run-session with an unlocked gnome-keyring. Without one this test FAILS on purpose: a
// credential store that silently does nothing would lose every saved password.
#include "fleet/credentialstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = Fleet::CredentialStore::Kind;

class tst_CredentialStore : public QObject
{
    Q_OBJECT

private:
    QUuid m_profile = QUuid::createUuid();

    static QList<QVariant> waitFor(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(20000))
            return {};
        return spy.takeFirst();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no D-Bus session bus: run through scripts/run-tests.sh (dbus-run-session)");
        QVERIFY2(QDBusConnection::sessionBus().interface()->isServiceRegistered(
                     u"org.freedesktop.secrets"_s).value()
                     || QDBusConnection::sessionBus().interface()->activatableServiceNames()
                            .value().contains(u"org.freedesktop.secrets"_s),
                 "no Secret Service (org.freedesktop.secrets) on the session bus: start "
                 "gnome-keyring-daemon --unlock --components=secrets (scripts/run-tests.sh does)");
    }

    void keyFormat()
    {
        const QUuid id = QUuid::fromString(u"{8d2f0c1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f}"_s);
        QCOMPARE(Fleet::CredentialStore::keyFor(id, Kind::SudoPassword),
                 u"postdesk/8d2f0c1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f/sudo-password"_s);
        QCOMPARE(Fleet::CredentialStore::serviceName(), u"postdesk"_s);
    }

    void missingIsNotAnError()
    {
        Fleet::CredentialStore store;
        QSignalSpy read(&store, &Fleet::CredentialStore::readFinished);
        store.read(QUuid::createUuid(), Kind::SshPassword);
        const QList<QVariant> args = waitFor(read);
        QVERIFY2(!args.isEmpty(), "readFinished never came");
        QCOMPARE(args.at(2).toString(), QString());
        QCOMPARE(args.at(3).toString(), QString());
    }

    void roundTrip_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("secret");
        QTest::newRow("ssh password") << Kind::SshPassword << u"s3cret with spaces"_s;
        QTest::newRow("key passphrase") << Kind::KeyPassphrase << u"pässphräse ✓"_s;
        QTest::newRow("sudo password") << Kind::SudoPassword << u"'$(reboot)'"_s;
    }

    void roundTrip()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, secret);
        Fleet::CredentialStore store;
        QSignalSpy written(&store, &Fleet::CredentialStore::writeFinished);
        QSignalSpy read(&store, &Fleet::CredentialStore::readFinished);
        QSignalSpy removed(&store, &Fleet::CredentialStore::removeFinished);

        store.write(m_profile, kind, secret);
        QList<QVariant> args = waitFor(written);
        QVERIFY2(!args.isEmpty(), "writeFinished never came");
        QCOMPARE(args.at(0).toUuid(), m_profile);
        QCOMPARE(args.at(1).value<Kind>(), kind);
        QVERIFY2(args.at(2).toString().isEmpty(), qPrintable(args.at(2).toString()));

        store.read(m_profile, kind);
        args = waitFor(read);
        QVERIFY2(!args.isEmpty(), "readFinished never came");
        QCOMPARE(args.at(1).value<Kind>(), kind);
        QVERIFY2(args.at(3).toString().isEmpty(), qPrintable(args.at(3).toString()));
        QCOMPARE(args.at(2).toString(), secret);

        store.remove(m_profile, kind);
        args = waitFor(removed);
        QVERIFY2(!args.isEmpty(), "removeFinished never came");
        QVERIFY2(args.at(2).toString().isEmpty(), qPrintable(args.at(2).toString()));

        store.read(m_profile, kind);
        args = waitFor(read);
        QVERIFY(!args.isEmpty());
        QCOMPARE(args.at(2).toString(), QString());
        QCOMPARE(args.at(3).toString(), QString());
    }

    void kindsAreSeparate()
    {
        Fleet::CredentialStore store;
        QSignalSpy written(&store, &Fleet::CredentialStore::writeFinished);
        QSignalSpy read(&store, &Fleet::CredentialStore::readFinished);
        QSignalSpy removed(&store, &Fleet::CredentialStore::removeFinished);
        store.write(m_profile, Kind::SshPassword, u"one"_s);
        QVERIFY(!waitFor(written).isEmpty());
        store.write(m_profile, Kind::SudoPassword, u"two"_s);
        QVERIFY(!waitFor(written).isEmpty());
        store.read(m_profile, Kind::SshPassword);
        QCOMPARE(waitFor(read).value(2).toString(), u"one"_s);
        store.read(m_profile, Kind::SudoPassword);
        QCOMPARE(waitFor(read).value(2).toString(), u"two"_s);
        store.removeAll(m_profile);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 4, 20000);
        for (const QList<QVariant> &r : std::as_const(removed))
            QVERIFY2(r.at(2).toString().isEmpty(), qPrintable(r.at(2).toString()));
    }
};

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
