// The Checks tab of the real main window against the real test server (ctest fixture
// testserver_up): real SshTransport, the real checks run on the server. oldcorp.example's MX
// (mail.oldcorp.example, 127.0.0.20) refuses port 25; fullbox.example's MX accepts connections
// (its mailboxes are full, which is not a reachability problem). "Check this destination" on a
// seeded oldcorp row runs the checks of its class for its domain.
#include "checks/diagnosetargets.h"
#include "dialogs/dialoganswerer.h"
#include "fleet/profilestore.h"
#include "mainwindow.h"
#include "models/checkresultmodel.h"
#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"
#include "pages/checkspage.h"
#include "pages/queuepage.h"
#include "fleetenv.h"
#include "testserverenv.h"
#include "widgets/checkselector.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Diagnosis::CheckId;
using Diagnosis::CheckResult;
using Diagnosis::Verdict;
using TestSupport::TestServerEnv;

namespace {

constexpr int kConnectTimeoutMs = 90'000;
constexpr int kChecksTimeoutMs = 120'000;

struct Window
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Ui::MainWindow> window;

    explicit Window(const TestServerEnv &env)
    {
        settings = std::make_unique<QSettings>(dir.filePath(u"postdesk.ini"_s), QSettings::IniFormat);
        const Fleet::ServerProfile p = TestSupport::rootKeyProfile(env, u"test server"_s, {});
        Fleet::ProfileStore(settings.get()).save(p);
        Ui::MainWindow::Options options;
        options.settings = settings.get();
        options.useKeychain = false;
        options.historyPath = u":memory:"_s; // never the user's own queue history
        window = std::make_unique<Ui::MainWindow>(options);
        window->resize(1280, 800);
        window->show();
    }

    bool connectAndLoad()
    {
        QSignalSpy queue(window.get(), &Ui::MainWindow::queueLoaded);
        return window->connectToProfile(u"test server"_s) && queue.wait(kConnectTimeoutMs);
    }

    template <typename T>
    T *find(const QString &name) const
    {
        T *w = window->findChild<T *>(name);
        if (!w)
            qFatal("no widget named %s", qPrintable(name));
        return w;
    }
};

QString describe(const QList<CheckResult> &results)
{
    QString text;
    for (const CheckResult &r : results)
        text += r.toText();
    return text;
}

// The check is still its skeleton (its owner has not landed it): it says so in one result.
bool isSkeleton(const QList<CheckResult> &results)
{
    return results.size() == 1 && results.first().summary == u"This check is not available yet."_s;
}

} // namespace

class TestGuiChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { Ui::DialogAnswerer::clear(); }
    void smtpReachabilityVerdictsInTheView();
    void checkThisDestinationFromAQueueRow();

private:
    TestServerEnv m_env;
};

void TestGuiChecks::initTestCase()
{
    if (!m_env.isValid())
        QFAIL(qPrintable(m_env.error()));
}

