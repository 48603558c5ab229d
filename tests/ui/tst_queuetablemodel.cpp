// Unit tests of the queue table model and its sort/filter proxy, plus the 100k-row benchmark
// whose numbers go to docs/benchmarks.md ("## GUI table").
#include "diagnosis/reasonclass.h"
#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Qt::StringLiterals;
using Postfix::QueuedMessage;
using Postfix::QueueName;
using Ui::QueueTableModel;

namespace {

const QDateTime kReference = QDateTime::fromSecsSinceEpoch(1'785'400'000, QTimeZone::utc());

QueuedMessage makeMessage(QueueName queue, const QString &id, qint64 ageSeconds, qint64 size,
                          const QString &sender, const QStringList &recipients,
                          const QString &reason = {}, bool forced = false)
{
    QueuedMessage m;
    m.queueName = queue;
    m.queueId = id;
    m.arrivalTime = kReference.toSecsSinceEpoch() - ageSeconds;
    m.messageSize = size;
    m.sender = sender;
    m.forcedExpire = forced;
    for (const QString &r : recipients)
        m.recipients.append(Postfix::Recipient{r, {}, reason, {}});
    return m;
}

QList<QueuedMessage> sample()
{
    return {
        makeMessage(QueueName::Deferred, u"4F2A1B3C9D"_s, 3 * 86400 + 4 * 3600, 9000,
                    u"alice@shop.example"_s, {u"bob@gmail.example"_s, u"carol@web.example"_s},
                    u"connect to mx.gmail.example[192.0.2.1]:25: Connection timed out"_s),
        makeMessage(QueueName::Active, u"1A2B3C4D5E"_s, 40, 100'000, u"MAILER-DAEMON"_s,
                    {u"dave@corp.example"_s}),
        makeMessage(QueueName::Hold, u"9ABCDEF012"_s, 2 * 3600 + 5 * 60, 800,
                    u"spam@bulk.example"_s, {u"eve@corp.example"_s}, u"held by admin"_s, true),
        makeMessage(QueueName::Deferred, u"ABCDEF1234"_s, 20 * 60, 21'000, u"Zed@shop.example"_s,
                    {u"frank@yahoo.example"_s}, u"host mx.yahoo.example said: 421 try later"_s),
    };
}

QList<QueuedMessage> synthetic(int n)
{
    static const QString domains[] = {u"gmail.example"_s, u"yahoo.example"_s, u"corp.example"_s,
                                      u"web.example"_s, u"mail.example"_s};
    static const QString reasons[] = {
        u"connect to mx.example[192.0.2.7]:25: Connection timed out"_s,
        u"host mx.example[192.0.2.8] said: 450 4.7.1 Greylisted, try again later"_s,
        u"Host or domain name not found. Name service error for name=x.example type=MX"_s,
        {}};
    static const QueueName queues[] = {QueueName::Deferred, QueueName::Deferred,
                                       QueueName::Active, QueueName::Hold, QueueName::Incoming};
    QList<QueuedMessage> list;
    list.reserve(n);
    quint32 x = 12345;
    auto next = [&x] { x = x * 1664525u + 1013904223u; return x >> 8; };
    for (int i = 0; i < n; ++i) {
        QueuedMessage m;
        m.queueName = queues[next() % 5];
        m.queueId = QString::number(0x100000000ULL + i * 7919ULL, 16).toUpper();
        m.arrivalTime = kReference.toSecsSinceEpoch() - qint64(next() % (5 * 86400));
        m.messageSize = 300 + qint64(next() % 5'000'000);
        m.sender = u"user%1@%2"_s.arg(next() % 5000).arg(domains[next() % 5]);
        const int rcpts = 1 + int(next() % 3);
        for (int r = 0; r < rcpts; ++r)
            m.recipients.append(Postfix::Recipient{
                u"rcpt%1@%2"_s.arg(next() % 20000).arg(domains[next() % 5]), {},
                reasons[next() % 4], {}});
        list.append(m);
    }
    return list;
}

// CPU time of this (single-threaded) process: on a shared, loaded build machine wall time
// overstates what a user would see, so the benchmark reports both.
qint64 cpuMs()
{
    return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
}

QStringList columnValues(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, col).data(role).toString();
    return out;
}

} // namespace

class TestQueueTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayAndSortRoles_data();
    void displayAndSortRoles();
    void tooltipIsPlainText();
    void batchAppend();
    void resetAndCounts();
    void sortsNumerically_data();
    void sortsNumerically();
    void sortsEveryColumnLikeSortRole();
    void textFilter_data();
    void textFilter();
    void queueFilter();
    void filterAndAppendTogether();
    void classColumn();
    void mixedClassesTooltip();
    void classFilterCombinesWithOthers();
    void classifiesEachReasonOnce();
    void nextRetryAndExpires();
    void retryTimesUnreadable();
    void benchmark100k();
};

void TestQueueTableModel::displayAndSortRoles_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("sort");

    const QueuedMessage &m = sample().constFirst();
    QTest::newRow("queue") << int(QueueTableModel::Queue) << u"deferred"_s << QVariant(u"deferred"_s);
    QTest::newRow("id") << int(QueueTableModel::QueueId) << u"4F2A1B3C9D"_s << QVariant(u"4F2A1B3C9D"_s);
    QTest::newRow("arrival") << int(QueueTableModel::Arrival)
                             << QDateTime::fromSecsSinceEpoch(m.arrivalTime).toLocalTime().toString(
                                    u"yyyy-MM-dd HH:mm:ss"_s)
                             << QVariant(m.arrivalTime);
    QTest::newRow("age") << int(QueueTableModel::Age) << u"3 d 4 h"_s
                         << QVariant(qint64(3 * 86400 + 4 * 3600));
    QTest::newRow("size") << int(QueueTableModel::Size) << u"8.8 KiB"_s << QVariant(qint64(9000));
    QTest::newRow("sender") << int(QueueTableModel::Sender) << u"alice@shop.example"_s
                            << QVariant(u"alice@shop.example"_s);
    QTest::newRow("recipients") << int(QueueTableModel::Recipients)
                                << u"bob@gmail.example +1"_s << QVariant(u"bob@gmail.example"_s);
    QTest::newRow("reason") << int(QueueTableModel::Reason)
                            << u"connect to mx.gmail.example[192.0.2.1]:25: Connection timed out"_s
                            << QVariant(u"connect to mx.gmail.example[192.0.2.1]:25: connection timed out"_s);
    QTest::newRow("flags") << int(QueueTableModel::Flags) << QString() << QVariant(qint64(0));
}

void TestQueueTableModel::displayAndSortRoles()
{
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, sort);

    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReferenceTime(kReference);
    model.setMessages(sample());
    const QModelIndex idx = model.index(0, column);
    QCOMPARE(idx.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(idx.data(QueueTableModel::SortRole), sort);
    QCOMPARE(idx.data(QueueTableModel::QueueIdRole).toString(), u"4F2A1B3C9D"_s);
    QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty(), false);
}

void TestQueueTableModel::tooltipIsPlainText()
{
    QueueTableModel model;
    auto m = makeMessage(QueueName::Deferred, u"AAAAAA"_s, 1, 1, u"x@y"_s,
                         {u"<b>bold</b>@evil.example"_s, u"second@x.example"_s},
                         u"<img src=http://evil.example/x.png>"_s);
    model.setMessages({m});
    const QString tip = model.index(0, QueueTableModel::Reason).data(Qt::ToolTipRole).toString();
    QVERIFY(!tip.contains(u"<img"_s));
    QVERIFY(tip.contains(u"&lt;img"_s));
    QVERIFY(tip.contains(u"second@x.example"_s));
    QCOMPARE(model.index(0, QueueTableModel::Flags).data().toString(), QString());
    model.setMessages(sample());
    QCOMPARE(model.index(2, QueueTableModel::Flags).data().toString(), u"forced expire"_s);
    QCOMPARE(model.index(2, QueueTableModel::Flags).data(QueueTableModel::SortRole), QVariant(qint64(1)));
}

