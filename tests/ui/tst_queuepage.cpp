// QueuePage end to end over TestSupport::FakeTransport with the demo queue
// (tests/data/ui-demo-queue.jsonl): the Class column and class filter, the by-class summary and
// the shape view filtering the table, Next retry / Expires filled by QueueTimesLoader after the
// load, and the Log trail tab filled by TrailLoader. Widgets are found by objectName.
#include "diagnosis/reasonclass.h"
#include "faketransport.h"
#include "models/classsummarymodel.h"
#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"
#include "models/shapemodel.h"
#include "pages/queuepage.h"
#include "remote/commandcatalog.h"
#include "remote/serversession.h"
#include "widgets/trailview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cctype>

using namespace Qt::StringLiterals;
using TestSupport::FakeTransport;
using Ui::QueueTableModel;

namespace {

const QString kSeededId = u"4D2E8A91C3"_s; // deferred in the demo queue

struct Fixture
{
    FakeTransport *fake = new FakeTransport;
    std::unique_ptr<Remote::ServerSession> session;
    std::unique_ptr<Ui::QueuePage> page;

    explicit Fixture(const FakeTransport::ProbeSetup &probe = {})
    {
        fake->respondToProbe(FakeTransport::probeOutput(probe));
        fake->on("/usr/sbin/postqueue -j", FakeTransport::Response::fromFile(u"ui-demo-queue.jsonl"_s));
        fake->onMatch(QRegularExpression(u"^/usr/sbin/postcat -q[beh]+ [0-9A-F]+$"_s),
                      FakeTransport::Response::fromFile(u"ui-demo-postcat.txt"_s));
        fake->onMatch(QRegularExpression(u"postconf '?maximal_queue_lifetime"_s),
                      {.stdOut = "maximal_queue_lifetime = 5d\nbounce_queue_lifetime = 1d\n"});
        fake->onMatch(QRegularExpression(u"/usr/bin/find '?/var/spool/postfix/deferred'? .*-printf"_s),
                      {.stdOut = kSeededId.toLatin1() + " 1785400600.0000000000\n"});
        Remote::ConnectionParams p;
        p.host = u"fake.example"_s;
        p.user = probe.user;
        session = std::make_unique<Remote::ServerSession>(p, nullptr, fake->factory());
        QSignalSpy ready(session.get(), &Remote::ServerSession::ready);
        session->connectToServer();
        if (!ready.wait(5000))
            qFatal("fake session not ready");
        fake->on(Remote::CommandCatalog(session->capabilities()).locateMailLog().shellLine,
                 {.stdOut = "maillog_file=\nfile=1 4000 1785400000 /var/log/mail.log\n"
                            "journalctl=/usr/bin/journalctl\nzgrep=/usr/bin/zgrep\nxzgrep=\n"
                            "groups=root\nlocate_end=1\n"});
        page = std::make_unique<Ui::QueuePage>();
        page->resize(1100, 700);
        page->show();
        page->setSession(session.get());
    }
    ~Fixture() { page->setSession(nullptr); }

    void load()
    {
        QSignalSpy times(page.get(), &Ui::QueuePage::queueTimesLoaded);
        page->refresh();
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->model()->rowCount(), 50);
        QVERIFY(times.wait(5000) || !times.isEmpty());
    }

    template <typename T>
    T *find(const QString &name) const
    {
        T *w = page->findChild<T *>(name);
        if (!w)
            qFatal("no widget named %s", qPrintable(name));
        return w;
    }
};

