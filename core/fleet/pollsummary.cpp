#include "pollsummary.h"

#include "diagnosis/messageclassifier.h"

#include <QHash>

namespace Fleet {

QString pollErrorKey(PollError error)
{
    switch (error) {
    case PollError::None:
        return QStringLiteral("none");
    case PollError::Unreachable:
        return QStringLiteral("unreachable");
    case PollError::Timeout:
        return QStringLiteral("timeout");
    case PollError::HostKeyChanged:
        return QStringLiteral("host_key_changed");
    case PollError::HostKeyUnknown:
        return QStringLiteral("host_key_unknown");
    case PollError::AuthFailed:
        return QStringLiteral("auth_failed");
    case PollError::SecretMissing:
        return QStringLiteral("secret_missing");
    case PollError::MailSystemDown:
        return QStringLiteral("mail_system_down");
    case PollError::Remote:
        return QStringLiteral("remote");
    case PollError::Canceled:
        return QStringLiteral("canceled");
    }
    return QStringLiteral("remote");
}

qint64 PollSummary::oldestAgeSeconds() const
{
    if (oldestArrival <= 0 || !takenAt.isValid())
        return 0;
    return qMax<qint64>(0, takenAt.toSecsSinceEpoch() - oldestArrival);
}

double PollSummary::topSenderShare() const
{
    return total > 0 ? double(topSenderCount) / double(total) : 0.0;
}

int PollSummary::dominantClass() const
{
    int best = -1;
    qint64 bestCount = 0;
    for (int cls = 0; cls < Diagnosis::reasonClassCount; ++cls) {
        if (perClass.at(std::size_t(cls)) > bestCount) {
            bestCount = perClass.at(std::size_t(cls));
            best = cls;
        }
    }
    return best;
}

class QueueDigest::Private
{
public:
    PollSummary counts;                // numbers only; stamped in summary()
    QHash<QString, qint64> perSender;  // grows with distinct senders, not with messages
    Diagnosis::MessageClassifier classifier; // caches each distinct reason once

    void countSender(const QString &sender);
};

void QueueDigest::Private::countSender(const QString &rawSender)
{
    static const QString mailerDaemon = QStringLiteral("MAILER-DAEMON");
    const QString &sender = rawSender.isEmpty() ? mailerDaemon : rawSender;
    const qint64 n = ++perSender[sender];
    // Ties go to the alphabetically first sender, so the answer does not depend on listing order.
    if (n > counts.topSenderCount || (n == counts.topSenderCount && sender < counts.topSender)) {
        counts.topSenderCount = n;
        counts.topSender = sender;
    }
}

QueueDigest::QueueDigest()
    : d(std::make_unique<Private>())
{
}

QueueDigest::~QueueDigest() = default;
QueueDigest::QueueDigest(QueueDigest &&) noexcept = default;
QueueDigest &QueueDigest::operator=(QueueDigest &&) noexcept = default;

void QueueDigest::add(const Postfix::QueuedMessage &message)
{
    PollSummary &c = d->counts;
    ++c.perQueue.at(std::size_t(message.queueName));
    ++c.total;
    c.recipients += message.recipients.size();
    c.bytes += message.messageSize;
    // Arrival 0 means "not reported": it is not the oldest mail (as Postfix::summarizeQueue).
    if (message.arrivalTime > 0 && (c.oldestArrival == 0 || message.arrivalTime < c.oldestArrival))
        c.oldestArrival = message.arrivalTime;
    d->countSender(message.sender);
    const int cls = d->classifier.classify(message).mainClass;
    if (cls != Diagnosis::MessageClassifier::kNoClass)
        ++c.perClass.at(std::size_t(cls));
}

void QueueDigest::add(const QList<Postfix::QueuedMessage> &messages)
{
    for (const Postfix::QueuedMessage &message : messages)
        add(message);
}

PollSummary QueueDigest::summary(const QUuid &server, const QDateTime &takenAt,
                                 qint64 elapsedMs) const
{
    PollSummary s = d->counts;
    s.server = server;
    s.takenAt = takenAt.toUTC();
    s.elapsedMs = elapsedMs;
    return s;
}

qsizetype QueueDigest::distinctSenders() const
{
    return d->perSender.size();
}

qsizetype QueueDigest::distinctReasons() const
{
    return d->classifier.cacheSize();
}

} // namespace Fleet
