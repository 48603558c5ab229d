#include "queuejsonreference.h"

#include "jsonlines.h"
#include "queueparsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUtf8StringView>

#include <cmath>

namespace Postfix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

QString typeProblem(QLatin1StringView member, const QString &expected)
{
    return Tr::tr("member \"%1\" is not %2").arg(member, expected);
}

// Reads an optional string member: absent and null are empty, anything else is a problem.
QString stringMember(const QJsonObject &object, QLatin1StringView name, QStringList &problems)
{
    const QJsonValue value = object.value(name);
    if (value.isString())
        return value.toString();
    if (!value.isUndefined() && !value.isNull())
        problems.append(typeProblem(name, Tr::tr("a string")));
    return QString();
}

qint64 integerMember(const QJsonObject &object, QLatin1StringView name, QStringList &problems)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return 0;
    constexpr double kLimit = 9223372036854775807.0;
    const double d = value.toDouble();
    if (!value.isDouble() || d != std::trunc(d) || d >= kLimit || d < -kLimit) {
        problems.append(typeProblem(name, Tr::tr("an integer")));
        return 0;
    }
    return value.toInteger();
}

Recipient readRecipient(const QJsonObject &object, QStringList &problems)
{
    Recipient recipient;
    recipient.address = stringMember(object, QLatin1StringView("address"), problems);
    recipient.origAddress = stringMember(object, QLatin1StringView("orig_address"), problems);
    recipient.delayReason = stringMember(object, QLatin1StringView("delay_reason"), problems);
    recipient.bounceReason = stringMember(object, QLatin1StringView("bounce_reason"), problems);
    return recipient;
}

QueuedMessage readMessage(const QJsonObject &object, QStringList &problems)
{
    QueuedMessage message;
    message.queueId = stringMember(object, QLatin1StringView("queue_id"), problems);
    message.queueName = queueNameFromString(
            stringMember(object, QLatin1StringView("queue_name"), problems));
    message.sender = stringMember(object, QLatin1StringView("sender"), problems);
    message.arrivalTime = integerMember(object, QLatin1StringView("arrival_time"), problems);
    message.messageSize = integerMember(object, QLatin1StringView("message_size"), problems);
    const QJsonValue forced = object.value(QLatin1StringView("forced_expire"));
    if (forced.isBool())
        message.forcedExpire = forced.toBool();
    else if (!forced.isUndefined() && !forced.isNull())
        problems.append(typeProblem(QLatin1StringView("forced_expire"), Tr::tr("true or false")));
    const QJsonValue recipients = object.value(QLatin1StringView("recipients"));
    if (recipients.isArray()) {
        for (const QJsonValue &entry : recipients.toArray()) {
            if (entry.isObject())
                message.recipients.append(readRecipient(entry.toObject(), problems));
            else
                problems.append(Tr::tr("a member of \"recipients\" is not an object"));
        }
    } else if (!recipients.isUndefined() && !recipients.isNull()) {
        problems.append(typeProblem(QLatin1StringView("recipients"), Tr::tr("an array")));
    }
    return message;
}

} // namespace

Parsed<QueuedMessage> parseQueueJsonReference(QByteArrayView jsonLines)
{
    Parsed<QueuedMessage> out;
    forEachJsonLine(jsonLines, 1, [&](QByteArrayView line, qsizetype number) {
        // QJsonDocument rejects invalid UTF-8; the contract is lenient decoding (U+FFFD).
        QByteArray bytes = line.toByteArray();
        if (!QUtf8StringView(bytes).isValidUtf8())
            bytes = QString::fromUtf8(bytes).toUtf8();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            const QString why = error.error != QJsonParseError::NoError ? error.errorString()
                                                                        : Tr::tr("not a JSON object");
            out.issues.append({number, Tr::tr("unreadable queue entry: %1").arg(why)});
            return;
        }
        QStringList problems;
        QueuedMessage message = readMessage(document.object(), problems);
        acceptQueueEntry(std::move(message), problems, number, out);
    });
    return out;
}

} // namespace Postfix
