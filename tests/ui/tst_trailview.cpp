// The Log trail tab: its states (idle, loading, lines, no lines, permission denied, no log,
// error), plain text only for log content, the commands in the tooltip; TrailModel under
// QAbstractItemModelTester.
#include "models/trailmodel.h"
#include "widgets/previewpane.h"
#include "widgets/trailview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using Ui::TrailView;

namespace {

Postfix::LogEvent event(qint64 timeMs, const QString &program, const QString &id, Postfix::LogStatus status,
                        const QString &statusText, const QString &message)
{
    Postfix::LogEvent e;
    e.timeMs = timeMs;
    e.program = program;
    e.queueId = id;
    e.status = status;
    e.statusText = statusText;
    e.message = message;
    e.rawLine = u"Nov 23 10:00:00 mail "_s + program + u"[1]: "_s + id + u": "_s + message;
    return e;
}

Services::TrailResult sampleTrail()
{
    Services::TrailResult r;
    r.queueId = u"4D2E8A91C3"_s;
    r.followedIds = {u"4D2E8A91C3"_s};
    r.searchedFiles = {u"/var/log/mail.log"_s};
    r.commands = {u"grep -F -e '4D2E8A91C3' /var/log/mail.log"_s};
    r.events = {
        event(1'785'400'000'000, u"postfix/qmgr"_s, r.queueId, Postfix::LogStatus::None, {},
              u"from=<orders@shop.example.net>, size=5234, nrcpt=1 (queue active)"_s),
        event(1'785'400'030'000, u"postfix/smtp"_s, r.queueId, Postfix::LogStatus::Deferred, u"deferred"_s,
              u"to=<lena@gmail.example>, relay=none, delay=30, status=deferred (<b>connect</b> to x: Connection timed out)"_s),
    };
    return r;
}

} // namespace

class TestTrailView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void model();
    void states();
    void previewPaneAsksForTheTrail();
};

void TestTrailView::model()
{
    Ui::TrailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(sampleTrail().events);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, Ui::TrailModel::Program).data().toString(), u"postfix/smtp"_s);
    QCOMPARE(model.index(1, Ui::TrailModel::Status).data().toString(), u"deferred"_s);
    QVERIFY(model.index(1, Ui::TrailModel::Message).data().toString().contains(u"<b>connect</b>"_s));
    QCOMPARE(model.index(0, Ui::TrailModel::Time).data(Ui::TrailModel::SortRole).toLongLong(), 1'785'400'000'000);
    QCOMPARE(model.index(0, Ui::TrailModel::Time).data().toString(),
             QDateTime::fromMSecsSinceEpoch(1'785'400'000'000).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    const QString tip = model.index(1, Ui::TrailModel::Message).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"&lt;b&gt;connect"_s) && !tip.contains(u"<b>connect"_s), qPrintable(tip));
    model.setEvents({});
    QCOMPARE(model.rowCount(), 0);
}

void TestTrailView::states()
{
    TrailView view;
    view.resize(800, 300);
    view.show();
    auto *status = view.findChild<QLabel *>(u"trailStatus"_s);
    auto *table = view.findChild<QTableView *>(u"trailTable"_s);
    QVERIFY(status && table);
    QCOMPARE(view.objectName(), u"trailView"_s);
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QCOMPARE(view.state(), TrailView::State::Idle);

    view.showLoading(u"4D2E8A91C3"_s);
    QCOMPARE(view.state(), TrailView::State::Loading);
    QVERIFY(view.statusText().contains(u"4D2E8A91C3"_s));
    QVERIFY(!table->isVisible());

    view.showResult(sampleTrail());
    QCOMPARE(view.state(), TrailView::State::Lines);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(view.statusText().contains(u"/var/log/mail.log"_s));
    QVERIFY2(status->toolTip().contains(u"grep -F -e"_s), qPrintable(status->toolTip()));

    Services::TrailResult none = sampleTrail();
    none.events.clear();
    view.showResult(none);
    QCOMPARE(view.state(), TrailView::State::NoLines);
    QVERIFY(view.statusText().contains(u"No log lines found"_s));
    QVERIFY(!table->isVisible());

    Services::TrailResult denied = none;
    denied.permissionDenied = true;
    view.showResult(denied);
    QCOMPARE(view.state(), TrailView::State::PermissionDenied);
    QVERIFY(view.statusText().contains(u"may not read the mail log"_s));

    Services::TrailResult noLog;
    noLog.queueId = u"4D2E8A91C3"_s;
    noLog.error = u"no mail log found on this server"_s;
    noLog.commands = {u"postconf -h maillog_file"_s};
    view.showResult(noLog);
    QCOMPARE(view.state(), TrailView::State::NoLog);
    QVERIFY(view.statusText().contains(u"No mail log found"_s));
    QVERIFY(status->toolTip().contains(u"postconf"_s));

    Services::TrailResult failed = none;
    failed.error = u"connection lost"_s;
    view.showResult(failed);
    QCOMPARE(view.state(), TrailView::State::Error);
    QVERIFY(view.statusText().contains(u"connection lost"_s));
}

void TestTrailView::previewPaneAsksForTheTrail()
{
    Ui::PreviewPane pane;
    pane.show();
    auto *tabs = pane.findChild<QTabWidget *>(u"previewTabs"_s);
    QVERIFY(tabs);
    QSignalSpy wanted(&pane, &Ui::PreviewPane::trailRequested);
    pane.showLoading(u"AAAA111111"_s);
    QVERIFY(!pane.trailWanted());
    QCOMPARE(wanted.count(), 0); // the Message tab is shown: no log search
    tabs->setCurrentWidget(pane.trailView());
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(wanted.at(0).at(0).toString(), u"AAAA111111"_s);
    QVERIFY(pane.trailWanted());
    // A result for another message (a late answer) is ignored.
    Services::TrailResult other = sampleTrail();
    pane.showTrail(other);
    QCOMPARE(pane.trailView()->state(), TrailView::State::Idle);
    pane.showLoading(u"4D2E8A91C3"_s); // with the tab open, the next message shows "loading"
    QCOMPARE(pane.trailView()->state(), TrailView::State::Loading);
    pane.showTrail(other);
    QCOMPARE(pane.trailView()->state(), TrailView::State::Lines);
}

QTEST_MAIN(TestTrailView)
#include "tst_trailview.moc"
