// Ui::QueueActions over TestSupport::FakeTransport with the demo queue: the menu texts say the
// counts; hold on the selection sends exactly the selected IDs on postsuper's stdin and shows the
// result in the page's banner (no modal box) and the audit log; a wrong typed token sends nothing;
// an alternative opens its own preview; the viewer account's items are disabled with the reason;
// a read-only profile has no actions anywhere; Postfix < 3.5 hides force-expire with an
// explanation; Del opens the delete preview; cancel while postsuper runs.
#include "actions/auditlog.h"
#include "actions/queueactions.h"
#include "actions/previewanswerer.h"
#include "faketransport.h"
#include "dialogs/actionpreviewdialog.h"
#include "fleet/profilestore.h"
#include "fleet/serverprofile.h"
#include "mainwindow.h"
#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"
#include "pages/queuepage.h"
#include "remote/serversession.h"
#include "widgets/actionbanner.h"

#include <QAction>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using Actions::QueueActionKind;
using Actions::QueueActionResult;
using TestSupport::FakeTransport;
using Answer = Ui::PreviewAnswerer::Answer;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    FakeTransport *fake = new FakeTransport;
    std::unique_ptr<Remote::ServerSession> session;
    std::unique_ptr<Ui::QueuePage> page;
    std::unique_ptr<Actions::AuditLog> audit;
    Ui::QueueActions *actions = nullptr;

    explicit Fixture(const FakeTransport::ProbeSetup &probe = {}, bool readOnly = false)
    {
        fake->respondToProbe(FakeTransport::probeOutput(probe));
        fake->on("/usr/sbin/postqueue -j", FakeTransport::Response::fromFile(u"ui-demo-queue.jsonl"_s));
        fake->setFallback({.stdOut = {}, .stdErr = {}, .exitCode = 0});
        Remote::ConnectionParams p;
        p.host = u"fake.example"_s;
        p.user = probe.user;
        session = std::make_unique<Remote::ServerSession>(p, nullptr, fake->factory());
        QSignalSpy ready(session.get(), &Remote::ServerSession::ready);
        session->connectToServer();
        if (!ready.wait(5000))
            qFatal("fake session not ready");
        page = std::make_unique<Ui::QueuePage>();
        page->resize(1100, 700);
        page->show();
        page->setSession(session.get());
        audit = std::make_unique<Actions::AuditLog>(dir.filePath(u"audit.jsonl"_s));
        actions = new Ui::QueueActions(page.get(), audit.get(), page.get());
        Fleet::ServerProfile profile = Fleet::ServerProfile::create();
        profile.name = u"fake server"_s;
        profile.host = p.host;
        profile.user = p.user;
        profile.readOnly = readOnly;
        profile.sudoMode = probe.uid == 0 ? Remote::SudoMode::None : Remote::SudoMode::Auto;
        actions->setServer(session.get(), profile);
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 5000);
    }
    ~Fixture()
    {
        actions->setServer(nullptr, {});
        page->setSession(nullptr);
    }

    // Selects the first `n` deferred rows of the table; returns their IDs.
    QStringList selectDeferred(int n)
    {
        page->proxy()->setQueueFilter(Postfix::QueueName::Deferred);
        QTableView *table = page->table();
        table->clearSelection();
        QStringList ids;
        for (int r = 0; r < n; ++r) {
            const QModelIndex index = page->proxy()->index(r, 0);
            table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ids << index.data(Ui::QueueTableModel::QueueIdRole).toString();
        }
        actions->updateMenu(); // as the menu does when it is shown
        return ids;
    }

    QList<FakeTransport::Call> postsuperCalls() const
    {
        QList<FakeTransport::Call> calls;
        for (const FakeTransport::Call &c : fake->calls()) {
            if (c.command.shellLine.startsWith("/usr/sbin/postsuper"))
                calls << c;
        }
        return calls;
    }

    QAction *action(const QString &name) const
    {
        QAction *a = actions->menu()->findChild<QAction *>(name);
        if (!a)
            qFatal("no action %s", qPrintable(name));
        return a;
    }
};

// postsuper's stdin as a sorted list of lines: exactly the IDs, one bare ID per line, any order.
QStringList stdinIds(const QByteArray &stdinData)
{
    QStringList ids = QString::fromLatin1(stdinData).split(u'\n');
    if (!stdinData.endsWith('\n'))
        ids << u"<no final newline>"_s;
    ids.removeLast();
    ids.sort();
    return ids;
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

} // namespace

class TestQueueActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Ui::PreviewAnswerer::clear(); }
    void menuTextsSayTheCounts();
    void holdSelectionSendsExactlyTheSelectedIds();
    void wrongTypedTokenSendsNothing();
    void alternativeOpensItsOwnPreview();
    void viewerItemsDisabledWithTheReason();
    void readOnlyProfileHasNoActions();
    void oldPostfixHidesForceExpire();
    void deleteKeyOpensTheDeletePreview();
    void cancelWhilePostsuperRuns();
    void mainWindowMenuAndPreviewRender();
};

void TestQueueActions::menuTextsSayTheCounts()
{
    Fixture f;
    f.selectDeferred(2);
    f.actions->updateMenu();
    QAction *hold = f.action(u"action_hold_selected"_s);
    QVERIFY2(hold->text().contains(u"the 2 selected messages"_s), qPrintable(hold->text()));
    QVERIFY(hold->isEnabled());
    QVERIFY(hold->isVisible());
    const int deferred = f.page->proxy()->rowCount();
    QAction *all = f.action(u"action_delete_filtered"_s);
    QVERIFY2(all->text().contains(u"all %1 messages the filter shows"_s.arg(deferred)), qPrintable(all->text()));
    f.page->proxy()->setQueueFilter(std::nullopt);
    f.actions->updateMenu();
    QVERIFY2(all->text().contains(u"all 50 messages in the queue"_s), qPrintable(all->text()));
    QVERIFY(f.action(u"flushAllAction"_s)->text().contains(u"Flush all deferred mail"_s));
    QVERIFY(f.action(u"accountRightsAction"_s)->isEnabled());
    QVERIFY(!f.action(u"expireUnavailableAction"_s)->isVisible());
    // The context menu of the table carries the selection's actions too.
    QMenu context;
    Q_EMIT f.page->contextMenuAboutToShow(&context);
    QVERIFY(context.actions().contains(hold));
}

void TestQueueActions::holdSelectionSendsExactlyTheSelectedIds()
{
    Fixture f;
    f.fake->onMatch(QRegularExpression(u"^/usr/sbin/postsuper -h -"_s),
                    {.stdErr = "postsuper: Placed on hold: 2 messages\n"});
    const QStringList ids = f.selectDeferred(2);
    Ui::PreviewAnswerer::setNextAnswer({});
    QSignalSpy finished(f.actions, &Ui::QueueActions::finished);
    f.action(u"action_hold_selected"_s)->trigger();
    QVERIFY(finished.wait(5000));
    const auto result = finished.first().first().value<QueueActionResult>();
    QCOMPARE(result.outcome, QueueActionResult::Outcome::Ok);
    QCOMPARE(result.expected, 2);
    const QList<FakeTransport::Call> calls = f.postsuperCalls();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(stdinIds(calls.first().command.stdinData), sorted(ids));
    QVERIFY(!calls.first().command.shellLine.contains(ids.first().toLatin1())); // IDs never in argv
    // The result is in the page's banner, not in a modal box.
    Ui::ActionBanner *banner = f.page->actionBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->tone(), Ui::ActionBanner::Tone::Ok);
    QCOMPARE(banner->text(), result.summaryText());
    QVERIFY(banner->details().contains(u"postsuper"_s));
    const Actions::AuditLog::ReadResult audited = f.audit->read();
    QCOMPARE(audited.records.size(), 1);
    QCOMPARE(audited.records.first().action, u"hold"_s);
    QCOMPARE(audited.records.first().server, u"fake server"_s);
    QVERIFY(!f.actions->isRunning());
}

void TestQueueActions::wrongTypedTokenSendsNothing()
{
    Fixture f;
    f.fake->onMatch(QRegularExpression(u"^/usr/sbin/postsuper -d -"_s),
                    {.stdErr = "postsuper: Deleted: 8 messages\n"});
    const QStringList ids = f.selectDeferred(8);
    Ui::PreviewAnswerer::setNextAnswer({.choice = Answer::Choice::Run, .typed = u"7"_s});
    f.action(u"action_delete_selected"_s)->trigger();
    QTRY_COMPARE(Ui::PreviewAnswerer::questions(), 1);
    QTest::qWait(50);
    QVERIFY(!Ui::PreviewAnswerer::lastRunWasEnabled());
    QVERIFY(!f.actions->isRunning());
    QCOMPARE(f.postsuperCalls().size(), 0);

    QSignalSpy finished(f.actions, &Ui::QueueActions::finished);
    Ui::PreviewAnswerer::setNextAnswer({.choice = Answer::Choice::Run, .typed = u"8"_s});
    f.action(u"action_delete_selected"_s)->trigger();
    QVERIFY(finished.wait(5000));
    QVERIFY(Ui::PreviewAnswerer::lastRunWasEnabled());
    QCOMPARE(f.postsuperCalls().size(), 1);
    QCOMPARE(stdinIds(f.postsuperCalls().first().command.stdinData), sorted(ids));
}

