#include "fleetscenario.h"

#include "fleetenv.h"

#include "fleet/credentialstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

bool waitForAnswer(QSignalSpy &spy, const char *what, QString *error)
{
    if (spy.isEmpty() && !spy.wait(20000)) {
        *error = u"the keychain never answered the %1"_s.arg(QLatin1StringView(what));
        return false;
    }
    const QString text = spy.takeFirst().constLast().toString();
    if (!text.isEmpty())
        *error = u"keychain %1 failed: %2"_s.arg(QLatin1StringView(what), text);
    return text.isEmpty();
}

} // namespace

FleetScenario::FleetScenario() = default;
FleetScenario::~FleetScenario() = default;

bool FleetScenario::setUp(int pollIntervalSeconds, Fleet::CredentialStore &store, QString *error)
{
    const TestServerEnv shared;
    if (!shared.isValid()) {
        *error = shared.error();
        return false;
    }
    const QList<TestServerEnv> fleet = fleetServerEnvs(2, error);
    if (fleet.isEmpty())
        return false;
    m_envs = {shared, fleet.at(0), fleet.at(1)};
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = u"no temporary folder: %1"_s.arg(m_dir->errorString());
        return false;
    }
    // fleet3 keeps the key it has now; after rekeyFleet3() the server offers another one.
    const QString fleet3KnownHosts = tempPath(u"fleet3_known_hosts"_s);
    if (!QFile::copy(fleet3Env().knownHostsFile(), fleet3KnownHosts)) {
        *error = u"cannot copy %1"_s.arg(fleet3Env().knownHostsFile());
        return false;
    }

    Fleet::ServerProfile sharedProfile = rootKeyProfile(sharedEnv(), u"Shared mx"_s, u"Acme"_s);
    Fleet::ServerProfile fleet2Profile = rootKeyProfile(fleet2Env(), u"Fleet 2"_s, u"Acme"_s);
    fleet2Profile.user = fleet2Env().adminUser();
    fleet2Profile.auth = Remote::AuthMethod::Password;
    fleet2Profile.keyFile.clear();
    Fleet::ServerProfile fleet3Profile = rootKeyProfile(fleet3Env(), u"Fleet 3"_s, u"Globex"_s);
    fleet3Profile.knownHostsFile = fleet3KnownHosts;
    Fleet::ServerProfile deadProfile = rootKeyProfile(sharedEnv(), u"Dead mx"_s, u"Globex"_s);
    deadProfile.port = unusedPort();
    m_profiles = {sharedProfile, fleet2Profile, fleet3Profile, deadProfile};
    for (Fleet::ServerProfile &profile : m_profiles)
        profile.pollIntervalSeconds = pollIntervalSeconds;
    if (deadProfile.port <= 0) {
        *error = u"no unused port on 127.0.0.1"_s;
        return false;
    }
    if (!grownIds(fleet2Env()).isEmpty()) {
        *error = u"fleet2 still holds grown mail from an earlier run"_s;
        return false;
    }
    m_fleet2Base = queueCount(fleet2Env(), Postfix::QueueName::Deferred);
    if (m_fleet2Base < 0) {
        *error = u"cannot list fleet2's queue"_s;
        return false;
    }
    return storeFleet2Password(store, error);
}

Fleet::AlertThresholds FleetScenario::alertsOff()
{
    Fleet::AlertThresholds off;
    off.deferred = {};
    off.growth = {};
    off.oldestAgeHours = {};
    off.topSenderPercent = {};
    return off;
}

Fleet::AlertThresholds FleetScenario::fleet2Alerts() const
{
    Fleet::AlertThresholds alerts = alertsOff();
    alerts.deferred = {std::max(m_fleet2Base + 20, m_fleet2Base * 5 / 4 + 10), 0};
    alerts.clearPercent = 20;
    alerts.raiseAfterPolls = 1;
    return alerts;
}

QList<Fleet::ServerProfile> FleetScenario::profiles() const
{
    return m_profiles;
}

QString FleetScenario::tempPath(const QString &name) const
{
    return m_dir ? m_dir->filePath(name) : QString();
}

