#include "profilestore.h"

#include <QSettings>

#include <algorithm>

namespace Fleet {

namespace {

const QString serversGroup = QStringLiteral("servers");

// How enum values are spelled in the settings file. The first entry is the default for unknown
// or missing text, so a hand-edited file degrades to the safest choice.
template <typename E>
struct Spelling
{
    E value;
    const char *text;
};

constexpr Spelling<Remote::AuthMethod> authSpellings[] = {
    {Remote::AuthMethod::Agent, "agent"},
    {Remote::AuthMethod::KeyFile, "key"},
    {Remote::AuthMethod::Password, "password"},
};

constexpr Spelling<Remote::SudoMode> sudoSpellings[] = {
    {Remote::SudoMode::Auto, "auto"},
    {Remote::SudoMode::None, "none"},
    {Remote::SudoMode::NoPassword, "nopasswd"},
    {Remote::SudoMode::Password, "password"},
};

template <typename E, std::size_t N>
QString spell(const Spelling<E> (&table)[N], E value)
{
    for (const Spelling<E> &entry : table) {
        if (entry.value == value)
            return QLatin1String(entry.text);
    }
    return QLatin1String(table[0].text);
}

template <typename E, std::size_t N>
E parseSpelling(const Spelling<E> (&table)[N], const QString &text)
{
    for (const Spelling<E> &entry : table) {
        if (text == QLatin1String(entry.text))
            return entry.value;
    }
    return table[0].value;
}

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
    ServerProfile p;
    m_settings->beginGroup(group);
    p.id = QUuid::fromString(group.mid(serversGroup.size() + 1));
    p.name = m_settings->value(QStringLiteral("name")).toString();
    p.host = m_settings->value(QStringLiteral("host")).toString();
    p.port = m_settings->value(QStringLiteral("port"), 22).toInt();
    p.user = m_settings->value(QStringLiteral("user")).toString();
    p.auth = parseSpelling(authSpellings, m_settings->value(QStringLiteral("auth")).toString());
    p.keyFile = m_settings->value(QStringLiteral("keyFile")).toString();
    p.sudoMode = parseSpelling(sudoSpellings, m_settings->value(QStringLiteral("sudo")).toString());
    p.readOnly = m_settings->value(QStringLiteral("readOnly"), false).toBool();
    p.knownHostsFile = m_settings->value(QStringLiteral("knownHostsFile")).toString();
    m_settings->endGroup();
    if (p.port <= 0 || p.port > 65535)
        p.port = 22;
    return p;
}

QUuid ProfileStore::save(const ServerProfile &profile)
{
    const QUuid id = profile.id.isNull() ? QUuid::createUuid() : profile.id;
    // Rewrite the whole group so keys dropped from the format do not linger.
    m_settings->remove(groupFor(id));
    m_settings->beginGroup(groupFor(id));
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("host"), profile.host);
    m_settings->setValue(QStringLiteral("port"), profile.port);
    m_settings->setValue(QStringLiteral("user"), profile.user);
    m_settings->setValue(QStringLiteral("auth"), spell(authSpellings, profile.auth));
    m_settings->setValue(QStringLiteral("keyFile"), profile.keyFile);
    m_settings->setValue(QStringLiteral("sudo"), spell(sudoSpellings, profile.sudoMode));
    m_settings->setValue(QStringLiteral("readOnly"), profile.readOnly);
    m_settings->setValue(QStringLiteral("knownHostsFile"), profile.knownHostsFile);
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
