#include "limitscheck.h"

// Skeleton: its owner replaces this file with the real check.
namespace Checks {

LimitsCheck::LimitsCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::Limits, session, options, parent)
{
}

LimitsCheck::~LimitsCheck() = default;

void LimitsCheck::run()
{
    Diagnosis::CheckResult result;
    result.verdict = Diagnosis::Verdict::Unknown;
    result.summary = tr("This check is not available yet.");
    report(result);
    done();
}

} // namespace Checks
