// The main window end to end against TestSupport::FakeTransport: connect, load the demo queue
// (tests/data/ui-demo-queue.jsonl), sort, filter, select, preview, and the connection questions
// (host key, secrets) answered through Ui::DialogAnswerer. Widgets are found by objectName.
#include "charts/barchartwidget.h"
#include "charts/chartspage.h"
#include "charts/timelinechartwidget.h"
#include "checks/diagnosetargets.h"
#include "dialogs/dialoganswerer.h"
#include "dialogs/hostkeydialog.h"
#include "faketransport.h"
#include "fleet/dashboardpage.h"
#include "fleet/historystore.h"
#include "fleet/profilestore.h"
#include "fleet/servercard.h"
#include "mainwindow.h"
#include "models/checkresultmodel.h"
#include "models/commandlogmodel.h"
#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"
#include "models/serverlistmodel.h"
#include "pages/checkspage.h"
#include "pages/logpage.h"
#include "pages/queuepage.h"
#include "widgets/checkselector.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using TestSupport::FakeTransport;

namespace {

const QString kPostcatOutput = u"ui-demo-postcat.txt"_s;

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    FakeTransport *fake = new FakeTransport; // handed to the session by its factory
    std::unique_ptr<Ui::MainWindow> window;

    explicit Fixture(const Fleet::ServerProfile &profile = demoProfile(), bool withProfile = true)
    {
        settings = std::make_unique<QSettings>(dir.filePath(u"postdesk.ini"_s), QSettings::IniFormat);
        if (withProfile) {
            Fleet::ProfileStore store(settings.get());
            store.save(profile);
        }
        fake->respondToProbe(FakeTransport::probeOutput({}));
        fake->on("/usr/sbin/postqueue -j", FakeTransport::Response::fromFile(u"ui-demo-queue.jsonl"_s));
        fake->onMatch(QRegularExpression(u"^/usr/sbin/postcat -q[beh]+ [0-9A-F]+$"_s),
                      FakeTransport::Response::fromFile(kPostcatOutput));
    }
    ~Fixture()
    {
        window.reset();
        if (!fakeUsed)
            delete fake;
    }

    Ui::MainWindow *open()
    {
        Ui::MainWindow::Options options;
        options.settings = settings.get();
        options.transportFactory = fake->factory();
        options.useKeychain = false;
        options.historyPath = u":memory:"_s;
        window = std::make_unique<Ui::MainWindow>(options);
        window->show();
        return window.get();
    }

    Ui::MainWindow *openAndConnect()
    {
        open();
        fakeUsed = window->connectToProfile(u"demo"_s);
        return window.get();
    }

    template <typename T>
    T *find(const QString &name) const
    {
        T *w = window->findChild<T *>(name);
        if (!w)
            qFatal("no widget named %s", qPrintable(name));
        return w;
    }

    static Fleet::ServerProfile demoProfile()
    {
        Fleet::ServerProfile p = Fleet::ServerProfile::create();
        p.name = u"demo"_s;
        p.host = u"mx.example.test"_s;
        p.user = u"root"_s;
        p.sudoMode = Remote::SudoMode::None;
        return p;
    }

    bool fakeUsed = false;
};

QStringList shownIds(QTableView *table)
{
    QStringList ids;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        ids << table->model()->index(r, 0).data(Ui::QueueTableModel::QueueIdRole).toString();
    return ids;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Ui::DialogAnswerer::clear(); }
    void firstRunOffersAddServer();
    void loadSortFilterPreview();
    void showBodyOnlyOnRequest();
    void emptyQueue();
    void postfixMissing();
    void messageGone();
    void previewWithoutPermission();
    void cancelLoading();
    void refreshWhileLoadingRestarts();
    void unknownHostKeyAccepted();
    void unknownHostKeyRejected();
    void changedHostKeyIsRefusedLoudly();
    void passwordAskedAndRemembered();
    void windowStateSaved();
    void autoRefreshOffByDefault();
    void viewTabsAndShortcuts();
    void queueHistoryAndCharts();
    void logTabLoadsOnRequest();
    void checkThisDestination();
    void dashboardFirstAndCtrl0();
    void screenshots();
};

