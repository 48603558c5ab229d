#include "diagnosetargets.h"

#include "diagnosis/reasonclassifier.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Checks {

using Diagnosis::CheckId;
using Diagnosis::ReasonClass;

QString recipientDomain(QStringView address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0 || at + 1 >= address.size())
        return QString();
    return address.mid(at + 1).toString().toLower();
}

DiagnoseTargets targetsFromQueue(const QList<Postfix::QueuedMessage> &messages, int maxDomains)
{
    static const QRegularExpression endpoint(
            QStringLiteral(R"(connect to [^\s\[]*\[([0-9A-Fa-f:.]+)\]:(\d{1,5}))"));
    const auto &classifier = Diagnosis::ReasonClassifier::instance();
    QHash<QString, qint64> perDomain;
    QHash<QString, ReasonClass> classOfReason; // reasons repeat: classify each text once
    QList<FilterEndpoint> endpoints;
    for (const Postfix::QueuedMessage &message : messages) {
        for (const Postfix::Recipient &recipient : message.recipients) {
            if (recipient.delayReason.isEmpty())
                continue;
            auto it = classOfReason.find(recipient.delayReason);
            if (it == classOfReason.end())
                it = classOfReason.insert(recipient.delayReason, classifier.classOf(recipient.delayReason));
            if (*it == ReasonClass::ContentFilter || *it == ReasonClass::Config) {
                const auto match = endpoint.match(recipient.delayReason);
                if (match.hasMatch()) {
                    const FilterEndpoint e{match.captured(1), match.captured(2).toInt()};
                    if (e.port > 0 && e.port < 65536 && !endpoints.contains(e))
                        endpoints.append(e);
                }
                continue;
            }
            const QString domain = recipientDomain(recipient.address);
            if (domain.isEmpty() || domain.startsWith(u'['))
                continue;
            ++perDomain[domain];
        }
    }
    QList<QPair<qint64, QString>> ranked;
    for (auto it = perDomain.cbegin(); it != perDomain.cend(); ++it)
        ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    DiagnoseTargets targets;
    for (const auto &entry : ranked) {
        if (targets.domains.size() >= maxDomains)
            break;
        targets.domains.append(entry.second);
    }
    targets.filterEndpoints = endpoints;
    return targets;
}

QList<CheckId> checksForClass(ReasonClass cls)
{
    switch (cls) {
    case ReasonClass::Network:
        return {CheckId::SmtpReachability, CheckId::Dns, CheckId::Rbl};
    case ReasonClass::Dns:
        return {CheckId::Dns};
    case ReasonClass::Tls:
        return {CheckId::StartTls, CheckId::SmtpReachability};
    case ReasonClass::AuthRelay:
        return {CheckId::RelayAuth, CheckId::SmtpReachability};
    case ReasonClass::Throttling:
        return {CheckId::Rbl, CheckId::Limits, CheckId::Dns};
    case ReasonClass::MailboxFull:
    case ReasonClass::RecipientUnknown:
        return {CheckId::SmtpReachability, CheckId::Dns};
    case ReasonClass::ContentFilter:
        return {CheckId::ContentFilter, CheckId::Services};
    case ReasonClass::Config:
        return {CheckId::Services, CheckId::Limits, CheckId::ContentFilter};
    case ReasonClass::PolicyBlock:
        return {CheckId::Rbl, CheckId::Dns, CheckId::StartTls};
    case ReasonClass::Other:
        break;
    }
    return {CheckId::SmtpReachability, CheckId::Dns, CheckId::Services};
}

} // namespace Checks
