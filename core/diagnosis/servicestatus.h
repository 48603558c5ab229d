#pragma once

#include "postfix/parseresult.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace Diagnosis {

// One unit from `systemctl show --property=Id,LoadState,ActiveState,SubState -- UNIT…`.
struct UnitState
{
    QString id;          // "amavis.service"
    QString loadState;   // "loaded", "not-found", "masked", …
    QString activeState; // "active", "inactive", "failed", "activating", …
    QString subState;    // "running", "dead", "exited", …

    bool exists() const { return !loadState.isEmpty() && loadState != u"not-found"; }
    bool isActive() const { return activeState == u"active" || activeState == u"reloading"; }
    QString line() const; // "amavis.service: loaded, active (running)" (evidence)
    friend bool operator==(const UnitState &, const UnitState &) = default;
};

// One process from `ps -e -o pid=,user=,comm=,args=`.
struct ProcessEntry
{
    qint64 pid = 0;
    QString user;
    QString comm; // the process name (what a daemon may set as its title: "amavisd-new")
    QString args;

    friend bool operator==(const ProcessEntry &, const ProcessEntry &) = default;
};

// The services the services and content-filter checks look for.
enum class ServiceKind { Postfix, Amavis, Dovecot };

namespace ServiceStatus {
// The systemd unit names a service may have, in the order they are asked.
QStringList unitNames(ServiceKind kind);
QString serviceName(ServiceKind kind); // "Postfix", "Amavis", "Dovecot"

// Blocks separated by blank lines; an output without any "Id=" line means systemd did not
// answer (no systemd as PID 1, no D-Bus): values stays empty.
Postfix::Parsed<UnitState> parseSystemctlShow(QByteArrayView output);
// The first stderr lines of a systemctl that could not reach the service manager, trimmed.
QStringList systemctlComplaint(QByteArrayView stdErr);

Postfix::Parsed<ProcessEntry> parsePs(QByteArrayView output);
// Processes of that service, by name or command line: Postfix's master ("…/postfix/…/master",
// "master -w"), amavisd ("amavisd", "amavisd-new", "/usr/sbin/amavisd-new (master)"), dovecot.
// Beware: in a container without its own PID namespace this sees other containers' processes.
QList<ProcessEntry> processesOf(const QList<ProcessEntry> &processes, ServiceKind kind);

// `postfix check` / `postfix status` output (stdout and stderr together): the lines that carry a
// warning / a fatal error or error, trimmed, at most 40 of each.
QStringList warningLines(QByteArrayView output);
QStringList fatalLines(QByteArrayView output);
// Non-empty trimmed lines (decoded as UTF-8 with replacement), at most maxLines.
QStringList outputLines(QByteArrayView output, int maxLines = 20);

// /usr/local/psa/version: "18.0.52 Debian 11.0 1800230516.09" → "18.0.52 Debian 11.0 1800230516.09"
// (first line trimmed, at most 200 characters); empty when the file held nothing readable.
QString pleskVersion(QByteArrayView fileText);
} // namespace ServiceStatus

} // namespace Diagnosis
