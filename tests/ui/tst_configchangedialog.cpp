// The shared confirm → apply → result dialog and its view, for every Outcome. The runner is real
// (slice B) on a fake session that answers reads and never finishes a change; the test plays the
// runner's part from there by emitting its signals, so the reaction to each outcome is exact.
#include "actions/configchangerunner.h"
#include "dialogs/configchangedialog.h"
#include "fakesession.h"
#include "fixes/configchangeview.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = Actions::ConfigChangeResult::Outcome;

class TestConfigChangeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void viewShowsEveryOutcome_data();
    void viewShowsEveryOutcome();
    void dialogConfirmsThenApplies_data();
    void dialogConfirmsThenApplies();
    void emptyPlanCannotBeApplied();
    void previewErrorShownNothingApplied();
    void builderErrorShown();
    void closingWhileApplyingCancelsAndWaits();
    void secretNeverShown();
    void render();
};

namespace {

template <typename T>
T *child(QWidget &w, const QString &name)
{
    T *c = w.findChild<T *>(name);
    if (!c)
        qFatal("no child %s", qPrintable(name));
    return c;
}

QByteArray defaultValues()
{
    return "config_directory = /etc/postfix\ndefault_database_type = hash\nmaximal_queue_lifetime = 5d\n";
}

// Reads (postconf NAME…, postconf -n) are answered like a Debian server would; every command
// that would change something hangs, so the test decides how the change ends by emitting the
// runner's finished().
TestSupport::FakeSession serverSession(const QByteArray &values = defaultValues())
{
    return TestSupport::readyFakeSession({}, [values](TestSupport::FakeTransport *fake) {
        TestSupport::FakeTransport::Response hang;
        hang.hang = true;
        fake->setFallback(hang);
        TestSupport::FakeTransport::Response read;
        read.stdOut = values;
        fake->onMatch(QRegularExpression(u"^/usr/sbin/postconf( [A-Za-z0-9_-]+)+$"_s), read);
        fake->on("/usr/sbin/postconf -n", read);
    });
}

Actions::ConfigChangePlan retryPlan()
{
    Actions::ConfigChangePlan plan;
    plan.kind = u"tuning.retry"_s;
    plan.title = u"Retry preset: patient"_s;
    Actions::ParamChange p;
    p.name = u"maximal_queue_lifetime"_s;
    p.oldValue = u"5d"_s;
    p.newValue = u"7d"_s;
    p.wasExplicit = false;
    plan.params << p;
    plan.notes << u"Mail already in the queue keeps its arrival time."_s;
    return plan;
}

Actions::ConfigChangeResult resultOf(Outcome outcome)
{
    Actions::ConfigChangeResult r;
    r.outcome = outcome;
    r.backupId = outcome == Outcome::Failed ? QString() : u"20261123T121314Z"_s;
    r.steps = {u"✓ backup 20261123T121314Z"_s, u"✓ postconf -e"_s};
    if (outcome != Outcome::Applied) {
        r.error = u"postfix check: fatal: open /etc/postfix/missing.db: No such file"_s;
        r.checkOutput = u"postfix/postfix-script: fatal: missing.db"_s;
        r.steps << u"✗ postfix check: fatal"_s << u"✓ restored 20261123T121314Z"_s;
    }
    return r;
}

} // namespace

void TestConfigChangeDialog::viewShowsEveryOutcome_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("loud");
    QTest::newRow("applied") << int(Outcome::Applied) << u"Applied, checked, reloaded and verified."_s << false;
    QTest::newRow("rolled back") << int(Outcome::RolledBack) << u"ROLLED BACK"_s << true;
    QTest::newRow("rollback failed") << int(Outcome::RollbackFailed) << u"RESTORING THE BACKUP FAILED"_s << true;
    QTest::newRow("failed") << int(Outcome::Failed) << u"Nothing was changed"_s << false;
    QTest::newRow("canceled") << int(Outcome::Canceled) << u"Canceled"_s << false;
}