void TestQueueActions::alternativeOpensItsOwnPreview()
{
    Fixture f;
    f.fake->onMatch(QRegularExpression(u"^/usr/sbin/postsuper -h -"_s),
                    {.stdErr = "postsuper: Placed on hold: 3 messages\n"});
    f.selectDeferred(3);
    Ui::PreviewAnswerer::setNextAnswer({.choice = Answer::Choice::Alternative, .alternative = QueueActionKind::Hold});
    Ui::PreviewAnswerer::setNextAnswer({});
    QSignalSpy finished(f.actions, &Ui::QueueActions::finished);
    f.action(u"action_delete_selected"_s)->trigger();
    QVERIFY(finished.wait(5000));
    QCOMPARE(Ui::PreviewAnswerer::questions(), 2);
    const auto result = finished.first().first().value<QueueActionResult>();
    QCOMPARE(result.kind, QueueActionKind::Hold);
    QCOMPARE(f.postsuperCalls().size(), 1);
    QVERIFY(f.postsuperCalls().first().command.shellLine.startsWith("/usr/sbin/postsuper -h -"));
}

void TestQueueActions::viewerItemsDisabledWithTheReason()
{
    Fixture f({.uid = 1001, .user = u"pdviewer"_s, .sudo = false});
    f.selectDeferred(2);
    f.actions->updateMenu();
    QAction *hold = f.action(u"action_hold_selected"_s);
    QVERIFY(hold->isVisible());
    QVERIFY(!hold->isEnabled());
    QVERIFY2(hold->toolTip().contains(u"cannot change queued mail"_s), qPrintable(hold->toolTip()));
    QVERIFY(!f.action(u"action_delete_filtered"_s)->isEnabled());
    QVERIFY(f.action(u"flushAllAction"_s)->isEnabled()); // postqueue -f needs no privilege
    QVERIFY(!f.actions->accountRights().queueActions);
    // Asked anyway (a fix flow): refused clearly in the banner, nothing sent, no preview.
    f.actions->run(QueueActionKind::Hold, f.page->selectedMessages());
    QCOMPARE(Ui::PreviewAnswerer::questions(), 0);
    QCOMPARE(f.page->actionBanner()->tone(), Ui::ActionBanner::Tone::Error);
    QVERIFY(f.page->actionBanner()->text().contains(u"pdviewer"_s));
    QCOMPARE(f.postsuperCalls().size(), 0);
}

void TestQueueActions::readOnlyProfileHasNoActions()
{
    Fixture f({}, true);
    f.selectDeferred(2);
    f.actions->updateMenu();
    for (QAction *a : f.actions->menu()->actions()) {
        if (a->objectName() == u"auditLogAction"_s || a->objectName() == u"accountRightsAction"_s || a->isSeparator())
            continue;
        QVERIFY2(!a->isVisible(), qPrintable(a->objectName()));
    }
    QMenu context;
    Q_EMIT f.page->contextMenuAboutToShow(&context);
    QVERIFY(context.actions().isEmpty());
    f.actions->run(QueueActionKind::Delete, f.page->selectedMessages());
    QCOMPARE(Ui::PreviewAnswerer::questions(), 0);
    QVERIFY(f.page->actionBanner()->text().contains(u"read-only"_s));
    QCOMPARE(f.postsuperCalls().size(), 0);
}

void TestQueueActions::oldPostfixHidesForceExpire()
{
    Fixture f({.mailVersion = u"3.4.14"_s});
    f.selectDeferred(1);
    f.actions->updateMenu();
    QVERIFY(!f.action(u"action_expire_selected"_s)->isVisible());
    QVERIFY(!f.action(u"action_expire_filtered"_s)->isVisible());
    QAction *why = f.action(u"expireUnavailableAction"_s);
    QVERIFY(why->isVisible());
    QVERIFY(!why->isEnabled());
    QVERIFY2(why->text().contains(u"3.5"_s) && why->text().contains(u"3.4.14"_s), qPrintable(why->text()));
    QVERIFY(f.action(u"action_hold_selected"_s)->isVisible());
}

void TestQueueActions::deleteKeyOpensTheDeletePreview()
{
    Fixture f;
    f.selectDeferred(1);
    f.actions->updateMenu();
    Ui::PreviewAnswerer::setNextAnswer({.choice = Answer::Choice::Cancel});
    f.page->table()->setFocus();
    QTest::keyClick(f.page->table(), Qt::Key_Delete);
    QTRY_COMPARE(Ui::PreviewAnswerer::questions(), 1);
    QTest::qWait(50);
    QCOMPARE(f.postsuperCalls().size(), 0);
    QVERIFY(!f.actions->isRunning());
}

