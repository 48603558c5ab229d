#pragma once

#include "postfix/queuedmessage.h"
#include "remote/commandarguments.h"

#include <QList>
#include <QString>

namespace Actions {

// The CLI's --filter EXPR (and the GUI's "copy as filter"): which queued messages an action
// applies to. Terms are separated by spaces or commas and ALL must match:
//   queue=deferred|hold|active|incoming|maildrop
//   sender=ADDR            exact sender (case-insensitive; "MAILER-DAEMON" or "<>" = null sender)
//   sender-domain=DOMAIN   the sender's domain or a subdomain of it
//   recipient=ADDR         any recipient equals ADDR
//   domain=DOMAIN          any recipient's domain is DOMAIN or a subdomain of it
//   class=KEY              any recipient's delay reason is of this class (Diagnosis::reasonClassKey:
//                          network, dns, tls, auth_relay, throttling, mailbox_full, …)
//   reason~TEXT            any recipient's delay reason contains TEXT (case-insensitive)
//   age>DURATION / age<DURATION   arrival older/younger than now - DURATION (30m, 2h, 3d, 90s)
//   id=ID                  the queue ID (validated)
// Values may be double-quoted to hold spaces: reason~"over quota". Repeating a key means OR for
// that key (domain=a.example domain=b.example). An empty expression is an error (an action "on
// everything" must be said explicitly: queue=deferred).
class MessageFilter
{
public:
    static Remote::Checked<MessageFilter> parse(QStringView expression);

    // now: epoch seconds of the server's clock (age terms compare against it). No other context.
    bool matches(const Postfix::QueuedMessage &message, qint64 now) const;
    QList<Postfix::QueuedMessage> select(const QList<Postfix::QueuedMessage> &messages, qint64 now) const;

    // The expression in canonical form (what the audit log records).
    QString toString() const;

private:
    struct Term;
    QList<QSharedPointer<const Term>> m_terms;
};

} // namespace Actions