// The seeded message's two log lines, answered to TrailLoader's grep of /var/log/mail.log.
void answerTrail(FakeTransport *fake)
{
    fake->onMatch(QRegularExpression(u"^/usr/bin/grep -a -F -n .*-e "_s + kSeededId + u" -- /var/log/mail.log$"_s),
                  {.stdOut = "7:2026-07-30T08:02:11.000000+02:00 mx postfix/qmgr[812]: 4D2E8A91C3: "
                             "from=<orders@shop.example.net>, size=5234, nrcpt=1 (queue active)\n"
                             "9:2026-07-30T08:02:41.000000+02:00 mx postfix/smtp[901]: 4D2E8A91C3: "
                             "to=<lena@gmail.example>, relay=mx1.gmail.example[192.0.2.25]:25, delay=30, "
                             "delays=0/0/0.2/30, dsn=4.7.28, status=deferred (host mx1.gmail.example[192.0.2.25] "
                             "said: 421-4.7.28 unusual rate of unsolicited mail (in reply to end of DATA command))\n"});
}

// The demo queue with its arrival times moved so that its reference time (1785400000) is now:
// ages, shape buckets and expiry look as they would on a live server.
FakeTransport::Response shiftedDemoQueue()
{
    QFile file(QStringLiteral(POSTDESK_TEST_DATA) + u"/ui-demo-queue.jsonl"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("ui-demo-queue.jsonl missing");
    const qint64 shift = QDateTime::currentSecsSinceEpoch() - 1785400000;
    const QByteArray key = "\"arrival_time\": ";
    FakeTransport::Response out;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        const qsizetype from = line.indexOf(key) + key.size();
        qsizetype to = from;
        while (to < line.size() && std::isdigit(static_cast<unsigned char>(line.at(to))))
            ++to;
        out.stdOut += line.left(from) + QByteArray::number(line.mid(from, to - from).toLongLong() + shift)
            + line.mid(to) + '\n';
    }
    return out;
}

} // namespace

class TestQueuePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classColumnAndFilter();
    void summaryClickFiltersTable();
    void shapeDoubleClickFiltersTable();
    void nextRetryAfterLoad();
    void trailOfSelectedMessage();
    void screenshots();
};

void TestQueuePage::classColumnAndFilter()
{
    Fixture f;
    f.load();
    auto *table = f.find<QTableView>(u"queueTable"_s);
    QVERIFY(!table->isColumnHidden(QueueTableModel::Class));
    QVERIFY(!table->isColumnHidden(QueueTableModel::NextRetry));
    QVERIFY(!table->isColumnHidden(QueueTableModel::Expires));
    QAbstractItemModel *model = table->model();
    int dns = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        dns += model->index(r, QueueTableModel::Class).data(QueueTableModel::ClassRole).toInt()
            == int(Diagnosis::ReasonClass::Dns);
    QVERIFY(dns > 0);

    auto *classes = f.find<QComboBox>(u"classFilter"_s);
    const int i = classes->findData(int(Diagnosis::ReasonClass::Dns));
    QVERIFY(i > 0);
    QVERIFY2(classes->itemText(i).contains(u"(%1)"_s.arg(dns)), qPrintable(classes->itemText(i)));
    classes->setCurrentIndex(i);
    QCOMPARE(model->rowCount(), dns);
    // Combined with the queue filter and the text filter.
    auto *queues = f.find<QComboBox>(u"queueFilter"_s);
    queues->setCurrentIndex(queues->findText(u"hold"_s));
    QVERIFY(model->rowCount() <= dns);
    queues->setCurrentIndex(0);
    QTest::keyClicks(f.find<QLineEdit>(u"filterEdit"_s), u"no-such-text"_s);
    QTRY_COMPARE(model->rowCount(), 0);
    f.find<QLineEdit>(u"filterEdit"_s)->clear();
    QTRY_COMPARE(model->rowCount(), dns);
    classes->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 50);
}

