#pragma once

#include "remote/connectionparams.h"
#include "remote/serversession.h"

#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Fleet {

// One saved server. Plain value: ProfileStore persists it (never a secret in here; passwords and
// passphrases live in CredentialStore under the same id).
struct ServerProfile
{
    QUuid id;                 // stable across renames; the key of the settings group and keychain
    QString name;             // what the user calls it ("mx1 Frankfurt")
    QString host;             // empty = this machine (LocalTransport)
    int port = 22;
    QString user;
    Remote::AuthMethod auth = Remote::AuthMethod::Agent;
    QString keyFile;          // for AuthMethod::KeyFile
    Remote::SudoMode sudoMode = Remote::SudoMode::Auto;
    bool readOnly = false;    // the console offers no queue actions for this server
    QString knownHostsFile;   // empty = ~/.ssh/known_hosts

    bool isValid() const { return !id.isNull(); }
    QString displayName() const; // name, else user@host:port
    Remote::ConnectionParams toConnectionParams() const;

    static ServerProfile create(); // a new profile with a fresh id

    friend bool operator==(const ServerProfile &, const ServerProfile &) = default;
};

} // namespace Fleet

Q_DECLARE_METATYPE(Fleet::ServerProfile)
