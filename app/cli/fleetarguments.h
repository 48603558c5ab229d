#pragma once

#include "fleet/alertthresholds.h"

#include <QString>

#include <optional>

// What the fleet commands of postdesk-cli take (parsed by CliArguments::parse):
//
//   --settings FILE        every command: profiles from this INI file instead of the user's settings
//   --server NAME|UUID     every server command: connect like the saved profile (host, port, user,
//                          auth, key, jump host, sudo mode, known_hosts); secrets from the
//                          environment first (POSTDESK_PASSWORD, …), then the keychain
//   servers [--json]                         list the profiles
//   servers export FILE                      profiles without secrets, JSON (see ProfileExchange)
//   servers import FILE                      merge a shared list (same id replaced, same name renamed)
//   servers import-ssh-config [FILE]         hosts of ~/.ssh/config (or FILE) as profiles
//   check (--server NAME | --ssh TARGET) [--warn N] [--crit N] [--growth-warn N] [--growth-crit N]
//         [--growth-window MIN] [--age-warn HOURS] [--age-crit HOURS] [--sender-warn PCT]
//         [--sender-crit PCT] [--sender-min N] [--history FILE | --no-history]
//                          Nagios/Icinga plugin: one line with perfdata, exit 0/1/2/3. Thresholds:
//                          the profile's, overridden by the options (--warn/--crit: deferred count)
//   metrics (--server NAME | --all | --ssh TARGET) [--concurrency N] [--output FILE]
//                          Prometheus text exposition; --output writes FILE atomically (temp file +
//                          rename) for node_exporter's textfile collector; exit 0 even when some
//                          server is down (postdesk_up 0), 3 when none could be polled
struct FleetArguments
{
    enum class ServersVerb { List, Export, Import, ImportSshConfig };

    QString settingsFile;   // --settings
    QString serverName;     // --server (name, case-insensitive, or the profile's UUID)
    bool allServers = false; // metrics --all

    ServersVerb serversVerb = ServersVerb::List;
    QString file;           // servers export/import FILE, import-ssh-config [FILE], metrics --output

    // check: overrides of the profile's (or the defaults') thresholds; unset = keep
    std::optional<qint64> deferredWarn, deferredCrit;
    std::optional<qint64> growthWarn, growthCrit;
    std::optional<int> growthWindowMinutes;
    std::optional<qint64> ageWarnHours, ageCritHours;
    std::optional<qint64> senderWarnPercent, senderCritPercent;
    std::optional<int> senderMinimum;
    QString historyFile;    // --history; empty = Fleet::HistoryStore::defaultPath()
    bool noHistory = false; // --no-history: growth unknown, nothing recorded
    int concurrency = 8;    // metrics --all: polls at once

    // The profile's thresholds with the overrides above applied.
    Fleet::AlertThresholds thresholds(const Fleet::AlertThresholds &base) const;
};
