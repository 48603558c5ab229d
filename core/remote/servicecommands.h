#pragma once

#include "commandcatalog.h"

#include <QStringList>

namespace Remote {

// The commands of the content_filter, services and limits checks. Built through
// CommandCatalog::make() from fixed literals only: no value from the queue, the user or the
// server's configuration ever reaches a command line (filter endpoints are compared with ss
// output on our side; unit names come from knownUnits()).
//
// Every command refuses to build when its tool is missing on the server (plain words naming the
// package), has a short timeout and a small output cap. Only `postfix status` and `postfix check`
// need root; everything else runs as the login account. Output is parsed by Diagnosis::
// PostconfOutput, Listeners and ServiceStatus.
class ServiceCommands
{
public:
    explicit ServiceCommands(const ServerCapabilities &capabilities);

    // Plain words naming the package that brings a tool ("ss" → iproute2 / iproute).
    static QString missingToolText(const QString &tool);
    bool hasTool(const QString &tool) const;
    // The systemd units the checks may ask about: postfix.service, postfix@-.service,
    // amavis.service, amavisd.service, amavisd-new.service, dovecot.service.
    static const QStringList &knownUnits();
    // Why a command of these checks did not give a usable answer, in plain words ("ss timed out
    // after 15 s", the session's refusal text, "postconf exited with status 1: …"). Empty when
    // the command ran and exited 0.
    static QString failureText(const CommandResult &result, const QString &what);

    CatalogResult postconfAll() const;               // postconf
    CatalogResult postconfExplicit() const;          // postconf -n
    CatalogResult postconfFilters() const;           // postconf content_filter smtpd_proxy_filter
    CatalogResult postconfServiceParameters() const; // postconf -P (master.cf -o overrides)
    CatalogResult postconfMasterServices() const;    // postconf -M
    CatalogResult listeningTcp() const;              // ss -ltnH
    // systemctl show --property=Id,LoadState,ActiveState,SubState -- UNIT… (knownUnits() only)
    CatalogResult unitStates(const QStringList &units) const;
    // journalctl -u UNIT… -p warning --since -24h -n 20 -o short-iso --no-pager -q
    CatalogResult unitWarnings(const QStringList &units) const;
    CatalogResult processList() const;  // ps -ww -e -o pid=,user=,comm=,args=
    CatalogResult postfixStatus() const; // postfix status (root)
    CatalogResult postfixCheck() const;  // postfix check (root)
    CatalogResult pleskVersion() const;  // cat /usr/local/psa/version

    static constexpr int recentHours = 24; // the journal window of unitWarnings()

private:
    CatalogResult build(const QString &tool, const QList<QByteArray> &args, Privilege privilege,
                        const QString &label, int timeoutMs, qint64 maxOutputBytes) const;

    CommandCatalog m_catalog;
};

} // namespace Remote
