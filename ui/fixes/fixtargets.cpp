#include "fixtargets.h"

#include "diagnosis/messageclassifier.h"

#include <QHash>

namespace Ui {

using Diagnosis::ReasonClass;

QList<Postfix::QueuedMessage> FixTargets::deferredByRelayProblems(const QList<Postfix::QueuedMessage> &messages)
{
    Diagnosis::MessageClassifier classifier;
    QList<Postfix::QueuedMessage> result;
    for (const Postfix::QueuedMessage &message : messages) {
        if (message.queueName != Postfix::QueueName::Deferred)
            continue;
        const int cls = classifier.classify(message).mainClass;
        if (cls == int(ReasonClass::Network) || cls == int(ReasonClass::Tls)
            || cls == int(ReasonClass::AuthRelay))
            result << message;
    }
    return result;
}

QString FixTargets::throttlingTopDomain(const QList<Postfix::QueuedMessage> &messages)
{
    Diagnosis::MessageClassifier classifier;
    QHash<QString, int> perDomain;
    for (const Postfix::QueuedMessage &message : messages) {
        for (const Postfix::Recipient &recipient : message.recipients) {
            const QString &reason = Diagnosis::MessageClassifier::reasonOf(recipient);
            if (reason.isEmpty() || classifier.classOf(reason) != ReasonClass::Throttling)
                continue;
            const qsizetype at = recipient.address.lastIndexOf(QLatin1Char('@'));
            if (at >= 0)
                ++perDomain[recipient.address.mid(at + 1).toLower()];
        }
    }
    QString best;
    int bestCount = 0;
    for (auto it = perDomain.cbegin(); it != perDomain.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

} // namespace Ui
