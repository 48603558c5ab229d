#pragma once

#include "checkoptions.h"
#include "diagnosis/dnsreply.h"

#include <QPointer>
#include <QStringList>

#include <functional>

namespace Checks {

class CommandRunner;

struct DnsLookupResult
{
    QList<Diagnosis::DnsReply> replies; // one per question, in order (NotAsked when not sent)
    QString tool;                       // "dig", "host" or "getent" (A only)
    QStringList commands;               // display lines of the commands that answered
    QString error;                      // plain words when no DNS tool exists or the commands failed

    bool ok() const { return error.isEmpty(); }
};

struct MxHost
{
    QString name;           // lower-case, no trailing dot
    int preference = 0;
    QStringList addresses;  // A records (IPv4) in the resolver's order; empty when none resolved
    bool implicit = false;  // no MX record: the domain itself (RFC 5321 implicit MX)
};

struct MxResolution
{
    QString domain;
    Diagnosis::DnsReply mxReply;  // the MX question's reply
    QList<MxHost> hosts;          // by preference, at most CheckOptions::maxMxHosts, with addresses
    QList<Diagnosis::DnsReply> addressReplies; // the A questions asked for them
    QStringList commands;
    QString error;                // tool missing, command failed, domain invalid

    bool ok() const { return error.isEmpty(); }
};

// DNS questions asked on the server with its own resolver: dig when installed (several questions
// in one command, timing per question), else host (one command per question), else getent for
// A only. Used by the dns, smtp_reachability, starttls and rbl checks. Not a QObject: it runs its
// commands through the owning check's CommandRunner (so cancel stops it), and callbacks never run
// after that runner is canceled or gone.
class DnsLookup
{
public:
    using Done = std::function<void(const DnsLookupResult &result)>;
    using MxDone = std::function<void(const MxResolution &resolution)>;

    DnsLookup(CommandRunner &runner, const CheckOptions &options);

    // Questions as (name, type), type one of MX A AAAA PTR TXT NS; names are validated as domains
    // (an invalid one gets status OtherError and a plain statusText, nothing is sent for it).
    void lookup(const QList<QPair<QString, QString>> &questions, Done done);
    // MX of the domain, then A of the first options.maxMxHosts hosts (implicit MX = the domain's
    // own A when there is no MX; a null MX "0 ." gives no hosts and says so in error).
    void resolveMx(const QString &domain, MxDone done);

private:
    QPointer<CommandRunner> m_runner;
    CheckOptions m_options;
};

} // namespace Checks
