#include "postfix/queueparsers.h"
#include "postfix/queueshape.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Postfix::QueueName;
using Postfix::QueuedMessage;
using Postfix::QueueShape;
using Postfix::QueueShapeOptions;
using Postfix::QueueShapeRow;
using By = Postfix::QueueShapeOptions::By;

namespace {

// Expected row: name, total, and the non-zero cells as {index, count}.
using Cells = QList<QPair<int, qint64>>;

struct Row
{
    QString domain;
    qint64 total;
    Cells cells;
};

QList<QueuedMessage> fixture(const QString &name)
{
    QFile f(QStringLiteral(POSTDESK_TEST_DATA "/postqueue-json/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return Postfix::parseQueueJson(f.readAll()).values;
}

QList<qint64> cells(const QList<QPair<int, qint64>> &nonZero, qsizetype count = 10)
{
    QList<qint64> out(count, 0);
    for (const auto &[index, n] : nonZero)
        out[index] = n;
    return out;
}

QueuedMessage message(qint64 arrival, const QString &sender, const QStringList &recipients,
                      QueueName queue = QueueName::Deferred)
{
    QueuedMessage m;
    m.queueName = queue;
    m.queueId = u"4F2A9C1B7E"_s;
    m.arrivalTime = arrival;
    m.messageSize = 1000;
    m.sender = sender;
    for (const QString &r : recipients)
        m.recipients.append({r, {}, {}, {}});
    return m;
}

void compareRows(const QueueShape &shape, const QList<Row> &expected)
{
    QStringList got;
    for (const QueueShapeRow &r : shape.rows)
        got << r.domain + u'=' + QString::number(r.total);
    QStringList want;
    for (const Row &r : expected)
        want << r.domain + u'=' + QString::number(r.total);
    QCOMPARE(got, want);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(shape.rows.at(i).buckets, cells(expected.at(i).cells, shape.totals.buckets.size()));
        qint64 sum = 0;
        for (qint64 n : shape.rows.at(i).buckets)
            sum += n;
        QCOMPARE(sum, shape.rows.at(i).total);
    }
}

} // namespace

class TestQueueShape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void bucketBoundaries_data();
    void bucketBoundaries();
    void customAndBrokenEdges();
    void bucketLabels();
    void domainNames_data();
    void domainNames();
    void nullSenderVersusLocalMailerDaemon();
    void recipientsCountedPerAddress();
    void foldRow();
    void parentDomains();
    void queueFilter();
    void emptyQueue();
    void topSenders();
    void topSendersLimitAndTies();
    void speed();
};

