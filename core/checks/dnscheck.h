#pragma once

#include "check.h"

namespace Checks {

// dns: the resolver configuration (/etc/resolv.conf), lookup time and result of MX/A questions for
// the destination domains, the server's own PTR (of its egress address) and whether it matches
// myhostname (and resolves back: forward-confirmed reverse DNS).
class DnsCheck final : public Check
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsCheck)

public:
    DnsCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent = nullptr);
    ~DnsCheck() override;

protected:
    void run() override;
};

} // namespace Checks
