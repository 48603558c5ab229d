#include "actionpreview.h"

#include "queueactioncommand.h"

#include "diagnosis/reasonclassifier.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Actions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

constexpr int listLimit = 10;

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

// Most frequent first (ties alphabetical, so previews are stable); the rest counted in *others.
QList<QPair<QString, int>> topCounts(const QHash<QString, int> &counts, int *others)
{
    QList<QPair<QString, int>> all;
    all.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        all.append({it.key(), it.value()});
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    *others = int(qMax<qsizetype>(0, all.size() - listLimit));
    return all.mid(0, listLimit);
}

void fillSummary(ActionPreview &p)
{
    QHash<QString, int> domains;
    QHash<QString, int> senders;
    for (const auto &m : std::as_const(p.messages)) {
        senders[m.sender.isEmpty() ? QStringLiteral("MAILER-DAEMON") : m.sender] += 1;
        QSet<QString> seen; // a message counts once per domain
        for (const auto &r : m.recipients) {
            const QString d = domainOf(r.address);
            if (!d.isEmpty() && !seen.contains(d)) {
                seen.insert(d);
                domains[d] += 1;
            }
        }
    }
    p.recipientDomains = topCounts(domains, &p.otherDomains);
    p.senders = topCounts(senders, &p.otherSenders);
    p.sample = p.messages;
    std::stable_sort(p.sample.begin(), p.sample.end(), [](const auto &a, const auto &b) {
        return a.arrivalTime < b.arrivalTime;
    });
    p.sample = p.sample.mid(0, listLimit);
}

constexpr int minimumDominantShare = 20; // percent

// The class most of the messages' delay reasons belong to, if there is one (Other when none).
Diagnosis::ReasonClass dominantClass(const QList<Postfix::QueuedMessage> &messages, int *share)
{
    const auto &classifier = Diagnosis::ReasonClassifier::instance();
    QHash<int, int> counts;
    int withReason = 0;
    for (const auto &m : messages) {
        for (const auto &r : m.recipients) {
            if (r.delayReason.isEmpty())
                continue;
            counts[int(classifier.classOf(r.delayReason))] += 1;
            ++withReason;
            break; // one vote per message: its first deferred recipient
        }
    }
    int best = int(Diagnosis::ReasonClass::Other);
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    *share = withReason ? bestCount * 100 / withReason : 0;
    return Diagnosis::ReasonClass(best);
}

void addRetryWarning(ActionPreview &p, const QList<Postfix::QueuedMessage> &basis,
                     const PreviewContext &context)
{
    if (context.fixAppliedSince)
        return;
    int share = 0;
    const auto cls = dominantClass(basis, &share);
    // The dominant class is the largest one, even when it is not a majority (a real queue is a
    // mix: on the test server the largest class holds a third). Below a fifth there is no
    // dominant cause worth naming.
    if (cls == Diagnosis::ReasonClass::Other || share < minimumDominantShare)
        return;
    const auto info = Diagnosis::reasonClassInfo(cls);
    const QString portion = share >= 50
        ? Tr::tr("Most of this mail (%1%)").arg(share)
        : Tr::tr("The largest part of this mail (%1%)").arg(share);
    if (cls == Diagnosis::ReasonClass::Throttling) {
        p.warnings << Tr::tr("%1 is deferred because the receiving servers limit how fast they "
                             "accept mail. Retrying it all at once makes that worse; Postfix "
                             "retries it on its own.").arg(portion);
        return;
    }
    p.warnings << Tr::tr("%1 is deferred for one reason: %2. Retrying will fail the same way until "
                         "that is fixed, and flushing undeliverable mail again and again slows down "
                         "the delivery of all other mail (Postfix TUNING_README). Fix the cause "
                         "first: %3")
                          .arg(portion, info.title, info.fixHint);
}

