#include "cliprofiles.h"

#include "fleet/profilestore.h"

#include <QCoreApplication>
#include <QSettings>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

// The GUI's settings are "Postdesk"/"postdesk"; this executable is called postdesk-cli, so the
// names are spelled out instead of taken from QCoreApplication.
CliProfiles::CliProfiles(const QString &settingsFile)
    : m_settings(settingsFile.isEmpty()
                     ? std::make_unique<QSettings>(QStringLiteral("Postdesk"), QStringLiteral("postdesk"))
                     : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

CliProfiles::~CliProfiles() = default;

QList<Fleet::ServerProfile> CliProfiles::all() const
{
    return Fleet::ProfileStore(m_settings.get()).profiles();
}

Fleet::ServerProfile CliProfiles::find(const QString &nameOrId, QString *error) const
{
    const QList<Fleet::ServerProfile> profiles = all();
    const QUuid id = QUuid::fromString(nameOrId.trimmed());
    QList<Fleet::ServerProfile> matches;
    for (const Fleet::ServerProfile &p : profiles) {
        if (id.isNull() ? p.displayName().compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0 : p.id == id)
            matches.append(p);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        *error = Tr::tr("no saved server called '%1' (postdesk-cli servers lists them)").arg(nameOrId.left(100));
    else
        *error = Tr::tr("%1 servers are called '%2': use the id").arg(matches.size()).arg(nameOrId.left(100));
    return {};
}

QSettings *CliProfiles::settings() const
{
    return m_settings.get();
}
