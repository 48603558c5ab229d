#pragma once

#include "check.h"

namespace Checks {

// smtp_reachability: for each destination domain, its MX hosts (DnsLookup::resolveMx) and a TCP
// connect to port 25 of the first ones with a short timeout, reading the 220 greeting; 587/465 of a
// configured relay. Tells refused / timed out (typical of a provider blocking port 25) / no
// greeting / ok apart, using bash /dev/tcp, nc or openssl — whichever exists (says which is missing).
class SmtpReachabilityCheck final : public Check
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpReachabilityCheck)

public:
    SmtpReachabilityCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent = nullptr);
    ~SmtpReachabilityCheck() override;

protected:
    void run() override;
};

} // namespace Checks
