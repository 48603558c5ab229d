// The chart widgets offscreen: they render in a light and a dark palette, say in words when there
// is nothing to draw, show exact numbers in their tooltips, and export a PNG through the
// ChartWidget::setNextExportFileName() seam. Also the Charts page fed with a small queue.
#include "charts/barchartwidget.h"
#include "charts/chartadapters.h"
#include "charts/chartspage.h"
#include "charts/timelinechartwidget.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Ui;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    return p;
}

BarChartData deliveries()
{
    QList<Services::LogHour> hours;
    for (int h = 0; h < 30; ++h) {
        Services::LogHour hour;
        hour.hourStartMs = 1'763'884'800'000 + h * 3600'000LL;
        hour.sent = 10 + h;
        hour.deferred = h % 4;
        hour.rejected = h % 3 == 0 ? 2 : 0;
        hours << hour;
    }
    return ChartAdapters::deliveryPerHour(hours, 0);
}

// Mean luminance of an image: dark backgrounds are dark.
double meanLightness(const QImage &image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            sum += QColor(image.pixel(x, y)).lightnessF();
            ++n;
        }
    }
    return n ? sum / n : 0;
}

Postfix::QueuedMessage queued(const QString &id, const QString &to, const QString &reason, qint64 arrival)
{
    Postfix::QueuedMessage m;
    m.queueId = id;
    m.queueName = Postfix::QueueName::Deferred;
    m.arrivalTime = arrival;
    m.sender = u"shop@example.org"_s;
    m.recipients << Postfix::Recipient{to, {}, reason, {}};
    return m;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barChartRendersInBothPalettes_data();
    void barChartRendersInBothPalettes();
    void emptyStateInWords();
    void tooltipsShowExactNumbers();
    void exportWritesPng();
    void lineChartWithOneSample();
    void chartsPageFromQueue();
};

void TestCharts::barChartRendersInBothPalettes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestCharts::barChartRendersInBothPalettes()
{
    QFETCH(bool, dark);
    BarChartWidget chart(u"Deliveries per hour"_s);
    if (dark)
        chart.setPalette(darkPalette());
    chart.resize(640, 360);
    chart.setData(deliveries());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.isDarkTheme(), dark);
    QVERIFY(!chart.isShowingEmptyState());
    const QImage image = chart.grab().toImage();
    QVERIFY(!image.isNull());
    const double lightness = meanLightness(image);
    QVERIFY2(dark ? lightness < 0.4 : lightness > 0.6, qPrintable(QString::number(lightness)));
    // Axis labels take the palette's text color, so they read on either background.
    const QList<QAbstractAxis *> axes = chart.chart()->axes();
    QVERIFY(!axes.isEmpty());
    for (QAbstractAxis *axis : axes)
        QCOMPARE(axis->labelsColor(), chart.palette().color(QPalette::Text));

    // Switching the palette while shown re-themes and keeps the data.
    chart.setPalette(dark ? QPalette(QColor(0xf0, 0xf0, 0xf0)) : darkPalette());
    QCOMPARE(chart.isDarkTheme(), !dark);
    QCOMPARE(chart.chart()->series().size(), 1);
    for (QAbstractAxis *axis : chart.chart()->axes())
        QCOMPARE(axis->labelsColor(), chart.palette().color(QPalette::Text));
}

void TestCharts::emptyStateInWords()
{
    BarChartWidget chart(u"Stuck recipients by reason"_s);
    chart.setData(ChartAdapters::reasonsByClass({}));
    QVERIFY(chart.isShowingEmptyState());
    QVERIFY(chart.emptyText().contains(u"nothing is stuck"_s));
    chart.clear(u"The queue has not been loaded yet."_s);
    QCOMPARE(chart.emptyText(), u"The queue has not been loaded yet."_s);
    TimeLineChartWidget line(u"Queue size"_s);
    line.setData(ChartAdapters::queueSizeHistory({}));
    QVERIFY(line.isShowingEmptyState());
    QVERIFY(line.emptyText().contains(u"refresh"_s));
}

