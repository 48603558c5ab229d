#include "dnscheck.h"

// Skeleton: its owner replaces this file with the real check.
namespace Checks {

DnsCheck::DnsCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::Dns, session, options, parent)
{
}

DnsCheck::~DnsCheck() = default;

void DnsCheck::run()
{
    Diagnosis::CheckResult result;
    result.verdict = Diagnosis::Verdict::Unknown;
    result.summary = tr("This check is not available yet.");
    report(result);
    done();
}

} // namespace Checks