void TestMainWindow::firstRunOffersAddServer()
{
    Fixture f(Fixture::demoProfile(), false);
    f.open();
    QVERIFY(f.find<QPushButton>(u"addServerButton"_s)->isVisible());
    QCOMPARE(f.find<QListView>(u"serverList"_s)->model()->rowCount(), 0);
}

void TestMainWindow::loadSortFilterPreview()
{
    Fixture f;
    f.openAndConnect();
    auto *table = f.find<QTableView>(u"queueTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 50);
    QTRY_VERIFY(!f.window->queuePage()->isLoading());
    QVERIFY(table->isVisible());

    // Reason is visible and takes the width left; Flags shows because two demo messages have
    // one; Arrival is hidden by default (Age has it in the tooltip).
    QVERIFY(!table->isColumnHidden(Ui::QueueTableModel::Reason));
    QVERIFY(!table->isColumnHidden(Ui::QueueTableModel::Flags));
    QVERIFY(table->isColumnHidden(Ui::QueueTableModel::Arrival));
    QVERIFY(table->columnWidth(Ui::QueueTableModel::Reason) >= 250);

    auto *counts = f.find<QLabel>(u"queueCounts"_s);
    QVERIFY2(counts->text().contains(u"total 50"_s), qPrintable(counts->text()));
    QVERIFY(counts->text().contains(u"deferred 32"_s));
    QVERIFY(counts->text().contains(u"as of "_s));
    const QModelIndex serverIdx = f.find<QListView>(u"serverList"_s)->model()->index(0, 0);
    QCOMPARE(serverIdx.data(Ui::ServerListModel::ConnectionRole).toInt(),
             int(Ui::ServerListModel::Connection::Ready));

    // Sort by size (numeric), both directions.
    table->sortByColumn(Ui::QueueTableModel::Size, Qt::DescendingOrder);
    auto *model = table->model();
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY(model->index(r - 1, Ui::QueueTableModel::Size).data(Ui::QueueTableModel::SortRole).toLongLong()
                >= model->index(r, Ui::QueueTableModel::Size).data(Ui::QueueTableModel::SortRole).toLongLong());

    // Filter by domain through the keyboard (Ctrl+F focuses the filter).
    auto *filter = f.find<QLineEdit>(u"filterEdit"_s);
    f.find<QAction>(u"findAction"_s)->trigger();
    QTest::keyClicks(filter, u"gmail.example"_s);
    QTRY_VERIFY(model->rowCount() > 0 && model->rowCount() < 50);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString tip = model->index(r, Ui::QueueTableModel::Recipients).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"gmail.example"_s)
                     || model->index(r, Ui::QueueTableModel::Sender).data().toString().contains(u"gmail"_s),
                 qPrintable(tip));
    }
    QVERIFY(counts->text().contains(u"showing"_s));
    filter->clear();
    QTRY_COMPARE(model->rowCount(), 50);

    auto *queues = f.find<QComboBox>(u"queueFilter"_s);
    queues->setCurrentIndex(queues->findText(u"hold"_s));
    QTRY_COMPARE(model->rowCount(), 6);
    queues->setCurrentIndex(0);
    QTRY_COMPARE(model->rowCount(), 50);

    // Select the message the fake postcat knows; headers appear, the body does not.
    const int row = shownIds(table).indexOf(u"4D2E8A91C3"_s);
    QVERIFY(row >= 0);
    table->setCurrentIndex(model->index(row, 0));
    auto *preview = f.find<QPlainTextEdit>(u"previewText"_s);
    QTRY_VERIFY2(preview->toPlainText().contains(u"Subject: Your order 10472 has shipped"_s),
                 qPrintable(preview->toPlainText()));
    QVERIFY(!preview->toPlainText().contains(u"Hello Lena"_s));
    QVERIFY(f.fake->shellLines().contains("/usr/sbin/postcat -qeh 4D2E8A91C3"));

    // Every command is in the log with its status.
    QAbstractItemModel *log = f.find<QTableView>(u"commandLog"_s)->model();
    QTRY_VERIFY2(log->rowCount() >= 2, qPrintable(QString::number(log->rowCount())));
    bool sawQueue = false;
    for (int r = 0; r < log->rowCount(); ++r)
        sawQueue |= log->index(r, Ui::CommandLogModel::Command).data().toString() == u"/usr/sbin/postqueue -j"_s
            && log->index(r, Ui::CommandLogModel::Status).data().toString() == u"ok"_s;
    QVERIFY(sawQueue);
}