void TestQueueTableModel::batchAppend()
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const auto all = sample();
    model.appendMessages(all.mid(0, 3));
    model.appendMessages({});
    model.appendMessages(all.mid(3));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 3);
    QCOMPARE(inserted.at(1).at(2).toInt(), 3);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOfQueueId(u"ABCDEF1234"_s), 3);
    QCOMPARE(model.rowOfQueueId(u"NOPE"_s), -1);
}

void TestQueueTableModel::resetAndCounts()
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendMessages(sample());
    QCOMPARE(model.count(QueueName::Deferred), 2);
    QCOMPARE(model.count(QueueName::Active), 1);
    QCOMPARE(model.count(QueueName::Hold), 1);
    QCOMPARE(model.count(QueueName::Incoming), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.count(QueueName::Deferred), 0);
    model.setMessages(sample().mid(1, 2));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.count(QueueName::Deferred), 0);
    QCOMPARE(model.count(QueueName::Hold), 1);
}

void TestQueueTableModel::sortsNumerically_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascendingIds");
    // Sizes 9000 < 21000 < 100000 would sort lexically as 100000, 21000, 800, 9000.
    QTest::newRow("size") << int(QueueTableModel::Size)
                          << QStringList{u"9ABCDEF012"_s, u"4F2A1B3C9D"_s, u"ABCDEF1234"_s, u"1A2B3C4D5E"_s};
    QTest::newRow("arrival") << int(QueueTableModel::Arrival)
                             << QStringList{u"4F2A1B3C9D"_s, u"9ABCDEF012"_s, u"ABCDEF1234"_s, u"1A2B3C4D5E"_s};
    QTest::newRow("age") << int(QueueTableModel::Age)
                         << QStringList{u"1A2B3C4D5E"_s, u"ABCDEF1234"_s, u"9ABCDEF012"_s, u"4F2A1B3C9D"_s};
    QTest::newRow("sender case-insensitive") << int(QueueTableModel::Sender)
                          << QStringList{u"4F2A1B3C9D"_s, u"1A2B3C4D5E"_s, u"9ABCDEF012"_s, u"ABCDEF1234"_s};
}

void TestQueueTableModel::sortsNumerically()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascendingIds);
    QueueTableModel model;
    model.setReferenceTime(kReference);
    Ui::QueueFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.appendMessages(sample());
    proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(columnValues(proxy, QueueTableModel::QueueId), ascendingIds);
    proxy.sort(column, Qt::DescendingOrder);
    std::reverse(ascendingIds.begin(), ascendingIds.end());
    QCOMPARE(columnValues(proxy, QueueTableModel::QueueId), ascendingIds);
}

void TestQueueTableModel::sortsEveryColumnLikeSortRole()
{
    // The proxy's fast comparison must agree with the sort role for every column.
    QueueTableModel model;
    model.setReferenceTime(kReference);
    model.setMessages(synthetic(500));
    Ui::QueueFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    for (int c = 0; c < QueueTableModel::ColumnCount; ++c) {
        proxy.sort(c, Qt::AscendingOrder);
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const QVariant a = proxy.index(r - 1, c).data(QueueTableModel::SortRole);
            const QVariant b = proxy.index(r, c).data(QueueTableModel::SortRole);
            const bool bad = a.typeId() == QMetaType::QString
                ? a.toString().compare(b.toString(), Qt::CaseInsensitive) > 0
                : a.toLongLong() > b.toLongLong();
            if (bad)
                QFAIL(qPrintable(u"column %1 row %2: %3 > %4"_s.arg(c).arg(r).arg(a.toString(), b.toString())));
        }
    }
}