void TestQueueShape::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<int>("by");
    QTest::addColumn<QList<QueueName>>("queues");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<Cells>("totalCells");
    QTest::addColumn<QList<Row>>("rows");

    // rseichter-postqf: now = newest arrival + 60 s. Ages: 1660 s (27.7 min → 20–40, cell 3) for
    // the two 47/48-recipient messages, 60 s (cell 0) for two, 176488 s (2941 min → 1280+, cell 9).
    const qint64 rsNow = 1642849378 + 60;
    QTest::newRow("postqf recipients")
        << u"rseichter-postqf__qdata.jsonl"_s << rsNow << int(By::RecipientDomain) << QList<QueueName>{}
        << qint64(98) << QList<QPair<int, qint64>>{{0, 2}, {3, 95}, {9, 1}}
        << QList<Row>{{u"example.com"_s, 95, {{3, 95}}},
                      {u"example.org"_s, 2, {{0, 2}}},
                      {u"9gmail.com"_s, 1, {{9, 1}}}};
    QTest::newRow("postqf senders")
        << u"rseichter-postqf__qdata.jsonl"_s << rsNow << int(By::SenderDomain) << QList<QueueName>{}
        << qint64(5) << QList<QPair<int, qint64>>{{0, 2}, {3, 2}, {9, 1}}
        << QList<Row>{{u"example.org"_s, 5, {{0, 2}, {3, 2}, {9, 1}}}};

    // edge cases, now = 1755770300: deferred 300 s old (exactly 5 min → cell 1), hold 200 s
    // (cell 0), incoming from 2023 without recipients (cell 9), active from 2022 with two
    // recipients (cell 9), maildrop 100 s (cell 0).
    const qint64 edgeNow = 1755770300;
    QTest::newRow("edge recipients")
        << u"postdesk__edge-cases.jsonl"_s << edgeNow << int(By::RecipientDomain) << QList<QueueName>{}
        << qint64(5) << QList<QPair<int, qint64>>{{0, 2}, {1, 1}, {9, 2}}
        << QList<Row>{{u"example.org"_s, 3, {{0, 1}, {9, 2}}},
                      {u"example.com"_s, 1, {{0, 1}}},
                      {u"example.net"_s, 1, {{1, 1}}}};
    QTest::newRow("edge senders")
        << u"postdesk__edge-cases.jsonl"_s << edgeNow << int(By::SenderDomain) << QList<QueueName>{}
        << qint64(5) << QList<QPair<int, qint64>>{{0, 2}, {1, 1}, {9, 2}}
        << QList<Row>{{u"example.com"_s, 3, {{0, 2}, {1, 1}}},
                      {u"MAILER-DAEMON"_s, 1, {{9, 1}}},
                      {u"example.org"_s, 1, {{9, 1}}}};
    QTest::newRow("edge deferred only")
        << u"postdesk__edge-cases.jsonl"_s << edgeNow << int(By::RecipientDomain)
        << QList<QueueName>{QueueName::Deferred} << qint64(1) << QList<QPair<int, qint64>>{{1, 1}}
        << QList<Row>{{u"example.net"_s, 1, {{1, 1}}}};
    QTest::newRow("edge hold+active")
        << u"postdesk__edge-cases.jsonl"_s << edgeNow << int(By::RecipientDomain)
        << QList<QueueName>{QueueName::Hold, QueueName::Active} << qint64(3)
        << QList<QPair<int, qint64>>{{0, 1}, {9, 2}}
        << QList<Row>{{u"example.org"_s, 3, {{0, 1}, {9, 2}}}};

    // snclient: now = arrival + 600 s (exactly 10 min → 10–20, cell 2) for active and deferred;
    // the hold message is 60399 s (1006.7 min → 640–1280, cell 8) old.
    QTest::newRow("snclient recipients")
        << u"ConSol-Monitoring-snclient__postqueue-j.jsonl"_s << qint64(1785318106 + 600)
        << int(By::RecipientDomain) << QList<QueueName>{} << qint64(3)
        << QList<QPair<int, qint64>>{{2, 2}, {8, 1}}
        << QList<Row>{{u"example.invalid"_s, 3, {{2, 2}, {8, 1}}}};
    QTest::newRow("snclient senders")
        << u"ConSol-Monitoring-snclient__postqueue-j.jsonl"_s << qint64(1785318106 + 600)
        << int(By::SenderDomain) << QList<QueueName>{} << qint64(3)
        << QList<QPair<int, qint64>>{{2, 2}, {8, 1}}
        << QList<Row>{{u"MAILER-DAEMON"_s, 2, {{2, 1}, {8, 1}}},
                      {u"example.invalid"_s, 1, {{2, 1}}}};
    QTest::newRow("empty file")
        << u"postdesk__empty.jsonl"_s << qint64(1755770300) << int(By::RecipientDomain)
        << QList<QueueName>{} << qint64(0) << QList<QPair<int, qint64>>{} << QList<Row>{};
}