void TestQueuePage::summaryClickFiltersTable()
{
    Fixture f;
    f.load();
    auto *tabs = f.find<QTabWidget>(u"queueTabs"_s);
    auto *summary = f.find<QWidget>(u"classSummary"_s);
    tabs->setCurrentWidget(summary);
    auto *summaryTable = f.find<QTableView>(u"classSummaryTable"_s);
    QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
    QAbstractItemModel *sm = summaryTable->model();
    QVERIFY(sm->rowCount() >= 3);
    const int row = 1;
    const int cls = sm->index(row, 0).data(Ui::ClassSummaryModel::ClassRole).toInt();
    const int n = int(sm->index(row, Ui::ClassSummaryModel::Messages).data(Ui::ClassSummaryModel::SortRole).toLongLong());
    QTest::mouseClick(summaryTable->viewport(), Qt::LeftButton, {},
                      summaryTable->visualRect(sm->index(row, Ui::ClassSummaryModel::Messages)).center());
    QCOMPARE(tabs->currentIndex(), 0); // the filtered list is shown
    QCOMPARE(f.page->proxy()->classFilter(), std::optional<int>(cls));
    QCOMPARE(f.find<QTableView>(u"queueTable"_s)->model()->rowCount(), n);
    QCOMPARE(f.find<QComboBox>(u"classFilter"_s)->currentData().toInt(), cls);
}

void TestQueuePage::shapeDoubleClickFiltersTable()
{
    Fixture f;
    f.load();
    auto *tabs = f.find<QTabWidget>(u"queueTabs"_s);
    tabs->setCurrentWidget(f.find<QWidget>(u"shapeView"_s));
    auto *matrix = f.find<QTableView>(u"shapeTable"_s);
    QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
    QTRY_VERIFY(matrix->model()->rowCount() > 1); // computed when the tab is shown
    const QModelIndex idx = matrix->model()->index(1, Ui::ShapeModel::Domain);
    const QString domain = idx.data(Ui::ShapeModel::DomainRole).toString();
    QVERIFY(!domain.isEmpty());
    const QPoint at = matrix->visualRect(idx).center();
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(matrix->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(f.find<QLineEdit>(u"filterEdit"_s)->text(), u"@"_s + domain);
    QAbstractItemModel *model = f.find<QTableView>(u"queueTable"_s)->model();
    QVERIFY(model->rowCount() > 0 && model->rowCount() < 50);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->index(r, QueueTableModel::Recipients).data(Qt::ToolTipRole).toString().contains(domain)
                || model->index(r, QueueTableModel::Sender).data().toString().contains(domain));
}

void TestQueuePage::nextRetryAfterLoad()
{
    Fixture f;
    f.load();
    QueueTableModel *model = f.page->model();
    QVERIFY(model->hasQueueTimes());
    const int row = model->rowOfQueueId(kSeededId);
    QVERIFY(row >= 0);
    // The demo queue's snapshot time is "now": the retry time lies in the past → due now.
    const QString retry = model->index(row, QueueTableModel::NextRetry).data().toString();
    QVERIFY2(retry == u"due now"_s || retry.startsWith(u"in "_s), qPrintable(retry));
    QCOMPARE(model->index(row, QueueTableModel::NextRetry).data(QueueTableModel::SortRole).toLongLong(),
             1785400600);
    QCOMPARE(model->index(row, QueueTableModel::Expires).data(QueueTableModel::SortRole).toLongLong(),
             model->message(row).arrivalTime + 5 * 86400);
    QVERIFY(!model->index(row, QueueTableModel::Expires).data(Qt::ToolTipRole).toString().contains(u"default"_s));
    bool sawFind = false;
    for (const QByteArray &line : f.fake->shellLines())
        sawFind |= line.contains("/var/spool/postfix/deferred");
    QVERIFY(sawFind);
}

