#pragma once

#include "serverprofile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace Fleet {

// Sharing a server list within a team: a JSON file without any secret
// {"format":"postdesk-servers","version":1,"servers":[{id,name,group,host,port,user,auth,keyFile,
//  proxyJump,sudo,readOnly,knownHostsFile,logFile,pollIntervalSeconds,alerts:{…}}]}.
QByteArray exportProfiles(const QList<ServerProfile> &profiles);

struct ProfileImport
{
    QList<ServerProfile> profiles; // valid entries (missing id → fresh id)
    QStringList issues;            // "server 3: port 70000 out of range, skipped"
    QString error;                 // the whole file is unusable (not JSON, wrong format/version)
    bool ok() const { return error.isEmpty(); }
};
ProfileImport importProfiles(QByteArrayView json);

// How an import lands in an existing list: same id → replaced; same name (case-insensitive) but
// another id → kept as a new profile with " (imported)" appended to the name; else added.
struct ProfileMerge
{
    QList<ServerProfile> toSave;
    int added = 0;
    int replaced = 0;
    int renamed = 0;
};
ProfileMerge mergeProfiles(const QList<ServerProfile> &existing, const QList<ServerProfile> &incoming);

} // namespace Fleet