void TestQueueTableModel::textFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("sender") << u"ALICE"_s << QStringList{u"4F2A1B3C9D"_s};
    QTest::newRow("second recipient") << u"carol@"_s << QStringList{u"4F2A1B3C9D"_s};
    QTest::newRow("domain") << u"corp.example"_s << QStringList{u"1A2B3C4D5E"_s, u"9ABCDEF012"_s};
    QTest::newRow("reason") << u"try later"_s << QStringList{u"ABCDEF1234"_s};
    QTest::newRow("spaces trimmed") << u"  held by "_s << QStringList{u"9ABCDEF012"_s};
    QTest::newRow("none") << u"nothing-like-this"_s << QStringList{};
    QTest::newRow("empty = all") << QString() << QStringList{u"4F2A1B3C9D"_s, u"1A2B3C4D5E"_s,
                                                            u"9ABCDEF012"_s, u"ABCDEF1234"_s};
}

void TestQueueTableModel::textFilter()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, ids);
    QueueTableModel model;
    Ui::QueueFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setMessages(sample());
    proxy.setTextFilter(filter);
    QCOMPARE(columnValues(proxy, QueueTableModel::QueueId), ids);
}

void TestQueueTableModel::queueFilter()
{
    QueueTableModel model;
    Ui::QueueFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setMessages(sample());
    proxy.setQueueFilter(QueueName::Deferred);
    QCOMPARE(columnValues(proxy, QueueTableModel::QueueId), (QStringList{u"4F2A1B3C9D"_s, u"ABCDEF1234"_s}));
    proxy.setTextFilter(u"yahoo"_s);
    QCOMPARE(columnValues(proxy, QueueTableModel::QueueId), QStringList{u"ABCDEF1234"_s});
    proxy.setQueueFilter(QueueName::Incoming);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setQueueFilter(std::nullopt);
    proxy.setTextFilter({});
    QCOMPARE(proxy.rowCount(), 4);
}

void TestQueueTableModel::filterAndAppendTogether()
{
    QueueTableModel model;
    Ui::QueueFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setTextFilter(u"example"_s);
    proxy.sort(QueueTableModel::Size, Qt::DescendingOrder);
    const auto all = synthetic(300);
    for (int i = 0; i < all.size(); i += 64)
        model.appendMessages(all.mid(i, 64));
    QCOMPARE(proxy.rowCount(), 300);
    for (int r = 1; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r - 1, QueueTableModel::Size).data(QueueTableModel::SortRole).toLongLong()
                >= proxy.index(r, QueueTableModel::Size).data(QueueTableModel::SortRole).toLongLong());
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestQueueTableModel::classColumn()
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessages(sample());
    const int network = int(Diagnosis::ReasonClass::Network);
    QCOMPARE(model.index(0, QueueTableModel::Class).data(QueueTableModel::ClassRole).toInt(), network);
    QCOMPARE(model.index(0, QueueTableModel::Class).data().toString(),
             Diagnosis::reasonClassInfo(Diagnosis::ReasonClass::Network).title);
    QCOMPARE(model.index(0, QueueTableModel::Class).data(QueueTableModel::SortRole), QVariant(qint64(network)));
    // No reason (active, never failed): empty cell, sorted after every class.
    QCOMPARE(model.index(1, QueueTableModel::Class).data().toString(), QString());
    QCOMPARE(model.index(1, QueueTableModel::Class).data(QueueTableModel::ClassRole).toInt(), -1);
    QCOMPARE(model.index(1, QueueTableModel::Class).data(QueueTableModel::SortRole),
             QVariant(qint64(Diagnosis::reasonClassCount)));
    QCOMPARE(model.messageClass(3), int(Diagnosis::ReasonClass::Throttling)); // "421 try later"
}

