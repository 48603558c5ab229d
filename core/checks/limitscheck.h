#pragma once

#include "check.h"

namespace Checks {

// limits: a read-only snapshot of maximal/bounce_queue_lifetime, backoff times, queue_run_delay,
// *_destination_concurrency_limit, *_destination_rate_delay and recipient limits, with warnings
// for settings that make mail bounce early or retry badly.
class LimitsCheck final : public Check
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimitsCheck)

public:
    LimitsCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent = nullptr);
    ~LimitsCheck() override;

protected:
    void run() override;
};

} // namespace Checks
