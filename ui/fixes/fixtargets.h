#pragma once

#include "postfix/queuedmessage.h"

#include <QList>
#include <QString>

namespace Ui {

// What a fix is about, taken from the last queue listing: the deferred mail a relay fix should
// retry, the destination a throttling fix should slow down. Pure functions over the listing.
class FixTargets
{
public:
    // Deferred messages whose main reason class is network, TLS or auth/relay — the mail a working
    // relayhost delivers after a requeue.
    static QList<Postfix::QueuedMessage> deferredByRelayProblems(const QList<Postfix::QueuedMessage> &messages);
    // The recipient domain with the most recipients deferred for throttling (421/450 4.7.x, rate
    // limits); empty when there is none. Ties: the alphabetically first.
    static QString throttlingTopDomain(const QList<Postfix::QueuedMessage> &messages);
};

} // namespace Ui
