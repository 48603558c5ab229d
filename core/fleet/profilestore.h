#pragma once

#include "serverprofile.h"

#include <QList>
#include <QObject>
#include <QUuid>

class QSettings;

namespace Fleet {

// Typed wrapper over QSettings for server profiles: one group per profile under "servers/<uuid>".
// Holds no secrets and writes none (CredentialStore does that). The settings object is not owned;
// the GUI passes an INI file (demo) or the default user settings. Lives on the GUI thread.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<ServerProfile> profiles() const;        // sorted by name, case-insensitively
    ServerProfile profile(const QUuid &id) const; // !isValid() when there is no such profile
    bool contains(const QUuid &id) const;

    // Adds or replaces the profile with profile.id (a null id gets a fresh one) and returns the id.
    QUuid save(const ServerProfile &profile);
    bool remove(const QUuid &id);                 // false when there was no such profile

Q_SIGNALS:
    void changed();

private:
    ServerProfile read(const QString &group) const;

    QSettings *m_settings;
};

} // namespace Fleet
