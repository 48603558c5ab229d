#include "triagetext.h"

#include "diagnosis/reasonclassifier.h"
#include "displayformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Ui::TriageText {

using Postfix::QueuedMessage;
using Postfix::QueueName;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TriageText)
};

// Lifetimes are days, not years: "28 Nov 20:58" is unambiguous and narrow (tooltip: full time).
QString shortTime(qint64 epoch)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epoch).toLocalTime(),
                              QStringLiteral("d MMM HH:mm"));
}
} // namespace

QString classTooltip(const QueuedMessage &message,
                     const Diagnosis::MessageClassifier::Result &result,
                     Diagnosis::MessageClassifier &classifier)
{
    if (result.mainClass == Diagnosis::MessageClassifier::kNoClass)
        return Tr::tr("No delivery attempt has failed yet: no reason to classify.");
    QStringList lines;
    for (int c = 0; c < Diagnosis::reasonClassCount; ++c) {
        if (const int n = result.recipients[std::size_t(c)])
            lines << Tr::tr("%1 — %n recipient(s)", nullptr, n)
                         .arg(Diagnosis::reasonClassInfo(Diagnosis::ReasonClass(c)).title);
    }
    const auto cls = Diagnosis::ReasonClass(result.mainClass);
    const QString reason = classifier.exampleReason(message, cls);
    const Diagnosis::Classification why = Diagnosis::ReasonClassifier::instance().classify(reason);
    const Diagnosis::ReasonClassInfo info = Diagnosis::reasonClassInfo(cls);
    lines << QString();
    lines << Tr::tr("Rule: %1 (%2)").arg(why.ruleText, why.ruleId);
    lines << Tr::tr("Reason: %1").arg(reason);
    lines << QString();
    lines << Tr::tr("What it means: %1").arg(info.explanation);
    lines << Tr::tr("What to do: %1").arg(info.fixHint);
    return lines.join(QLatin1Char('\n'));
}

QString nextRetryText(const QueuedMessage &message, const RetryState &state, qint64 now)
{
    switch (message.queueName) {
    case QueueName::Hold:
        return Tr::tr("on hold");
    case QueueName::Active:
        return Tr::tr("in progress");
    case QueueName::Deferred:
        break;
    case QueueName::Incoming:
    case QueueName::Maildrop:
        return Tr::tr("new");
    default:
        return Tr::tr("—");
    }
    if (!state.timesRead)
        return Tr::tr("…");
    if (state.permissionDenied)
        return Tr::tr("unknown (needs root or postfix)");
    if (!state.retryKnown)
        return Tr::tr("unknown");
    if (!state.nextRetry)
        return Tr::tr("—");
    const qint64 wait = *state.nextRetry - now;
    if (wait <= 0)
        return Tr::tr("due now");
    return Tr::tr("in %1").arg(DisplayFormat::age(wait));
}

QString nextRetryTooltip(const QueuedMessage &message, const RetryState &state, qint64 now)
{
    switch (message.queueName) {
    case QueueName::Hold:
        return Tr::tr("On hold: Postfix does not retry it until it is released (postsuper -H).");
    case QueueName::Active:
        return Tr::tr("The queue manager is delivering it right now.");
    case QueueName::Deferred:
        break;
    case QueueName::Incoming:
    case QueueName::Maildrop:
        return Tr::tr("New mail (%1 queue), not yet with the queue manager: no retry time.")
            .arg(Postfix::queueNameToString(message.queueName));
    default:
        return {};
    }
    if (!state.timesRead)
        return Tr::tr("Reading the queue files' retry times…");
    if (state.permissionDenied)
        return Tr::tr("The next retry is the deferred queue file's modification time, which only "
                      "root or the postfix user can read. Connect as root or allow sudo.");
    if (!state.retryKnown)
        return Tr::tr("The queue files' times could not be read: %1")
            .arg(state.error.isEmpty() ? Tr::tr("no answer") : state.error);
    if (!state.nextRetry)
        return state.error.isEmpty()
            ? Tr::tr("No retry time: the message left the deferred queue after the listing.")
            : Tr::tr("Retry time unknown: %1").arg(state.error);
    const QString at = DisplayFormat::localTime(*state.nextRetry);
    if (*state.nextRetry <= now)
        return Tr::tr("Eligible since %1; the queue manager picks it up at its next scan of the "
                      "deferred queue.").arg(at);
    return Tr::tr("Next delivery attempt not before %1.").arg(at);
}

QString expiresText(const QueuedMessage &message, std::optional<qint64> expires)
{
    if (message.queueName == QueueName::Hold)
        return Tr::tr("frozen while on hold");
    if (!expires)
        return Tr::tr("—");
    return shortTime(*expires);
}

QString expiresTooltip(const QueuedMessage &message, std::optional<qint64> expires,
                       const Postfix::QueueLifetimes &lifetimes, bool lifetimesRead, qint64 now)
{
    if (message.queueName == QueueName::Hold)
        return Tr::tr("The lifetime does not run out while the message is on hold; it is counted "
                      "again from release.");
    if (!expires)
        return {};
    const bool bounce = message.sender == QLatin1String("MAILER-DAEMON");
    const qint64 lifetime = bounce ? lifetimes.bounceSeconds : lifetimes.maximalSeconds;
    const QString setting = bounce ? QStringLiteral("bounce_queue_lifetime")
                                   : QStringLiteral("maximal_queue_lifetime");
    QStringList lines;
    const qint64 left = *expires - now;
    lines << (left > 0 ? Tr::tr("Returned to the sender in %1 (%2) if still undelivered.")
                             .arg(DisplayFormat::age(left), DisplayFormat::localTime(*expires))
                       : Tr::tr("Lifetime ran out %1 ago (%2): bounces at the next delivery attempt.")
                             .arg(DisplayFormat::age(-left), DisplayFormat::localTime(*expires)));
    lines << Tr::tr("Arrival + %1 = %2").arg(setting, DisplayFormat::age(lifetime));
    if (!lifetimesRead || !lifetimes.fromServer)
        lines << Tr::tr("(Postfix default: this server's setting could not be read yet.)");
    return lines.join(QLatin1Char('\n'));
}

} // namespace Ui::TriageText
