#include "contentfiltercheck.h"

// Skeleton: its owner replaces this file with the real check.
namespace Checks {

ContentFilterCheck::ContentFilterCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::ContentFilter, session, options, parent)
{
}

ContentFilterCheck::~ContentFilterCheck() = default;

void ContentFilterCheck::run()
{
    Diagnosis::CheckResult result;
    result.verdict = Diagnosis::Verdict::Unknown;
    result.summary = tr("This check is not available yet.");
    report(result);
    done();
}

} // namespace Checks
