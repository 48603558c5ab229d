#pragma once

#include "check.h"

namespace Checks {

// starttls: openssl s_client -starttls smtp -servername MX to each destination's first MX:
// handshake, protocol, chain verification (with Postfix's smtp_tls_CAfile/CApath), expiry, name
// match; plus smtp_tls_* settings and the domain's smtp_tls_policy_maps entry (a policy demanding
// more than the peer offers is a classic cause).
class StartTlsCheck final : public Check
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartTlsCheck)

public:
    StartTlsCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent = nullptr);
    ~StartTlsCheck() override;

protected:
    void run() override;
};

} // namespace Checks