void TestMainWindow::showBodyOnlyOnRequest()
{
    Fixture f;
    f.openAndConnect();
    auto *table = f.find<QTableView>(u"queueTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 50);
    table->setCurrentIndex(table->model()->index(shownIds(table).indexOf(u"4D2E8A91C3"_s), 0));
    auto *preview = f.find<QPlainTextEdit>(u"previewText"_s);
    auto *button = f.find<QPushButton>(u"showBodyButton"_s);
    QTRY_VERIFY(button->isEnabled());
    QVERIFY(!preview->toPlainText().contains(u"Hello Lena"_s));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY2(preview->toPlainText().contains(u"Hello Lena"_s), qPrintable(preview->toPlainText()));
    QVERIFY(f.fake->shellLines().contains("/usr/sbin/postcat -qbeh 4D2E8A91C3"));
    QVERIFY(!button->isEnabled());
}

void TestMainWindow::emptyQueue()
{
    Fixture f;
    f.fake->on("/usr/sbin/postqueue -j", FakeTransport::Response{});
    f.openAndConnect();
    auto *empty = f.find<QLabel>(u"emptyState"_s);
    QTRY_VERIFY(empty->isVisible() && empty->text().contains(u"Queue is empty"_s));
    QVERIFY(!f.find<QTableView>(u"queueTable"_s)->isVisible());
}

void TestMainWindow::postfixMissing()
{
    Fixture f;
    FakeTransport::ProbeSetup probe;
    probe.postfix = false;
    f.fake->respondToProbe(FakeTransport::probeOutput(probe));
    f.openAndConnect();
    auto *empty = f.find<QLabel>(u"emptyState"_s);
    QTRY_VERIFY2(empty->text().contains(u"Postfix is not installed"_s), qPrintable(empty->text()));
}

void TestMainWindow::messageGone()
{
    Fixture f;
    FakeTransport::Response gone;
    gone.exitCode = 1;
    gone.stdErr = "postcat: fatal: open queue file 4D2E8A91C3: No such file or directory\n";
    f.fake->on("/usr/sbin/postcat -qeh 4D2E8A91C3", gone); // exact lines win over patterns
    f.openAndConnect();
    auto *table = f.find<QTableView>(u"queueTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 50);
    table->setCurrentIndex(table->model()->index(shownIds(table).indexOf(u"4D2E8A91C3"_s), 0));
    auto *preview = f.find<QPlainTextEdit>(u"previewText"_s);
    QTRY_VERIFY2(preview->toPlainText().contains(u"This message has left the queue"_s),
                 qPrintable(preview->toPlainText()));
}

void TestMainWindow::previewWithoutPermission()
{
    // A viewer account without sudo may list the queue but not run postcat as the mail owner.
    Fleet::ServerProfile p = Fixture::demoProfile();
    p.user = u"viewer"_s;
    Fixture f(p);
    FakeTransport::ProbeSetup probe;
    probe.uid = 1001;
    probe.user = u"viewer"_s;
    probe.sudo = false;
    f.fake->respondToProbe(FakeTransport::probeOutput(probe));
    f.openAndConnect();
    auto *table = f.find<QTableView>(u"queueTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 50);
    table->setCurrentIndex(table->model()->index(0, 0));
    auto *preview = f.find<QPlainTextEdit>(u"previewText"_s);
    QTRY_VERIFY2(preview->toPlainText().contains(u"message contents"_s)
                     || preview->toPlainText().contains(u"permission"_s, Qt::CaseInsensitive),
                 qPrintable(preview->toPlainText()));
    QVERIFY(!f.find<QPushButton>(u"showBodyButton"_s)->isEnabled());
    for (const QByteArray &line : f.fake->shellLines())
        QVERIFY2(!line.contains("postcat -q"), line.constData());
}

void TestMainWindow::cancelLoading()
{
    Fixture f;
    FakeTransport::Response hang;
    hang.hang = true;
    f.fake->on("/usr/sbin/postqueue -j", hang);
    f.openAndConnect();
    QTRY_VERIFY(f.window->queuePage()->isLoading());
    auto *cancel = f.find<QAction>(u"cancelAction"_s);
    QVERIFY(cancel->isEnabled());
    QTest::keyClick(f.window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!f.window->queuePage()->isLoading());
    QTRY_VERIFY(!f.fake->canceledIds().isEmpty());
    QVERIFY(f.find<QLabel>(u"emptyState"_s)->text().contains(u"canceled"_s));
}

void TestMainWindow::refreshWhileLoadingRestarts()
{
    Fixture f;
    FakeTransport::Response slow = FakeTransport::Response::fromFile(u"ui-demo-queue.jsonl"_s);
    slow.delayMs = 300;
    f.fake->on("/usr/sbin/postqueue -j", slow);
    f.openAndConnect();
    QTRY_VERIFY(f.window->queuePage()->isLoading());
    f.find<QAction>(u"refreshAction"_s)->trigger(); // F5 again while the first load runs
    QVERIFY(f.window->queuePage()->isLoading());
    QTRY_VERIFY(!f.window->queuePage()->isLoading());
    QCOMPARE(f.find<QTableView>(u"queueTable"_s)->model()->rowCount(), 50);
    QVERIFY(f.find<QLabel>(u"queueCounts"_s)->text().contains(u"total 50"_s));
}

void TestMainWindow::unknownHostKeyAccepted()
{
    Fixture f;
    Remote::HostKeyInfo info;
    info.host = u"mx.example.test"_s;
    info.keyType = u"ssh-ed25519"_s;
    info.sha256Fingerprint = u"SHA256:AAAAC3NzaC1lZDI1NTE5AAAAIFakeFingerprintForTests"_s;
    info.status = Remote::HostKeyStatus::Unknown;
    f.fake->requireHostKeyApproval(info);
    Ui::DialogAnswerer::setNextHostKeyAnswer(true);
    f.openAndConnect();
    QTRY_COMPARE(f.find<QTableView>(u"queueTable"_s)->model()->rowCount(), 50);
    QCOMPARE(Ui::DialogAnswerer::hostKeyQuestions(), 1);
}

void TestMainWindow::unknownHostKeyRejected()
{
    Fixture f;
    Remote::HostKeyInfo info;
    info.host = u"mx.example.test"_s;
    info.keyType = u"ssh-ed25519"_s;
    info.sha256Fingerprint = u"SHA256:xyz"_s;
    f.fake->requireHostKeyApproval(info);
    Ui::DialogAnswerer::setNextHostKeyAnswer(false);
    f.openAndConnect();
    const QModelIndex idx = f.find<QListView>(u"serverList"_s)->model()->index(0, 0);
    QTRY_COMPARE(idx.data(Ui::ServerListModel::ConnectionRole).toInt(),
                 int(Ui::ServerListModel::Connection::Failed));
    QCOMPARE(f.find<QTableView>(u"queueTable"_s)->model()->rowCount(), 0);
    QVERIFY(!f.fake->shellLines().contains("/usr/sbin/postqueue -j"));
}

void TestMainWindow::changedHostKeyIsRefusedLoudly()
{
    Fixture f;
    Remote::TransportError error;
    error.kind = Remote::TransportError::Kind::HostKeyChanged;
    error.message = u"The host key changed: known SHA256:old, offered SHA256:new."_s;
    f.fake->failOnOpen(error);
    f.openAndConnect();
    auto *banner = f.find<QLabel>(u"errorBanner"_s);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"SHA256:new"_s));
    QVERIFY(banner->text().contains(u"CHANGED"_s));
    QVERIFY(banner->textInteractionFlags() & Qt::TextSelectableByMouse); // fingerprints get copied
    QVERIFY(banner->wordWrap());
    // The empty state points at the banner instead of suggesting to try again.
    QTRY_VERIFY2(f.find<QLabel>(u"emptyState"_s)->text().contains(u"host key has changed"_s),
                 qPrintable(f.find<QLabel>(u"emptyState"_s)->text()));
    QCOMPARE(Ui::DialogAnswerer::hostKeyQuestions(), 0); // nothing offers to connect anyway
    const QModelIndex idx = f.find<QListView>(u"serverList"_s)->model()->index(0, 0);
    QTRY_COMPARE(idx.data(Ui::ServerListModel::ConnectionRole).toInt(),
                 int(Ui::ServerListModel::Connection::Failed));
    QVERIFY(idx.data(Qt::ToolTipRole).toString().contains(u"SHA256:new"_s));
}

void TestMainWindow::passwordAskedAndRemembered()
{
    Fleet::ServerProfile p = Fixture::demoProfile();
    p.auth = Remote::AuthMethod::Password;
    Fixture f(p);
    f.fake->requireSecret(Remote::Transport::SecretKind::Password, u"s3cret"_s);
    Ui::DialogAnswerer::setNextSecretAnswer({u"s3cret"_s, true, false});
    f.openAndConnect();
    QTRY_COMPARE(f.find<QTableView>(u"queueTable"_s)->model()->rowCount(), 50);
    QCOMPARE(Ui::DialogAnswerer::secretQuestions(), 1);
    // Never in the settings file, whatever "remember" says.
    f.settings->sync();
    QFile ini(f.dir.filePath(u"postdesk.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("s3cret"));
}

void TestMainWindow::windowStateSaved()
{
    Fixture f;
    f.open();
    f.window->resize(1100, 700);
    f.window->close();
    QVERIFY(f.settings->contains(u"window/geometry"_s));
    QVERIFY(f.settings->contains(u"window/mainSplitter"_s));
    const QStringList keys = f.settings->allKeys();
    for (const QString &k : keys)
        QVERIFY2(!k.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(k));
}

void TestMainWindow::autoRefreshOffByDefault()
{
    Fixture f;
    f.open();
    auto *combo = f.find<QComboBox>(u"autoRefreshCombo"_s);
    auto *timer = f.window->findChild<QTimer *>(u"autoRefreshTimer"_s);
    QVERIFY(timer);
    QCOMPARE(combo->currentData().toInt(), 0);
    QVERIFY(!timer->isActive());
    combo->setCurrentIndex(combo->findData(60));
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 60'000);
    QCOMPARE(f.settings->value(u"window/autoRefreshSeconds"_s).toInt(), 60);
    combo->setCurrentIndex(0);
    QVERIFY(!timer->isActive());
}

void TestMainWindow::viewTabsAndShortcuts()
{
    Fixture f;
    f.openAndConnect();
    QTRY_COMPARE(f.find<QTableView>(u"queueTable"_s)->model()->rowCount(), 50);
    auto *tabs = f.find<QTabWidget>(u"viewTabs"_s);
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->currentWidget(), f.window->queuePage());
    QCOMPARE(f.find<QAction>(u"showChecksAction"_s)->shortcut(), QKeySequence(u"Ctrl+4"_s));
    QTest::keyClick(f.window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), f.find<QWidget>(u"checksPage"_s));
    QCOMPARE(f.find<QAction>(u"showLogAction"_s)->shortcut(), QKeySequence(u"Ctrl+2"_s));
    f.find<QAction>(u"showLogAction"_s)->trigger();
    QCOMPARE(tabs->currentWidget(), f.find<QWidget>(u"logPage"_s));
    f.find<QAction>(u"showChartsAction"_s)->trigger();
    QCOMPARE(tabs->currentWidget(), f.find<QWidget>(u"chartsPage"_s));
    QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), f.window->queuePage());
    QVERIFY(f.find<QTableView>(u"queueTable"_s)->isVisible());
}

