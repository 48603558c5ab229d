#pragma once

#include "check.h"

#include <memory>

namespace Checks {

// services: postfix status and postfix check warnings (root), postfix / amavis / dovecot through
// systemd (systemctl show) or, when the service manager does not answer, the process list, and
// Plesk detection (/usr/local/psa/version, the plesk binary → plesk repair mail). An account
// without root or sudo gets Unknown for the root-only parts and the rest as usual.
// Results (targets): "postfix", "postfix check", "amavis", "dovecot", "plesk".
class ServicesCheck final : public Check
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesCheck)

public:
    ServicesCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent = nullptr);
    ~ServicesCheck() override;

protected:
    void run() override;

private:
    struct Gathered;

    void evaluate();
    Diagnosis::CheckResult postfixResult() const;
    Diagnosis::CheckResult postfixCheckResult() const;
    Diagnosis::CheckResult serviceResult(int kind) const; // Diagnosis::ServiceKind
    Diagnosis::CheckResult pleskResult() const;

    std::unique_ptr<Gathered> m;
};

} // namespace Checks