void TestQueueTableModel::mixedClassesTooltip()
{
    // Two recipients stuck on DNS, one on a refused connection: the message shows DNS, the
    // tooltip names both classes, the rule that matched and what to do.
    QueuedMessage m = makeMessage(QueueName::Deferred, u"MIXED00001"_s, 600, 1000, u"a@shop.example"_s,
                                  {u"x@nx.example"_s, u"y@nx.example"_s},
                                  u"Host or domain name not found. Name service error for name=nx.example type=MX: Host not found, try again"_s);
    m.recipients.append(Postfix::Recipient{u"z@down.example"_s, {},
                                           u"connect to mx.down.example[192.0.2.9]:25: Connection refused"_s, {}});
    m.recipients.append(Postfix::Recipient{u"done@ok.example"_s, {}, {}, {}}); // no reason: not counted
    QueueTableModel model;
    model.setMessages({m});
    QCOMPARE(model.messageClass(0), int(Diagnosis::ReasonClass::Dns));
    const QString tip = model.index(0, QueueTableModel::Class).data(Qt::ToolTipRole).toString();
    const auto dns = Diagnosis::reasonClassInfo(Diagnosis::ReasonClass::Dns);
    const auto net = Diagnosis::reasonClassInfo(Diagnosis::ReasonClass::Network);
    QVERIFY2(tip.contains(dns.title.toHtmlEscaped()) && tip.contains(net.title.toHtmlEscaped()), qPrintable(tip));
    QVERIFY2(tip.contains(u"Rule:"_s), qPrintable(tip));
    QVERIFY2(tip.contains(dns.fixHint.left(20).toHtmlEscaped()), qPrintable(tip));
    QVERIFY2(tip.contains(u"2 recipient"_s), qPrintable(tip));

    // The Reason column shows a reason of the row's class, even when another one comes first.
    m.recipients.move(2, 0);
    model.setMessages({m});
    QCOMPARE(model.messageClass(0), int(Diagnosis::ReasonClass::Dns));
    QVERIFY(model.index(0, QueueTableModel::Reason).data().toString().startsWith(u"Host or domain name not found"_s));
    QVERIFY(model.index(0, QueueTableModel::Reason).data(QueueTableModel::SortRole).toString().startsWith(u"host or domain"_s));
}

void TestQueueTableModel::classFilterCombinesWithOthers()
{
    QueueTableModel model;
    Ui::QueueFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setMessages(sample());
    proxy.setClassFilter(int(Diagnosis::ReasonClass::Network));
    QCOMPARE(columnValues(proxy, QueueTableModel::QueueId), QStringList{u"4F2A1B3C9D"_s});
    proxy.setClassFilter(-1); // no reason yet
    QCOMPARE(columnValues(proxy, QueueTableModel::QueueId), QStringList{u"1A2B3C4D5E"_s});
    proxy.setClassFilter(int(Diagnosis::ReasonClass::Throttling));
    proxy.setQueueFilter(QueueName::Hold);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setQueueFilter(QueueName::Deferred);
    QCOMPARE(columnValues(proxy, QueueTableModel::QueueId), QStringList{u"ABCDEF1234"_s});
    proxy.setTextFilter(u"alice"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setClassFilter(std::nullopt);
    QCOMPARE(columnValues(proxy, QueueTableModel::QueueId), QStringList{u"4F2A1B3C9D"_s});
}

void TestQueueTableModel::classifiesEachReasonOnce()
{
    QueueTableModel model;
    model.setMessages(synthetic(2000));
    // synthetic() uses three distinct reason texts (and "no reason").
    QCOMPARE(model.classifier().cacheSize(), 3);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.messageClass(r) >= -1 && model.messageClass(r) < Diagnosis::reasonClassCount);
}