void TestQueueShape::fixtures()
{
    QFETCH(QString, file);
    QFETCH(qint64, now);
    QFETCH(int, by);
    QFETCH(QList<QueueName>, queues);
    QFETCH(qint64, total);
    QFETCH(Cells, totalCells);
    QFETCH(QList<Row>, rows);

    QueueShapeOptions options;
    options.by = By(by);
    options.queues = queues;
    const QueueShape shape = Postfix::computeQueueShape(fixture(file), now, options);
    QCOMPARE(shape.nowEpoch, now);
    QCOMPARE(shape.totals.domain, u"TOTAL"_s);
    QCOMPARE(shape.totals.total, total);
    QCOMPARE(shape.totals.buckets, cells(totalCells));
    compareRows(shape, rows);
}

void TestQueueShape::bucketBoundaries_data()
{
    QTest::addColumn<qint64>("age");
    QTest::addColumn<int>("cell");
    // Default edges 5 10 20 40 80 160 320 640 1280 minutes: [0,5) [5,10) … [640,1280) 1280+.
    QTest::newRow("0 s") << qint64(0) << 0;
    QTest::newRow("299 s") << qint64(299) << 0;
    QTest::newRow("300 s = 5 min") << qint64(300) << 1;
    QTest::newRow("599 s") << qint64(599) << 1;
    QTest::newRow("600 s") << qint64(600) << 2;
    QTest::newRow("1199 s") << qint64(1199) << 2;
    QTest::newRow("1200 s") << qint64(1200) << 3;
    QTest::newRow("38399 s") << qint64(38399) << 7;
    QTest::newRow("38400 s = 640 min") << qint64(38400) << 8;
    QTest::newRow("76799 s") << qint64(76799) << 8;
    QTest::newRow("76800 s = 1280 min") << qint64(76800) << 9;
    QTest::newRow("30 days") << qint64(30 * 86400) << 9;
    QTest::newRow("future arrival (clock skew)") << qint64(-3600) << 0;
}

void TestQueueShape::bucketBoundaries()
{
    QFETCH(qint64, age);
    QFETCH(int, cell);
    const qint64 now = 1800000000;
    const QueueShape shape =
        Postfix::computeQueueShape({message(now - age, u"a@x.example"_s, {u"b@y.example"_s})}, now);
    QCOMPARE(shape.totals.buckets.size(), 10);
    QCOMPARE(shape.totals.buckets, cells({{cell, 1}}));
    QCOMPARE(shape.rows.first().buckets, cells({{cell, 1}}));
}

void TestQueueShape::customAndBrokenEdges()
{
    const qint64 now = 1800000000;
    const QList<QueuedMessage> ms{message(now - 30, u""_s, {u"a@x.example"_s}),
                                  message(now - 90, u""_s, {u"a@x.example"_s}),
                                  message(now - 7200, u""_s, {u"a@x.example"_s}),
                                  message(0, u""_s, {u"a@x.example"_s})}; // unknown arrival → age 0
    QueueShapeOptions options;
    options.bucketMinutes = {1, 60};
    QueueShape shape = Postfix::computeQueueShape(ms, now, options);
    QCOMPARE(shape.totals.buckets, (QList<qint64>{2, 1, 1}));

    // Non-positive and non-ascending edges are dropped; the result says which were used.
    options.bucketMinutes = {0, 1, -5, 60, 30, 60};
    shape = Postfix::computeQueueShape(ms, now, options);
    QCOMPARE(shape.options.bucketMinutes, (QList<int>{1, 60}));
    QCOMPARE(shape.totals.buckets, (QList<qint64>{2, 1, 1}));

    options.bucketMinutes = {};
    shape = Postfix::computeQueueShape(ms, now, options);
    QCOMPARE(shape.totals.buckets, (QList<qint64>{4}));
}

void TestQueueShape::bucketLabels()
{
    QCOMPARE(Postfix::queueShapeBucketLabels(QueueShapeOptions().bucketMinutes),
             (QStringList{u"5"_s, u"10"_s, u"20"_s, u"40"_s, u"80"_s, u"160"_s, u"320"_s, u"640"_s,
                          u"1280"_s, u"1280+"_s}));
    QCOMPARE(Postfix::queueShapeBucketLabels({}), QStringList{u"0+"_s});
}