void TestQueuePage::trailOfSelectedMessage()
{
    Fixture f;
    answerTrail(f.fake);
    f.load();
    auto *table = f.find<QTableView>(u"queueTable"_s);
    const QModelIndex source = f.page->model()->index(f.page->model()->rowOfQueueId(kSeededId), 0);
    table->setCurrentIndex(f.page->proxy()->mapFromSource(source));
    auto *trail = f.find<Ui::TrailView>(u"trailView"_s);
    QTRY_VERIFY(f.find<QPlainTextEdit>(u"previewText"_s)->toPlainText().contains(u"Subject:"_s));
    QCOMPARE(trail->state(), Ui::TrailView::State::Idle); // the Message tab is shown: no search yet
    for (const QByteArray &line : f.fake->shellLines())
        QVERIFY2(!line.startsWith("/usr/bin/grep"), line.constData());
    f.find<QTabWidget>(u"previewTabs"_s)->setCurrentWidget(trail);
    QTRY_VERIFY2(trail->state() == Ui::TrailView::State::Lines,
                 qPrintable(trail->statusText() + u'\n' + QString::fromUtf8(f.fake->shellLines().join('\n'))));
    auto *lines = f.find<QTableView>(u"trailTable"_s);
    QCOMPARE(lines->model()->rowCount(), 2);
    QCOMPARE(lines->model()->index(1, 3).data().toString(), u"deferred"_s);
    QVERIFY(f.find<QLabel>(u"trailStatus"_s)->toolTip().contains(u"grep"_s));

    // Another message with the tab open: loaded right away; no lines → the plain sentence.
    const int other = f.page->model()->rowOfQueueId(u"AABFE228F2"_s);
    QVERIFY(other >= 0);
    table->setCurrentIndex(f.page->proxy()->mapFromSource(f.page->model()->index(other, 0)));
    QTRY_COMPARE(trail->queueId(), u"AABFE228F2"_s);
    QTRY_VERIFY2(trail->state() != Ui::TrailView::State::Loading, qPrintable(trail->statusText()));
    QVERIFY2(trail->state() == Ui::TrailView::State::NoLines || trail->state() == Ui::TrailView::State::Error,
             qPrintable(trail->statusText()));
}

// Renders the triage views with the demo queue in a light and a dark palette. With
// POSTDESK_SCREENSHOT_DIR set (scripts/screenshots.sh --fixture) the PNGs land there; otherwise in
// a temporary directory, only checked for size.
void TestQueuePage::screenshots()
{
    QTemporaryDir scratch;
    const QString outDir = qEnvironmentVariableIsSet("POSTDESK_SCREENSHOT_DIR")
        ? qEnvironmentVariable("POSTDESK_SCREENSHOT_DIR") : scratch.path();
    QDir().mkpath(outDir);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    const QPalette light = QApplication::palette();
    for (const auto &[suffix, palette] : {std::pair{u""_s, light}, std::pair{u"-dark"_s, dark}}) {
        QApplication::setPalette(palette);
        Fixture f;
        answerTrail(f.fake);
        f.fake->on("/usr/sbin/postqueue -j", shiftedDemoQueue());
        f.page->resize(1080, 720);
        f.load();
        const auto save = [&](const QString &name) {
            QTest::qWait(50); // let queued layout work (row heights, stretched sections) happen
            const QImage image = f.page->grab().toImage();
            QVERIFY(image.width() >= 800 && image.height() >= 500);
            QVERIFY(image.save(QDir(outDir).filePath(name + suffix + u".png"_s)));
        };
        auto *tabs = f.find<QTabWidget>(u"queueTabs"_s);
        tabs->setCurrentWidget(f.find<QWidget>(u"classSummary"_s));
        save(u"queue-by-class"_s);
        tabs->setCurrentWidget(f.find<QWidget>(u"shapeView"_s));
        QTRY_VERIFY(f.find<QTableView>(u"shapeTable"_s)->model()->rowCount() > 1);
        save(u"queue-shape"_s);
        tabs->setCurrentIndex(0);
        auto *table = f.find<QTableView>(u"queueTable"_s);
        const QModelIndex source = f.page->model()->index(f.page->model()->rowOfQueueId(kSeededId), 0);
        table->setCurrentIndex(f.page->proxy()->mapFromSource(source));
        auto *trail = f.find<Ui::TrailView>(u"trailView"_s);
        f.find<QTabWidget>(u"previewTabs"_s)->setCurrentWidget(trail);
        QTRY_VERIFY2(trail->state() == Ui::TrailView::State::Lines,
                 qPrintable(trail->statusText() + u'\n' + QString::fromUtf8(f.fake->shellLines().join('\n'))));
        save(u"queue-trail"_s);
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestQueuePage)
#include "tst_queuepage.moc"
