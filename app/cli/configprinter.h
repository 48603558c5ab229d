#pragma once

#include "actions/configchange.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// How postdesk-cli prints configuration changes (relayhost set/remove, rollback) and the list of
// server-side backups (changes): plain text, or one JSON object per line with --json. Secrets
// never reach these functions' output: plans print their masked diffText() only.
class ConfigPrinter
{
public:
    static QByteArray planText(const Actions::ConfigChangePlan &plan);
    static QJsonObject planJson(const Actions::ConfigChangePlan &plan); // type "plan", audit JSON + diff
    static QByteArray resultText(const Actions::ConfigChangeResult &result);
    static QJsonObject resultJson(const Actions::ConfigChangeResult &result);
    static QByteArray backupsText(const QList<Actions::BackupInfo> &backups);
    static QString outcomeKey(Actions::ConfigChangeResult::Outcome outcome);
    // 0 applied, 6 rolled back, 7 rollback failed, 4 failed/canceled (CliExit values).
    static int exitCode(Actions::ConfigChangeResult::Outcome outcome);
};
