// The relayhost wizard's pages: host/port/login validation, presets, the relayhost preview, the
// review page building RelayhostPlan from what the server says, the apply page's outcome handling.
// The runner is real on a fake session that answers reads and never finishes a change; the test
// emits the runner's finished() to decide the outcome.
#include "actions/configchangerunner.h"
#include "fakesession.h"
#include "wizards/relayhostloginpage.h"
#include "wizards/relayhostrelaypage.h"
#include "wizards/relayhostwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = Actions::ConfigChangeResult::Outcome;

class TestRelayhostWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostValidation_data();
    void hostValidation();
    void portValidation();
    void loginValidation_data();
    void loginValidation();
    void relayPageCompletesAndPreviews();
    void loginPageNeedsUserForPassword();
    void reviewBuildsPlanFromServerValues();
    void rolledBackEndsTheWizardLoudly();
    void appliedOffersRequeueOfRelayDeferrals();
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
    return "config_directory = /etc/postfix\ndefault_database_type = lmdb\nsmtp_sasl_password_maps =\nrelayhost =\n"
           "smtp_sasl_auth_enable = no\nsmtp_tls_security_level = may\n";
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

Postfix::QueuedMessage deferred(const QString &id, const QString &reason)
{
    Postfix::QueuedMessage m;
    m.queueName = Postfix::QueueName::Deferred;
    m.queueId = id;
    m.sender = u"sender@shop.example"_s;
    Postfix::Recipient r;
    r.address = u"someone@customer.example"_s;
    r.delayReason = reason;
    m.recipients << r;
    return m;
}

QString grabDir()
{
    return qEnvironmentVariable("POSTDESK_GRAB_DIR");
}

void grab(QWidget &w, const QString &name)
{
    if (!grabDir().isEmpty())
        w.grab().save(grabDir() + u"/"_s + name + u".png"_s);
}

struct Wizard
{
    TestSupport::FakeSession s = serverSession();
    Fleet::ServerProfile profile = Fleet::ServerProfile::create();
    std::unique_ptr<Ui::RelayhostWizard> w;

    explicit Wizard(const QList<Postfix::QueuedMessage> &queue = {})
    {
        profile.name = u"mx1"_s;
        w = std::make_unique<Ui::RelayhostWizard>(s.session.get(), nullptr, nullptr, profile, queue);
        w->show();
    }
    void fillRelay()
    {
        child<QLineEdit>(*w, u"relayHost"_s)->setText(u"smtp.example.com"_s);
        w->next();
        child<QLineEdit>(*w, u"relayUser"_s)->setText(u"apiuser"_s);
        child<QLineEdit>(*w, u"relaySecret"_s)->setText(u"S3cret key"_s);
        w->next();
    }
    // The review page read the server's values, built the plan and the runner previewed it.
    bool reviewed()
    {
        return w->currentId() == int(Ui::RelayhostWizard::ReviewPageId)
            && QTest::qWaitFor([this] { return w->button(QWizard::CommitButton)->isEnabled(); }, 5000);
    }
};

} // namespace

void TestRelayhostWizard::hostValidation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("ok");
    QTest::newRow("name") << u"smtp.example.com"_s << true;
    QTest::newRow("spaces around") << u"  smtp.example.com "_s << true;
    QTest::newRow("ipv4") << u"192.0.2.10"_s << true;
    QTest::newRow("ipv6") << u"2001:db8::1"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("brackets") << u"[smtp.example.com]"_s << false;
    QTest::newRow("with port") << u"smtp.example.com:587"_s << false;
    QTest::newRow("space inside") << u"smtp example.com"_s << false;
    QTest::newRow("shell") << u"smtp.example.com;reboot"_s << false;
    QTest::newRow("empty label") << u"smtp..example.com"_s << false;
}

void TestRelayhostWizard::hostValidation()
{
    QFETCH(QString, host);
    QFETCH(bool, ok);
    const QString problem = Ui::RelayhostRelayPage::validateHost(host);
    QCOMPARE(problem.isEmpty(), ok);
}

void TestRelayhostWizard::portValidation()
{
    QVERIFY(!Ui::RelayhostRelayPage::validatePort(0).isEmpty());
    QVERIFY(Ui::RelayhostRelayPage::validatePort(1).isEmpty());
    QVERIFY(Ui::RelayhostRelayPage::validatePort(587).isEmpty());
    QVERIFY(Ui::RelayhostRelayPage::validatePort(65535).isEmpty());
    QVERIFY(!Ui::RelayhostRelayPage::validatePort(65536).isEmpty());
}