void TestConfigChangeDialog::viewShowsEveryOutcome()
{
    QFETCH(int, outcome);
    QFETCH(QString, expected);
    QFETCH(bool, loud);
    Ui::ConfigChangeView view;
    view.showPlan(retryPlan());
    const Actions::ConfigChangeResult result = resultOf(Outcome(outcome));
    view.showResult(result);
    QVERIFY2(view.outcomeText().contains(expected), qPrintable(view.outcomeText()));
    if (!result.backupId.isEmpty())
        QVERIFY(view.outcomeText().contains(result.backupId));
    if (Outcome(outcome) != Outcome::Applied && Outcome(outcome) != Outcome::Canceled)
        QVERIFY(view.outcomeText().contains(u"missing.db"_s));
    QCOMPARE(view.findChild<QLabel *>(u"configOutcome"_s)->styleSheet().contains(u"#c62828"_s), loud);
    QVERIFY(view.stepsText().contains(u"backup 20261123T121314Z"_s));
}

void TestConfigChangeDialog::dialogConfirmsThenApplies_data()
{
    viewShowsEveryOutcome_data();
}

void TestConfigChangeDialog::dialogConfirmsThenApplies()
{
    QFETCH(int, outcome);
    QFETCH(QString, expected);
    auto s = serverSession();
    Ui::ConfigChangeDialog dialog(s.session.get(), nullptr, u"mx1"_s);
    QSignalSpy finished(&dialog, &Ui::ConfigChangeDialog::changeFinished);
    QSignalSpy applied(&dialog, &Ui::ConfigChangeDialog::applied);
    auto *apply = child<QPushButton>(dialog, u"configApplyButton"_s);
    QVERIFY(!apply->isEnabled()); // nothing to confirm before the preview
    dialog.startPreviewed(retryPlan());
    QVERIFY(apply->isEnabled());
    QVERIFY(apply->text().contains(u"mx1"_s));
    QVERIFY(dialog.view()->diffText().contains(u"maximal_queue_lifetime"_s));
    QVERIFY(dialog.view()->diffText().contains(u"7d"_s));
    QVERIFY(child<QLabel>(dialog, u"configNotes"_s)->text().contains(u"arrival time"_s));

    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(dialog.isApplying());
    QVERIFY(!apply->isEnabled());
    Q_EMIT dialog.runner()->step(u"✓ backup 20261123T121314Z"_s);
    QVERIFY(dialog.view()->stepsText().contains(u"backup"_s));
    Q_EMIT dialog.runner()->finished(resultOf(Outcome(outcome)));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(applied.size(), Outcome(outcome) == Outcome::Applied ? 1 : 0);
    QVERIFY(!dialog.isApplying());
    QVERIFY(apply->isHidden());
    QCOMPARE(child<QPushButton>(dialog, u"configCloseButton"_s)->text(), u"Close"_s);
    QVERIFY(dialog.view()->outcomeText().contains(expected));
    // A second finished (from nowhere) changes nothing.
    Q_EMIT dialog.runner()->finished(resultOf(Outcome::Applied));
    QCOMPARE(finished.size(), 1);
}

void TestConfigChangeDialog::emptyPlanCannotBeApplied()
{
    auto s = serverSession();
    Ui::ConfigChangeDialog dialog(s.session.get(), nullptr, u"mx1"_s);
    Actions::ConfigChangePlan empty;
    empty.title = u"Nothing"_s;
    dialog.startPreviewed(empty);
    QVERIFY(!child<QPushButton>(dialog, u"configApplyButton"_s)->isEnabled());
    QVERIFY(dialog.view()->diffText().contains(u"nothing to change"_s));
}