void TestQueueShape::domainNames_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("isSender");
    QTest::addColumn<QString>("domain");
    QTest::newRow("plain") << u"bob@example.net"_s << false << u"example.net"_s;
    QTest::newRow("uppercase") << u"Carol@Example.ORG"_s << false << u"example.org"_s;
    QTest::newRow("quoted local part with @") << u"\"a@b\"@corp.example"_s << false << u"corp.example"_s;
    QTest::newRow("no @: local") << u"Root"_s << false << u"root"_s;
    QTest::newRow("double dots") << u"x@mail..example..com"_s << false << u"mail.example.com"_s;
    QTest::newRow("trailing dot") << u"x@example.com."_s << false << u"example.com"_s;
    QTest::newRow("leading dot") << u"x@.example.com"_s << false << u"example.com"_s;
    QTest::newRow("empty domain") << u"x@"_s << false << u"(empty)"_s;
    QTest::newRow("empty recipient") << u""_s << false << u"(empty)"_s;
    QTest::newRow("null sender") << u""_s << true << u"MAILER-DAEMON"_s;
    QTest::newRow("MAILER-DAEMON sender") << u"MAILER-DAEMON"_s << true << u"MAILER-DAEMON"_s;
    QTest::newRow("mailer-daemon at a domain") << u"MAILER-DAEMON@Example.com"_s << true
                                               << u"example.com"_s;
    QTest::newRow("IDN A-label") << u"x@XN--BCHER-KVA.example"_s << false << u"xn--bcher-kva.example"_s;
}

void TestQueueShape::domainNames()
{
    QFETCH(QString, address);
    QFETCH(bool, isSender);
    QFETCH(QString, domain);
    QCOMPARE(Postfix::queueShapeDomain(address, isSender), domain);
}

void TestQueueShape::nullSenderVersusLocalMailerDaemon()
{
    // A local sender spelled "mailer-daemon" (no @) is a row of its own, not the null sender.
    const qint64 now = 1800000000;
    QueueShapeOptions options;
    options.by = By::SenderDomain;
    const QueueShape shape = Postfix::computeQueueShape(
        {message(now, u"MAILER-DAEMON"_s, {u"a@x.example"_s}), message(now, u""_s, {u"a@x.example"_s}),
         message(now, u"mailer-daemon"_s, {u"a@x.example"_s})},
        now, options);
    compareRows(shape, {{u"MAILER-DAEMON"_s, 2, {{0, 2}}}, {u"mailer-daemon"_s, 1, {{0, 1}}}});
}

void TestQueueShape::recipientsCountedPerAddress()
{
    // qshape counts recipients: three at one domain count three; a duplicate address twice.
    const qint64 now = 1800000000;
    const QueueShape shape = Postfix::computeQueueShape(
        {message(now - 700, u"a@s.example"_s,
                 {u"a@x.example"_s, u"b@X.example"_s, u"a@x.example"_s, u"c@y.example"_s, u"root"_s})},
        now);
    QCOMPARE(shape.totals.total, 5);
    compareRows(shape, {{u"x.example"_s, 3, {{2, 3}}}, {u"root"_s, 1, {{2, 1}}}, {u"y.example"_s, 1, {{2, 1}}}});
}

void TestQueueShape::foldRow()
{
    const qint64 now = 1800000000;
    QList<QueuedMessage> ms;
    // d1 has 5 recipients, d2 4, …, d5 1 (d5 100 minutes old).
    for (int d = 1; d <= 5; ++d) {
        for (int n = 0; n < 6 - d; ++n)
            ms << message(d == 5 ? now - 6000 : now, u"s@x.example"_s, {u"r@d%1.example"_s.arg(d)});
    }
    QueueShapeOptions options;
    options.maxRows = 2;
    const QueueShape shape = Postfix::computeQueueShape(ms, now, options);
    compareRows(shape, {{u"d1.example"_s, 5, {{0, 5}}},
                        {u"d2.example"_s, 4, {{0, 4}}},
                        {u"(other)"_s, 6, {{0, 5}, {5, 1}}}});
    QCOMPARE(shape.totals.total, 15);

    options.maxRows = 5; // exactly as many rows as domains: nothing to fold
    QCOMPARE(Postfix::computeQueueShape(ms, now, options).rows.size(), 5);
}

