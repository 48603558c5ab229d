#include "actionprinter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// "1 message" / "12 messages": the CLI runs without a translation that would resolve %n.
QString messagesText(qsizetype count)
{
    return count == 1 ? Tr::tr("1 message") : Tr::tr("%1 messages").arg(count);
}

QString ageText(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds < 3600)
        return QStringLiteral("%1m").arg(seconds / 60);
    if (seconds < 86400)
        return QStringLiteral("%1h%2m").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return QStringLiteral("%1d%2h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QString countedList(const QList<QPair<QString, int>> &items, int others)
{
    QStringList parts;
    for (const auto &item : items)
        parts.append(QStringLiteral("%1 (%2)").arg(item.first).arg(item.second));
    if (others > 0)
        parts.append(Tr::tr("%1 more").arg(others));
    return parts.isEmpty() ? Tr::tr("(none)") : parts.join(QStringLiteral(", "));
}

QJsonArray countedJson(const QList<QPair<QString, int>> &items)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(QJsonObject{{QStringLiteral("name"), item.first}, {QStringLiteral("count"), item.second}});
    return array;
}

QJsonObject messageJson(const Postfix::QueuedMessage &m)
{
    QJsonArray recipients;
    for (const Postfix::Recipient &r : m.recipients)
        recipients.append(r.address);
    return QJsonObject{{QStringLiteral("queue_id"), m.queueId},
                       {QStringLiteral("queue_name"), Postfix::queueNameToString(m.queueName)},
                       {QStringLiteral("arrival_time"), m.arrivalTime},
                       {QStringLiteral("sender"), m.sender},
                       {QStringLiteral("recipients"), recipients}};
}

QJsonArray droppedJson(const QList<Actions::DroppedMessage> &dropped)
{
    QJsonArray array;
    for (const Actions::DroppedMessage &d : dropped) {
        QJsonObject o = messageJson(d.message);
        o.insert(QStringLiteral("reason"), ActionPrinter::droppedKey(d.reason));
        o.insert(QStringLiteral("detail"), d.detail);
        array.append(o);
    }
    return array;
}

void appendDropped(QString &text, const QString &title, const QList<Actions::DroppedMessage> &dropped)
{
    if (dropped.isEmpty())
        return;
    // A whole queue can be left out (e.g. hold on held mail): ten lines say enough.
    constexpr qsizetype shown = 10;
    text += title.arg(dropped.size()) + QLatin1Char('\n');
    for (const Actions::DroppedMessage &d : dropped.mid(0, shown)) {
        text += QStringLiteral("  %1  %2  %3%4\n")
                        .arg(d.message.queueId, -12)
                        .arg(Actions::droppedReasonText(d.reason), d.message.sender,
                             d.detail.isEmpty() ? QString() : QStringLiteral(" — ") + d.detail);
    }
    if (dropped.size() > shown)
        text += Tr::tr("  … and %1 more\n").arg(dropped.size() - shown);
}

QString firstRecipient(const Postfix::QueuedMessage &m)
{
    if (m.recipients.isEmpty())
        return {};
    QString text = m.recipients.first().address;
    if (m.recipients.size() > 1)
        text += Tr::tr(" (+%1)").arg(m.recipients.size() - 1);
    return text;
}

} // namespace

QString ActionPrinter::confirmationKey(Actions::ActionPreview::Confirmation confirmation)
{
    switch (confirmation) {
    case Actions::ActionPreview::Confirmation::Simple:
        return QStringLiteral("simple");
    case Actions::ActionPreview::Confirmation::Typed:
        return QStringLiteral("typed");
    case Actions::ActionPreview::Confirmation::Server:
        return QStringLiteral("server");
    }
    return {};
}