void TestConfigChangeDialog::previewErrorShownNothingApplied()
{
    auto s = serverSession();
    Ui::ConfigChangeDialog dialog(s.session.get(), nullptr, u"mx1"_s);
    dialog.start(retryPlan());
    Q_EMIT dialog.runner()->previewReady(retryPlan(), u"postconf: permission denied"_s);
    QVERIFY(!child<QPushButton>(dialog, u"configApplyButton"_s)->isEnabled());
    QVERIFY(dialog.view()->outcomeText().contains(u"permission denied"_s));
}

void TestConfigChangeDialog::builderErrorShown()
{
    auto s = serverSession();
    Ui::ConfigChangeDialog dialog(s.session.get(), nullptr, u"mx1"_s);
    dialog.start({u"relayhost"_s}, [](const QHash<QString, QString> &values) {
        return Remote::Checked<Actions::ConfigChangePlan>{
            std::nullopt, u"No relayhost is set (%1)"_s.arg(values.value(u"relayhost"_s))};
    });
    Q_EMIT dialog.runner()->valuesRead({{u"relayhost"_s, QString()}}, {});
    QVERIFY(!child<QPushButton>(dialog, u"configApplyButton"_s)->isEnabled());
    QVERIFY(dialog.view()->outcomeText().contains(u"No relayhost is set"_s));
}

void TestConfigChangeDialog::closingWhileApplyingCancelsAndWaits()
{
    auto s = serverSession();
    Ui::ConfigChangeDialog dialog(s.session.get(), nullptr, u"mx1"_s);
    dialog.show();
    dialog.startPreviewed(retryPlan());
    QTest::mouseClick(child<QPushButton>(dialog, u"configApplyButton"_s), Qt::LeftButton);
    dialog.reject(); // the dialog stays until the runner restored and finished
    QVERIFY(dialog.view()->stepsText().contains(u"Canceling"_s));
    QTRY_VERIFY(!dialog.isVisible());
    QVERIFY(!dialog.runner()->isRunning());
}

void TestConfigChangeDialog::secretNeverShown()
{
    auto s = serverSession();
    Ui::ConfigChangeDialog dialog(s.session.get(), nullptr, u"mx1"_s);
    Actions::ConfigChangePlan plan;
    plan.kind = u"relayhost.set"_s;
    plan.title = u"Relay"_s;
    Actions::MapEntryChange map;
    map.mapType = u"hash"_s;
    map.path = u"/etc/postfix/sasl_passwd"_s;
    map.key = u"[smtp.example.com]:587"_s;
    map.value = "user:VerySecret-123";
    map.secret = true;
    plan.maps << map;
    dialog.startPreviewed(plan);
    QVERIFY(dialog.view()->diffText().contains(u"[smtp.example.com]:587"_s));
    QVERIFY(!dialog.view()->diffText().contains(u"VerySecret-123"_s));
}

// Renders the dialog in its states (preview, applied, rolled back) and checks the images were
// written: to POSTDESK_GRAB_DIR for a human to look at, else to a temporary folder.
void TestConfigChangeDialog::render()
{
    QTemporaryDir scratch;
    QString dir = qEnvironmentVariable("POSTDESK_GRAB_DIR");
    if (dir.isEmpty())
        dir = scratch.path();
    auto s = serverSession();
    for (Outcome outcome : {Outcome::Applied, Outcome::RolledBack}) {
        Ui::ConfigChangeDialog dialog(s.session.get(), nullptr, u"mx1"_s);
        dialog.show();
        dialog.startPreviewed(retryPlan());
        QVERIFY(dialog.grab().save(dir + u"/configchange-preview.png"_s));
        QTest::mouseClick(child<QPushButton>(dialog, u"configApplyButton"_s), Qt::LeftButton);
        Q_EMIT dialog.runner()->finished(resultOf(outcome));
        QVERIFY(dialog.grab().save(dir + u"/configchange-%1.png"_s.arg(int(outcome))));
    }
}

QTEST_MAIN(TestConfigChangeDialog)
#include "tst_configchangedialog.moc"