void TestQueueTableModel::nextRetryAndExpires()
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReferenceTime(kReference);
    model.setMessages(sample());
    const auto text = [&model](int row, int col) { return model.index(row, col).data().toString(); };
    // Before the times are read: deferred mail waits for them; the other states are known.
    QCOMPARE(text(0, QueueTableModel::NextRetry), u"…"_s);
    QCOMPARE(text(1, QueueTableModel::NextRetry), u"in progress"_s);
    QCOMPARE(text(2, QueueTableModel::NextRetry), u"on hold"_s);
    QCOMPARE(text(2, QueueTableModel::Expires), u"frozen while on hold"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Services::QueueTimes times;
    times.retryKnown = true;
    times.lifetimes.maximalSeconds = 5 * 86400;
    times.lifetimes.bounceSeconds = 86400;
    times.lifetimes.fromServer = true;
    const qint64 now = kReference.toSecsSinceEpoch();
    times.nextRetry.insert(u"4F2A1B3C9D"_s, now + 4 * 60 + 10);
    times.nextRetry.insert(u"ABCDEF1234"_s, now - 30); // due: eligible since 30 s
    model.setQueueTimes(times);
    QVERIFY(changed.count() >= 1);
    QVERIFY(model.hasQueueTimes());
    QCOMPARE(text(0, QueueTableModel::NextRetry), u"in 4 min"_s);
    QCOMPARE(text(3, QueueTableModel::NextRetry), u"due now"_s);
    QVERIFY(model.index(0, QueueTableModel::NextRetry).data(Qt::ToolTipRole).toString().contains(
        QDateTime::fromSecsSinceEpoch(now + 250).toLocalTime().toString(u"HH:mm:ss"_s)));
    QCOMPARE(model.index(0, QueueTableModel::NextRetry).data(QueueTableModel::SortRole),
             QVariant(now + 250));

    const qint64 arrival = sample().at(0).arrivalTime;
    QCOMPARE(model.index(0, QueueTableModel::Expires).data(QueueTableModel::SortRole),
             QVariant(arrival + 5 * 86400));
    QCOMPARE(text(0, QueueTableModel::Expires),
             QLocale().toString(QDateTime::fromSecsSinceEpoch(arrival + 5 * 86400).toLocalTime(), u"d MMM HH:mm"_s));
    const QString expTip = model.index(0, QueueTableModel::Expires).data(Qt::ToolTipRole).toString();
    QVERIFY2(expTip.contains(u"maximal_queue_lifetime"_s) && expTip.contains(u"in 1 d 20 h"_s), qPrintable(expTip));
    // MAILER-DAEMON mail lives bounce_queue_lifetime.
    QCOMPARE(model.index(1, QueueTableModel::Expires).data(QueueTableModel::SortRole),
             QVariant(sample().at(1).arrivalTime + 86400));

    // Sorting Next retry: in progress, then the times, then hold last.
    Ui::QueueFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(QueueTableModel::NextRetry, Qt::AscendingOrder);
    QCOMPARE(columnValues(proxy, QueueTableModel::QueueId),
             (QStringList{u"1A2B3C4D5E"_s, u"ABCDEF1234"_s, u"4F2A1B3C9D"_s, u"9ABCDEF012"_s}));
    proxy.sort(QueueTableModel::Expires, Qt::AscendingOrder);
    QCOMPARE(columnValues(proxy, QueueTableModel::QueueId).constLast(), u"9ABCDEF012"_s); // frozen

    // A new load forgets the old times.
    model.clear();
    QVERIFY(!model.hasQueueTimes());
}

void TestQueueTableModel::retryTimesUnreadable()
{
    QueueTableModel model;
    model.setReferenceTime(kReference);
    model.setMessages(sample());
    Services::QueueTimes times;
    times.permissionDenied = true;
    times.error = u"permission denied"_s;
    model.setQueueTimes(times);
    QCOMPARE(model.index(0, QueueTableModel::NextRetry).data().toString(), u"unknown (needs root or postfix)"_s);
    QVERIFY(model.index(0, QueueTableModel::NextRetry).data(Qt::ToolTipRole).toString().contains(u"root"_s));
    // Expires still works from the (default) lifetimes, and says they are assumed.
    QVERIFY(model.index(0, QueueTableModel::Expires).data(Qt::ToolTipRole).toString().contains(u"default"_s));
    // Not denied, just not readable (the command failed): "unknown", the reason in the tooltip.
    times.permissionDenied = false;
    times.error = u"find: exit 127"_s;
    model.setQueueTimes(times);
    QCOMPARE(model.index(0, QueueTableModel::NextRetry).data().toString(), u"unknown"_s);
    QVERIFY(model.index(0, QueueTableModel::NextRetry).data(Qt::ToolTipRole).toString().contains(u"exit 127"_s));
}