void TestMainWindow::queueHistoryAndCharts()
{
    Fixture f;
    f.openAndConnect();
    QTRY_COMPARE(f.find<QTableView>(u"queueTable"_s)->model()->rowCount(), 50);
    QTRY_VERIFY(!f.window->queuePage()->isLoading());
    const QUuid id = f.window->currentProfile();
    QTRY_COMPARE(f.window->queueHistory(id).size(), 1);
    QCOMPARE(f.window->queueHistory(id).first().total, 50);
    QCOMPARE(f.window->queueHistory(id).first().deferred, 32);

    f.find<QAction>(u"refreshAction"_s)->trigger();
    QTRY_COMPARE(f.window->queueHistory(id).size(), 2);

    f.find<QAction>(u"showChartsAction"_s)->trigger();
    Ui::ChartsPage *charts = f.window->chartsPage();
    QVERIFY(!charts->historyChart()->isShowingEmptyState());
    QCOMPARE(charts->historyChart()->data().series.first().points.size(), 2);
    QVERIFY(!charts->domainsChart()->isShowingEmptyState());
    QVERIFY(!charts->ageChart()->isShowingEmptyState());
    QVERIFY(!charts->reasonsChart()->isShowingEmptyState());
    qreal recipients = 0;
    for (qreal v : charts->ageChart()->data().sets.first().values)
        recipients += v;
    QVERIFY(recipients >= 50); // every recipient of the 50 messages is in some age bucket
    QVERIFY(charts->deliveryChart()->isShowingEmptyState()); // the log was not read

    // A canceled load adds no sample.
    FakeTransport::Response hang;
    hang.hang = true;
    f.fake->on("/usr/sbin/postqueue -j", hang);
    f.find<QAction>(u"showQueueAction"_s)->trigger();
    f.find<QAction>(u"refreshAction"_s)->trigger();
    QTRY_VERIFY(f.window->queuePage()->isLoading());
    f.find<QAction>(u"cancelAction"_s)->trigger();
    QTRY_VERIFY(!f.window->queuePage()->isLoading());
    QCOMPARE(f.window->queueHistory(id).size(), 2);
}

