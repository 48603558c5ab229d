#include "dnslookup.h"

#include "commandrunner.h"

#include <QTimer>

// Skeleton: the DNS/RBL owner replaces this file.
namespace Checks {

DnsLookup::DnsLookup(CommandRunner &runner, const CheckOptions &options)
    : m_runner(&runner)
    , m_options(options)
{
}

void DnsLookup::lookup(const QList<QPair<QString, QString>> &, Done done)
{
    QTimer::singleShot(0, m_runner, [done] {
        DnsLookupResult r;
        r.error = QStringLiteral("not implemented yet");
        done(r);
    });
}

void DnsLookup::resolveMx(const QString &domain, MxDone done)
{
    QTimer::singleShot(0, m_runner, [done, domain] {
        MxResolution r;
        r.domain = domain;
        r.error = QStringLiteral("not implemented yet");
        done(r);
    });
}

} // namespace Checks
