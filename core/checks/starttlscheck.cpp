#include "starttlscheck.h"

// Skeleton: its owner replaces this file with the real check.
namespace Checks {

StartTlsCheck::StartTlsCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::StartTls, session, options, parent)
{
}

StartTlsCheck::~StartTlsCheck() = default;

void StartTlsCheck::run()
{
    Diagnosis::CheckResult result;
    result.verdict = Diagnosis::Verdict::Unknown;
    result.summary = tr("This check is not available yet.");
    report(result);
    done();
}

} // namespace Checks
