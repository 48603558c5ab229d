#pragma once

#include "check.h"
#include "dnslookup.h"
#include "remote/smtpcommands.h"

#include <memory>

namespace Checks {

// smtp_reachability: for each destination domain, its MX hosts (DnsLookup::resolveMx) and a TCP
// connect to port 25 of the first ones (first address each) with a short timeout, reading the
// 220 greeting; the relay's port plus 587/465 when CheckOptions::relay or postconf relayhost is
// set. One result per host:port ("mx.example.com:25"). Tells refused / timed out (typical of a
// provider blocking port 25) / unreachable / no greeting / 4xx-5xx greeting / ok apart, using bash
// /dev/tcp, nc or openssl — whichever exists (the evidence names the tool and what is missing).
// A domain whose MX cannot be resolved gives one Unknown result pointing at the DNS check.
class SmtpReachabilityCheck final : public Check
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpReachabilityCheck)

public:
    SmtpReachabilityCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent = nullptr);
    ~SmtpReachabilityCheck() override;

protected:
    void run() override;

private:
    struct Endpoint
    {
        QString host;        // "mx.example.com" (or the address)
        QString address;     // first IPv4 address
        int port = 25;
        QStringList commands; // the DNS commands that found it
    };

    void checkDestinations(const QString &relay);
    void checkDomain(const QString &domain);
    void checkRelay(const QString &relay);
    void connectTo(const Endpoint &endpoint);
    void reportDnsFailure(const QString &target, const QString &why, const QStringList &commands);
    void begin();
    void end();

    std::unique_ptr<DnsLookup> m_dns;
    Remote::SmtpCommands::ConnectTool m_tool = Remote::SmtpCommands::ConnectTool::None;
    QString m_toolLine; // evidence: "tool: bash /dev/tcp (not installed: nc)"
    int m_pending = 0;
};

} // namespace Checks
