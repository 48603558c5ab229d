// The Log and Charts tabs of the real main window against the real test server (ctest fixture
// testserver_up): real SshTransport, real Services::LogStatsLoader reading the server's
// /var/log/mail.log. The seeded queue's deferrals are in that log, so the Log page must show
// deferred events with their reason classes, and the per-hour charts must have data.
#include "charts/barchartwidget.h"
#include "charts/chartspage.h"
#include "charts/timelinechartwidget.h"
#include "dialogs/dialoganswerer.h"
#include "fleet/profilestore.h"
#include "mainwindow.h"
#include "models/logeventmodel.h"
#include "pages/logpage.h"
#include "pages/queuepage.h"
#include "testserverenv.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Postfix::LogStatus;
using TestSupport::TestServerEnv;
using Ui::LogEventModel;

namespace {

constexpr int kConnectTimeoutMs = 90'000;
constexpr int kLogTimeoutMs = 120'000;

struct Window
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Ui::MainWindow> window;

    Window(const TestServerEnv &env, const QString &user, const QString &keyFile)
    {
        settings = std::make_unique<QSettings>(dir.filePath(u"postdesk.ini"_s), QSettings::IniFormat);
        Fleet::ServerProfile p = Fleet::ServerProfile::create();
        p.name = u"test server"_s;
        p.host = env.host();
        p.port = env.port();
        p.user = user;
        p.auth = Remote::AuthMethod::KeyFile;
        p.keyFile = keyFile;
        p.sudoMode = Remote::SudoMode::None;
        p.knownHostsFile = env.knownHostsFile();
        Fleet::ProfileStore(settings.get()).save(p);

        Ui::MainWindow::Options options;
        options.settings = settings.get();
        options.useKeychain = false;
        options.historyPath = u":memory:"_s; // never the user's own queue history
        window = std::make_unique<Ui::MainWindow>(options);
        window->resize(1280, 800);
        window->show();
    }

    template <typename T>
    T *find(const QString &name) const
    {
        T *w = window->findChild<T *>(name);
        if (!w)
            qFatal("no widget named %s", qPrintable(name));
        return w;
    }

    // Connects, waits for the queue, then opens the Log tab (which reads the last 24 hours).
    bool loadLog()
    {
        if (!window->connectToProfile(u"test server"_s))
            return false;
        QSignalSpy queue(window.get(), &Ui::MainWindow::queueLoaded);
        if (!queue.wait(kConnectTimeoutMs))
            return false;
        QSignalSpy log(window.get(), &Ui::MainWindow::logLoaded);
        find<QAction>(u"showLogAction"_s)->trigger();
        return log.wait(kLogTimeoutMs);
    }
};

} // namespace

class TestGuiLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { Ui::DialogAnswerer::clear(); }
    void logPageShowsDeferralsAndCharts();
    void viewerReadsTheLogThroughAdm();

private:
    TestServerEnv m_env;
};

void TestGuiLogs::initTestCase()
{
    if (!m_env.isValid())
        QFAIL(qPrintable(m_env.error()));
}

void TestGuiLogs::logPageShowsDeferralsAndCharts()
{
    Window w(m_env, u"root"_s, m_env.rootKey());
    QVERIFY(w.loadLog());
    Ui::LogPage *page = w.window->logPage();
    QVERIFY2(page->hasResult(), qPrintable(w.find<QLabel>(u"logEmptyState"_s)->text()));
    LogEventModel *model = page->model();
    QVERIFY(model->rowCount() > 0);
    QVERIFY2(model->count(LogStatus::Deferred) > 0, qPrintable(QString::number(model->rowCount())));

    // Every seeded kind of deferral lands in a class; the refused port 25 of oldcorp is Network.
    bool sawOldcorp = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const Postfix::LogEvent &e = model->event(r);
        if (e.status != LogStatus::Deferred)
            continue;
        QVERIFY2(model->reasonClass(r) >= 0, qPrintable(e.rawLine));
        QVERIFY(!e.rawLine.isEmpty());
        const bool port25Refused =
            e.reason.contains(u"mail.oldcorp.example[127.0.0.20]:25: Connection refused"_s);
        if (e.to.endsWith(u"@oldcorp.example"_s) && port25Refused) {
            QCOMPARE(model->reasonClass(r), int(Diagnosis::ReasonClass::Network));
            sawOldcorp = true;
        }
    }
    QVERIFY(sawOldcorp);

    // The status filter leaves only deferred rows.
    auto *status = w.find<QComboBox>(u"logStatusFilter"_s);
    status->setCurrentIndex(status->findData(int(LogStatus::Deferred)));
    QAbstractItemModel *shown = w.find<QTableView>(u"logTable"_s)->model();
    QTRY_VERIFY(shown->rowCount() > 0);
    for (int r = 0; r < shown->rowCount(); ++r)
        QCOMPARE(shown->index(r, LogEventModel::Status).data(LogEventModel::StatusRole).toInt(),
                 int(LogStatus::Deferred));
    QVERIFY(w.find<QLabel>(u"logTotals"_s)->text().contains(u"deferred"_s));

    // Deliveries per hour: data on the Log page and on the Charts tab.
    Ui::BarChartWidget *perHour = page->perHourChart();
    QVERIFY(!perHour->isShowingEmptyState());
    qreal deferred = 0;
    for (const Ui::BarSetData &set : perHour->data().sets) {
        if (set.name == u"deferred"_s) {
            for (qreal v : set.values)
                deferred += v;
        }
    }
    QVERIFY2(deferred > 0, "no deferrals in the per-hour chart");
    w.find<QAction>(u"showChartsAction"_s)->trigger();
    Ui::ChartsPage *charts = w.window->chartsPage();
    QVERIFY(!charts->deliveryChart()->isShowingEmptyState());
    QVERIFY(!charts->reasonsChart()->isShowingEmptyState());
    QVERIFY(!charts->domainsChart()->isShowingEmptyState());
    QCOMPARE(charts->historyChart()->data().series.first().points.size(), 1);
}

void TestGuiLogs::viewerReadsTheLogThroughAdm()
{
    // pdviewer has no sudo but is in group adm, which may read /var/log/mail.log.
    Window w(m_env, m_env.viewerUser(), m_env.viewerKey());
    QVERIFY(w.loadLog());
    QVERIFY2(w.window->logPage()->hasResult(), qPrintable(w.find<QLabel>(u"logEmptyState"_s)->text()));
    QVERIFY(w.window->logPage()->model()->count(LogStatus::Deferred) > 0);
}

QTEST_MAIN(TestGuiLogs)
#include "tst_gui_logs.moc"