void TestQueueShape::parentDomains()
{
    const qint64 now = 1800000000;
    QList<QueuedMessage> ms;
    // Five subdomains of big.example (one of them twice), four of small.example, a TLD-only name.
    for (const QString &sub : {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"a"_s})
        ms << message(now, u"s@x.example"_s, {u"r@mx.%1.big.example"_s.arg(sub)});
    for (const QString &sub : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
        ms << message(now, u"s@x.example"_s, {u"r@%1.small.example"_s.arg(sub)});
    ms << message(now, u"s@x.example"_s, {u"r@localhost"_s});
    QueueShapeOptions options;
    options.parentDomains = true;
    QueueShape shape = Postfix::computeQueueShape(ms, now, options);
    QCOMPARE(shape.totals.total, 11); // parents never add to TOTAL

    QHash<QString, qint64> totals;
    for (const QueueShapeRow &r : shape.rows)
        totals.insert(r.domain, r.total);
    QCOMPARE(totals.value(u".big.example"_s), 6);       // 5 distinct subdomains → shown
    QCOMPARE(totals.contains(u".small.example"_s), false); // 4 < minSubdomains 5
    QCOMPARE(totals.contains(u".example"_s), false);      // a top-level domain is never shown
    QCOMPARE(totals.value(u".a.big.example"_s, -1), -1);  // one subdomain only
    QCOMPARE(totals.value(u"mx.a.big.example"_s), 2);
    QCOMPARE(shape.rows.first().domain, u".big.example"_s);

    options.minSubdomains = 4;
    shape = Postfix::computeQueueShape(ms, now, options);
    totals.clear();
    for (const QueueShapeRow &r : shape.rows)
        totals.insert(r.domain, r.total);
    QCOMPARE(totals.value(u".small.example"_s), 4);
}

void TestQueueShape::queueFilter()
{
    const qint64 now = 1800000000;
    const QList<QueuedMessage> ms{message(now, u""_s, {u"a@d.example"_s}, QueueName::Deferred),
                                  message(now, u""_s, {u"a@h.example"_s}, QueueName::Hold),
                                  message(now, u""_s, {u"a@i.example"_s}, QueueName::Incoming)};
    QueueShapeOptions options;
    options.queues = {QueueName::Incoming, QueueName::Active}; // what qshape shows by default
    compareRows(Postfix::computeQueueShape(ms, now, options), {{u"i.example"_s, 1, {{0, 1}}}});
    options.queues = {};
    QCOMPARE(Postfix::computeQueueShape(ms, now, options).totals.total, 3);
}

void TestQueueShape::emptyQueue()
{
    const QueueShape shape = Postfix::computeQueueShape({}, 5);
    QCOMPARE(shape.totals.total, 0);
    QCOMPARE(shape.totals.buckets, QList<qint64>(10, 0));
    QVERIFY(shape.rows.isEmpty());
    QVERIFY(Postfix::topSenders({}).isEmpty());
}

void TestQueueShape::topSenders()
{
    const QList<Postfix::SenderCount> top = Postfix::topSenders(fixture(u"rseichter-postqf__qdata.jsonl"_s));
    QCOMPARE(top.size(), 4);
    QCOMPARE(top.at(0).sender, u"fummo@example.org"_s);
    QCOMPARE(top.at(0).messages, 2);
    QCOMPARE(top.at(0).recipients, 95);
    QCOMPARE(top.at(0).bytes, 2272 * 2);
    QCOMPARE(top.at(0).oldestArrival, 1642847778);
    // ties: by sender
    QCOMPARE(top.at(1).sender, u"dieter.bueschken@example.org"_s);
    QCOMPARE(top.at(2).sender, u"heidschnucke70@example.org"_s);
    QCOMPARE(top.at(3).sender, u"manueldx@example.org"_s);
    QCOMPARE(top.at(3).bytes, 1616544);

    const QList<Postfix::SenderCount> edge = Postfix::topSenders(fixture(u"postdesk__edge-cases.jsonl"_s));
    QCOMPARE(edge.size(), 5);
    bool sawNull = false;
    for (const Postfix::SenderCount &s : edge) {
        if (s.sender == u"MAILER-DAEMON"_s) {
            sawNull = true;
            QCOMPARE(s.recipients, 0);
            QCOMPARE(s.oldestArrival, 1700000000);
        }
    }
    QVERIFY(sawNull);
}

void TestQueueShape::topSendersLimitAndTies()
{
    QList<QueuedMessage> ms;
    for (int i = 0; i < 3; ++i)
        ms << message(100 + i, u"spam@hacked.example"_s, {u"a@x.example"_s, u"b@y.example"_s});
    ms << message(50, u"b@x.example"_s, {u"a@x.example"_s}) << message(0, u"a@x.example"_s, {u"a@x.example"_s})
       << message(70, u""_s, {u"a@x.example"_s});
    const auto top = Postfix::topSenders(ms, 2);
    QCOMPARE(top.size(), 2);
    QCOMPARE(top.at(0).sender, u"spam@hacked.example"_s);
    QCOMPARE(top.at(0).messages, 3);
    QCOMPARE(top.at(0).recipients, 6);
    QCOMPARE(top.at(0).oldestArrival, 100);
    QCOMPARE(top.at(1).sender, u"MAILER-DAEMON"_s); // "M" sorts before lowercase
    const auto all = Postfix::topSenders(ms, 0);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(2).sender, u"a@x.example"_s);
    QCOMPARE(all.at(2).oldestArrival, 0); // arrival unknown
}

