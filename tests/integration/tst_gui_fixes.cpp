// The Fixes menu of the real main window against the real test server (root key profile): the
// relayhost wizard to PD_TS_RELAY_OK (login tested before, applied, main.cf has relayhost), the
// Changes dialog lists the backup and rolls it back (main.cf and sasl_passwd byte-identical), and
// a retry preset through the Tuning dialog → applied → rolled back. A guard restores main.cf and
// sasl_passwd by hand when a step fails, so the server is left as it was found.
#include "actions/auditlog.h"
#include "diagnosis/relayhost.h"
#include "dialogs/changesdialog.h"
#include "dialogs/servicesdialog.h"
#include "fixes/configchangeview.h"
#include "dialogs/configchangedialog.h"
#include "dialogs/tuningdialog.h"
#include "fixes/fixesmenu.h"
#include "fleet/profilestore.h"
#include "mainwindow.h"
#include "testserverenv.h"
#include "wizards/relayhostwizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::TestServerEnv;

namespace {

constexpr int kConnectTimeoutMs = 90'000;
constexpr int kChangeTimeoutMs = 90'000;
const QString mainCf = u"/etc/postfix/main.cf"_s;
const QString saslPasswd = u"/etc/postfix/sasl_passwd"_s;

struct Window
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Ui::MainWindow> window;

    explicit Window(const TestServerEnv &env, bool viewer = false)
    {
        settings = std::make_unique<QSettings>(dir.filePath(u"postdesk.ini"_s), QSettings::IniFormat);
        Fleet::ServerProfile p = Fleet::ServerProfile::create();
        p.name = u"test server"_s;
        p.host = env.host();
        p.port = env.port();
        p.user = viewer ? env.viewerUser() : u"root"_s;
        p.auth = Remote::AuthMethod::KeyFile;
        p.keyFile = viewer ? env.viewerKey() : env.rootKey();
        p.sudoMode = viewer ? Remote::SudoMode::Auto : Remote::SudoMode::None;
        p.knownHostsFile = env.knownHostsFile();
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

    Ui::FixesMenu *menu() const { return window->fixesMenu(); }

    template <typename T>
    T *open(const QString &actionName)
    {
        auto *action = menu()->findChild<QAction *>(actionName);
        if (!action)
            qFatal("no action %s", qPrintable(actionName));
        if (!action->isEnabled())
            qWarning("%s disabled: %s", qPrintable(actionName), qPrintable(action->toolTip()));
        action->trigger();
        return qobject_cast<T *>(menu()->openDialog());
    }
};

template <typename T>
T *child(QWidget *w, const QString &name)
{
    T *c = w->findChild<T *>(name);
    if (!c)
        qFatal("no child %s", qPrintable(name));
    return c;
}

// Puts main.cf and sasl_passwd back byte for byte (and reloads) if a test left them changed.
struct ConfigGuard
{
    const TestServerEnv &env;
    QByteArray mainBefore;
    QByteArray saslBefore;
    bool saslExisted = false;

