// Queue actions in the real main window against the real test server (ctest fixture
// testserver_up): select injected rows and hold them through the Actions menu with the preview
// answered (Ui::PreviewAnswerer), the table then shows them in hold; "all the filter shows" with
// the typed count (a wrong count sends nothing); the viewer account's items are disabled with the
// reason and a request is refused clearly; a read-only profile offers no action; the audit dialog
// lists the records. Only messages this test injected (unique sender) are touched; every test
// deletes what it injected, also when it fails.
#include "actions/auditlog.h"
#include "actions/previewanswerer.h"
#include "actions/queueactions.h"
#include "dialogs/auditlogdialog.h"
#include "fleet/profilestore.h"
#include "mainwindow.h"
#include "models/auditlogmodel.h"
#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"
#include "pages/queuepage.h"
#include "testserverenv.h"
#include "widgets/actionbanner.h"

#include <QAction>
#include <QMenu>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using Actions::QueueActionKind;
using Actions::QueueActionResult;
using Answer = Ui::PreviewAnswerer::Answer;
using TestSupport::TestServerEnv;

namespace {

constexpr int kConnectTimeoutMs = 90'000;
constexpr int kActionTimeoutMs = 90'000;

struct Window
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Ui::MainWindow> window;

    Window(const TestServerEnv &env, const QString &user, const QString &key, bool readOnly = false)
    {
        settings = std::make_unique<QSettings>(dir.filePath(u"postdesk.ini"_s), QSettings::IniFormat);
        Fleet::ServerProfile p = Fleet::ServerProfile::create();
        p.name = u"test server"_s;
        p.host = env.host();
        p.port = env.port();
        p.user = user;
        p.auth = Remote::AuthMethod::KeyFile;
        p.keyFile = key;
        p.sudoMode = Remote::SudoMode::None;
        p.knownHostsFile = env.knownHostsFile();
        p.readOnly = readOnly;
        Fleet::ProfileStore(settings.get()).save(p);
        Ui::MainWindow::Options options;
        options.settings = settings.get();
        options.useKeychain = false;
        options.historyPath = u":memory:"_s; // never the user's own queue history
        options.auditLogPath = dir.filePath(u"audit.jsonl"_s);
        window = std::make_unique<Ui::MainWindow>(options);
        window->resize(1280, 800);
        window->show();
    }

    bool connectAndLoad()
    {
        QSignalSpy queue(window.get(), &Ui::MainWindow::queueLoaded);
        return window->connectToProfile(u"test server"_s) && queue.wait(kConnectTimeoutMs);
    }

    Ui::QueuePage *page() const { return window->queuePage(); }
    Ui::QueueActions *actions() const { return window->queueActions(); }

    QAction *action(const QString &name) const
    {
        QAction *a = actions()->menu()->findChild<QAction *>(name);
        if (!a)
            qFatal("no action %s", qPrintable(name));
        return a;
    }

    // Filters the table to the test's own sender; returns the IDs shown.
    QStringList showOnly(const QString &sender) const
    {
        page()->proxy()->setTextFilter(sender);
        QStringList ids;
        for (int r = 0; r < page()->proxy()->rowCount(); ++r)
            ids << page()->proxy()->index(r, 0).data(Ui::QueueTableModel::QueueIdRole).toString();
        return ids;
    }

    void select(const QStringList &ids) const
    {
        QTableView *table = page()->table();
        table->clearSelection();
        for (int r = 0; r < page()->proxy()->rowCount(); ++r) {
            const QModelIndex index = page()->proxy()->index(r, 0);
            if (ids.contains(index.data(Ui::QueueTableModel::QueueIdRole).toString()))
                table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    // Triggers `action`, waits for the result and the reload the main window starts after it.
    std::optional<QueueActionResult> runAndReload(QAction *action) const
    {
        QSignalSpy finished(actions(), &Ui::QueueActions::finished);
        QSignalSpy reloaded(window.get(), &Ui::MainWindow::queueLoaded);
        action->trigger();
        if (!finished.wait(kActionTimeoutMs))
            return std::nullopt;
        if (!reloaded.wait(kConnectTimeoutMs))
            return std::nullopt;
        return finished.first().first().value<QueueActionResult>();
    }
};

// Deletes the injected messages (as root, IDs on stdin) when the test ends, pass or fail.
struct InjectedMail
{
    const TestServerEnv &env;
    QString sender;
    QStringList ids;

    explicit InjectedMail(const TestServerEnv &e)
        : env(e)
        , sender(u"pd-gui-%1@postdesk.test"_s.arg(QRandomGenerator::global()->generate() % 1000000))
    {
    }
    ~InjectedMail() { cleanUp(); }

    bool inject(int count, QString *error)
    {
        for (int i = 0; i < count; ++i) {
            const QString id = env.inject(sender, {u"gui-actions%1@oldcorp.example"_s.arg(i)},
                                          u"postdesk gui actions test %1"_s.arg(i), error);
            if (id.isEmpty())
                return false;
            ids << id;
        }
        return true;
    }

    QString queueOf(const QString &id) const
    {
        for (const Postfix::QueuedMessage &m : env.queueMessages()) {
            if (m.queueId == id)
                return Postfix::queueNameToString(m.queueName);
        }
        return u"gone"_s;
    }

    void cleanUp()
    {
        // Everything still queued from this sender (also a requeue's new IDs), and nothing else.
        QByteArray list;
        for (const Postfix::QueuedMessage &m : env.queueMessages()) {
            if (m.sender == sender || ids.contains(m.queueId))
                list += m.queueId.toLatin1() + '\n';
        }
        if (!list.isEmpty())
            env.exec({u"/usr/sbin/postsuper"_s, u"-d"_s, u"-"_s}, nullptr, nullptr, list);
    }
};

} // namespace

class TestGuiActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { Ui::PreviewAnswerer::clear(); }
    void holdSelectedRowsThroughTheMenu();
    void allTheFilterShowsWithTypedCount();
    void viewerAccountIsRefusedClearly();
    void readOnlyProfileOffersNoActions();

private:
    TestServerEnv m_env;
};

