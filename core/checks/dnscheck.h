#pragma once

#include "check.h"
#include "egressaddress.h"

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

private:
    void checkResolver();
    void checkDomain(const QString &domain);
    void checkPtr();
    void checkPtrName(const EgressResult &egress, const QString &hostname);
    void finishPart(); // done() when the resolver, every domain and the PTR part have reported

    int m_outstanding = 0;
};

} // namespace Checks
