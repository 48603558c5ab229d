#include "profilestore.h"
#include "profilekeys.h"

#include <QSettings>

#include <algorithm>

namespace Fleet {

namespace {

const QString serversGroup = QStringLiteral("servers");
const QString alertsGroup = QStringLiteral("alerts");

QString groupFor(const QUuid &id)
{
    return serversGroup + QLatin1Char('/') + id.toString(QUuid::WithoutBraces);
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(m_settings);
}

ProfileStore::~ProfileStore() = default;

QList<ServerProfile> ProfileStore::profiles() const
{
    m_settings->beginGroup(serversGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();

    QList<ServerProfile> result;
    for (const QString &group : groups) {
        ServerProfile profile = read(serversGroup + QLatin1Char('/') + group);
        if (profile.isValid())
            result.append(profile);
    }
    std::sort(result.begin(), result.end(), [](const ServerProfile &a, const ServerProfile &b) {
        const int byName = a.displayName().compare(b.displayName(), Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

ServerProfile ProfileStore::profile(const QUuid &id) const
{
    if (!contains(id))
        return {};
    return read(groupFor(id));
}

bool ProfileStore::contains(const QUuid &id) const
{
    if (id.isNull())
        return false;
    m_settings->beginGroup(serversGroup);
    const bool found = m_settings->childGroups().contains(id.toString(QUuid::WithoutBraces));
    m_settings->endGroup();
    return found;
}

ServerProfile ProfileStore::read(const QString &group) const
{
    // Missing or unusable keys (older files, hand edits) give the struct's defaults.
    ServerProfile p;
    const ServerProfile defaults;
    m_settings->beginGroup(group);
    p.id = QUuid::fromString(group.mid(serversGroup.size() + 1));
    p.name = m_settings->value(QStringLiteral("name")).toString();
    p.group = m_settings->value(QStringLiteral("group")).toString();
    p.host = m_settings->value(QStringLiteral("host")).toString();
    p.port = m_settings->value(QStringLiteral("port"), defaults.port).toInt();
    p.user = m_settings->value(QStringLiteral("user")).toString();
    p.auth = authMethodFromKey(m_settings->value(QStringLiteral("auth")).toString()).value_or(defaults.auth);
    p.keyFile = m_settings->value(QStringLiteral("keyFile")).toString();
    p.proxyJump = m_settings->value(QStringLiteral("proxyJump")).toString();
    p.sudoMode = sudoModeFromKey(m_settings->value(QStringLiteral("sudo")).toString()).value_or(defaults.sudoMode);
    p.readOnly = m_settings->value(QStringLiteral("readOnly"), false).toBool();
    p.knownHostsFile = m_settings->value(QStringLiteral("knownHostsFile")).toString();
    p.logFile = m_settings->value(QStringLiteral("logFile")).toString();
    bool ok = false;
    const qint64 interval = m_settings->value(QStringLiteral("pollIntervalSeconds")).toLongLong(&ok);
    p.pollIntervalSeconds = ok && isValidPollInterval(interval) ? int(interval) : defaults.pollIntervalSeconds;
    m_settings->beginGroup(alertsGroup);
    for (const AlertField &field : alertFields()) {
        const qint64 value = m_settings->value(QLatin1String(field.key)).toLongLong(&ok);
        if (ok && value >= field.minimum && value <= field.maximum)
            field.set(p.alerts, value);
    }
    m_settings->endGroup();
    m_settings->endGroup();
    if (!isValidPort(p.port))
        p.port = defaults.port;
    return p;
}

QUuid ProfileStore::save(const ServerProfile &profile)
{
    const QUuid id = profile.id.isNull() ? QUuid::createUuid() : profile.id;
    // Rewrite the whole group so keys dropped from the format do not linger.
    m_settings->remove(groupFor(id));
    m_settings->beginGroup(groupFor(id));
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("group"), profile.group);
    m_settings->setValue(QStringLiteral("host"), profile.host);
    m_settings->setValue(QStringLiteral("port"), profile.port);
    m_settings->setValue(QStringLiteral("user"), profile.user);
    m_settings->setValue(QStringLiteral("auth"), authMethodKey(profile.auth));
    m_settings->setValue(QStringLiteral("keyFile"), profile.keyFile);
    m_settings->setValue(QStringLiteral("proxyJump"), profile.proxyJump);
    m_settings->setValue(QStringLiteral("sudo"), sudoModeKey(profile.sudoMode));
    m_settings->setValue(QStringLiteral("readOnly"), profile.readOnly);
    m_settings->setValue(QStringLiteral("knownHostsFile"), profile.knownHostsFile);
    m_settings->setValue(QStringLiteral("logFile"), profile.logFile);
    m_settings->setValue(QStringLiteral("pollIntervalSeconds"), profile.pollIntervalSeconds);
    m_settings->beginGroup(alertsGroup);
    for (const AlertField &field : alertFields())
        m_settings->setValue(QLatin1String(field.key), field.get(profile.alerts));
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
    Q_EMIT changed();
    return id;
}

bool ProfileStore::remove(const QUuid &id)
{
    if (!contains(id))
        return false;
    m_settings->remove(groupFor(id));
    m_settings->sync();
    Q_EMIT changed();
    return true;
}

} // namespace Fleet
