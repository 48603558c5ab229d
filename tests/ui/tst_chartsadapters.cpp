// The counting behind the charts (Ui::ChartAdapters, QueueSizeHistory, the count axis) on
// fixture values: no widgets, no clock.
#include "charts/chartadapters.h"
#include "charts/chartaxes.h"
#include "charts/queuesizehistory.h"
#include "diagnosis/reasonclassifier.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Diagnosis::ReasonClass;
using namespace Ui;

namespace {

Postfix::QueuedMessage message(const QString &id, const QStringList &reasons)
{
    Postfix::QueuedMessage m;
    m.queueId = id;
    m.queueName = Postfix::QueueName::Deferred;
    m.sender = u"a@example.org"_s;
    for (const QString &reason : reasons) {
        Postfix::Recipient r;
        r.address = u"user@example.net"_s;
        r.delayReason = reason;
        m.recipients << r;
    }
    return m;
}

Services::LogHour hour(qint64 startMs, qint64 sent, qint64 deferred, qint64 bounced = 0,
                       qint64 rejected = 0)
{
    Services::LogHour h;
    h.hourStartMs = startMs;
    h.sent = sent;
    h.deferred = deferred;
    h.bounced = bounced;
    h.rejected = rejected;
    return h;
}

constexpr qint64 kHourMs = 3600'000;
constexpr qint64 kStart = 1'763'884'800'000; // 2025-11-23 08:00:00 UTC

} // namespace

class TestChartAdapters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsReasonClassesPerRecipient();
    void reasonBarsInDisplayOrderWithTitles();
    void reasonBarsEmpty();
    void topDomainsFromShape();
    void ageHistogramUsesQshapeBuckets();
    void deliveryPerHourStacked();
    void deliveryPerHourMergesLongWindows();
    void deliveryPerHourInServerOffset();
    void queueSizeHistoryLines();
    void historyKeepsOrderAndCap();
    void countScale_data();
    void countScale();
};

void TestChartAdapters::countsReasonClassesPerRecipient()
{
    const QList<Postfix::QueuedMessage> messages = {
        message(u"A1"_s, {u"connect to mx.example.net[192.0.2.1]:25: Connection refused"_s,
                          u"connect to mx.example.net[192.0.2.1]:25: Connection timed out"_s}),
        message(u"B2"_s, {u"host mx.example.net[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)"_s}),
        message(u"C3"_s, {QString()}), // no reason yet: not counted
    };
    const ChartAdapters::ClassCounts counts =
        ChartAdapters::countReasonClasses(messages, Diagnosis::ReasonClassifier::instance());
    qint64 sum = 0;
    for (qint64 n : counts)
        sum += n;
    QCOMPARE(sum, 3);
    QCOMPARE(counts[std::size_t(ReasonClass::Network)], 2);
    QCOMPARE(counts[std::size_t(ReasonClass::MailboxFull)], 1);
}

void TestChartAdapters::reasonBarsInDisplayOrderWithTitles()
{
    ChartAdapters::ClassCounts counts{};
    counts[std::size_t(ReasonClass::Other)] = 4;
    counts[std::size_t(ReasonClass::Network)] = 7;
    counts[std::size_t(ReasonClass::Tls)] = 1;
    const BarChartData data = ChartAdapters::reasonsByClass(counts);
    QVERIFY(data.horizontal);
    QCOMPARE(data.categories,
             (QStringList{Diagnosis::reasonClassInfo(ReasonClass::Network).title,
                          Diagnosis::reasonClassInfo(ReasonClass::Tls).title,
                          Diagnosis::reasonClassInfo(ReasonClass::Other).title}));
    QCOMPARE(data.sets.size(), 1);
    QCOMPARE(data.sets.first().values, (QList<qreal>{7, 1, 4}));
    QVERIFY(!data.isEmpty());
    QCOMPARE(data.maxStackOrValue(), 7.0);
}

void TestChartAdapters::reasonBarsEmpty()
{
    const BarChartData data = ChartAdapters::reasonsByClass({});
    QVERIFY(data.isEmpty());
    QVERIFY(data.categories.isEmpty());
    QVERIFY(!data.emptyText.isEmpty());
}

void TestChartAdapters::topDomainsFromShape()
{
    Postfix::QueueShape shape;
    shape.rows = {{u"gmail.example"_s, 12, {}}, {u"fullbox.example"_s, 5, {}},
                  {u"(other)"_s, 3, {}}};
    const BarChartData data = ChartAdapters::topDomains(shape);
    QCOMPARE(data.categories,
             (QStringList{u"gmail.example"_s, u"fullbox.example"_s, u"other domains"_s}));
    QCOMPARE(data.sets.first().values, (QList<qreal>{12, 5, 3}));
}

void TestChartAdapters::ageHistogramUsesQshapeBuckets()
{
    Postfix::QueueShape shape; // default qshape buckets: 5 10 20 … 1280
    shape.totals.domain = u"TOTAL"_s;
    shape.totals.buckets = {1, 0, 2, 0, 0, 0, 0, 0, 3, 9};
    shape.totals.total = 15;
    const BarChartData data = ChartAdapters::ageHistogram(shape);
    QCOMPARE(data.categories.size(), 10);
    QCOMPARE(data.categories.first(), u"0–5"_s);
    QCOMPARE(data.categories.at(1), u"5–10"_s);
    QCOMPARE(data.categories.last(), u"1280+"_s);
    QCOMPARE(data.sets.first().values, (QList<qreal>{1, 0, 2, 0, 0, 0, 0, 0, 3, 9}));
    QVERIFY(data.horizontal);
}

