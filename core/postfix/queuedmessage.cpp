#include "queuedmessage.h"

namespace Postfix {

QString queueNameToString(QueueName name)
{
    switch (name) {
    case QueueName::Maildrop:
        return QStringLiteral("maildrop");
    case QueueName::Incoming:
        return QStringLiteral("incoming");
    case QueueName::Active:
        return QStringLiteral("active");
    case QueueName::Deferred:
        return QStringLiteral("deferred");
    case QueueName::Hold:
        return QStringLiteral("hold");
    case QueueName::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QueueName queueNameFromString(QStringView text)
{
    for (QueueName name : {QueueName::Maildrop, QueueName::Incoming, QueueName::Active,
                           QueueName::Deferred, QueueName::Hold}) {
        if (text == queueNameToString(name))
            return name;
    }
    return QueueName::Unknown;
}

} // namespace Postfix