void TestMainWindow::logTabLoadsOnRequest()
{
    Fixture f;
    f.openAndConnect();
    QTRY_VERIFY(!f.window->queuePage()->isLoading());
    QTRY_COMPARE(f.find<QTableView>(u"queueTable"_s)->model()->rowCount(), 50);
    const qsizetype before = f.fake->calls().size();
    QSignalSpy logLoaded(f.window.get(), &Ui::MainWindow::logLoaded);
    f.find<QAction>(u"showLogAction"_s)->trigger(); // the first visit reads the default window
    QVERIFY(logLoaded.wait(10000));
    QVERIFY(f.fake->calls().size() > before);
    QVERIFY(!f.window->logPage()->isLoading());
    // The fake knows no log commands: the page says so in words.
    QVERIFY(!f.find<QLabel>(u"logEmptyState"_s)->text().isEmpty());
    // F5 on the Log tab reads the log again, not the queue.
    const qsizetype queueLoads = f.fake->shellLines().count("/usr/sbin/postqueue -j");
    f.find<QAction>(u"refreshAction"_s)->trigger();
    QVERIFY(logLoaded.wait(10000));
    QCOMPARE(f.fake->shellLines().count("/usr/sbin/postqueue -j"), queueLoads);
}

// Renders the real main window with the demo queue to PNGs. `scripts/screenshots.sh --fixture` runs
// this with POSTDESK_SCREENSHOT_DIR set (the docs' shots come from the real test server instead);
// in the normal test run the images go to a temporary directory and are only checked for size.
// "Check this destination" from a queue row and from a reason class: the Checks tab opens with
// the destination's domain and the checks of its class, and they run on the (fake) server.
void TestMainWindow::checkThisDestination()
{
    Fixture f;
    f.open();
    auto *rowAction = f.find<QAction>(u"checkRowDestinationAction"_s);
    auto *classAction = f.find<QAction>(u"checkClassDestinationAction"_s);
    QVERIFY(!rowAction->isEnabled()); // no server connected yet
    QVERIFY(!classAction->isEnabled());
    f.fakeUsed = f.window->connectToProfile(u"demo"_s);
    auto *table = f.find<QTableView>(u"queueTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 50);
    QTRY_VERIFY(!f.window->queuePage()->isLoading());
    QVERIFY(rowAction->isEnabled());
    QVERIFY(classAction->isEnabled());

    // Checks prefilled from the load: the queue's most deferred domains.
    auto *domains = f.find<QLineEdit>(u"checkDomains"_s);
    QVERIFY2(!domains->text().isEmpty(), "no prefill from the queue");

    // A row with a deferred recipient: its first deferred recipient's domain, its class's checks.
    Ui::QueuePage *page = f.window->queuePage();
    int row = -1;
    for (int r = 0; r < page->proxy()->rowCount() && row < 0; ++r) {
        const QModelIndex source = page->proxy()->mapToSource(page->proxy()->index(r, 0));
        if (source.data(Ui::QueueTableModel::ClassRole).toInt() >= 0)
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex index = page->proxy()->index(row, 0);
    const QModelIndex source = page->proxy()->mapToSource(index);
    const QString domain = Ui::QueuePage::destinationOf(page->model()->message(source.row()));
    const auto cls = Diagnosis::ReasonClass(source.data(Ui::QueueTableModel::ClassRole).toInt());
    QVERIFY(!domain.isEmpty());
    table->setCurrentIndex(index);
    Ui::ChecksPage *checks = f.window->checksPage();
    QSignalSpy finished(checks, &Ui::ChecksPage::runFinished);
    rowAction->trigger();
    QCOMPARE(f.find<QTabWidget>(u"viewTabs"_s)->currentWidget(), checks);
    QCOMPARE(domains->text(), domain);
    QList<Diagnosis::CheckId> expected = Checks::checksForClass(cls);
    std::sort(expected.begin(), expected.end());
    QCOMPARE(checks->selector()->selected(), expected);
    QVERIFY(checks->isRunning());
    QVERIFY(finished.wait(20000));
    QVERIFY(checks->model()->rowCount() > 0);
    for (const Diagnosis::CheckResult &r : checks->model()->results())
        QVERIFY(expected.contains(r.check));

    // A reason class: its most deferred domain.
    f.find<QAction>(u"showQueueAction"_s)->trigger();
    page->checkClassDestination(int(cls));
    QCOMPARE(f.find<QTabWidget>(u"viewTabs"_s)->currentWidget(), checks);
    QVERIFY(!domains->text().isEmpty());
    QVERIFY(finished.wait(20000));

    // Esc cancels a run on the Checks tab.
    QVERIFY(checks->runAll());
    QVERIFY(f.find<QAction>(u"cancelAction"_s)->isEnabled());
    f.find<QAction>(u"cancelAction"_s)->trigger();
    QVERIFY(!checks->isRunning());
}

void TestMainWindow::dashboardFirstAndCtrl0()
{
    Fixture f;
    f.open();
    Ui::DashboardPage *dashboard = f.window->dashboard();
    QVERIFY(dashboard);
    QCOMPARE(dashboard->objectName(), u"dashboardPage"_s);
    QVERIFY(dashboard->isVisible()); // with profiles, the fleet comes first
    QVERIFY(f.window->fleetPoller());
    QVERIFY(f.window->alerts());
    QVERIFY(f.window->historyStore() && f.window->historyStore()->isOpen());
    const QUuid id = f.window->dashboard()->cards().value(0)->id();
    Ui::ServerCard *card = dashboard->card(id);
    QVERIFY(card);
    QCOMPARE(card->entry().name, u"demo"_s);
    QCOMPARE(card->stateText(), u"Waiting for the first poll"_s);

    // Opening the card connects that server; its loads feed the card (no second listing).
    QSignalSpy loaded(f.window.get(), &Ui::MainWindow::queueLoaded);
    QTest::mouseClick(card, Qt::LeftButton, {}, QPoint(30, 30));
    f.fakeUsed = true;
    QCOMPARE(f.window->currentProfile(), id);
    QVERIFY(f.find<QTabWidget>(u"viewTabs"_s)->isVisible());
    QVERIFY(!dashboard->isVisible());
    QTRY_COMPARE(f.find<QTableView>(u"queueTable"_s)->model()->rowCount(), 50);
    QTRY_VERIFY2(card->countsText().contains(u"deferred"_s), qPrintable(card->stateText()));
    QVERIFY(!card->entry().failed());
    QTRY_VERIFY(f.window->historyStore()->sampleCount() >= 1);

    auto *action = f.find<QAction>(u"showDashboardAction"_s);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+0"_s));
    QTest::keyClick(f.window.get(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY(dashboard->isVisible());
    // Back to the same server from the sidebar.
    auto *list = f.find<QListView>(u"serverList"_s);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 0)).center());
    QVERIFY(f.find<QTabWidget>(u"viewTabs"_s)->isVisible());
}

void TestMainWindow::screenshots()
{
    QTemporaryDir scratch;
    const QString outDir = qEnvironmentVariableIsSet("POSTDESK_SCREENSHOT_DIR")
        ? qEnvironmentVariable("POSTDESK_SCREENSHOT_DIR") : scratch.path();
    QDir().mkpath(outDir);
    auto save = [&outDir](QWidget *w, const QString &name) {
        const QImage image = w->grab().toImage();
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        QVERIFY(image.save(QDir(outDir).filePath(name)));
    };

    // The fixture's arrival times are relative to 1785400000: shift them so ages look current.
    QFile file(QStringLiteral(POSTDESK_TEST_DATA) + u"/ui-demo-queue.jsonl"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString jsonl = QString::fromUtf8(file.readAll());
    const qint64 shift = QDateTime::currentSecsSinceEpoch() - 1785400000;
    static const QRegularExpression arrival(u"\"arrival_time\": (\\d+)"_s);
    QString shifted;
    qsizetype last = 0;
    for (auto it = arrival.globalMatch(jsonl); it.hasNext();) {
        const auto m = it.next();
        shifted += jsonl.mid(last, m.capturedStart(1) - last)
            + QString::number(m.captured(1).toLongLong() + shift);
        last = m.capturedEnd(1);
    }
    shifted += jsonl.mid(last);
    FakeTransport::Response queue;
    queue.stdOut = shifted.toUtf8();

    {
        Fixture f;
        f.fake->on("/usr/sbin/postqueue -j", queue);
        f.openAndConnect();
        f.window->resize(1280, 800);
        auto *table = f.find<QTableView>(u"queueTable"_s);
        QTRY_COMPARE(table->model()->rowCount(), 50);
        table->sortByColumn(Ui::QueueTableModel::Age, Qt::DescendingOrder);
        table->setCurrentIndex(table->model()->index(shownIds(table).indexOf(u"4D2E8A91C3"_s), 0));
        QTRY_VERIFY(f.find<QPlainTextEdit>(u"previewText"_s)->toPlainText().contains(u"Subject:"_s));
        save(f.window.get(), u"main-window.png"_s);

        f.find<QComboBox>(u"queueFilter"_s)->setCurrentIndex(2); // deferred
        QTRY_COMPARE(table->model()->rowCount(), 32);
        QTest::keyClicks(f.find<QLineEdit>(u"filterEdit"_s), u"gmail"_s);
        QTRY_VERIFY(table->model()->rowCount() < 32); // after the filter box's debounce
        save(f.window.get(), u"filtered.png"_s);
    }
    {
        Remote::TransportError error;
        error.kind = Remote::TransportError::Kind::HostKeyChanged;
        error.message = u"mx.example.test offered ssh-ed25519 SHA256:q0Zk3V1bW8oTt5a6cJm2sXhYp9LrGdNfEuKiA4vB7wM, "
                        "but ~/.ssh/known_hosts line 12 has SHA256:Jx2m8fQk1TnV7cB3yW5pLrZs9aEdG6hUo4iK0vNt3Xc."_s;
        Fixture f;
        f.fake->failOnOpen(error);
        f.openAndConnect();
        f.window->resize(1280, 800);
        QTRY_VERIFY(f.find<QLabel>(u"errorBanner"_s)->isVisible());
        save(f.window.get(), u"host-key-changed.png"_s);
    }
    {
        Fixture f(Fixture::demoProfile(), false);
        f.open();
        f.window->resize(1280, 800);
        save(f.window.get(), u"first-run.png"_s);
    }
    {
        Remote::HostKeyInfo info;
        info.host = u"mx.example.test"_s;
        info.keyType = u"ssh-ed25519"_s;
        info.sha256Fingerprint = u"SHA256:q0Zk3V1bW8oTt5a6cJm2sXhYp9LrGdNfEuKiA4vB7wM"_s;
        info.knownHostsFile = u"/home/admin/.ssh/known_hosts"_s;
        Ui::HostKeyDialog dialog(info);
        dialog.show();
        const QImage image = dialog.grab().toImage();
        QVERIFY(image.width() >= 300);
        QVERIFY(image.save(QDir(outDir).filePath(u"host-key-dialog.png"_s)));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