void TestCharts::tooltipsShowExactNumbers()
{
    BarChartWidget chart(u"Deliveries"_s);
    chart.setData(deliveries());
    const QString tip = chart.toolTipText(3); // 11:00: sent 13, deferred 3, rejected 2
    QVERIFY2(tip.contains(u"sent: 13"_s), qPrintable(tip));
    QVERIFY(tip.contains(u"deferred: 3"_s));
    QVERIFY(tip.contains(u"rejected: 2"_s));
    QVERIFY(tip.contains(u"total: 18"_s));
    QVERIFY(tip.startsWith(u"2025-11-23 11:00"_s));

    ChartAdapters::ClassCounts counts{};
    counts[std::size_t(Diagnosis::ReasonClass::Network)] = 1234;
    BarChartWidget reasons(u"Reasons"_s);
    reasons.setData(ChartAdapters::reasonsByClass(counts));
    QCOMPARE(reasons.toolTipText(0), Diagnosis::reasonClassInfo(Diagnosis::ReasonClass::Network).title
                                         + u": "_s + QLocale().toString(1234) + u" recipients"_s);

    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'763'884'800);
    TimeLineChartWidget line(u"Queue size"_s);
    line.setData(ChartAdapters::queueSizeHistory({{t0, 43, 40}, {t0.addSecs(300), 47, 44}}));
    const QString lineTip = line.toolTipText(t0.addSecs(250).toMSecsSinceEpoch());
    QVERIFY2(lineTip.contains(u"total: 47"_s) && lineTip.contains(u"deferred: 44"_s), qPrintable(lineTip));
}

void TestCharts::exportWritesPng()
{
    QTemporaryDir dir;
    BarChartWidget chart(u"Deliveries"_s);
    chart.resize(500, 300);
    chart.setData(deliveries());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy exported(&chart, &ChartWidget::exported);
    const QString file = dir.filePath(u"deliveries.png"_s);
    ChartWidget::setNextExportFileName(file);
    auto *button = chart.findChild<QToolButton *>(u"chartExportButton"_s);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(exported.wait());
    QCOMPARE(exported.first().at(0).toString(), file);
    QVERIFY(exported.first().at(1).toBool());
    QImage image;
    QVERIFY(image.load(file, "PNG"));
    QVERIFY(image.width() >= 400 && image.height() >= 200);
    QVERIFY(!chart.exportPng(dir.filePath(u"missing-dir/x.png"_s)));
}

void TestCharts::lineChartWithOneSample()
{
    TimeLineChartWidget line(u"Queue size"_s);
    line.resize(400, 260);
    line.setPalette(darkPalette());
    line.setData(ChartAdapters::queueSizeHistory({{QDateTime::currentDateTimeUtc(), 5, 2}}));
    line.show();
    QVERIFY(QTest::qWaitForWindowExposed(&line));
    QVERIFY(!line.isShowingEmptyState());
    QCOMPARE(line.chart()->series().size(), 2);
    QVERIFY(!line.grab().toImage().isNull());
}

void TestCharts::chartsPageFromQueue()
{
    ChartsPage page;
    page.resize(1100, 600);
    QVERIFY(page.reasonsChart()->isShowingEmptyState());
    QVERIFY(page.deliveryChart()->emptyText().contains(u"Log tab"_s));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'763'884'800, QTimeZone::utc());
    const qint64 t = now.toSecsSinceEpoch();
    page.setQueue({queued(u"A1"_s, u"a@gmail.example"_s,
                          u"connect to mx.gmail.example[192.0.2.1]:25: Connection refused"_s, t - 120),
                   queued(u"B2"_s, u"b@gmail.example"_s,
                          u"connect to mx.gmail.example[192.0.2.1]:25: Connection refused"_s, t - 7200),
                   queued(u"C3"_s, u"c@fullbox.example"_s,
                          u"host mx.fullbox.example[192.0.2.2] said: 552 5.2.2 Mailbox full"_s, t - 90000)},
                  now);
    page.show(); // computes on show
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.reasonsChart()->isShowingEmptyState());
    QCOMPARE(page.domainsChart()->data().categories.first(), u"gmail.example"_s);
    QCOMPARE(page.domainsChart()->data().sets.first().values.first(), 2.0);
    const BarChartData ages = page.ageChart()->data();
    QCOMPARE(ages.sets.first().values.first(), 1.0); // 2 minutes old
    QCOMPARE(ages.sets.first().values.last(), 1.0);  // 25 hours old: 1280+
    page.setQueueHistory({{now, 3, 3}});
    QVERIFY(!page.historyChart()->isShowingEmptyState());
    page.clear();
    QVERIFY(page.domainsChart()->isShowingEmptyState());
    QVERIFY(page.historyChart()->isShowingEmptyState());
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
