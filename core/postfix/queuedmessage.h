#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Postfix {

// The queues postqueue/showq reports. "corrupt" and "saved" are never listed by showq.
enum class QueueName { Maildrop, Incoming, Active, Deferred, Hold, Unknown };

QString queueNameToString(QueueName name);          // "deferred", …; "unknown" for Unknown
QueueName queueNameFromString(QStringView text);    // exact lowercase names, else Unknown

struct Recipient
{
    QString address;
    QString origAddress;  // empty when postqueue did not report it
    QString delayReason;  // empty when none (delivery in progress, or never deferred)
    QString bounceReason; // Postfix >= 3.11: bounced, NDR pending

    friend bool operator==(const Recipient &, const Recipient &) = default;
};

// One queue file as postqueue -j (or -p) describes it.
struct QueuedMessage
{
    QueueName queueName = QueueName::Unknown;
    QString queueId;          // bare ID, without the -p status markers * ! #
    qint64 arrivalTime = 0;   // Unix epoch seconds (UTC)
    qint64 messageSize = 0;   // bytes, header + body
    bool forcedExpire = false;
    QString sender;           // "MAILER-DAEMON" for the null sender, as Postfix prints it
    QList<Recipient> recipients;

    friend bool operator==(const QueuedMessage &, const QueuedMessage &) = default;
};

} // namespace Postfix

Q_DECLARE_METATYPE(Postfix::QueuedMessage)