void TestChartAdapters::deliveryPerHourStacked()
{
    const QList<Services::LogHour> hours = {hour(kStart, 10, 2, 1, 4), hour(kStart + kHourMs, 0, 0),
                                            hour(kStart + 2 * kHourMs, 5, 3)};
    const BarChartData data = ChartAdapters::deliveryPerHour(hours, 0);
    QVERIFY(data.stacked);
    QCOMPARE(data.categories.size(), 3);
    QCOMPARE(data.categories.first(), u"2025-11-23 08:00–09:00"_s);
    QCOMPARE(data.sets.size(), 4); // no expired anywhere: no fifth set
    QCOMPARE(data.sets.at(0).name, u"sent"_s);
    QCOMPARE(data.sets.at(0).values, (QList<qreal>{10, 0, 5}));
    QCOMPARE(data.sets.at(1).values, (QList<qreal>{2, 0, 3}));
    QCOMPARE(data.sets.at(2).values, (QList<qreal>{1, 0, 0}));
    QCOMPARE(data.sets.at(3).values, (QList<qreal>{4, 0, 0}));
    QCOMPARE(data.total(0), 17.0);
    QCOMPARE(data.maxStackOrValue(), 17.0);
    QCOMPARE(data.axisLabels.first(), u"Nov 23 08:00"_s);
    QCOMPARE(data.axisLabels.at(1), u"09:00"_s);
}

void TestChartAdapters::deliveryPerHourMergesLongWindows()
{
    QList<Services::LogHour> hours;
    qint64 sent = 0;
    for (int h = 0; h < 168; ++h) { // a week
        hours << hour(kStart + h * kHourMs, h % 5, 1);
        sent += h % 5;
    }
    const BarChartData data = ChartAdapters::deliveryPerHour(hours, 0, 48);
    QCOMPARE(data.categories.size(), 42); // 4-hour bars
    qreal merged = 0;
    for (qreal v : data.sets.at(0).values)
        merged += v;
    QCOMPARE(qint64(merged), sent);
    QCOMPARE(data.sets.at(1).values.first(), 4.0);
    int labelled = 0;
    for (const QString &label : data.axisLabels)
        labelled += label.isEmpty() ? 0 : 1;
    QVERIFY2(labelled <= 12 && labelled >= 6, qPrintable(QString::number(labelled)));
    QCOMPARE(data.axisLabels.size(), data.categories.size());
}

void TestChartAdapters::deliveryPerHourInServerOffset()
{
    const BarChartData data = ChartAdapters::deliveryPerHour({hour(kStart, 1, 0)}, 3600);
    QCOMPARE(data.categories.first(), u"2025-11-23 09:00–10:00"_s);
    QVERIFY(ChartAdapters::deliveryPerHour({}, 0).isEmpty());
}

void TestChartAdapters::queueSizeHistoryLines()
{
    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(kStart, QTimeZone::utc());
    const LineChartData data = ChartAdapters::queueSizeHistory(
        {{t0, 43, 40}, {t0.addSecs(60), 45, 41}});
    QCOMPARE(data.series.size(), 2);
    QCOMPARE(data.series.at(0).points.size(), 2);
    QCOMPARE(data.series.at(0).points.at(1).timeMs, kStart + 60'000);
    QCOMPARE(data.series.at(0).points.at(1).value, 45.0);
    QCOMPARE(data.series.at(1).points.at(0).value, 40.0);
    QVERIFY(ChartAdapters::queueSizeHistory({}).isEmpty());
}

void TestChartAdapters::historyKeepsOrderAndCap()
{
    QueueSizeHistory history(3);
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(kStart, QTimeZone::utc());
    history.record(a, {t0.addSecs(10), 2, 1});
    history.record(a, {t0, 1, 1}); // out of order: sorted in
    history.record(b, {t0, 9, 9});
    QCOMPARE(history.samples(a).size(), 2);
    QCOMPARE(history.samples(a).first().total, 1);
    history.record(a, {t0.addSecs(20), 3, 1});
    history.record(a, {t0.addSecs(30), 4, 1});
    QCOMPARE(history.samples(a).size(), 3); // the oldest went
    QCOMPARE(history.samples(a).first().total, 2);
    QCOMPARE(history.samples(b).size(), 1);
    history.forget(b);
    QVERIFY(history.samples(b).isEmpty());
}

void TestChartAdapters::countScale_data()
{
    QTest::addColumn<qreal>("max");
    QTest::addColumn<qreal>("top");
    QTest::addColumn<qreal>("step");
    QTest::newRow("zero") << 0.0 << 1.0 << 1.0;
    QTest::newRow("one") << 1.0 << 1.0 << 1.0;
    QTest::newRow("three") << 3.0 << 3.0 << 1.0;
    QTest::newRow("seventeen") << 17.0 << 20.0 << 5.0;
    QTest::newRow("thousands") << 1234.0 << 1500.0 << 500.0;
}

void TestChartAdapters::countScale()
{
    QFETCH(qreal, max);
    QFETCH(qreal, top);
    QFETCH(qreal, step);
    const ChartAxes::CountScale scale = ChartAxes::countScale(max);
    QCOMPARE(scale.top, top);
    QCOMPARE(scale.step, step);
}

QTEST_MAIN(TestChartAdapters)
#include "tst_chartsadapters.moc"