void TestGuiChecks::smtpReachabilityVerdictsInTheView()
{
    Window w(m_env);
    QVERIFY(w.connectAndLoad());
    Ui::ChecksPage *page = w.window->checksPage();
    auto *domains = w.find<QLineEdit>(u"checkDomains"_s);
    QVERIFY2(!domains->text().isEmpty(), "the seeded queue's deferred domains were not prefilled");

    w.find<QAction>(u"showChecksAction"_s)->trigger();
    domains->setText(u"oldcorp.example fullbox.example"_s);
    page->selector()->setSelected({CheckId::SmtpReachability});
    QSignalSpy finished(page, &Ui::ChecksPage::runFinished);
    QVERIFY(page->runSelected());
    QVERIFY(finished.wait(kChecksTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(page->selector()->state(CheckId::SmtpReachability), Ui::CheckSelector::State::Done);

    const QList<CheckResult> results = page->model()->results();
    QVERIFY(!results.isEmpty());
    for (const CheckResult &r : results)
        QCOMPARE(r.check, CheckId::SmtpReachability);
    QVERIFY2(!isSkeleton(results), qPrintable(describe(results)));

    // In the view: the refused oldcorp MX is Failed, fullbox's MX is OK — icon and text.
    const Ui::CheckResultModel *model = page->model();
    int oldcorpFailed = -1;
    int fullboxOk = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const CheckResult &r = model->result(row);
        const QString what = r.target + u' ' + r.summary;
        if (what.contains(u"oldcorp.example"_s) && r.verdict == Verdict::Failed)
            oldcorpFailed = row;
        if (what.contains(u"fullbox.example"_s)) {
            QVERIFY2(r.verdict == Verdict::Ok, qPrintable(r.toText()));
            ++fullboxOk;
        }
    }
    QVERIFY2(oldcorpFailed >= 0, qPrintable(describe(results)));
    QVERIFY2(fullboxOk > 0, qPrintable(describe(results)));
    const QModelIndex failed = model->index(oldcorpFailed, Ui::CheckResultModel::Verdict);
    QCOMPARE(failed.data().toString(), u"Failed"_s);
    QVERIFY(!failed.data(Qt::DecorationRole).value<QIcon>().isNull());

    // Its detail: the advice, the evidence and the command that decided it, as plain text.
    auto *view = w.find<QTreeView>(u"checkResults"_s);
    view->setCurrentIndex(failed);
    const QString detail = w.find<QPlainTextEdit>(u"checkDetail"_s)->toPlainText();
    const CheckResult &r = model->result(oldcorpFailed);
    QVERIFY2(!r.commands.isEmpty(), qPrintable(r.toText()));
    QVERIFY2(detail.contains(u"$ "_s + r.commands.first()), qPrintable(detail));
    QVERIFY(detail.contains(r.summary));

    // The ticket text names the failure.
    w.find<QPushButton>(u"copyChecksButton"_s)->click();
    const QString ticket = QGuiApplication::clipboard()->text();
    QVERIFY2(ticket.contains(u"[FAILED] Outbound SMTP (port 25)"_s), qPrintable(ticket));
    QVERIFY(ticket.contains(u"oldcorp.example"_s));
}

void TestGuiChecks::checkThisDestinationFromAQueueRow()
{
    Window w(m_env);
    QVERIFY(w.connectAndLoad());
    Ui::QueuePage *queue = w.window->queuePage();
    int row = -1;
    for (int r = 0; r < queue->proxy()->rowCount() && row < 0; ++r) {
        const QModelIndex source = queue->proxy()->mapToSource(queue->proxy()->index(r, 0));
        // Mail of the Amavis sender to oldcorp is stuck at the dead filter (content_filter class).
        if (Ui::QueuePage::destinationOf(queue->model()->message(source.row())) == u"oldcorp.example"_s
            && source.data(Ui::QueueTableModel::ClassRole).toInt() == int(Diagnosis::ReasonClass::Network))
            row = r;
    }
    QVERIFY2(row >= 0, "no seeded message to oldcorp.example");
    const QModelIndex index = queue->proxy()->index(row, 0);
    const int cls = queue->proxy()->mapToSource(index).data(Ui::QueueTableModel::ClassRole).toInt();
    QCOMPARE(cls, int(Diagnosis::ReasonClass::Network));
    w.find<QTableView>(u"queueTable"_s)->setCurrentIndex(index);

    Ui::ChecksPage *page = w.window->checksPage();
    QSignalSpy finished(page, &Ui::ChecksPage::runFinished);
    w.find<QAction>(u"checkRowDestinationAction"_s)->trigger();
    QCOMPARE(w.find<QTabWidget>(u"viewTabs"_s)->currentWidget(), page);
    QCOMPARE(w.find<QLineEdit>(u"checkDomains"_s)->text(), u"oldcorp.example"_s);
    QList<CheckId> expected = Checks::checksForClass(Diagnosis::ReasonClass::Network);
    std::sort(expected.begin(), expected.end());
    QCOMPARE(page->selector()->selected(), expected);
    QVERIFY(finished.wait(kChecksTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), false);
    for (CheckId id : expected)
        QCOMPARE(page->selector()->state(id), Ui::CheckSelector::State::Done);
    const QList<CheckResult> results = page->model()->results();
    for (const CheckResult &r : results)
        QVERIFY(expected.contains(r.check));
    bool smtpFailed = false;
    for (const CheckResult &r : results) {
        if (r.check == CheckId::SmtpReachability)
            smtpFailed = smtpFailed || r.verdict == Verdict::Failed;
    }
    QVERIFY2(smtpFailed, qPrintable(describe(results)));
}

QTEST_MAIN(TestGuiChecks)
#include "tst_gui_checks.moc"