void TestGuiActions::initTestCase()
{
    if (!m_env.isValid())
        QFAIL(qPrintable(m_env.error()));
}

void TestGuiActions::holdSelectedRowsThroughTheMenu()
{
    InjectedMail mail(m_env);
    QString error;
    QVERIFY2(mail.inject(3, &error), qPrintable(error));
    for (const QString &id : mail.ids)
        QCOMPARE(mail.queueOf(id), u"deferred"_s);

    Window w(m_env, u"root"_s, m_env.rootKey());
    QVERIFY(w.connectAndLoad());
    QCOMPARE(w.showOnly(mail.sender).size(), 3);
    const QStringList chosen = mail.ids.mid(0, 2);
    w.select(chosen);
    w.actions()->updateMenu();
    QAction *hold = w.action(u"action_hold_selected"_s);
    QVERIFY2(hold->isEnabled(), qPrintable(hold->toolTip()));
    QVERIFY2(hold->text().contains(u"2 selected"_s), qPrintable(hold->text()));

    Ui::PreviewAnswerer::setNextAnswer({});
    const auto result = w.runAndReload(hold);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->summaryText() + u'\n' + result->error + u'\n' + result->serverOutput));
    QCOMPARE(result->expected, 2);
    QCOMPARE(result->reported, 2);

    // On the server: exactly the chosen two are held; the third is untouched.
    QCOMPARE(mail.queueOf(chosen.at(0)), u"hold"_s);
    QCOMPARE(mail.queueOf(chosen.at(1)), u"hold"_s);
    QCOMPARE(mail.queueOf(mail.ids.at(2)), u"deferred"_s);
    // In the table, after the reload.
    Ui::QueueTableModel *model = w.page()->model();
    for (const QString &id : chosen) {
        const int row = model->rowOfQueueId(id);
        QVERIFY(row >= 0);
        QCOMPARE(model->message(row).queueName, Postfix::QueueName::Hold);
    }
    QVERIFY(w.page()->actionBanner()->isVisible());
    QCOMPARE(w.page()->actionBanner()->text(), result->summaryText());

    // The audit dialog lists the record.
    w.action(u"auditLogAction"_s)->trigger();
    auto *dialog = w.window->findChild<Ui::AuditLogDialog *>(u"auditLogDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->proxy()->rowCount(), 1);
    QCOMPARE(dialog->proxy()->index(0, Ui::AuditLogModel::Action).data().toString(), u"hold"_s);
    QCOMPARE(dialog->proxy()->index(0, Ui::AuditLogModel::Result).data().toString(), u"ok"_s);
    QCOMPARE(dialog->proxy()->index(0, Ui::AuditLogModel::Server).data().toString(), u"test server"_s);
    dialog->close();
}

