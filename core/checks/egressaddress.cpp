#include "egressaddress.h"

#include "commandrunner.h"

#include <QTimer>

// Skeleton: the DNS/RBL owner replaces this file.
namespace Checks {

EgressAddress::EgressAddress(CommandRunner &runner, const CheckOptions &options)
    : m_runner(&runner)
    , m_options(options)
{
}

void EgressAddress::find(Done done)
{
    QTimer::singleShot(0, m_runner, [done] {
        EgressResult r;
        r.error = QStringLiteral("not implemented yet");
        done(r);
    });
}

} // namespace Checks
