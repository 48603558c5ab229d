#include "postfix/queueparsers.h"
#include "postfix/queuesummary.h"
#include "postfix/yearlessstamp.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Postfix;
using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    return QStringLiteral(POSTDESK_TEST_DATA "/mailq");
}

QByteArray readFixture(const QString &name)
{
    QFile file(dataDir() + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QDateTime utc(const QString &iso)
{
    QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QList<qsizetype> issueLines(const TextQueueListing &listing)
{
    QList<qsizetype> lines;
    for (const ParseIssue &issue : listing.parsed.issues)
        lines.append(issue.line);
    return lines;
}

} // namespace

class TestQueueTextParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void longIdsAndMarkers();
    void reasonsApplyUntilTheNextReasonLine();
    void mailSystemDownForRoot();
    void malformed();
    void hugeLine();
    void yearInference_data();
    void yearInference();
    void robustness_data();
    void robustness();
    void summary();
};

void TestQueueTextParser::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QDateTime>("reference");
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("recipients");
    QTest::addColumn<int>("issues");
    QTest::addColumn<bool>("empty");
    QTest::addColumn<bool>("down");
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("firstSender");
    QTest::addColumn<QDateTime>("firstArrival");

    const QDateTime none;
    // The corpus: kumina's excerpt has no trailer, which is reported.
    QTest::newRow("kumina") << u"kumina-postfix_exporter__showq.txt"_s << utc(u"2020-03-01T00:00:00"_s)
                            << 24 << 24 << 1 << false << false << qint64(-1) << u"C420820802"_s
                            << u"sender@example.com"_s << utc(u"2020-02-24T13:35:18"_s);
    QTest::newRow("pymailq") << u"outini-pymailq__mailq.sample"_s << utc(u"2023-08-01T00:00:00"_s)
                             << 30 << 30 << 0 << false << false << qint64(30) << u"10DFD11830F2"_s
                             << u"sender-1@testsend_domain.tld"_s
                             << utc(u"2022-12-31T16:16:12"_s);
    QTest::newRow("transitiv") << u"transitiv-check_postfix_mailq__mailq.test"_s
                               << utc(u"2019-11-04T00:00:00"_s) << 7 << 10 << 0 << false << false
                               << qint64(7) << u"ABCDEF0123"_s << u"sender1@domain1.com"_s
                               << utc(u"2019-10-22T12:44:52"_s);
    // Our own edge cases.
    QTest::newRow("long ids") << u"postdesk__mailq-long-ids-markers.txt"_s
                              << utc(u"2025-08-21T12:00:00"_s) << 4 << 7 << 0 << false << false
                              << qint64(4) << u"4Xk2QmP1vZz3gT"_s << u"alice@example.com"_s
                              << utc(u"2025-08-21T08:11:12"_s);
    QTest::newRow("leap day") << u"postdesk__mailq-single-leap-day.txt"_s
                              << utc(u"2025-06-01T00:00:00"_s) << 1 << 1 << 0 << false << false
                              << qint64(1) << u"C3CD21F3E90"_s << u"leap@example.com"_s
                              << utc(u"2024-02-29T23:59:59"_s);
    QTest::newRow("empty") << u"postdesk__mailq-empty.txt"_s << utc(u"2025-06-01T00:00:00"_s) << 0
                           << 0 << 0 << true << false << qint64(-1) << QString() << QString() << none;
    QTest::newRow("down user") << u"postdesk__mailq-down-user.txt"_s << utc(u"2025-06-01T00:00:00"_s)
                               << 0 << 0 << 1 << false << true << qint64(-1) << QString()
                               << QString() << none;
    QTest::newRow("down user connect") << u"postdesk__mailq-down-user-connect.txt"_s
                                       << utc(u"2025-06-01T00:00:00"_s) << 0 << 0 << 1 << false
                                       << true << qint64(-1) << QString() << QString() << none;
    QTest::newRow("down root") << u"postdesk__mailq-down-root.txt"_s << utc(u"2026-01-01T00:20:00"_s)
                               << 2 << 2 << 0 << false << true << qint64(2) << u"D1E2F3A4B5C"_s
                               << u"old@example.com"_s << utc(u"2025-12-30T23:00:00"_s);
    QTest::newRow("not allowed") << u"postdesk__mailq-not-allowed.txt"_s
                                 << utc(u"2025-06-01T00:00:00"_s) << 0 << 0 << 1 << false << false
                                 << qint64(-1) << QString() << QString() << none;
    QTest::newRow("truncated") << u"postdesk__mailq-truncated.txt"_s << utc(u"2025-08-20T00:00:00"_s)
                               << 1 << 1 << 2 << false << false << qint64(-1) << u"C3CD21F3E90"_s
                               << u"a@example.com"_s << utc(u"2025-08-18T08:00:00"_s);
    QTest::newRow("garbage") << u"postdesk__mailq-garbage.txt"_s << utc(u"2025-08-20T00:00:00"_s)
                             << 2 << 2 << 6 << false << false << qint64(-1) << u"C3CD21F3E90"_s
                             << u"a@example.com"_s << utc(u"2025-08-18T08:00:00"_s);
}

