// The "Retry and throttling" dialog: presets with description and the values that change,
// throttle inputs validated, the domain prefilled from the queue's throttling class, and every
// change going through the shared ConfigChangeDialog.
#include "actions/configchangerunner.h"
#include "dialogs/configchangedialog.h"
#include "dialogs/tuningdialog.h"
#include "fakesession.h"
#include "fixes/configchangeview.h"
#include "fixes/fixtargets.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTuningDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void throttleValidation_data();
    void throttleValidation();
    void throttlingTopDomain();
    void presetsShowDescriptionAndChanges();
    void retryPresetOpensConfigChange();
    void throttleDomainPrefilledAndValidated();
    void throttleBuildsPlanFromServerValues();
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
    return "maximal_queue_lifetime = 5d\nbounce_queue_lifetime = 5d\nminimal_backoff_time = 300s\n"
           "maximal_backoff_time = 4000s\nqueue_run_delay = 300s\ntransport_maps = hash:/etc/postfix/transport\n"
           "default_database_type = hash\nconfig_directory = /etc/postfix\n";
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

Postfix::QueuedMessage message(const QString &id, const QStringList &recipients, const QString &reason)
{
    Postfix::QueuedMessage m;
    m.queueName = Postfix::QueueName::Deferred;
    m.queueId = id;
    m.sender = u"news@shop.example"_s;
    for (const QString &address : recipients) {
        Postfix::Recipient r;
        r.address = address;
        r.delayReason = reason;
        m.recipients << r;
    }
    return m;
}

const QString throttled = u"host mx.bigmail.example[192.0.2.40] said: 421 4.7.0 Too many connections, try again later"_s;
const QString refused = u"connect to mx.other.example[192.0.2.41]:25: Connection refused"_s;

QList<Postfix::QueuedMessage> queue()
{
    return {message(u"1A"_s, {u"a@bigmail.example"_s, u"b@BigMail.example"_s}, throttled),
            message(u"1B"_s, {u"c@small.example"_s}, throttled),
            message(u"1C"_s, {u"d@other.example"_s, u"e@other.example"_s, u"f@other.example"_s}, refused)};
}

QHash<QString, QString> serverValues()
{
    return {{u"maximal_queue_lifetime"_s, u"5d"_s}, {u"bounce_queue_lifetime"_s, u"5d"_s},
            {u"minimal_backoff_time"_s, u"300s"_s}, {u"maximal_backoff_time"_s, u"4000s"_s},
            {u"queue_run_delay"_s, u"300s"_s}, {u"transport_maps"_s, u"hash:/etc/postfix/transport"_s},
            {u"default_database_type"_s, u"hash"_s}, {u"config_directory"_s, u"/etc/postfix"_s}};
}

} // namespace

void TestTuningDialog::throttleValidation_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("delay");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << u"bigmail.example"_s << u"1s"_s << true;
    QTest::newRow("minutes") << u"bigmail.example"_s << u"2m"_s << true;
    QTest::newRow("bare number") << u"bigmail.example"_s << u"10"_s << true;
    QTest::newRow("one hour") << u"bigmail.example"_s << u"1h"_s << true;
    QTest::newRow("too long") << u"bigmail.example"_s << u"2h"_s << false;
    QTest::newRow("no domain") << QString() << u"1s"_s << false;
    QTest::newRow("bad domain") << u"big mail.example"_s << u"1s"_s << false;
    QTest::newRow("literal") << u"[192.0.2.1]"_s << u"1s"_s << false;
    QTest::newRow("bad delay") << u"bigmail.example"_s << u"fast"_s << false;
    QTest::newRow("negative delay") << u"bigmail.example"_s << u"-1s"_s << false;
}

void TestTuningDialog::throttleValidation()
{
    QFETCH(QString, domain);
    QFETCH(QString, delay);
    QFETCH(bool, ok);
    QCOMPARE(Ui::TuningDialog::validateThrottle(domain, delay).isEmpty(), ok);
}

void TestTuningDialog::throttlingTopDomain()
{
    QCOMPARE(Ui::FixTargets::throttlingTopDomain(queue()), u"bigmail.example"_s);
    QCOMPARE(Ui::FixTargets::throttlingTopDomain({}), QString());
    QCOMPARE(Ui::FixTargets::throttlingTopDomain({queue().at(2)}), QString());
}

