// Ui::LogPage on a session over TestSupport::FakeTransport: loading and canceling through the real
// Services::LogStatsLoader, and a finished result (LogStatsResult built here) shown as table,
// filters, raw line, totals, per-hour chart, top senders with the outsized share highlighted and
// top deferred domains. Widgets are found by objectName.
#include "charts/barchartwidget.h"
#include "faketransport.h"
#include "logeventfixture.h"
#include "models/logeventmodel.h"
#include "pages/logpage.h"
#include "remote/serversession.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using Postfix::LogEvent;
using Postfix::LogStatus;
using TestSupport::FakeTransport;

namespace {

using LogEventFixture::event;
using LogEventFixture::kT0;

Services::LogStatsResult result()
{
    Services::LogStatsResult r;
    r.events = {
        event(0, LogStatus::Sent, u"4F2A3B1C9D"_s, u"anna@gmail.example"_s, u"250 2.0.0 OK"_s),
        event(60, LogStatus::Deferred, u"5A1B2C3D4E"_s, u"bob@blocked.example"_s,
              u"connect to mx.blocked.example[192.0.2.9]:25: Connection timed out"_s,
              u"news@example.org"_s),
        event(120, LogStatus::Deferred, u"6B2C3D4E5F"_s, u"carl@gmail.example"_s,
              u"connect to mx.gmail.example[192.0.2.3]:25: Connection refused"_s),
        event(3700, LogStatus::Bounced, u"7C3D4E5F6A"_s, u"nobody@fullbox.example"_s,
              u"host mx.fullbox.example[192.0.2.2] said: 552 5.2.2 Mailbox full"_s),
    };
    Services::LogStatistics &s = r.stats;
    s.firstMs = kT0;
    s.lastMs = kT0 + 3700'000;
    s.received = 100;
    s.sent = 80;
    s.deferred = 12;
    s.deferredMessages = 7;
    s.bounced = 3;
    s.rejected = 5;
    for (int h = 0; h < 2; ++h) {
        Services::LogHour hour;
        hour.hourStartMs = kT0 + h * 3600'000LL;
        hour.sent = 40;
        hour.deferred = 6;
        s.perHour << hour;
    }
    s.topSenders = {{u"newsletter@hacked.example"_s, 62}, {u"shop@example.org"_s, 20}};
    s.topDeferredDomains = {{u"blocked.example"_s, 9}, {u"gmail.example"_s, 3}};
    r.searchedFiles = {u"/var/log/mail.log"_s};
    r.bytesRead = 4096;
    return r;
}

struct Session
{
    FakeTransport *fake = new FakeTransport; // owned by the session once opened
    std::unique_ptr<Remote::ServerSession> session;

    Session()
    {
        fake->respondToProbe(FakeTransport::probeOutput({}));
        Remote::ConnectionParams params;
        params.host = u"mx.example.test"_s;
        params.user = u"root"_s;
        session = std::make_unique<Remote::ServerSession>(params, nullptr, fake->factory());
    }
    bool connect()
    {
        QSignalSpy ready(session.get(), &Remote::ServerSession::ready);
        session->connectToServer();
        return ready.wait(5000);
    }
};

template <typename T>
T *find(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w)
        qFatal("no widget named %s", qPrintable(name));
    return w;
}

} // namespace

class TestLogPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowSelection();
    void loadFinishesWithAnAnswer();
    void cancelStopsLoading();
    void showsEventsAndStatistics();
    void filtersByObjectName();
    void rawLineAndDoubleClick();
    void permissionDeniedInWords();
};

void TestLogPage::windowSelection()
{
    Ui::LogPage page;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(kT0, QTimeZone::utc());
    page.setRange(Ui::LogPage::Range::LastHour);
    QCOMPARE(page.selectedWindow(now).since, now.addSecs(-3600));
    QVERIFY(!page.selectedWindow(now).until.isValid());
    page.setRange(Ui::LogPage::Range::LastWeek);
    QCOMPARE(page.selectedWindow(now).since, now.addDays(-7));
    page.setRange(Ui::LogPage::Range::Custom);
    QVERIFY(page.selectedWindow(now).until.isValid());
    QVERIFY(!find<QPushButton>(&page, u"logLoadButton"_s)->isEnabled()); // no session yet
}