void TestQueueTextParser::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QDateTime, reference);
    QFETCH(int, messages);
    QFETCH(int, recipients);
    QFETCH(int, issues);
    QFETCH(bool, empty);
    QFETCH(bool, down);
    QFETCH(qint64, requests);
    QFETCH(QString, firstId);
    QFETCH(QString, firstSender);
    QFETCH(QDateTime, firstArrival);

    // Some of our fixtures are read as from a server in Europe/Berlin; the corpus ones as UTC
    // (their zone is unknown).
    const QTimeZone zone = file.startsWith(u"postdesk__"_s) && file != u"postdesk__mailq-down-root.txt"_s
                    && file != u"postdesk__mailq-single-leap-day.txt"_s
            ? QTimeZone("Europe/Berlin")
            : QTimeZone::utc();
    const TextQueueListing listing = parseQueueText(readFixture(file), reference, zone);
    for (const ParseIssue &issue : listing.parsed.issues)
        qInfo("issue line %lld: %s", qint64(issue.line), qPrintable(issue.message));
    QCOMPARE(listing.parsed.values.size(), messages);
    int total = 0;
    for (const QueuedMessage &message : listing.parsed.values)
        total += int(message.recipients.size());
    QCOMPARE(total, recipients);
    QCOMPARE(listing.parsed.issues.size(), issues);
    QCOMPARE(listing.emptyQueue, empty);
    QCOMPARE(listing.mailSystemDown, down);
    QCOMPARE(listing.trailerRequests, requests);
    if (messages > 0) {
        const QueuedMessage &first = listing.parsed.values.first();
        QCOMPARE(first.queueId, firstId);
        QCOMPARE(first.sender, firstSender);
        QCOMPARE(first.arrivalTime, firstArrival.toSecsSinceEpoch());
    }
}

void TestQueueTextParser::longIdsAndMarkers()
{
    const TextQueueListing listing = parseQueueText(
            readFixture(u"postdesk__mailq-long-ids-markers.txt"_s), utc(u"2025-08-21T12:00:00"_s),
            QTimeZone("Europe/Berlin"));
    QCOMPARE(listing.trailerKbytes, 4);
    const QList<QueuedMessage> &values = listing.parsed.values;
    QCOMPARE(values.at(0).queueName, QueueName::Active);
    QVERIFY(!values.at(0).forcedExpire);
    QCOMPARE(values.at(0).messageSize, 2911);
    QCOMPARE(values.at(1).queueId, u"4Xk2QmP1wBz3gV"_s);
    QCOMPARE(values.at(1).queueName, QueueName::Hold);
    QVERIFY(values.at(1).forcedExpire);
    QCOMPARE(values.at(1).sender, u"\"john doe\"@example.com"_s); // not split on the space
    QCOMPARE(values.at(1).arrivalTime, utc(u"2025-08-01T07:08:07"_s).toSecsSinceEpoch()); // " 1"
    QCOMPARE(values.at(2).queueName, QueueName::Deferred);
    QVERIFY(values.at(2).forcedExpire);
    QCOMPARE(values.at(2).sender, u"MAILER-DAEMON"_s);
    QCOMPARE(values.at(2).recipients.first().delayReason,
             u"host mx.example.com[192.0.2.1] said: 550 5.1.1 <grace@example.com>: Recipient address "
             "rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)"_s);
    QCOMPARE(values.at(3).queueName, QueueName::Active);
    QVERIFY(values.at(3).forcedExpire);
}

