#include "servicescheck.h"

// Skeleton: its owner replaces this file with the real check.
namespace Checks {

ServicesCheck::ServicesCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::Services, session, options, parent)
{
}

ServicesCheck::~ServicesCheck() = default;

void ServicesCheck::run()
{
    Diagnosis::CheckResult result;
    result.verdict = Diagnosis::Verdict::Unknown;
    result.summary = tr("This check is not available yet.");
    report(result);
    done();
}

} // namespace Checks
