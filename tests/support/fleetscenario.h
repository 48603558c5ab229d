#pragma once

#include "testserverenv.h"

#include "fleet/alertthresholds.h"
#include "fleet/serverprofile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Fleet {
class CredentialStore;
}

namespace TestSupport {

// The four servers of the fleet integration tests (tst_fleet_servers: core classes,
// tst_fleet_gui: the dashboard), in two client groups:
//   shared      the ctest "testserver" (root, ed25519 key)           group "Acme"
//   fleet2      fleet fixture server 1 (pdadmin, password in the real keychain)  group "Acme"
//   fleet3      fleet fixture server 2 (root key; its known_hosts is a private copy taken
//               before rekeyFleet3(), so the changed key is refused)  group "Globex"
//   unreachable 127.0.0.1 on a port nobody listens on                group "Globex"
// Test code only: the helpers block (QSignalSpy::wait, the test server script).
class FleetScenario
{
public:
    FleetScenario();
    ~FleetScenario();

    // Loads the env files, copies fleet3's known_hosts, picks the unused port, builds the profiles
    // with the given poll interval, stores fleet2's password in `store` (the real Secret Service;
    // storeFleet2Password) and notes fleet2's deferred count. false + *error (a sentence for
    // QVERIFY2) on failure. store must outlive tearDown().
    bool setUp(int pollIntervalSeconds, Fleet::CredentialStore &store, QString *error);

    // Every alert metric off (set on the profiles whose alerts a test does not watch).
    static Fleet::AlertThresholds alertsOff();
    // fleet2's alert: deferred warning just above its count at setUp (fleet2DeferredBase()),
    // clearing below 80 % of it (which the base count is), raised on the first poll above it.
    Fleet::AlertThresholds fleet2Alerts() const;
    qint64 fleet2DeferredBase() const { return m_fleet2Base; }
    qint64 fleet2DeferredWarn() const { return fleet2Alerts().deferred.warn; }

    QList<Fleet::ServerProfile> profiles() const;
    Fleet::ServerProfile &shared() { return m_profiles[0]; }
    Fleet::ServerProfile &fleet2() { return m_profiles[1]; }
    Fleet::ServerProfile &fleet3() { return m_profiles[2]; }
    Fleet::ServerProfile &unreachable() { return m_profiles[3]; }
    TestServerEnv &sharedEnv() { return m_envs[0]; }
    TestServerEnv &fleet2Env() { return m_envs[1]; }
    TestServerEnv &fleet3Env() { return m_envs[2]; }
    QString tempPath(const QString &name) const; // a file in this scenario's temporary folder

    // fleet2's password under its profile id in the real Secret Service (fails when the session
    // bus has none), read back to check the round trip. store must outlive tearDown().
    bool storeFleet2Password(Fleet::CredentialStore &store, QString *error);
    // Deletes what grow added on fleet2 and the stored password. Call from cleanupTestCase.
    bool tearDown(QString *error);

    // The host key of fleet3 changes (testserver.sh rekey); the profile keeps the old known_hosts.
    bool rekeyFleet3(QString *error);

    // Counts as root sees them right now; -1 when the listing failed.
    static qint64 queueCount(const TestServerEnv &env, Postfix::QueueName queue);
    static qint64 totalCount(const TestServerEnv &env);
    // IDs of the messages `grow` added (recipients in PD_TS_GROW_DOMAIN), sorted.
    static QStringList grownIds(const TestServerEnv &env);
    // postsuper -d for the given IDs (as root inside the namespace).
    static bool deleteMessages(const TestServerEnv &env, const QStringList &ids, QString *error);

private:
    static int unusedPort();

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<TestServerEnv> m_envs;
    QList<Fleet::ServerProfile> m_profiles;
    Fleet::CredentialStore *m_passwordStore = nullptr;
    qint64 m_fleet2Base = -1;
};

} // namespace TestSupport
