#pragma once

#include "alertthresholds.h"

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
    QString group;            // the client / group the dashboard groups by; empty = ungrouped
    QString host;             // empty = this machine (LocalTransport)
    int port = 22;
    QString user;
    Remote::AuthMethod auth = Remote::AuthMethod::Agent;
    QString keyFile;          // for AuthMethod::KeyFile
    QString proxyJump;        // "[user@]host[:port]" of an OpenSSH jump host; empty = direct
    Remote::SudoMode sudoMode = Remote::SudoMode::Auto;
    bool readOnly = false;    // the console offers no queue actions for this server
    QString knownHostsFile;   // empty = ~/.ssh/known_hosts
    QString logFile;          // mail log path override; empty = detect (journal, maillog_file, …)
    int pollIntervalSeconds = 60; // dashboard background polling; 0 = never polled
    AlertThresholds alerts;

    bool isValid() const { return !id.isNull(); }
    QString displayName() const; // name, else user@host:port
    QString groupName() const;   // group, else tr("Ungrouped")
    Remote::ConnectionParams toConnectionParams() const;

    static ServerProfile create(); // a new profile with a fresh id

    friend bool operator==(const ServerProfile &, const ServerProfile &) = default;
};

} // namespace Fleet

Q_DECLARE_METATYPE(Fleet::ServerProfile)