void TestRelayhostWizard::loginValidation_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("ok");
    QTest::newRow("no login (IP allow-listed)") << QString() << QString() << true;
    QTest::newRow("user and password") << u"apiuser"_s << u"pw"_s << true;
    QTest::newRow("password with spaces") << u"apiuser"_s << u"correct horse"_s << true;
    QTest::newRow("email as user") << u"me@example.com"_s << u"pw"_s << true;
    QTest::newRow("password without user") << QString() << u"pw"_s << false;
    QTest::newRow("blank user with password") << u"   "_s << u"pw"_s << false;
    QTest::newRow("user without password") << u"apiuser"_s << QString() << false;
    QTest::newRow("space in user") << u"api user"_s << u"pw"_s << false;
    QTest::newRow("colon in user") << u"api:user"_s << u"pw"_s << false;
    QTest::newRow("newline in password") << u"apiuser"_s << u"pw\nrelayhost=evil"_s << false;
    QTest::newRow("NUL in password") << u"apiuser"_s << u"pw\0x"_s << false;
}

void TestRelayhostWizard::loginValidation()
{
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(bool, ok);
    QCOMPARE(Ui::RelayhostLoginPage::validateLogin(user, secret).isEmpty(), ok);
}

void TestRelayhostWizard::relayPageCompletesAndPreviews()
{
    Wizard t;
    QCOMPARE(t.w->objectName(), u"relayhostWizard"_s);
    QCOMPARE(t.w->currentId(), int(Ui::RelayhostWizard::RelayPageId));
    QAbstractButton *next = t.w->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    QVERIFY(!child<QCheckBox>(*t.w, u"relayMxLookup"_s)->isChecked()); // MX lookup off by default
    QCOMPARE(child<QSpinBox>(*t.w, u"relayPort"_s)->value(), 587);
    child<QLineEdit>(*t.w, u"relayHost"_s)->setText(u"smtp.example.com:587"_s);
    QVERIFY(!next->isEnabled());
    QVERIFY(!child<QLabel>(*t.w, u"relayHostProblem"_s)->text().isEmpty());
    child<QLineEdit>(*t.w, u"relayHost"_s)->setText(u"smtp.example.com"_s);
    QVERIFY(next->isEnabled());
    QCOMPARE(child<QLabel>(*t.w, u"relayhostPreview"_s)->text(), u"[smtp.example.com]:587"_s);
    child<QComboBox>(*t.w, u"relaySecurity"_s)->setCurrentIndex(1);
    QCOMPARE(child<QSpinBox>(*t.w, u"relayPort"_s)->value(), 465);
    QCOMPARE(t.w->input().security, Actions::RelayhostInput::Security::Wrapper);
    QCOMPARE(child<QLabel>(*t.w, u"relayhostPreview"_s)->text(), u"[smtp.example.com]:465"_s);
    child<QCheckBox>(*t.w, u"relayMxLookup"_s)->setChecked(true);
    QCOMPARE(child<QLabel>(*t.w, u"relayhostPreview"_s)->text(), u"smtp.example.com:465"_s);
    child<QSpinBox>(*t.w, u"relayPort"_s)->setValue(0);
    QVERIFY(!next->isEnabled());
    child<QSpinBox>(*t.w, u"relayPort"_s)->setValue(2525);
    QVERIFY(next->isEnabled());
    grab(*t.w, u"wizard-1-relay"_s);
}

void TestRelayhostWizard::loginPageNeedsUserForPassword()
{
    Wizard t;
    child<QLineEdit>(*t.w, u"relayHost"_s)->setText(u"smtp.example.com"_s);
    t.w->next();
    QCOMPARE(t.w->currentId(), int(Ui::RelayhostWizard::LoginPageId));
    QAbstractButton *next = t.w->button(QWizard::NextButton);
    QVERIFY(next->isEnabled()); // no login at all is allowed
    QVERIFY(!child<QCheckBox>(*t.w, u"relayRemember"_s)->isEnabled()); // no keychain given
    child<QLineEdit>(*t.w, u"relaySecret"_s)->setText(u"pw"_s);
    QVERIFY(!next->isEnabled());
    QVERIFY(!child<QPushButton>(*t.w, u"relayTestButton"_s)->isEnabled());
    QVERIFY(child<QLabel>(*t.w, u"relayLoginProblem"_s)->text().contains(u"user name"_s));
    QCOMPARE(child<QLineEdit>(*t.w, u"relaySecret"_s)->echoMode(), QLineEdit::Password);
    child<QLineEdit>(*t.w, u"relayUser"_s)->setText(u"apiuser"_s);
    QVERIFY(next->isEnabled());
    QVERIFY(child<QPushButton>(*t.w, u"relayTestButton"_s)->isEnabled());
    grab(*t.w, u"wizard-2-login"_s);
    // A test result is stale once the login changes: the review page must not warn about it.
    t.w->setLoginTestText(u"Failed: 535"_s, true);
    child<QLineEdit>(*t.w, u"relayUser"_s)->setText(u"apiuser2"_s);
    QVERIFY(!t.w->loginTestFailed());
    QVERIFY(t.w->loginTestText().isEmpty());
    t.w->back();
    QCOMPARE(t.w->currentId(), int(Ui::RelayhostWizard::RelayPageId));
}