bool FleetScenario::storeFleet2Password(Fleet::CredentialStore &store, QString *error)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()
        || !(bus.interface()->isServiceRegistered(u"org.freedesktop.secrets"_s).value()
             || bus.interface()->activatableServiceNames().value().contains(u"org.freedesktop.secrets"_s))) {
        *error = u"no Secret Service on the session bus: run through scripts/run-tests.sh "
                 "(dbus-run-session + gnome-keyring-daemon --unlock)"_s;
        return false;
    }
    QSignalSpy written(&store, &Fleet::CredentialStore::writeFinished);
    store.write(fleet2().id, Fleet::CredentialStore::Kind::SshPassword, fleet2Env().adminPassword());
    if (!waitForAnswer(written, "write", error))
        return false;
    // Round trip: what the poller will read is what was written.
    QSignalSpy read(&store, &Fleet::CredentialStore::readFinished);
    store.read(fleet2().id, Fleet::CredentialStore::Kind::SshPassword);
    if (read.isEmpty() && !read.wait(20000)) {
        *error = u"the keychain never answered the read"_s;
        return false;
    }
    const QList<QVariant> args = read.takeFirst();
    if (args.at(2).toString() != fleet2Env().adminPassword()) {
        *error = u"the keychain gave back another password (error: %1)"_s.arg(args.at(3).toString());
        return false;
    }
    m_passwordStore = &store;
    return true;
}

bool FleetScenario::tearDown(QString *error)
{
    if (m_profiles.size() != 4)
        return true;
    bool ok = deleteMessages(fleet2Env(), grownIds(fleet2Env()), error);
    if (m_passwordStore) {
        QSignalSpy removed(m_passwordStore, &Fleet::CredentialStore::removeFinished);
        m_passwordStore->remove(fleet2().id, Fleet::CredentialStore::Kind::SshPassword);
        ok = waitForAnswer(removed, "remove", error) && ok;
        m_passwordStore = nullptr;
    }
    return ok;
}

bool FleetScenario::rekeyFleet3(QString *error)
{
    return fleet3Env().rekey(error);
}

qint64 FleetScenario::queueCount(const TestServerEnv &env, Postfix::QueueName queue)
{
    bool ok = false;
    const QList<Postfix::QueuedMessage> messages = env.queueMessages(&ok);
    if (!ok)
        return -1;
    return std::count_if(messages.cbegin(), messages.cend(),
                         [queue](const Postfix::QueuedMessage &m) { return m.queueName == queue; });
}

qint64 FleetScenario::totalCount(const TestServerEnv &env)
{
    bool ok = false;
    const QList<Postfix::QueuedMessage> messages = env.queueMessages(&ok);
    return ok ? messages.size() : -1;
}

QStringList FleetScenario::grownIds(const TestServerEnv &env)
{
    const QString domain = u"@"_s + env.value(u"PD_TS_GROW_DOMAIN"_s);
    QStringList ids;
    const QList<Postfix::QueuedMessage> messages = env.queueMessages();
    for (const Postfix::QueuedMessage &message : messages) {
        const bool grown = std::any_of(message.recipients.cbegin(), message.recipients.cend(),
                                       [&domain](const Postfix::Recipient &r) {
                                           return r.address.endsWith(domain, Qt::CaseInsensitive);
                                       });
        if (grown)
            ids.append(message.queueId);
    }
    ids.sort();
    return ids;
}

bool FleetScenario::deleteMessages(const TestServerEnv &env, const QStringList &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    int code = -1;
    QByteArray err;
    env.exec({u"/usr/sbin/postsuper"_s, u"-d"_s, u"-"_s}, &code, &err,
             ids.join(u'\n').toUtf8() + '\n');
    if (code != 0 && error)
        *error = u"postsuper -d failed (exit %1): %2"_s.arg(code).arg(QString::fromUtf8(err.trimmed()));
    return code == 0;
}

int FleetScenario::unusedPort()
{
    // Bound and released again: nothing listens there afterwards (connect: refused).
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return -1;
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace TestSupport