void TestGuiActions::allTheFilterShowsWithTypedCount()
{
    InjectedMail mail(m_env);
    QString error;
    QVERIFY2(mail.inject(6, &error), qPrintable(error));

    Window w(m_env, u"root"_s, m_env.rootKey());
    QVERIFY(w.connectAndLoad());
    const QStringList shown = w.showOnly(mail.sender);
    QCOMPARE(shown.size(), 6); // only ours: nothing else may be acted on
    w.actions()->updateMenu();
    QAction *hold = w.action(u"action_hold_filtered"_s);
    QVERIFY2(hold->text().contains(u"all 6 messages the filter shows"_s), qPrintable(hold->text()));

    // More than a handful: the count must be typed. A wrong count sends nothing.
    Ui::PreviewAnswerer::setNextAnswer({.choice = Answer::Choice::Run, .typed = u"5"_s});
    hold->trigger();
    QTRY_COMPARE(Ui::PreviewAnswerer::questions(), 1);
    QTest::qWait(200);
    QVERIFY(!Ui::PreviewAnswerer::lastRunWasEnabled());
    QVERIFY(!w.actions()->isRunning());
    for (const QString &id : mail.ids)
        QCOMPARE(mail.queueOf(id), u"deferred"_s);

    Ui::PreviewAnswerer::setNextAnswer({.choice = Answer::Choice::Run, .typed = u"6"_s});
    const auto held = w.runAndReload(hold);
    QVERIFY(held);
    QVERIFY2(held->ok(), qPrintable(held->summaryText() + u'\n' + held->error));
    for (const QString &id : mail.ids)
        QCOMPARE(mail.queueOf(id), u"hold"_s);

    // Delete them all through the same path (typed count again), which is also the clean-up.
    w.showOnly(mail.sender);
    w.actions()->updateMenu();
    Ui::PreviewAnswerer::setNextAnswer({.choice = Answer::Choice::Run, .typed = u"6"_s});
    const auto deleted = w.runAndReload(w.action(u"action_delete_filtered"_s));
    QVERIFY(deleted);
    QVERIFY2(deleted->ok(), qPrintable(deleted->summaryText() + u'\n' + deleted->error));
    QCOMPARE(deleted->reported, 6);
    for (const QString &id : mail.ids)
        QCOMPARE(mail.queueOf(id), u"gone"_s);
    QCOMPARE(w.showOnly(mail.sender).size(), 0);

    const Actions::AuditLog::ReadResult audit = w.window->auditLog()->read();
    QCOMPARE(audit.records.size(), 2);
    QCOMPARE(audit.records.at(0).action, u"hold"_s);
    QCOMPARE(audit.records.at(1).action, u"delete"_s);
    QCOMPARE(audit.records.at(1).ids.size(), 6);
}

void TestGuiActions::viewerAccountIsRefusedClearly()
{
    InjectedMail mail(m_env);
    QString error;
    QVERIFY2(mail.inject(1, &error), qPrintable(error));

    Window w(m_env, m_env.viewerUser(), m_env.viewerKey());
    QVERIFY(w.connectAndLoad());
    QCOMPARE(w.showOnly(mail.sender).size(), 1);
    w.select(mail.ids);
    w.actions()->updateMenu();
    for (const QString &name : {u"action_hold_selected"_s, u"action_delete_selected"_s, u"action_delete_filtered"_s}) {
        QAction *a = w.action(name);
        QVERIFY2(a->isVisible() && !a->isEnabled(), qPrintable(name));
        QVERIFY2(a->toolTip().contains(m_env.viewerUser()), qPrintable(a->toolTip()));
    }
    QVERIFY(!w.actions()->accountRights().queueActions);
    QVERIFY(w.window->findChild<QToolButton *>(u"queueActionsButton"_s)->isVisible());

    // A request anyway (e.g. from a fix): refused in plain words, no preview, nothing changed.
    w.actions()->run(QueueActionKind::Delete, w.page()->selectedMessages());
    QCOMPARE(Ui::PreviewAnswerer::questions(), 0);
    QCOMPARE(w.page()->actionBanner()->tone(), Ui::ActionBanner::Tone::Error);
    QVERIFY2(w.page()->actionBanner()->text().contains(u"postsuper"_s), qPrintable(w.page()->actionBanner()->text()));
    QCOMPARE(mail.queueOf(mail.ids.first()), u"deferred"_s);
}

void TestGuiActions::readOnlyProfileOffersNoActions()
{
    Window w(m_env, u"root"_s, m_env.rootKey(), true);
    QVERIFY(w.connectAndLoad());
    QVERIFY(!w.window->findChild<QToolButton *>(u"queueActionsButton"_s)->isVisible());
    w.page()->table()->selectRow(0);
    QMenu context;
    Q_EMIT w.page()->contextMenuAboutToShow(&context);
    QVERIFY(context.actions().isEmpty());
    w.actions()->updateMenu();
    QVERIFY(!w.action(u"action_delete_selected"_s)->isVisible());
    w.actions()->run(QueueActionKind::Delete, w.page()->selectedMessages());
    QCOMPARE(Ui::PreviewAnswerer::questions(), 0);
    QVERIFY(w.page()->actionBanner()->text().contains(u"read-only"_s));
    QCOMPARE(w.window->auditLog()->read().records.size(), 0);
}

QTEST_MAIN(TestGuiActions)
#include "tst_gui_actions.moc"
