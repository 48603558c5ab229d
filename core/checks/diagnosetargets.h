#pragma once

#include "checkoptions.h"
#include "diagnosis/checkresult.h"
#include "diagnosis/reasonclass.h"
#include "postfix/queuedmessage.h"

#include <QList>
#include <QStringList>

namespace Checks {

// What a run without an explicit --domain looks at, taken from a queue listing.
struct DiagnoseTargets
{
    QStringList domains;                   // recipient domains with the most deferred recipients, most first
    QList<FilterEndpoint> filterEndpoints; // host:port of content-filter deferrals ("…[127.0.0.1]:10024: …")
};

// Counts deferred recipients (those with a delay reason) per recipient domain and takes the top
// maxDomains; reasons of the content-filter and config classes do not count for their domain (the
// destination is not the problem there) but give filter endpoints. Domains are lower-cased;
// address literals and unparsable domains are skipped.
DiagnoseTargets targetsFromQueue(const QList<Postfix::QueuedMessage> &messages, int maxDomains = 3);

// The checks worth running for a destination whose mail is stuck for this class of reason
// ("Check this destination" from a queue row or a class). Never empty.
QList<Diagnosis::CheckId> checksForClass(Diagnosis::ReasonClass cls);

// The part after the last '@', lower-cased; empty for MAILER-DAEMON and addresses without one.
QString recipientDomain(QStringView address);

} // namespace Checks