void TestQueueTextParser::reasonsApplyUntilTheNextReasonLine()
{
    const TextQueueListing listing = parseQueueText(
            readFixture(u"postdesk__mailq-long-ids-markers.txt"_s), utc(u"2025-08-21T12:00:00"_s),
            QTimeZone::utc());
    const QList<Recipient> &recipients = listing.parsed.values.at(1).recipients;
    QCOMPARE(recipients.size(), 4);
    const QString timeout = u"connect to mx.example.net[203.0.113.5]:25: Connection timed out"_s;
    QCOMPARE(recipients.at(0).address, u"carol@example.net"_s);
    QCOMPARE(recipients.at(0).delayReason, timeout);
    QCOMPARE(recipients.at(1).delayReason, timeout);
    QCOMPARE(recipients.at(2).address, u"erin@example.org"_s);
    QCOMPARE(recipients.at(2).delayReason, QString()); // (reason unavailable)
    QCOMPARE(recipients.at(3).delayReason,
             u"host mx.example.org[198.51.100.7] said: 452 4.2.2 Mailbox full (in reply to RCPT TO "
             "command)"_s);
    // The next message starts without a reason.
    QCOMPARE(listing.parsed.values.at(3).recipients.first().delayReason, QString());

    // The corpus: TAB-indented recipients and long, left-aligned reasons.
    const TextQueueListing transitiv =
            parseQueueText(readFixture(u"transitiv-check_postfix_mailq__mailq.test"_s),
                           utc(u"2019-11-04T00:00:00"_s), QTimeZone::utc());
    const QueuedMessage &second = transitiv.parsed.values.at(1);
    QCOMPARE(second.recipients.size(), 3);
    for (const Recipient &recipient : second.recipients)
        QCOMPARE(recipient.delayReason, u"connect to domain-b.com[12.34.56.78]:25: Connection timed out"_s);
    QCOMPARE(transitiv.parsed.values.at(4).queueName, QueueName::Hold);
    QCOMPARE(transitiv.parsed.values.at(5).queueName, QueueName::Active);
    QCOMPARE(transitiv.parsed.values.at(6).sender, u"MAILER-DAEMON"_s);
    QCOMPARE(transitiv.parsed.values.at(2).arrivalTime,
             utc(u"2019-11-01T15:20:43"_s).toSecsSinceEpoch());
}

void TestQueueTextParser::mailSystemDownForRoot()
{
    const TextQueueListing listing = parseQueueText(readFixture(u"postdesk__mailq-down-root.txt"_s),
                                                    utc(u"2026-01-01T00:20:00"_s), QTimeZone::utc());
    QVERIFY(listing.mailSystemDown);
    QVERIFY(listing.parsed.issues.isEmpty()); // the warning is expected, the listing is complete
    // Dec → Jan wrap: the December stamp belongs to the previous year.
    QCOMPARE(listing.parsed.values.at(0).arrivalTime, utc(u"2025-12-30T23:00:00"_s).toSecsSinceEpoch());
    QCOMPARE(listing.parsed.values.at(1).arrivalTime, utc(u"2026-01-01T00:10:00"_s).toSecsSinceEpoch());
}

