#pragma once

#include "commandcatalog.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace Remote {

// The DNS and address commands of the dns and rbl checks (and of DnsLookup, which the SMTP and
// TLS checks use for MX lookups). Built through CommandCatalog::make(): fixed options, names only as
// validated Domains (sent fully qualified, with the trailing dot, so the search list never applies
// and no name can be mistaken for a record type), types only from recordTypes().
//
// Every command runs as the login account (Privilege::User) and has a timeout a few seconds longer
// than the tool's own, so a check never hangs. The output is parsed by Diagnosis::DnsOutput.
class DnsCommands
{
public:
    using Question = QPair<Domain, QString>; // name, record type

    explicit DnsCommands(const ServerCapabilities &capabilities);

    // MX A AAAA PTR TXT NS: the only types the commands accept.
    static const QStringList &recordTypes();
    // Plain words naming the package that brings a tool ("dig" → bind9-dnsutils / bind-utils).
    static QString missingToolText(const QString &tool);

    bool hasDig() const;
    bool hasHost() const;
    bool hasGetent() const;

    // dig +noall +comments +question +answer +stats +tries=1 +time=N NAME. TYPE NAME. TYPE …
    // One command, the questions asked one after the other; each gets its own reply block with
    // ";; Query time:". Options before the first name are global in dig 9.x.
    CatalogResult dig(const QList<Question> &questions, int timeoutSeconds) const;
    // host -W N -t TYPE NAME. (one question; for servers without dig)
    CatalogResult host(const Domain &name, const QString &type, int timeoutSeconds) const;
    // getent ahostsv4 NAME (A only, through NSS; the last resort)
    CatalogResult getentA(const Domain &name) const;
    // cat /etc/resolv.conf
    CatalogResult resolvConf() const;
    // postconf smtp_bind_address smtp_bind_address6
    CatalogResult bindAddresses() const;
    // postconf myhostname (when the probe did not get it)
    CatalogResult myHostname() const;
    // ip -o route get 192.0.2.1 (or -6 … 2001:db8::1): the kernel's route lookup for a
    // documentation address; its "src" is the address mail leaves from. Sends nothing.
    CatalogResult routeSource(bool ipv6) const;
    // ip -o addr show scope global
    CatalogResult globalAddresses() const;

    // The timeout (ms) of a dig command with `questions` questions: dig tries each of up to three
    // resolv.conf name servers once per question.
    static int digTimeoutMs(int questions, int timeoutSeconds);

private:
    CatalogResult withLimits(CatalogResult built, int timeoutMs) const;
    CatalogResult requireTool(const QString &tool) const;

    CommandCatalog m_catalog;
};

} // namespace Remote
