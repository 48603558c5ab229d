#pragma once

#include "fleet/serverprofile.h"

#include <QList>
#include <QString>

#include <memory>

class QSettings;

// The saved server profiles as postdesk-cli sees them: the GUI's settings (same organization and
// application name) or the INI file given with --settings. Read-only except for `servers import`.
class CliProfiles
{
public:
    explicit CliProfiles(const QString &settingsFile); // empty = the user's settings
    ~CliProfiles();

    QList<Fleet::ServerProfile> all() const;
    // By UUID, else by name (case-insensitive, exact). Empty profile (!isValid()) and a one-line
    // error ("no saved server called 'x' (postdesk-cli servers lists them)", "2 servers are
    // called 'x': use the id") when there is no single match.
    Fleet::ServerProfile find(const QString &nameOrId, QString *error) const;
    QSettings *settings() const;

private:
    std::unique_ptr<QSettings> m_settings;
};