void TestQueueTextParser::malformed()
{
    const TextQueueListing garbage = parseQueueText(readFixture(u"postdesk__mailq-garbage.txt"_s),
                                                    utc(u"2025-08-20T00:00:00"_s), QTimeZone::utc());
    QCOMPARE(issueLines(garbage), QList<qsizetype>({1, 6, 7, 12, 14, 14}));
    QCOMPARE(garbage.parsed.values.at(1).queueId, u"C3CD21F3E93"_s);
    QCOMPARE(garbage.parsed.values.at(1).recipients.first().address, u"f@example.com"_s);

    const TextQueueListing truncated = parseQueueText(
            readFixture(u"postdesk__mailq-truncated.txt"_s), utc(u"2025-08-20T00:00:00"_s), QTimeZone::utc());
    QCOMPARE(issueLines(truncated), QList<qsizetype>({5, 5}));

    const TextQueueListing nothing = parseQueueText(QByteArrayView(), utc(u"2025-08-20T00:00:00"_s),
                                                    QTimeZone::utc());
    QCOMPARE(nothing.parsed.issues.size(), 1);

    const TextQueueListing mismatch =
            parseQueueText("-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n"
                           "C3CD21F3E90    1234 Mon Aug 18 10:00:00  a@example.com\n"
                           "                                         b@example.com\n\n"
                           "-- 1 Kbytes in 2 Requests.\n",
                           utc(u"2025-08-20T00:00:00"_s), QTimeZone::utc());
    QCOMPARE(issueLines(mismatch), QList<qsizetype>({5}));
}

void TestQueueTextParser::hugeLine()
{
    const QByteArray huge = "C3CD21F3E90    1234 Mon Aug 18 10:00:00  a@example.com\n"
            + QByteArray(4 * 1024 * 1024, 'x') + "\n\n-- 1 Kbytes in 1 Request.\n";
    const TextQueueListing listing = parseQueueText(huge, utc(u"2025-08-20T00:00:00"_s), QTimeZone::utc());
    QCOMPARE(listing.parsed.values.size(), 1);
    QCOMPARE(listing.parsed.issues.size(), 1);
    QVERIFY(listing.parsed.issues.first().message.size() < 200); // an excerpt, not the line
}

void TestQueueTextParser::yearInference_data()
{
    QTest::addColumn<QByteArray>("stamp");
    QTest::addColumn<QDateTime>("reference");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("expected"); // invalid: no year fits

    QTest::newRow("same year") << QByteArray("Thu Aug 21 10:11:12") << utc(u"2025-08-21T12:00:00"_s)
                               << QByteArray("UTC") << utc(u"2025-08-21T10:11:12"_s);
    QTest::newRow("dec to jan") << QByteArray("Wed Dec 31 23:00:00") << utc(u"2026-01-02T10:00:00"_s)
                                << QByteArray("UTC") << utc(u"2025-12-31T23:00:00"_s);
    QTest::newRow("skew over new year") << QByteArray("Fri Jan  1 00:00:10")
                                        << utc(u"2026-12-31T23:59:59"_s) << QByteArray("UTC")
                                        << utc(u"2027-01-01T00:00:10"_s);
    QTest::newRow("tomorrow within a day") << QByteArray("Fri Aug 22 10:00:00")
                                           << utc(u"2025-08-21T12:00:00"_s) << QByteArray("UTC")
                                           << utc(u"2025-08-22T10:00:00"_s);
    QTest::newRow("future means last year") << QByteArray("Sat Aug 23 13:00:00")
                                            << utc(u"2025-08-21T12:00:00"_s) << QByteArray("UTC")
                                            << utc(u"2024-08-23T13:00:00"_s);
    QTest::newRow("feb 29 back to leap year") << QByteArray("Thu Feb 29 12:00:00")
                                              << utc(u"2026-03-01T00:00:00"_s) << QByteArray("UTC")
                                              << utc(u"2024-02-29T12:00:00"_s);
    QTest::newRow("feb 29 this leap year") << QByteArray("Tue Feb 29 12:00:00")
                                           << utc(u"2028-03-01T00:00:00"_s) << QByteArray("UTC")
                                           << utc(u"2028-02-29T12:00:00"_s);
    QTest::newRow("padded day local zone") << QByteArray("Fri Aug  1 09:08:07")
                                           << utc(u"2025-08-21T12:00:00"_s)
                                           << QByteArray("Europe/Berlin")
                                           << utc(u"2025-08-01T07:08:07"_s);
    QTest::newRow("zone moves the year") << QByteArray("Thu Jan  1 00:30:00")
                                         << utc(u"2025-12-31T23:45:00"_s)
                                         << QByteArray("Europe/Berlin")
                                         << utc(u"2025-12-31T23:30:00"_s);
    QTest::newRow("feb 30") << QByteArray("Mon Feb 30 12:00:00") << utc(u"2025-08-21T12:00:00"_s)
                            << QByteArray("UTC") << QDateTime();
}