void TestQueueShape::speed()
{
    // 100 000 messages, 183 334 recipients over 3 001 domains: must stay well under a second.
    const qint64 now = 1800000000;
    QList<QueuedMessage> ms;
    ms.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        QStringList rcpts{u"user%1@dom%2.example"_s.arg(i).arg(i % 2000)};
        if (i % 2)
            rcpts << u"other%1@Dom%2.example"_s.arg(i).arg(i % 1000);
        if (i % 3 == 0)
            rcpts << u"x@mail.example"_s;
        ms << message(now - (i * 37) % 200000, u"sender%1@s%2.example"_s.arg(i % 50).arg(i % 7), rcpts);
    }
    QElapsedTimer timer;
    timer.start();
    const QueueShape shape = Postfix::computeQueueShape(ms, now);
    const qint64 recipientMs = timer.restart();
    QueueShapeOptions bySender;
    bySender.by = By::SenderDomain;
    const QueueShape senders = Postfix::computeQueueShape(ms, now, bySender);
    const qint64 senderMs = timer.restart();
    const auto top = Postfix::topSenders(ms);
    const qint64 topMs = timer.elapsed();
    qInfo("100k messages, %lld recipients: recipient shape %lld ms, sender shape %lld ms, "
          "top senders %lld ms",
          shape.totals.total, recipientMs, senderMs, topMs);
    QCOMPARE(shape.totals.total, 100000 + 50000 + 33334);
    QCOMPARE(senders.totals.total, 100000);
    QCOMPARE(top.size(), 20);
    // Generous against a loaded shared machine; the measured numbers are in the log above.
    QVERIFY2(recipientMs < 3000, "the recipient shape took longer than 3 s");
}

QTEST_GUILESS_MAIN(TestQueueShape)
#include "tst_queueshape.moc"