void TestQueueActions::cancelWhilePostsuperRuns()
{
    Fixture f;
    f.fake->onMatch(QRegularExpression(u"^/usr/sbin/postsuper -r -"_s), {.hang = true});
    f.selectDeferred(2);
    Ui::PreviewAnswerer::setNextAnswer({});
    QSignalSpy running(f.actions, &Ui::QueueActions::runningChanged);
    QSignalSpy finished(f.actions, &Ui::QueueActions::finished);
    f.action(u"action_requeue_selected"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(f.postsuperCalls().size() == 1, 5000);
    QVERIFY(f.actions->isRunning());
    QCOMPARE(f.page->actionBanner()->tone(), Ui::ActionBanner::Tone::Running);
    f.actions->cancel();
    QVERIFY(finished.size() == 1 || finished.wait(5000));
    const auto result = finished.first().first().value<QueueActionResult>();
    QCOMPARE(result.outcome, QueueActionResult::Outcome::Canceled);
    QCOMPARE(f.page->actionBanner()->tone(), Ui::ActionBanner::Tone::Warning);
    QVERIFY(!f.actions->isRunning());
    QCOMPARE(running.size(), 2);
}

// The real main window over the fake: the Actions toolbar button opens the menu, the delete
// preview opens non-modally (open()) as a child of the window. With POSTDESK_SHOT_DIR set, both are
// written as PNGs there (actions-menu.png, actions-preview.png) for a look.
void TestQueueActions::mainWindowMenuAndPreviewRender()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"postdesk.ini"_s), QSettings::IniFormat);
    Fleet::ServerProfile profile = Fleet::ServerProfile::create();
    profile.name = u"mx1.example.test"_s;
    profile.host = u"mx1.example.test"_s;
    profile.user = u"root"_s;
    profile.sudoMode = Remote::SudoMode::None;
    Fleet::ProfileStore(&settings).save(profile);
    auto *fake = new FakeTransport;
    fake->respondToProbe(FakeTransport::probeOutput({}));
    fake->on("/usr/sbin/postqueue -j", FakeTransport::Response::fromFile(u"ui-demo-queue.jsonl"_s));
    fake->setFallback({});
    Ui::MainWindow::Options options;
    options.settings = &settings;
    options.transportFactory = fake->factory();
    options.useKeychain = false;
    options.historyPath = u":memory:"_s; // never the user's own queue history
    options.auditLogPath = dir.filePath(u"audit.jsonl"_s);
    Ui::MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    QSignalSpy loaded(&window, &Ui::MainWindow::queueLoaded);
    QVERIFY(window.connectToProfile(u"mx1.example.test"_s));
    QVERIFY(loaded.wait(5000));
    Ui::QueuePage *page = window.queuePage();
    page->proxy()->setQueueFilter(Postfix::QueueName::Deferred);
    for (int r = 0; r < 12; ++r)
        page->table()->selectionModel()->select(page->proxy()->index(r, 0),
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *button = window.findChild<QToolButton *>(u"queueActionsButton"_s);
    QVERIFY(button && button->isVisible() && button->isEnabled());

    QMenu *menu = window.queueActions()->menu();
    const QPoint at = button->mapToGlobal(QPoint(0, button->height()));
    menu->popup(at);
    QTRY_VERIFY(menu->isVisible());
    QVERIFY(window.queueActions()->messageAction(QueueActionKind::Delete, false)->text().contains(u"12 selected"_s));
    const QString shots = qEnvironmentVariable("POSTDESK_SHOT_DIR");
    if (!shots.isEmpty()) {
        QImage image = window.grab().toImage();
        QPainter painter(&image);
        painter.drawPixmap(window.mapFromGlobal(at), menu->grab());
        painter.end();
        QVERIFY(image.save(shots + u"/actions-menu.png"_s));
    }
    menu->hide();

    window.queueActions()->runOnSelection(QueueActionKind::Delete); // no answer queued: the real dialog
    Ui::ActionPreviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<Ui::ActionPreviewDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->isModal()); // open(): window-modal, no nested event loop
    QVERIFY(!dialog->runButton()->isEnabled());
    QCOMPARE(dialog->runButton()->text(), u"Delete 12 messages"_s);
    dialog->setTypedConfirmation(u"12"_s);
    QVERIFY(dialog->runButton()->isEnabled());
    if (!shots.isEmpty())
        QVERIFY(dialog->grab().save(shots + u"/actions-preview.png"_s));
    dialog->reject();
    QTRY_VERIFY(!window.findChild<Ui::ActionPreviewDialog *>());
    QVERIFY(!window.queueActions()->isRunning());
}

QTEST_MAIN(TestQueueActions)
#include "tst_queueactions.moc"