void TestQueueTableModel::benchmark100k()
{
    const int n = qEnvironmentVariableIntValue("POSTDESK_BENCH_ROWS") > 0
        ? qEnvironmentVariableIntValue("POSTDESK_BENCH_ROWS") : 100'000;
    const auto all = synthetic(n);
    QueueTableModel model;
    model.setReferenceTime(kReference);
    Ui::QueueFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(QueueTableModel::Arrival, Qt::AscendingOrder);

    // As QueuePage loads: dynamic sorting off while batches arrive (rows are appended to the
    // proxy unsorted), one sort when the load finishes.
    QElapsedTimer t;
    t.start();
    const qint64 loadCpu0 = cpuMs();
    proxy.setDynamicSortFilter(false);
    for (int i = 0; i < all.size(); i += 2000) // QueueLoader-sized batches
        model.appendMessages(all.mid(i, 2000));
    const qint64 appendMs = t.elapsed();
    t.restart();
    proxy.setDynamicSortFilter(true);
    const qint64 finalSortMs = t.elapsed();
    const qint64 loadMs = appendMs + finalSortMs;
    QCOMPARE(proxy.rowCount(), n);
    for (int r = 1; r < 1000; ++r)
        QVERIFY(proxy.index(r - 1, QueueTableModel::Arrival).data(QueueTableModel::SortRole).toLongLong()
                <= proxy.index(r, QueueTableModel::Arrival).data(QueueTableModel::SortRole).toLongLong());
    qInfo().noquote() << u"rows=%1 append in batches of 2000: %2 ms, final sort by arrival: %3 ms (wall); %4 ms cpu"_s
                             .arg(n).arg(appendMs).arg(finalSortMs).arg(cpuMs() - loadCpu0);

    qint64 worst = 0;
    for (int c = 0; c < QueueTableModel::ColumnCount; ++c) {
        t.restart();
        const qint64 cpu0 = cpuMs();
        proxy.sort(c, Qt::AscendingOrder);
        const qint64 ms = t.elapsed();
        worst = qMax(worst, ms);
        qInfo().noquote() << u"sort %1: %2 ms wall, %3 ms cpu"_s
                                 .arg(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString())
                                 .arg(ms).arg(cpuMs() - cpu0);
    }
    t.restart();
    qint64 cpu0 = cpuMs();
    proxy.setTextFilter(u"greylisted"_s);
    const qint64 filterMs = t.elapsed();
    const qint64 filterCpu = cpuMs() - cpu0;
    const int matched = proxy.rowCount();
    t.restart();
    proxy.setQueueFilter(QueueName::Deferred);
    const qint64 queueMs = t.elapsed();
    t.restart();
    proxy.setTextFilter({});
    proxy.setQueueFilter(std::nullopt);
    const qint64 clearMs = t.elapsed();
    qInfo().noquote() << u"filter \"greylisted\": %1 ms wall, %2 ms cpu (%3 rows); + queue=deferred: %4 ms; clear: %5 ms"_s
                             .arg(filterMs).arg(filterCpu).arg(matched).arg(queueMs).arg(clearMs);
    QVERIFY(matched > 0 && matched < n);
    // Generous bounds: catch an accidental O(n^2), not a slow CI machine.
    QVERIFY2(loadMs < 10'000, "appending 100k rows took too long");
    QVERIFY2(worst < 10'000, "sorting 100k rows took too long");
}

QTEST_MAIN(TestQueueTableModel)
#include "tst_queuetablemodel.moc"