QString ActionPrinter::outcomeKey(Actions::QueueActionResult::Outcome outcome)
{
    using O = Actions::QueueActionResult::Outcome;
    switch (outcome) {
    case O::Ok:
        return QStringLiteral("ok");
    case O::Mismatch:
        return QStringLiteral("mismatch");
    case O::Nothing:
        return QStringLiteral("nothing");
    case O::Failed:
        return QStringLiteral("failed");
    case O::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

QString ActionPrinter::droppedKey(Actions::DroppedMessage::Reason reason)
{
    using R = Actions::DroppedMessage::Reason;
    switch (reason) {
    case R::Vanished:
        return QStringLiteral("vanished");
    case R::Reused:
        return QStringLiteral("reused");
    case R::WrongQueue:
        return QStringLiteral("wrong_queue");
    case R::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

QByteArray ActionPrinter::previewText(const Actions::ActionPreview &p, const QString &server,
                                      const QStringList &unknownIds, qint64 now)
{
    QString t;
    if (Actions::actsOnMessages(p.kind))
        t += Tr::tr("%1: %2 on %3\n").arg(Actions::queueActionTitle(p.kind), messagesText(p.count), server);
    else
        t += Tr::tr("%1 on %2\n").arg(Actions::queueActionTitle(p.kind), server);
    t += QStringLiteral("  ") + Actions::queueActionExplanation(p.kind) + QLatin1Char('\n');
    if (!p.unavailable.isEmpty())
        t += Tr::tr("Not available here: %1\n").arg(p.unavailable);
    if (Actions::actsOnMessages(p.kind) && p.count > 0) {
        t += Tr::tr("Recipient domains: %1\n").arg(countedList(p.recipientDomains, p.otherDomains));
        t += Tr::tr("Senders: %1\n").arg(countedList(p.senders, p.otherSenders));
        t += Tr::tr("Sample (oldest first):\n");
        for (const Postfix::QueuedMessage &m : p.sample) {
            t += QStringLiteral("  %1 %2 %3 %4 -> %5\n")
                            .arg(m.queueId, -12)
                            .arg(Postfix::queueNameToString(m.queueName), -9)
                            .arg(ageText(now - m.arrivalTime), 7)
                            .arg(m.sender, firstRecipient(m));
        }
        if (p.count > p.sample.size())
            t += Tr::tr("  … and %1 more\n").arg(p.count - p.sample.size());
    }
    if (!p.command.isEmpty())
        t += Tr::tr("Command: %1\n").arg(p.command);
    for (const QString &w : p.warnings)
        t += Tr::tr("Warning: %1\n").arg(w);
    if (!p.alternatives.isEmpty()) {
        QStringList alternatives;
        for (Actions::QueueActionKind kind : p.alternatives)
            alternatives.append(QStringLiteral("%1 (%2)").arg(Actions::queueActionTitle(kind),
                                                              Actions::queueActionKey(kind)));
        t += Tr::tr("Alternatives: %1\n").arg(alternatives.join(QStringLiteral(", ")));
    }
    appendDropped(t, Tr::tr("Left out, the action does not apply to their queue (%1):"), p.excluded);
    if (!unknownIds.isEmpty())
        t += Tr::tr("Not in the queue (%1): %2\n").arg(unknownIds.size()).arg(unknownIds.join(u' '));
    if (p.confirmation == Actions::ActionPreview::Confirmation::Server)
        t += Tr::tr("Confirmation: this needs --yes --confirm %1\n").arg(p.confirmationToken);
    return t.toUtf8();
}

QJsonObject ActionPrinter::previewJson(const Actions::ActionPreview &p, const QString &server,
                                       const QStringList &unknownIds)
{
    QJsonArray sample;
    for (const Postfix::QueuedMessage &m : p.sample)
        sample.append(messageJson(m));
    QJsonArray ids;
    for (const Postfix::QueuedMessage &m : p.messages)
        ids.append(m.queueId);
    QJsonArray alternatives;
    for (Actions::QueueActionKind kind : p.alternatives)
        alternatives.append(Actions::queueActionKey(kind));
    return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("preview")},
            {QStringLiteral("action"), Actions::queueActionKey(p.kind)},
            {QStringLiteral("server"), server},
            {QStringLiteral("count"), p.count},
            {QStringLiteral("ids"), ids},
            {QStringLiteral("recipient_domains"), countedJson(p.recipientDomains)},
            {QStringLiteral("other_domains"), p.otherDomains},
            {QStringLiteral("senders"), countedJson(p.senders)},
            {QStringLiteral("other_senders"), p.otherSenders},
            {QStringLiteral("sample"), sample},
            {QStringLiteral("command"), p.command},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(p.warnings)},
            {QStringLiteral("alternatives"), alternatives},
            {QStringLiteral("excluded"), droppedJson(p.excluded)},
            {QStringLiteral("unknown_ids"), QJsonArray::fromStringList(unknownIds)},
            {QStringLiteral("confirmation"), confirmationKey(p.confirmation)},
            {QStringLiteral("unavailable"), p.unavailable},
    };
}

QByteArray ActionPrinter::resultText(const Actions::QueueActionResult &r)
{
    QString t = r.summaryText() + QLatin1Char('\n');
    if (!r.command.isEmpty())
        t += Tr::tr("Ran: %1\n").arg(r.command);
    if (r.reported >= 0 || r.expected > 0)
        t += Tr::tr("Expected %1, the server reported %2\n")
                     .arg(r.expected)
                     .arg(r.reported >= 0 ? QString::number(r.reported) : Tr::tr("no count"));
    if (r.kind == Actions::QueueActionKind::Requeue && r.ok())
        t += Tr::tr("Requeued mail gets new queue IDs when pickup takes it in.\n");
    appendDropped(t, Tr::tr("Not acted on (%1):"), r.dropped);
    for (const QString &w : r.warnings)
        t += Tr::tr("Warning: %1\n").arg(w);
    if (!r.error.isEmpty() && !t.contains(r.error))
        t += Tr::tr("Error: %1\n").arg(r.error);
    return t.toUtf8();
}

QJsonObject ActionPrinter::resultJson(const Actions::QueueActionResult &r)
{
    return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("result")},
            {QStringLiteral("action"), Actions::queueActionKey(r.kind)},
            {QStringLiteral("outcome"), outcomeKey(r.outcome)},
            {QStringLiteral("summary"), r.summaryText()},
            {QStringLiteral("expected"), r.expected},
            {QStringLiteral("reported"), r.reported},
            {QStringLiteral("ids"), QJsonArray::fromStringList(r.actedIds)},
            {QStringLiteral("dropped"), droppedJson(r.dropped)},
            {QStringLiteral("site"), r.site},
            {QStringLiteral("command"), r.command},
            {QStringLiteral("server_output"), r.serverOutput},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
            {QStringLiteral("error"), r.error},
            {QStringLiteral("elapsed_ms"), r.elapsedMs},
    };
}

QByteArray ActionPrinter::jsonLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}
