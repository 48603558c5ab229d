#pragma once

#include "check.h"

#include <memory>

namespace Checks {

// limits: a read-only snapshot of maximal/bounce_queue_lifetime, backoff times, queue_run_delay,
// *_destination_concurrency_limit, *_destination_rate_delay and recipient limits, smtp connect and
// HELO timeouts, with warnings for settings that make mail bounce early or retry badly. Reads
// `postconf` once (filtered here) and `postconf -n` (explicit vs default). One result, target "".
class LimitsCheck final : public Check
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimitsCheck)

public:
    LimitsCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent = nullptr);
    ~LimitsCheck() override;

protected:
    void run() override;

private:
    struct Gathered;
    void evaluate();

    std::unique_ptr<Gathered> m;
};

} // namespace Checks
