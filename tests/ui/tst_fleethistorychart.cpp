// The fleet history chart under the dashboard: a file-backed history is read on a worker thread
// (the chart follows when the answer arrives, superseded answers are dropped, a chart destroyed
// meanwhile is not touched), an in-memory one at once; one server's week is thinned to a point per
// bucket; all servers are summed per bucket.
#include "charts/fleethistorychart.h"

#include "fleet/historystore.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Postfix::QueueName;

namespace {

Fleet::PollSummary summary(const QUuid &server, const QDateTime &at, qint64 deferred)
{
    Fleet::PollSummary s;
    s.server = server;
    s.takenAt = at;
    s.perQueue[std::size_t(QueueName::Deferred)] = deferred;
    s.total = deferred + 20;
    return s;
}

const QDateTime kNow = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

} // namespace

class tst_FleetHistoryChart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QUuid m_a = QUuid::createUuid();
    QUuid m_b = QUuid::createUuid();

    // Two servers polled every 10 s for the last 2 hours: a's deferred count climbs 1 per poll.
    void fill(Fleet::HistoryStore &store)
    {
        for (int i = 0; i < 720; ++i) {
            const QDateTime at = kNow.addSecs(-7200 + 10 * i);
            QVERIFY(store.record(summary(m_a, at, 100 + i)));
            QVERIFY(store.record(summary(m_b, at.addSecs(5), 50)));
        }
    }

    // A chart over `store` at kNow with both servers in its combo.
    void showOn(Ui::FleetHistoryChart &chart, const Fleet::HistoryStore &store)
    {
        chart.setClock([] { return kNow; });
        chart.setServers({{m_a, u"a"_s}, {m_b, u"b"_s}});
        chart.setHistoryStore(&store);
    }

private Q_SLOTS:
    void fileStoreIsReadOffTheGuiThread()
    {
        Fleet::HistoryStore store(m_dir.filePath(u"history.sqlite"_s));
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        fill(store);

        Ui::FleetHistoryChart chart;
        showOn(chart, store);
        // All servers, 5-minute buckets over 24 h: 2 h of data = 24 buckets (+ the one in progress).
        QTRY_VERIFY(!chart.data().series.isEmpty());
        const QList<Ui::LinePointData> total = chart.data().series.first().points;
        QVERIFY2(total.size() >= 24 && total.size() <= 26, qPrintable(QString::number(total.size())));
        // The last bucket sums the last samples of both servers: (100+719+20) + (50+20).
        QCOMPARE(total.last().value, qreal(100 + 719 + 20 + 50 + 20));

        // One server: thinned to one point per bucket, the last sample of each.
        auto *servers = chart.findChild<QComboBox *>(u"fleetServerCombo"_s);
        servers->setCurrentIndex(servers->findData(m_a));
        // (The all-servers answer also has two series: wait for a's own deferred line.)
        QTRY_COMPARE(chart.data().series.at(1).points.last().value, qreal(100 + 719));
        QVERIFY(chart.data().series.at(1).points.size() < 30);
    }

    void supersededAnswerIsDropped()
    {
        Fleet::HistoryStore store(m_dir.filePath(u"history2.sqlite"_s));
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        fill(store);
        Ui::FleetHistoryChart chart;
        showOn(chart, store);
        auto *servers = chart.findChild<QComboBox *>(u"fleetServerCombo"_s);
        servers->setCurrentIndex(servers->findData(m_b)); // supersedes the all-servers reload
        QTRY_VERIFY(!chart.data().series.isEmpty());
        QTest::qWait(300); // any late answer of the first reload would land now
        QCOMPARE(chart.data().series.first().points.last().value, qreal(50 + 20));
    }

    void chartDestroyedWhileReading()
    {
        Fleet::HistoryStore store(m_dir.filePath(u"history.sqlite"_s));
        QVERIFY(store.open());
        {
            Ui::FleetHistoryChart chart;
            showOn(chart, store);
        } // gone before the worker answers: the answer goes nowhere, nothing crashes
        QTest::qWait(500);
    }

    void memoryStoreAnswersAtOnce()
    {
        Fleet::HistoryStore store(u":memory:"_s);
        QVERIFY(store.open());
        fill(store);
        Ui::FleetHistoryChart chart;
        showOn(chart, store);
        QVERIFY(!chart.data().series.isEmpty()); // no waiting: read on this thread
    }
};

QTEST_MAIN(tst_FleetHistoryChart)
#include "tst_fleethistorychart.moc"
