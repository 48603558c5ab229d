#pragma once

#include "alertthresholds.h"

#include "remote/connectionparams.h"
#include "remote/serversession.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Fleet {

// How profile fields are spelled outside the program: the settings file (ProfileStore), the
// shared JSON list (ProfileExchange) and the CLI's --sudo. One table each, so the three never
// drift apart. Keys are never translated.
QString authMethodKey(Remote::AuthMethod method);                  // "agent", "key", "password"
std::optional<Remote::AuthMethod> authMethodFromKey(QStringView key);
QString sudoModeKey(Remote::SudoMode mode);                        // "auto", "none", "nopasswd", "password"
std::optional<Remote::SudoMode> sudoModeFromKey(QStringView key);

// The numeric fields of AlertThresholds under stable keys ("deferredWarn", "growthWindowMinutes",
// …) with their allowed ranges. ProfileStore writes them under "alerts/<key>", ProfileExchange as
// members of "alerts".
struct AlertField
{
    const char *key;
    qint64 minimum;
    qint64 maximum;
    qint64 (*get)(const AlertThresholds &);
    void (*set)(AlertThresholds &, qint64);
};
const QList<AlertField> &alertFields();

// Range checks shared by the settings reader (which falls back to defaults) and the importer
// (which reports). Poll interval: 0 (never) or 5..86400 seconds.
bool isValidPort(qint64 port);
bool isValidPollInterval(qint64 seconds);

} // namespace Fleet
