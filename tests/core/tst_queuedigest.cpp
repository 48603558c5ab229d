#include "diagnosis/messageclassifier.h"
#include "diagnosis/reasonclassifier.h"
#include "fleet/pollsummary.h"
#include "postfix/queueparsers.h"
#include "postfix/queuesummary.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <numeric>

using namespace Qt::StringLiterals;
using Fleet::PollError;
using Fleet::PollSummary;
using Fleet::QueueDigest;
using Postfix::QueuedMessage;
using Postfix::QueueName;

namespace {

QList<QueuedMessage> corpus(const QString &name)
{
    QFile file(QStringLiteral(POSTDESK_TEST_DATA "/postqueue-json/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return Postfix::parseQueueJson(file.readAll()).values;
}

QueuedMessage message(const QString &sender, QueueName queue, const QString &reason = {},
                      qint64 arrival = 1'700'000'000, qint64 size = 1000)
{
    QueuedMessage m;
    m.queueName = queue;
    m.queueId = u"ABC123"_s;
    m.sender = sender;
    m.arrivalTime = arrival;
    m.messageSize = size;
    m.recipients.append(Postfix::Recipient{u"rcpt@example.net"_s, {}, reason, {}});
    return m;
}

const QDateTime kTaken = QDateTime::fromSecsSinceEpoch(1'700'003'600, QTimeZone::utc());

} // namespace

class tst_QueueDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusMatchesSummary_data();
    void corpusMatchesSummary();
    void emptyQueue();
    void mailerDaemonIsOneSender();
    void topSenderTieIsOrderIndependent();
    void perClassUsesMainClass();
    void stampsAndDerivedValues();
    void memoryBoundedBySendersAndReasons();
    void movable();
    void errorKeys();
};

void tst_QueueDigest::corpusMatchesSummary_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(QStringLiteral(POSTDESK_TEST_DATA "/postqueue-json"))
                                      .entryList({u"*.jsonl"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

// Totals equal Postfix::summarizeQueue's; per-class counts equal counting each message's
// MessageClassifier main class (what the queue view's class column and ClassSummary show).
void tst_QueueDigest::corpusMatchesSummary()
{
    QFETCH(QString, file);
    const QList<QueuedMessage> messages = corpus(file);
    QueueDigest oneByOne;
    for (const QueuedMessage &m : messages)
        oneByOne.add(m);
    QueueDigest batched;
    batched.add(messages.mid(0, messages.size() / 2));
    batched.add(messages.mid(messages.size() / 2));

    const Postfix::QueueSummary expected = Postfix::summarizeQueue(messages);
    std::array<qint64, Diagnosis::reasonClassCount> classes{};
    Diagnosis::MessageClassifier classifier;
    QHash<QString, qint64> senders;
    for (const QueuedMessage &m : messages) {
        const int cls = classifier.classify(m).mainClass;
        if (cls >= 0)
            ++classes[std::size_t(cls)];
        ++senders[m.sender.isEmpty() ? u"MAILER-DAEMON"_s : m.sender];
    }
    const qint64 topCount
            = senders.isEmpty() ? 0 : *std::max_element(senders.cbegin(), senders.cend());

    for (const QueueDigest *digest : {&oneByOne, &batched}) {
        const PollSummary s = digest->summary(QUuid::createUuid(), kTaken, 12);
        QCOMPARE(s.perQueue, expected.perQueue);
        QCOMPARE(s.total, expected.totalMessages);
        QCOMPARE(s.recipients, expected.totalRecipients);
        QCOMPARE(s.bytes, expected.totalBytes);
        QCOMPARE(s.oldestArrival, expected.oldestArrival);
        QCOMPARE(s.perClass, classes);
        QCOMPARE(s.topSenderCount, topCount);
        QCOMPARE(senders.value(s.topSender), topCount);
        QVERIFY(s.ok());
    }
}

void tst_QueueDigest::emptyQueue()
{
    const QueueDigest digest;
    const PollSummary s = digest.summary(QUuid::createUuid(), kTaken, 0);
    QCOMPARE(s.total, 0);
    QCOMPARE(s.recipients, 0);
    QCOMPARE(s.bytes, 0);
    QCOMPARE(s.oldestArrival, 0);
    QCOMPARE(s.oldestAgeSeconds(), 0);
    QCOMPARE(s.topSender, QString());
    QCOMPARE(s.topSenderCount, 0);
    QCOMPARE(s.topSenderShare(), 0.0);
    QCOMPARE(s.dominantClass(), -1);
    QVERIFY(s.ok());
    QCOMPARE(corpus(u"postdesk__empty.jsonl"_s).size(), 0);
}

void tst_QueueDigest::mailerDaemonIsOneSender()
{
    QueueDigest digest;
    digest.add(message(u"MAILER-DAEMON"_s, QueueName::Deferred, u"Connection refused"_s));
    digest.add(message(QString(), QueueName::Deferred, u"Connection refused"_s));
    digest.add(message(u"alice@example.com"_s, QueueName::Hold));
    const PollSummary s = digest.summary({}, kTaken, 0);
    QCOMPARE(s.topSender, u"MAILER-DAEMON"_s);
    QCOMPARE(s.topSenderCount, 2);
    QCOMPARE(digest.distinctSenders(), 2);
    QCOMPARE(s.count(QueueName::Deferred), 2);
    QCOMPARE(s.count(QueueName::Hold), 1);
    QVERIFY(qAbs(s.topSenderShare() - 2.0 / 3.0) < 1e-9);
}

void tst_QueueDigest::topSenderTieIsOrderIndependent()
{
    const QList<QueuedMessage> list{message(u"zed@example.com"_s, QueueName::Deferred),
                                    message(u"amy@example.com"_s, QueueName::Deferred),
                                    message(u"zed@example.com"_s, QueueName::Deferred),
                                    message(u"amy@example.com"_s, QueueName::Deferred)};
    QList<QueuedMessage> reversed(list.crbegin(), list.crend());
    QueueDigest a;
    a.add(list);
    QueueDigest b;
    b.add(reversed);
    QCOMPARE(a.summary({}, kTaken, 0).topSender, u"amy@example.com"_s);
    QCOMPARE(b.summary({}, kTaken, 0).topSender, u"amy@example.com"_s);
}

void tst_QueueDigest::perClassUsesMainClass()
{
    const QString refused = u"connect to mx.example.net[203.0.113.5]:25: Connection refused"_s;
    const QString unknown = u"host mx.example.org said: 550 5.1.1 <x@example.org>: User unknown"_s;
    const auto net = Diagnosis::ReasonClassifier::instance().classOf(refused);
    const auto rcpt = Diagnosis::ReasonClassifier::instance().classOf(unknown);
    QVERIFY(net != rcpt);

    QueuedMessage mixed = message(u"a@example.com"_s, QueueName::Deferred, unknown);
    mixed.recipients.append(Postfix::Recipient{u"b@example.org"_s, {}, unknown, {}});
    mixed.recipients.append(Postfix::Recipient{u"c@example.net"_s, {}, refused, {}});
    QueueDigest digest;
    digest.add(mixed);                                         // 2 × unknown, 1 × refused
    digest.add(message(u"a@example.com"_s, QueueName::Active)); // no reason: no class
    const PollSummary s = digest.summary({}, kTaken, 0);
    QCOMPARE(s.perClass.at(std::size_t(rcpt)), 1);
    QCOMPARE(s.perClass.at(std::size_t(net)), 0);
    QCOMPARE(std::accumulate(s.perClass.cbegin(), s.perClass.cend(), qint64(0)), 1);
    QCOMPARE(s.dominantClass(), int(rcpt));
    QCOMPARE(s.recipients, 4);
}

void tst_QueueDigest::stampsAndDerivedValues()
{
    QueueDigest digest;
    digest.add(message(u"a@example.com"_s, QueueName::Deferred, {}, 1'700'000'000, 10));
    digest.add(message(u"b@example.com"_s, QueueName::Deferred, {}, 0, 20)); // arrival unknown
    digest.add(message(u"b@example.com"_s, QueueName::Hold, {}, 1'700'001'000, 30));
    const QUuid id = QUuid::createUuid();
    const QDateTime local = kTaken.toOffsetFromUtc(7200);
    const PollSummary s = digest.summary(id, local, 345);
    QCOMPARE(s.server, id);
    QCOMPARE(s.takenAt, kTaken);
    QCOMPARE(s.takenAt.timeSpec(), Qt::UTC);
    QCOMPARE(s.elapsedMs, 345);
    QCOMPARE(s.bytes, 60);
    QCOMPARE(s.oldestArrival, 1'700'000'000);
    QCOMPARE(s.oldestAgeSeconds(), 3600);
    QCOMPARE(s.topSender, u"b@example.com"_s);
}

// A compromised mailbox: 100,000 messages from three senders with five reasons. The digest
// keeps three sender counters and five cached reasons, never the messages.
void tst_QueueDigest::memoryBoundedBySendersAndReasons()
{
    const QStringList senders{u"spam@victim.example"_s, u"MAILER-DAEMON"_s, u"ok@example.com"_s};
    const QStringList reasons{u"Connection refused"_s, u"Connection timed out"_s,
                              u"Host not found"_s, u"451 4.7.1 Greylisted"_s,
                              u"552 5.2.2 Mailbox full"_s};
    QueueDigest digest;
    constexpr int kMessages = 100'000;
    QList<QueuedMessage> batch;
    for (int i = 0; i < kMessages; ++i) {
        const QString &sender = i % 10 < 8 ? senders.at(0) : senders.at(1 + i % 2);
        batch.append(message(sender, QueueName::Deferred, reasons.at(i % reasons.size()),
                             1'700'000'000 + i, 100));
        if (batch.size() == 1000) {
            digest.add(batch);
            batch.clear();
        }
    }
    const PollSummary s = digest.summary({}, kTaken, 0);
    QCOMPARE(s.total, kMessages);
    QCOMPARE(s.bytes, qint64(kMessages) * 100);
    QCOMPARE(s.topSender, senders.at(0));
    QCOMPARE(s.topSenderCount, kMessages * 8 / 10);
    QCOMPARE(s.topSenderShare(), 0.8);
    QCOMPARE(digest.distinctSenders(), 3);
    QCOMPARE(digest.distinctReasons(), reasons.size());
}

void tst_QueueDigest::movable()
{
    QueueDigest a;
    a.add(message(u"a@example.com"_s, QueueName::Deferred));
    QueueDigest b = std::move(a);
    b.add(message(u"a@example.com"_s, QueueName::Deferred));
    QCOMPARE(b.summary({}, kTaken, 0).total, 2);
    QueueDigest c;
    c = std::move(b);
    QCOMPARE(c.summary({}, kTaken, 0).topSenderCount, 2);
}

void tst_QueueDigest::errorKeys()
{
    const QList<PollError> all{PollError::None, PollError::Unreachable, PollError::Timeout,
                               PollError::HostKeyChanged, PollError::HostKeyUnknown,
                               PollError::AuthFailed, PollError::SecretMissing,
                               PollError::MailSystemDown, PollError::Remote, PollError::Canceled};
    QSet<QString> keys;
    for (PollError e : all)
        keys.insert(Fleet::pollErrorKey(e));
    QCOMPARE(keys.size(), all.size());
    QCOMPARE(Fleet::pollErrorKey(PollError::HostKeyChanged), u"host_key_changed"_s);
    QCOMPARE(Fleet::pollErrorKey(PollError::Unreachable), u"unreachable"_s);
    PollSummary failed;
    failed.error = PollError::Timeout;
    QVERIFY(!failed.ok());
}

QTEST_GUILESS_MAIN(tst_QueueDigest)
#include "tst_queuedigest.moc"