void TestQueueTextParser::yearInference()
{
    QFETCH(QByteArray, stamp);
    QFETCH(QDateTime, reference);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, expected);

    qsizetype consumed = 0;
    const std::optional<YearlessStamp> parsed = YearlessStamp::parse(stamp, &consumed);
    QVERIFY(parsed);
    QCOMPARE(consumed, 19);
    const std::optional<qint64> seconds = parsed->resolve(reference, QTimeZone(zone));
    QCOMPARE(seconds.has_value(), expected.isValid());
    if (seconds)
        QCOMPARE(QDateTime::fromSecsSinceEpoch(*seconds, QTimeZone::utc()), expected);
}

void TestQueueTextParser::robustness_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : QDir(dataDir()).entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file)) << file;
}

// Random truncations and byte flips (fixed seed): never a crash; losing the end is reported.
void TestQueueTextParser::robustness()
{
    QFETCH(QString, file);
    const QByteArray text = readFixture(file);
    const QDateTime reference = utc(u"2025-08-21T12:00:00"_s);
    QRandomGenerator random(20261123);
    for (int round = 0; round < 300; ++round) {
        const qsizetype cut = random.bounded(text.size() - 1);
        const TextQueueListing truncated = parseQueueText(text.left(cut), reference, QTimeZone::utc());
        QVERIFY2(!truncated.parsed.issues.isEmpty(), qPrintable(u"cut at %1"_s.arg(cut)));

        QByteArray flipped = text;
        for (int flips = 1 + int(random.bounded(3)); flips > 0; --flips)
            flipped[random.bounded(flipped.size())] = char(random.bounded(256));
        const TextQueueListing listing = parseQueueText(flipped, reference, QTimeZone::utc());
        QVERIFY(listing.parsed.values.size() <= flipped.count('\n') + 1);
        for (const QueuedMessage &message : listing.parsed.values)
            QVERIFY(isValidQueueId(message.queueId));
    }
}

void TestQueueTextParser::summary()
{
    const TextQueueListing listing =
            parseQueueText(readFixture(u"transitiv-check_postfix_mailq__mailq.test"_s),
                           utc(u"2019-11-04T00:00:00"_s), QTimeZone::utc());
    const QueueSummary summary = summarizeQueue(listing.parsed.values);
    QCOMPARE(summary.totalMessages, 7);
    QCOMPARE(summary.totalRecipients, 10);
    QCOMPARE(summary.totalBytes, 12691 + 20526 + 20786 + 495 + 34176 + 490 + 18636);
    QCOMPARE(summary.count(QueueName::Deferred), 5);
    QCOMPARE(summary.count(QueueName::Hold), 1);
    QCOMPARE(summary.count(QueueName::Active), 1);
    QCOMPARE(summary.forcedExpire, 0);
    QCOMPARE(summary.oldestArrival, utc(u"2019-10-22T12:44:52"_s).toSecsSinceEpoch());

    const QueueSummary none = summarizeQueue({});
    QCOMPARE(none.totalMessages, 0);
    QCOMPARE(none.oldestArrival, 0);
}

QTEST_GUILESS_MAIN(TestQueueTextParser)
#include "tst_queuetextparser.moc"