void TestLogPage::loadFinishesWithAnAnswer()
{
    // Whatever the fake says to the loader's commands (nothing matches: exit 127), the page ends
    // the load and says something in words, never hangs or stays blank.
    Session s;
    QVERIFY(s.connect());
    Ui::LogPage page;
    page.setSession(s.session.get());
    QSignalSpy loading(&page, &Ui::LogPage::loadingChanged);
    find<QPushButton>(&page, u"logLoadButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(loading.size() >= 2 && !page.isLoading(), 10000);
    auto *empty = find<QLabel>(&page, u"logEmptyState"_s);
    auto *status = find<QLabel>(&page, u"logStatus"_s);
    QVERIFY(!empty->text().isEmpty() || page.model()->rowCount() > 0);
    QVERIFY(!status->text().isEmpty());
    page.setSession(nullptr);
}

void TestLogPage::cancelStopsLoading()
{
    Session s;
    FakeTransport::Response hang;
    hang.hang = true;
    s.fake->setFallback(hang);
    QVERIFY(s.connect());
    Ui::LogPage page;
    page.setSession(s.session.get());
    page.load();
    QVERIFY(page.isLoading());
    QTRY_VERIFY(s.fake->runningCount() > 0);
    find<QPushButton>(&page, u"logCancelButton"_s)->click();
    QTRY_VERIFY(!page.isLoading());
    QTRY_VERIFY(!s.fake->canceledIds().isEmpty());
    QVERIFY(find<QLabel>(&page, u"logEmptyState"_s)->text().contains(u"canceled"_s));
    page.setSession(nullptr);
}

void TestLogPage::showsEventsAndStatistics()
{
    Ui::LogPage page;
    page.resize(1200, 700);
    page.show();
    QSignalSpy stats(&page, &Ui::LogPage::statisticsChanged);
    page.showResult(result());
    QCOMPARE(stats.size(), 1);
    auto *table = find<QTableView>(&page, u"logTable"_s);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 4);
    // Newest first by default.
    QCOMPARE(table->model()->index(0, Ui::LogEventModel::QueueId).data().toString(), u"7C3D4E5F6A"_s);

    const QString totals = find<QLabel>(&page, u"logTotals"_s)->text();
    QVERIFY2(totals.contains(u"sent 80"_s) && totals.contains(u"deferred 12 (7 messages)"_s)
                 && totals.contains(u"rejected 5"_s),
             qPrintable(totals));

    Ui::BarChartWidget *chart = page.perHourChart();
    QVERIFY(!chart->isShowingEmptyState());
    QCOMPARE(chart->data().categories.size(), 2);
    QCOMPARE(chart->data().sets.first().values, (QList<qreal>{40, 40}));

    auto *senders = find<QTableWidget>(&page, u"logTopSenders"_s);
    QCOMPARE(senders->rowCount(), 2);
    QCOMPARE(senders->item(0, 0)->text(), u"newsletter@hacked.example"_s);
    QCOMPARE(senders->item(0, 2)->text(), QLocale().toString(62.0, 'f', 1) + u'%');
    QVERIFY(senders->item(0, 0)->font().bold());   // outsized share
    QVERIFY(!senders->item(1, 0)->font().bold());  // 20 %: ordinary
    auto *warning = find<QLabel>(&page, u"logSenderWarning"_s);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"newsletter@hacked.example"_s));
    QVERIFY(warning->text().contains(u"62 %"_s));

    auto *domains = find<QTableWidget>(&page, u"logTopDeferredDomains"_s);
    QCOMPARE(domains->rowCount(), 2);
    QCOMPARE(domains->item(0, 0)->text(), u"blocked.example"_s);
    QCOMPARE(domains->item(0, 1)->text(), u"9"_s);

    QVERIFY(Ui::LogPage::isOutsizedShare(62, 100));
    QVERIFY(!Ui::LogPage::isOutsizedShare(5, 10)); // too little mail to mean anything
    QVERIFY(!Ui::LogPage::isOutsizedShare(20, 100));
}

void TestLogPage::filtersByObjectName()
{
    Ui::LogPage page;
    page.show();
    page.showResult(result());
    QAbstractItemModel *model = find<QTableView>(&page, u"logTable"_s)->model();
    auto *status = find<QComboBox>(&page, u"logStatusFilter"_s);
    status->setCurrentIndex(status->findData(int(LogStatus::Deferred)));
    QCOMPARE(model->rowCount(), 2);
    QTest::keyClicks(find<QLineEdit>(&page, u"logDomainFilter"_s), u"gmail"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    find<QLineEdit>(&page, u"logDomainFilter"_s)->clear();
    QTRY_COMPARE(model->rowCount(), 2);
    QTest::keyClicks(find<QLineEdit>(&page, u"logSenderFilter"_s), u"news@"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    find<QLineEdit>(&page, u"logSenderFilter"_s)->clear();
    status->setCurrentIndex(0);
    auto *cls = find<QComboBox>(&page, u"logClassFilter"_s);
    cls->setCurrentIndex(cls->findData(int(Diagnosis::ReasonClass::MailboxFull)));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, Ui::LogEventModel::Status).data().toString(), u"bounced"_s);
    cls->setCurrentIndex(0);
    QTest::keyClicks(find<QLineEdit>(&page, u"logTextFilter"_s), u"refused"_s);
    QTRY_COMPARE(model->rowCount(), 1);
}

void TestLogPage::rawLineAndDoubleClick()
{
    Ui::LogPage page;
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showResult(result());
    auto *table = find<QTableView>(&page, u"logTable"_s);
    const QModelIndex deferred = table->model()->index(2, 0); // 5A1B2C3D4E (newest first)
    QCOMPARE(deferred.data(Ui::LogEventModel::QueueIdRole).toString(), u"5A1B2C3D4E"_s);
    table->setCurrentIndex(deferred);
    const QString raw = find<QPlainTextEdit>(&page, u"logRawLine"_s)->toPlainText();
    QVERIFY2(raw.contains(u"Connection timed out"_s), qPrintable(raw));
    QVERIFY(raw.contains(Diagnosis::reasonClassInfo(Diagnosis::ReasonClass::Network).title));
    QSignalSpy activated(&page, &Ui::LogPage::queueIdActivated);
    const QRect cell = table->visualRect(deferred);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center()); // the view wants a press first
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), u"5A1B2C3D4E"_s);
}

void TestLogPage::permissionDeniedInWords()
{
    Ui::LogPage page;
    page.show();
    Services::LogStatsResult denied;
    denied.permissionDenied = true;
    denied.error = u"cat: /var/log/mail.log: Permission denied"_s;
    page.showResult(denied);
    auto *empty = find<QLabel>(&page, u"logEmptyState"_s);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(u"not readable"_s), qPrintable(empty->text()));
    QVERIFY(!page.hasResult());
}

QTEST_MAIN(TestLogPage)
#include "tst_logpage.moc"
