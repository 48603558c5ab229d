#pragma once

#include "diagnosis/reasonclass.h"
#include "postfix/queuedmessage.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <array>
#include <memory>

namespace Fleet {

// Why a poll did not produce numbers. The dashboard shows it in words on the card.
enum class PollError {
    None,
    Unreachable,      // refused, no route, DNS failure of the server's host name
    Timeout,          // connect or the listing took longer than the poll timeout
    HostKeyChanged,   // known_hosts holds another key: refused, never overridden by the poller
    HostKeyUnknown,   // never verified: open the server once and confirm the fingerprint
    AuthFailed,       // wrong password / key refused
    SecretMissing,    // password or passphrase needed but not in the keychain (poller never asks)
    MailSystemDown,   // postqueue: mail system is down
    Remote,           // postqueue failed otherwise (permission denied, Postfix missing, …)
    Canceled,
};
QString pollErrorKey(PollError error); // "unreachable", "timeout", "host_key_changed", …

// What one poll of one server found: counts, not messages. Built by QueueDigest from a listing
// (or from the open server's own snapshot), stored by HistoryStore, judged by AlertEvaluator,
// printed by the monitoring formatters.
struct PollSummary
{
    QUuid server;
    QDateTime takenAt;           // UTC, when the listing started
    qint64 elapsedMs = 0;
    PollError error = PollError::None;
    QString errorText;           // plain sentence; empty when ok

    std::array<qint64, 6> perQueue{}; // indexed by Postfix::QueueName (Unknown included)
    // Messages per main reason class (MessageClassifier's rule: the class most recipients share);
    // messages without any reason (active, hold without reason, incoming) are not counted here.
    std::array<qint64, Diagnosis::reasonClassCount> perClass{};
    qint64 total = 0;            // messages
    qint64 recipients = 0;
    qint64 bytes = 0;
    qint64 oldestArrival = 0;    // Unix seconds; 0 = empty queue
    QString topSender;           // the sender with the most messages ("MAILER-DAEMON" included)
    qint64 topSenderCount = 0;

    bool ok() const { return error == PollError::None; }
    qint64 count(Postfix::QueueName queue) const { return perQueue.at(std::size_t(queue)); }
    qint64 oldestAgeSeconds() const;        // takenAt − oldestArrival, 0 when empty
    double topSenderShare() const;          // 0..1; 0 when empty
    int dominantClass() const;              // int(ReasonClass) with the most messages, -1 = none
};

// Folds queue listings into a PollSummary without keeping the messages: memory grows with the
// number of distinct senders and reasons, not with the queue. Reason texts are classified once
// each (cached). Not thread-safe; one digest per poll.
class QueueDigest
{
public:
    QueueDigest();
    ~QueueDigest();
    QueueDigest(QueueDigest &&) noexcept;
    QueueDigest &operator=(QueueDigest &&) noexcept;

    void add(const Postfix::QueuedMessage &message);
    void add(const QList<Postfix::QueuedMessage> &messages);
    // The numbers so far, stamped with server, takenAt and elapsedMs.
    PollSummary summary(const QUuid &server, const QDateTime &takenAt, qint64 elapsedMs) const;

    // What the digest holds, for tests of its memory bound.
    qsizetype distinctSenders() const;
    qsizetype distinctReasons() const; // reason texts in the classifier's cache

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Fleet

Q_DECLARE_METATYPE(Fleet::PollSummary)
