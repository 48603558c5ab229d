#include "relayauthcheck.h"

// Skeleton: its owner replaces this file with the real check.
namespace Checks {

RelayAuthCheck::RelayAuthCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::RelayAuth, session, options, parent)
{
}

RelayAuthCheck::~RelayAuthCheck() = default;

void RelayAuthCheck::run()
{
    Diagnosis::CheckResult result;
    result.verdict = Diagnosis::Verdict::Unknown;
    result.summary = tr("This check is not available yet.");
    report(result);
    done();
}

} // namespace Checks
