#include "rblcheck.h"

// Skeleton: its owner replaces this file with the real check.
namespace Checks {

RblCheck::RblCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::Rbl, session, options, parent)
{
}

RblCheck::~RblCheck() = default;

void RblCheck::run()
{
    Diagnosis::CheckResult result;
    result.verdict = Diagnosis::Verdict::Unknown;
    result.summary = tr("This check is not available yet.");
    report(result);
    done();
}

} // namespace Checks