    explicit ConfigGuard(const TestServerEnv &e)
        : env(e)
    {
        mainBefore = env.readFile(mainCf);
        saslBefore = env.readFile(saslPasswd, &saslExisted);
    }
    bool unchanged() const
    {
        bool ok = false;
        const QByteArray sasl = env.readFile(saslPasswd, &ok);
        return env.readFile(mainCf) == mainBefore && ok == saslExisted && sasl == saslBefore;
    }
    ~ConfigGuard()
    {
        if (mainBefore.isEmpty() || unchanged())
            return;
        qWarning("restoring main.cf and sasl_passwd by hand");
        env.exec({u"/bin/sh"_s, u"-c"_s, u"cat > \"$1\""_s, u"sh"_s, mainCf}, nullptr, nullptr, mainBefore);
        if (saslExisted) {
            env.exec({u"/bin/sh"_s, u"-c"_s, u"umask 077; cat > \"$1\" && postmap hash:\"$1\""_s, u"sh"_s,
                      saslPasswd},
                     nullptr, nullptr, saslBefore);
        }
        env.exec({u"/usr/sbin/postfix"_s, u"reload"_s});
    }
};

// Rolls back `backupId` through the Changes dialog and waits for the result.
bool rollBackFromDialog(Window &w, const QString &backupId, QString *why)
{
    auto *changes = w.open<Ui::ChangesDialog>(u"fixChanges"_s);
    if (!changes) {
        *why = u"the Changes dialog did not open"_s;
        return false;
    }
    QSignalSpy listed(changes, &Ui::ChangesDialog::listed);
    if (!listed.wait(kChangeTimeoutMs)) {
        *why = u"no backups listed"_s;
        return false;
    }
    const QList<Actions::BackupInfo> backups = changes->backups();
    if (backups.isEmpty() || backups.first().id != backupId) {
        *why = u"newest backup is not %1 (%2 listed)"_s.arg(backupId).arg(backups.size());
        return false;
    }
    for (int i = 1; i < backups.size(); ++i) {
        if (backups.at(i - 1).time < backups.at(i).time) {
            *why = u"backups not newest first"_s;
            return false;
        }
    }
    if (!changes->selectBackup(backupId)) {
        *why = u"backup row not selectable"_s;
        return false;
    }
    QSignalSpy rolledBack(changes, &Ui::ChangesDialog::rolledBack);
    QTest::mouseClick(child<QPushButton>(changes, u"rollbackButton"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(changes, u"rollbackConfirmButton"_s), Qt::LeftButton);
    if (!rolledBack.wait(kChangeTimeoutMs)) {
        *why = u"rollback did not succeed"_s;
        return false;
    }
    if (!qEnvironmentVariable("POSTDESK_GRAB_DIR").isEmpty())
        changes->grab().save(qEnvironmentVariable("POSTDESK_GRAB_DIR") + u"/changes-rolledback.png"_s);
    changes->close();
    return true;
}

} // namespace

class TestGuiFixes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void relayhostWizardThenRollback();
    void retryPresetThenRollback();
    void rejectingRelayLoginTestSaysSo();
    void viewerCannotChangeAnything();
    void removeRelayWithoutRelayhostChangesNothing();
    void servicesRestartPostfix();
    void cleanupTestCase();

private:
    TestServerEnv m_env;
    QByteArray m_retryTimes;
};

void TestGuiFixes::initTestCase()
{
    if (!m_env.isValid())
        QFAIL(qPrintable(m_env.error()));
    // The wizard points relayhost at relay-ok: keep the seeded queue from being delivered through
    // it by the reload (TestServerEnv::postponeDeferredRetries explains).
    bool ok = false;
    m_retryTimes = m_env.postponeDeferredRetries(&ok);
    QVERIFY(ok);
}

void TestGuiFixes::cleanupTestCase()
{
    m_env.restoreDeferredRetries(m_retryTimes);
}

void TestGuiFixes::relayhostWizardThenRollback()
{
    ConfigGuard guard(m_env);
    QVERIFY(!guard.mainBefore.isEmpty());
    Window w(m_env);
    QVERIFY(w.connectAndLoad());
    QTRY_VERIFY_WITH_TIMEOUT(w.menu()->findChild<QAction *>(u"fixRelayhost"_s)->isEnabled(), 20000);

    auto *wizard = w.open<Ui::RelayhostWizard>(u"fixRelayhost"_s);
    QVERIFY(wizard);
    QSignalSpy applied(wizard, &Ui::RelayhostWizard::applied);
    const Diagnosis::RelayHost relay = Diagnosis::RelayHost::parse(m_env.value(u"PD_TS_RELAY_OK"_s));
    QVERIFY(relay.isValid());
    child<QLineEdit>(wizard, u"relayHost"_s)->setText(relay.host());
    wizard->setField(u"relayPort"_s, relay.port());
    wizard->next();
    child<QLineEdit>(wizard, u"relayUser"_s)->setText(m_env.value(u"PD_TS_RELAY_OK_USER"_s));
    child<QLineEdit>(wizard, u"relaySecret"_s)->setText(m_env.value(u"PD_TS_RELAY_OK_PASSWORD"_s));
    // The login test before anything is written.
    auto *testResult = child<QLabel>(wizard, u"relayTestResult"_s);
    QTest::mouseClick(child<QPushButton>(wizard, u"relayTestButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(wizard, u"relayTestButton"_s)->isEnabled(), 60000);
    QVERIFY2(testResult->text().startsWith(u"OK"_s), qPrintable(testResult->text()));
    QVERIFY(!testResult->text().contains(m_env.value(u"PD_TS_RELAY_OK_PASSWORD"_s)));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(Ui::RelayhostWizard::ReviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::CommitButton)->isEnabled(), kChangeTimeoutMs);
    QVERIFY(wizard->plan().diffText().contains(m_env.value(u"PD_TS_RELAY_OK"_s)));
    QVERIFY(!wizard->plan().diffText().contains(m_env.value(u"PD_TS_RELAY_OK_PASSWORD"_s)));
    if (!qEnvironmentVariable("POSTDESK_GRAB_DIR").isEmpty())
        wizard->grab().save(qEnvironmentVariable("POSTDESK_GRAB_DIR") + u"/server-wizard-review.png"_s);
    wizard->next();
    QVERIFY(applied.wait(kChangeTimeoutMs) || applied.size() == 1);
    const QString backupId = wizard->result().backupId;
    QVERIFY(!backupId.isEmpty());
    const QByteArray mainAfter = m_env.readFile(mainCf);
    QVERIFY2(mainAfter.contains(QByteArray(QByteArray("relayhost = ") + m_env.value(u"PD_TS_RELAY_OK"_s).toUtf8())), mainAfter.constData());
    if (!qEnvironmentVariable("POSTDESK_GRAB_DIR").isEmpty())
        wizard->grab().save(qEnvironmentVariable("POSTDESK_GRAB_DIR") + u"/server-wizard-applied.png"_s);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(Ui::RelayhostWizard::AfterPageId));
    wizard->accept();
    QTRY_VERIFY(!w.menu()->openDialog());

    QString why;
    QVERIFY2(rollBackFromDialog(w, backupId, &why), qPrintable(why));
    QCOMPARE(m_env.readFile(mainCf), guard.mainBefore);
    QVERIFY(guard.unchanged());

    const Actions::AuditLog::ReadResult audit = Actions::AuditLog(w.window->auditLog()->path()).read();
    QStringList actions;
    for (const Actions::AuditRecord &r : audit.records)
        actions << r.action;
    QVERIFY2(actions.contains(u"config.relayhost.set"_s), qPrintable(actions.join(u' ')));
    QVERIFY2(actions.contains(u"rollback"_s), qPrintable(actions.join(u' ')));
}