void TestRelayhostWizard::reviewBuildsPlanFromServerValues()
{
    Wizard t;
    t.fillRelay();
    QVERIFY(!t.w->button(QWizard::CommitButton)->isEnabled()); // until the preview is there
    QVERIFY(t.reviewed());
    QAbstractButton *commit = t.w->button(QWizard::CommitButton);
    QCOMPARE(commit->text(), u"&Apply"_s);
    // Built from what the server said: its map type (lmdb here, never assumed) and folder.
    const Actions::ConfigChangePlan &plan = t.w->plan();
    QCOMPARE(plan.maps.size(), 1);
    QCOMPARE(plan.maps.first().mapType, u"lmdb"_s);
    QCOMPARE(plan.maps.first().path, u"/etc/postfix/sasl_passwd"_s);
    QCOMPARE(plan.maps.first().key, u"[smtp.example.com]:587"_s);
    QVERIFY(plan.maps.first().secret);
    const auto diffs = t.w->findChildren<QPlainTextEdit *>(u"configDiff"_s);
    bool shown = false;
    for (QPlainTextEdit *diff : diffs) {
        QVERIFY(!diff->toPlainText().contains(u"S3cret"_s));
        shown = shown || diff->toPlainText().contains(u"relayhost"_s);
    }
    QVERIFY(shown);
    grab(*t.w, u"wizard-3-review"_s);
}

void TestRelayhostWizard::rolledBackEndsTheWizardLoudly()
{
    Wizard t;
    QSignalSpy applied(t.w.get(), &Ui::RelayhostWizard::applied);
    t.fillRelay();
    QVERIFY(t.reviewed());
    t.w->next(); // the commit ("Apply") button
    QCOMPARE(t.w->currentId(), int(Ui::RelayhostWizard::ApplyPageId));
    QVERIFY(!t.w->button(QWizard::FinishButton)->isVisible() || !t.w->button(QWizard::FinishButton)->isEnabled());
    Actions::ConfigChangeResult r;
    r.outcome = Outcome::RolledBack;
    r.backupId = u"20261123T121314Z"_s;
    r.error = u"postfix check: fatal: open database /etc/postfix/sasl_passwd.lmdb"_s;
    Q_EMIT t.w->runner()->finished(r);
    QCOMPARE(applied.size(), 0);
    QVERIFY(t.w->currentPage()->isFinalPage() || t.w->currentPage()->nextId() == -1);
    bool loud = false;
    for (QLabel *l : t.w->findChildren<QLabel *>(u"configOutcome"_s))
        loud = loud || (l->isVisible() && l->text().contains(u"ROLLED BACK"_s));
    QVERIFY(loud);
    grab(*t.w, u"wizard-4-rolledback"_s);
}

void TestRelayhostWizard::appliedOffersRequeueOfRelayDeferrals()
{
    const QList<Postfix::QueuedMessage> queue{
        deferred(u"4BCD1234A1"_s, u"connect to mx.customer.example[192.0.2.7]:25: Connection timed out"_s),
        deferred(u"4BCD1234A2"_s, u"SASL authentication failed; server relay.example[198.51.100.2] said: 535 5.7.8 Error"_s),
        deferred(u"4BCD1234A3"_s, u"host mx.customer.example said: 452 4.2.2 Mailbox full"_s),
    };
    Wizard t(queue);
    QSignalSpy applied(t.w.get(), &Ui::RelayhostWizard::applied);
    QSignalSpy requeue(t.w.get(), &Ui::RelayhostWizard::requeueRequested);
    t.fillRelay();
    QVERIFY(t.reviewed());
    t.w->next();
    Actions::ConfigChangeResult r;
    r.outcome = Outcome::Applied;
    r.backupId = u"20261123T121314Z"_s;
    Q_EMIT t.w->runner()->finished(r);
    QCOMPARE(applied.size(), 1);
    t.w->next();
    QCOMPARE(t.w->currentId(), int(Ui::RelayhostWizard::AfterPageId));
    auto *button = child<QPushButton>(*t.w, u"relayRequeueButton"_s);
    QVERIFY(button->isEnabled());
    QVERIFY2(button->text().contains(u"2 message"_s), qPrintable(button->text()));
    grab(*t.w, u"wizard-5-after"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requeue.size(), 1);
    const auto messages = requeue.first().first().value<QList<Postfix::QueuedMessage>>();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).queueId, u"4BCD1234A1"_s);
    QCOMPARE(messages.at(1).queueId, u"4BCD1234A2"_s);
}

QTEST_MAIN(TestRelayhostWizard)
#include "tst_relayhostwizard.moc"