void addKindWarnings(ActionPreview &p, const PreviewContext &context)
{
    switch (p.kind) {
    case QueueActionKind::Hold:
        p.warnings << Tr::tr("Held mail does not expire: it stays on the server until it is released "
                             "or deleted.");
        break;
    case QueueActionKind::Release:
        p.warnings << Tr::tr("Released messages return to the deferred queue and are retried at the "
                             "next queue run; mail held for a long time may expire right away.");
        break;
    case QueueActionKind::Requeue:
        p.warnings << Tr::tr("Requeued messages get new queue IDs when Postfix picks them up again "
                             "(usually within a minute); address rewriting and the content filter "
                             "run again.");
        break;
    case QueueActionKind::Expire:
        p.warnings << Tr::tr("The senders get a delivery failure notice at the next delivery attempt. "
                             "This cannot be undone once the notice is sent.");
        if (std::any_of(p.messages.cbegin(), p.messages.cend(),
                        [](const auto &m) { return m.queueName == Postfix::QueueName::Hold; }))
            p.warnings << Tr::tr("Held messages are released as well (postsuper -f), so that they are "
                                 "returned now instead of staying on hold.");
        break;
    case QueueActionKind::Delete:
        p.warnings << Tr::tr("Deleted mail is gone for good: neither sender nor recipient is told.");
        break;
    case QueueActionKind::Deliver:
    case QueueActionKind::FlushAll:
        break;
    case QueueActionKind::FlushSite:
        p.warnings << Tr::tr("postqueue -s works only for destinations eligible for fast flush "
                             "(fast_flush_domains, by default the relay domains). For any other "
                             "destination Postfix refuses with \"Flush service is not configured\"; "
                             "use \"Deliver now\" on that destination's messages instead.");
        break;
    }
    if (!context.capabilities.supportsForceExpire() && p.kind == QueueActionKind::Delete)
        p.warnings << Tr::tr("Force-expire (returning mail to its senders) would need Postfix 3.5 or "
                             "later.");
}

void chooseConfirmation(ActionPreview &p, const PreviewContext &context)
{
    if (!actsOnMessages(p.kind))
        return; // flushes change no message: OK / Cancel
    const bool destructive = isDestructive(p.kind);
    const bool wholeQueue = context.totalInQueue > 0 && p.count >= 2 && p.count >= context.totalInQueue;
    if (destructive && (p.count >= serverNameConfirmationLimit || wholeQueue)) {
        if (!context.serverName.trimmed().isEmpty()) {
            p.confirmation = ActionPreview::Confirmation::Server;
            p.confirmationToken = context.serverName.trimmed();
            return;
        }
        // Without a server name the count is the strongest token there is.
        p.confirmation = ActionPreview::Confirmation::Typed;
        p.confirmationToken = QString::number(p.count);
        return;
    }
    if (p.count > handfulOfMessages || (destructive && p.count >= 2)) {
        p.confirmation = ActionPreview::Confirmation::Typed;
        p.confirmationToken = QString::number(p.count);
    }
}

} // namespace

ActionPreview buildPreview(QueueActionKind kind, const QList<Postfix::QueuedMessage> &messages,
                           const PreviewContext &context)
{
    ActionPreview p;
    p.kind = kind;
    if (actsOnMessages(kind)) {
        for (const auto &m : messages) {
            if (appliesTo(kind, m.queueName)) {
                p.messages << m;
            } else {
                DroppedMessage d;
                d.message = m;
                d.reason = DroppedMessage::Reason::NotApplicable;
                d.detail = Tr::tr("%1 is in the %2 queue").arg(m.queueId, Postfix::queueNameToString(m.queueName));
                p.excluded << d;
            }
        }
    } else {
        // Flushes act on whatever is deferred on the server; the listed deferred mail (for the
        // site: mail with a recipient there) is shown so the user sees what will be retried.
        const QString site = context.site.trimmed().toLower();
        for (const auto &m : messages) {
            if (m.queueName != Postfix::QueueName::Deferred)
                continue;
            if (kind == QueueActionKind::FlushSite
                && std::none_of(m.recipients.cbegin(), m.recipients.cend(),
                                [&](const auto &r) { return domainOf(r.address) == site; }))
                continue;
            p.messages << m;
        }
    }
    p.count = int(p.messages.size());
    fillSummary(p);

    const auto built = QueueActionCommand::build(kind, p.messages, context.capabilities, context.site);
    if (built.ok())
        p.command = QueueActionCommand::describe(kind, built, p.count);
    else if (p.count > 0 || !actsOnMessages(kind))
        p.unavailable = built.error;

    if (!p.excluded.isEmpty())
        p.warnings << Tr::tr("Left out: %1 in a queue this action does not apply to.")
                              .arg(messageCount(p.excluded.size()));
    addKindWarnings(p, context);
    if (kind == QueueActionKind::Deliver || kind == QueueActionKind::FlushAll
        || kind == QueueActionKind::FlushSite)
        addRetryWarning(p, p.messages.isEmpty() ? messages : p.messages, context);
    chooseConfirmation(p, context);
    if (kind == QueueActionKind::Delete) {
        p.alternatives << QueueActionKind::Hold;
        if (context.capabilities.supportsForceExpire())
            p.alternatives << QueueActionKind::Expire;
    }
    return p;
}

} // namespace Actions
