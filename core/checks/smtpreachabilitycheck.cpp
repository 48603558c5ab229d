#include "smtpreachabilitycheck.h"

// Skeleton: its owner replaces this file with the real check.
namespace Checks {

SmtpReachabilityCheck::SmtpReachabilityCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::SmtpReachability, session, options, parent)
{
}

SmtpReachabilityCheck::~SmtpReachabilityCheck() = default;

void SmtpReachabilityCheck::run()
{
    Diagnosis::CheckResult result;
    result.verdict = Diagnosis::Verdict::Unknown;
    result.summary = tr("This check is not available yet.");
    report(result);
    done();
}

} // namespace Checks