void TestTuningDialog::presetsShowDescriptionAndChanges()
{
    auto s = serverSession();
    Ui::TuningDialog dialog(s.session.get(), nullptr, u"mx1"_s, queue());
    auto *list = child<QListWidget>(dialog, u"retryPresetList"_s);
    const QList<Actions::RetryPreset> presets = Actions::TuningPresets::retryPresets();
    QVERIFY(!presets.isEmpty());
    QCOMPARE(list->count(), presets.size());
    auto *reader = dialog.findChild<Actions::ConfigChangeRunner *>();
    QVERIFY(reader);
    Q_EMIT reader->valuesRead(serverValues(), {});
    QVERIFY(child<QLabel>(dialog, u"tuningCurrent"_s)->text().contains(u"maximal_queue_lifetime = 5d"_s));
    for (int row = 0; row < presets.size(); ++row) {
        list->setCurrentRow(row);
        const QString text = child<QLabel>(dialog, u"retryPresetDescription"_s)->text();
        QVERIFY(text.contains(presets.at(row).description));
        for (const auto &[name, value] : presets.at(row).values) {
            QVERIFY2(text.contains(name) && text.contains(value), qPrintable(text));
            const QString now = serverValues().value(name);
            if (!now.isEmpty() && now != value)
                QVERIFY2(text.contains(u"%1 → %2"_s.arg(now, value)), qPrintable(text));
        }
    }
    if (!qEnvironmentVariable("POSTDESK_GRAB_DIR").isEmpty()) {
        dialog.show();
        dialog.grab().save(qEnvironmentVariable("POSTDESK_GRAB_DIR") + u"/tuning.png"_s);
    }
}

void TestTuningDialog::retryPresetOpensConfigChange()
{
    auto s = serverSession();
    Ui::TuningDialog dialog(s.session.get(), nullptr, u"mx1"_s, queue());
    QSignalSpy applied(&dialog, &Ui::TuningDialog::applied);
    dialog.show();
    // A preset that changes something on this server.
    const QList<Actions::RetryPreset> presets = Actions::TuningPresets::retryPresets();
    int row = -1;
    for (int i = 0; i < presets.size() && row < 0; ++i)
        for (const auto &[name, value] : presets.at(i).values)
            if (serverValues().value(name) != value)
                row = i;
    QVERIFY(row >= 0);
    child<QListWidget>(dialog, u"retryPresetList"_s)->setCurrentRow(row);
    QTest::mouseClick(child<QPushButton>(dialog, u"retryApplyButton"_s), Qt::LeftButton);
    Ui::ConfigChangeDialog *change = dialog.changeDialog();
    QVERIFY(change);
    const Actions::ConfigChangePlan expected = Actions::TuningPresets::retryPlan(presets.at(row));
    QCOMPARE(change->plan().kind, expected.kind);
    auto *apply = child<QPushButton>(*change, u"configApplyButton"_s);
    QTRY_VERIFY(apply->isEnabled());
    QCOMPARE(change->plan().params.size(), expected.params.size());
    QVERIFY(change->view()->diffText().contains(expected.params.first().name));
    QTest::mouseClick(apply, Qt::LeftButton);
    Actions::ConfigChangeResult r;
    r.outcome = Actions::ConfigChangeResult::Outcome::Applied;
    Q_EMIT change->runner()->finished(r);
    QCOMPARE(applied.size(), 1);
}

void TestTuningDialog::throttleDomainPrefilledAndValidated()
{
    auto s = serverSession();
    Ui::TuningDialog dialog(s.session.get(), nullptr, u"mx1"_s, queue());
    auto *domain = child<QLineEdit>(dialog, u"throttleDomain"_s);
    auto *apply = child<QPushButton>(dialog, u"throttleApplyButton"_s);
    QCOMPARE(domain->text(), u"bigmail.example"_s);
    QVERIFY(apply->isEnabled());
    child<QLineEdit>(dialog, u"throttleRateDelay"_s)->setText(u"soon"_s);
    QVERIFY(!apply->isEnabled());
    QVERIFY(!child<QLabel>(dialog, u"throttleProblem"_s)->text().isEmpty());
    child<QLineEdit>(dialog, u"throttleRateDelay"_s)->setText(u"5s"_s);
    domain->setText(u"not a domain"_s);
    QVERIFY(!apply->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, u"throttleRemoveButton"_s)->isEnabled());
}

void TestTuningDialog::throttleBuildsPlanFromServerValues()
{
    auto s = serverSession();
    Ui::TuningDialog dialog(s.session.get(), nullptr, u"mx1"_s, queue());
    dialog.show();
    QTest::mouseClick(child<QPushButton>(dialog, u"throttleApplyButton"_s), Qt::LeftButton);
    Ui::ConfigChangeDialog *change = dialog.changeDialog();
    QVERIFY(change);
    QTest::qWaitFor([&] { return child<QPushButton>(*change, u"configApplyButton"_s)->isEnabled()
                                 || !change->view()->outcomeText().isEmpty(); }, 5000);
    QVERIFY2(child<QPushButton>(*change, u"configApplyButton"_s)->isEnabled(),
             qPrintable(change->view()->outcomeText() + u'\n'
                        + QString::fromUtf8(s.fake->shellLines().mid(1).join('\n'))));
    // The dialog built TuningPresets::throttlePlan from these values and asked for a preview.
    Actions::TuningPresets::Throttle t;
    t.domain = u"bigmail.example"_s;
    const auto expected = Actions::TuningPresets::throttlePlan(t, u"hash"_s, u"/etc/postfix"_s,
                                                               u"hash:/etc/postfix/transport"_s);
    QVERIFY(expected.ok());
    QCOMPARE(change->plan().kind, expected->kind);
    QCOMPARE(change->plan().master.size(), expected->master.size());
    QCOMPARE(change->plan().maps.size(), expected->maps.size());
}

QTEST_MAIN(TestTuningDialog)
#include "tst_tuningdialog.moc"
