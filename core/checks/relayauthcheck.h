#pragma once

#include "check.h"

namespace Checks {

// relay_auth: with a relayhost (or CheckOptions::relay): connect, STARTTLS (or TLS on 465), SASL
// AUTH with the credentials stored on the server (postmap -q, read as root, sent on stdin, never
// logged): 235 / 535 / no mechanism (missing SASL modules). Also sasl_passwd and its .db/.lmdb:
// present, 0600 root, key in the same bracket/port form as relayhost.
class RelayAuthCheck final : public Check
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayAuthCheck)

public:
    RelayAuthCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent = nullptr);
    ~RelayAuthCheck() override;

protected:
    void run() override;
};

} // namespace Checks