void TestGuiFixes::retryPresetThenRollback()
{
    ConfigGuard guard(m_env);
    QVERIFY(!guard.mainBefore.isEmpty());
    Window w(m_env);
    QVERIFY(w.connectAndLoad());
    QTRY_VERIFY_WITH_TIMEOUT(w.menu()->findChild<QAction *>(u"fixTuning"_s)->isEnabled(), 20000);
    auto *tuning = w.open<Ui::TuningDialog>(u"fixTuning"_s);
    QVERIFY(tuning);
    QSignalSpy applied(tuning, &Ui::TuningDialog::applied);
    // A preset that differs from the server's current values: the last one listed.
    auto *list = child<QListWidget>(tuning, u"retryPresetList"_s);
    list->setCurrentRow(list->count() - 1);
    const Actions::RetryPreset preset = Actions::TuningPresets::retryPresets().constLast();
    QTest::mouseClick(child<QPushButton>(tuning, u"retryApplyButton"_s), Qt::LeftButton);
    Ui::ConfigChangeDialog *change = tuning->changeDialog();
    QVERIFY(change);
    auto *apply = child<QPushButton>(change, u"configApplyButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), kChangeTimeoutMs);
    QSignalSpy finished(change, &Ui::ConfigChangeDialog::changeFinished);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(finished.wait(kChangeTimeoutMs));
    const auto result = finished.first().first().value<Actions::ConfigChangeResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(applied.size(), 1);
    const QByteArray mainAfter = m_env.readFile(mainCf);
    for (const auto &[name, value] : preset.values)
        QVERIFY2(mainAfter.contains((name + u" = "_s + value).toUtf8()), qPrintable(name));
    change->close();
    tuning->close();
    QTRY_VERIFY(!w.menu()->openDialog());

    QString why;
    QVERIFY2(rollBackFromDialog(w, result.backupId, &why), qPrintable(why));
    QCOMPARE(m_env.readFile(mainCf), guard.mainBefore);
}

// "Test login now" against relay.pdts.test (535 to everything): the wizard says it failed, the
// review page repeats the warning, and canceling there changes nothing.
void TestGuiFixes::rejectingRelayLoginTestSaysSo()
{
    ConfigGuard guard(m_env);
    Window w(m_env);
    QVERIFY(w.connectAndLoad());
    QTRY_VERIFY_WITH_TIMEOUT(w.menu()->findChild<QAction *>(u"fixRelayhost"_s)->isEnabled(), 20000);
    auto *wizard = w.open<Ui::RelayhostWizard>(u"fixRelayhost"_s);
    QVERIFY(wizard);
    const Diagnosis::RelayHost relay = Diagnosis::RelayHost::parse(m_env.value(u"PD_TS_RELAY_BAD"_s));
    QVERIFY(relay.isValid());
    child<QLineEdit>(wizard, u"relayHost"_s)->setText(relay.host());
    wizard->setField(u"relayPort"_s, relay.port());
    wizard->next();
    child<QLineEdit>(wizard, u"relayUser"_s)->setText(m_env.value(u"PD_TS_RELAY_BAD_USER"_s));
    child<QLineEdit>(wizard, u"relaySecret"_s)->setText(u"wrong-password"_s);
    QTest::mouseClick(child<QPushButton>(wizard, u"relayTestButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(wizard, u"relayTestButton"_s)->isEnabled(), 60000);
    const QString text = child<QLabel>(wizard, u"relayTestResult"_s)->text();
    QVERIFY2(!text.startsWith(u"OK"_s) && text.contains(u"535"_s), qPrintable(text));
    QVERIFY(!text.contains(u"wrong-password"_s));
    if (!qEnvironmentVariable("POSTDESK_GRAB_DIR").isEmpty())
        wizard->grab().save(qEnvironmentVariable("POSTDESK_GRAB_DIR") + u"/server-wizard-login-failed.png"_s);
    wizard->next();
    QVERIFY(child<QLabel>(wizard, u"relayReviewLoginWarning"_s)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::CommitButton)->isEnabled(), kChangeTimeoutMs);
    wizard->reject();
    QTRY_VERIFY(!w.menu()->openDialog());
    QVERIFY(guard.unchanged());
}

// pdviewer has no sudo: every entry is disabled and says why; nothing opens.
void TestGuiFixes::viewerCannotChangeAnything()
{
    Window w(m_env, true);
    QVERIFY(w.connectAndLoad());
    for (const QString &name : {u"fixRelayhost"_s, u"fixRemoveRelay"_s, u"fixTuning"_s, u"fixServices"_s,
                                u"fixChanges"_s}) {
        QTRY_VERIFY2_WITH_TIMEOUT(!w.menu()->disabledReason(name).isEmpty(), qPrintable(name), 20000);
        QVERIFY2(w.menu()->disabledReason(name).contains(u"cannot"_s), qPrintable(w.menu()->disabledReason(name)));
        w.menu()->findChild<QAction *>(name)->trigger();
        QVERIFY(!w.menu()->openDialog());
    }
}

// The seeded server has no relayhost: "Remove relay" says so and offers nothing to apply.
void TestGuiFixes::removeRelayWithoutRelayhostChangesNothing()
{
    ConfigGuard guard(m_env);
    Window w(m_env);
    QVERIFY(w.connectAndLoad());
    QTRY_VERIFY_WITH_TIMEOUT(w.menu()->findChild<QAction *>(u"fixRemoveRelay"_s)->isEnabled(), 20000);
    auto *dialog = w.open<Ui::ConfigChangeDialog>(u"fixRemoveRelay"_s);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->view()->outcomeText().contains(u"No relayhost is set"_s), kChangeTimeoutMs);
    QVERIFY(!child<QPushButton>(dialog, u"configApplyButton"_s)->isEnabled());
    dialog->close();
    QVERIFY(guard.unchanged());
}

// Restart Postfix (no systemd in the test namespace: the runner falls back to postfix's own
// commands and says so); plesk repair is disabled with the reason; the queue is still there.
void TestGuiFixes::servicesRestartPostfix()
{
    Window w(m_env);
    QVERIFY(w.connectAndLoad());
    QSignalSpy fixApplied(w.menu(), &Ui::FixesMenu::fixApplied);
    QTRY_VERIFY_WITH_TIMEOUT(w.menu()->findChild<QAction *>(u"fixServices"_s)->isEnabled(), 20000);
    auto *dialog = w.open<Ui::ServicesDialog>(u"fixServices"_s);
    QVERIFY(dialog);
    auto *plesk = child<QPushButton>(dialog, u"pleskRepair"_s);
    QVERIFY(!plesk->isEnabled());
    QVERIFY(plesk->toolTip().contains(u"Plesk"_s));
    QSignalSpy restarted(dialog, &Ui::ServicesDialog::serviceRestarted);
    QTest::mouseClick(child<QPushButton>(dialog, u"restartPostfix"_s), Qt::LeftButton);
    QVERIFY2(restarted.wait(kChangeTimeoutMs), qPrintable(child<QLabel>(dialog, u"serviceResult"_s)->text()));
    QCOMPARE(fixApplied.size(), 1);
    QVERIFY(!child<QLabel>(dialog, u"serviceResult"_s)->text().isEmpty());
    if (!qEnvironmentVariable("POSTDESK_GRAB_DIR").isEmpty())
        dialog->grab().save(qEnvironmentVariable("POSTDESK_GRAB_DIR") + u"/services.png"_s);
    dialog->close();
    bool ok = false;
    QTRY_VERIFY_WITH_TIMEOUT((m_env.queueMessages(&ok), ok), 30000);
}

QTEST_MAIN(TestGuiFixes)
#include "tst_gui_fixes.moc"
