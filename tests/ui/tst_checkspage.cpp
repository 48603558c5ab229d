// The Checks page on its own, over a ready fake session (TestSupport::readyFakeSession): input
// validation before anything is sent, the run with live states and results, the detail pane,
// "Copy as text", cancel and a lost connection, per-server options in QSettings; and the result
// model (roles, plain-text tooltips, the detail text) under QAbstractItemModelTester.
// The checks' own verdicts are tested in tests/core and tests/integration: here a run only has
// to end with every planned check done (the fake answers unknown commands with exit 127).
#include "checkinput.h"
#include "checks/diagnosetargets.h"
#include "checksettings.h"
#include "fakesession.h"
#include "models/checkresultmodel.h"
#include "pages/checkspage.h"
#include "widgets/checkoptionsbox.h"
#include "widgets/checkselector.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Diagnosis::CheckId;
using Diagnosis::CheckResult;
using Diagnosis::Verdict;
using Ui::CheckResultModel;

namespace {

CheckResult sampleResult(CheckId check, Verdict verdict, const QString &target)
{
    CheckResult r;
    r.check = check;
    r.verdict = verdict;
    r.target = target;
    r.summary = u"Port 25 of %1 <b>refused</b>"_s.arg(target);
    r.evidence = {u"nc: connect to 127.0.0.20 port 25 (tcp) failed: Connection refused"_s};
    r.commands = {u"/usr/bin/nc -z -w 5 'mx.oldcorp.example' 25"_s};
    r.advice = u"Ask the destination's admin whether its mail server is down."_s;
    return r;
}

Postfix::QueuedMessage deferredTo(const QString &id, const QString &recipient, const QString &reason)
{
    Postfix::QueuedMessage m;
    m.queueName = Postfix::QueueName::Deferred;
    m.queueId = id;
    m.sender = u"shop@example.net"_s;
    m.recipients = {{recipient, {}, reason, {}}};
    return m;
}

struct Page
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(u"postdesk.ini"_s), QSettings::IniFormat};
    TestSupport::FakeSession fake = TestSupport::readyFakeSession({});
    QUuid profile = QUuid::createUuid();
    Ui::ChecksPage page;

    Page()
    {
        page.setSettings(&settings);
        page.setServer(fake.session.get(), profile, u"mx.example.test"_s);
        page.resize(1100, 700);
        page.show();
    }
    ~Page() { page.setServer(nullptr, {}, {}); } // before the session goes

    template <typename T>
    T *find(const QString &name) const
    {
        T *w = page.findChild<T *>(name);
        if (!w)
            qFatal("no widget named %s", qPrintable(name));
        return w;
    }
};

} // namespace

class TestChecksPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelRoles();
    void detailTextIsPlain();
    void domains_data();
    void domains();
    void options_data();
    void options();
    void settingsRoundTrip();
    void prefilledFromQueue();
    void badDomainSendsNothing();
    void badOptionSendsNothing();
    void runAllShowsStatesResultsAndDetail();
    void runSelectedRunsOnlyThose();
    void copyAsText();
    void cancelStopsTheRun();
    void lostConnectionCancels();
    void notConnectedCannotRun();
    void optionsKeptPerServer();
    void checkDestinationTicksAndRuns();
};

void TestChecksPage::modelRoles()
{
    CheckResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(sampleResult(CheckId::SmtpReachability, Verdict::Failed, u"mx.oldcorp.example:25"_s));
    model.append(sampleResult(CheckId::Rbl, Verdict::Ok, u"dnsbl.test"_s));
    CheckResult server = sampleResult(CheckId::Services, Verdict::Warning, QString());
    model.append(server);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(CheckResultModel::ColumnCount));

    const QModelIndex verdict = model.index(0, CheckResultModel::Verdict);
    QCOMPARE(verdict.data().toString(), u"Failed"_s); // text as well as the icon
    QVERIFY(!verdict.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(verdict.data(CheckResultModel::VerdictRole).toInt(), int(Verdict::Failed));
    QCOMPARE(verdict.data(CheckResultModel::VerdictKeyRole).toString(), u"failed"_s);
    QCOMPARE(verdict.data(CheckResultModel::CheckRole).toInt(), int(CheckId::SmtpReachability));
    QCOMPARE(model.index(0, CheckResultModel::Check).data().toString(),
             Diagnosis::checkTitle(CheckId::SmtpReachability));
    QCOMPARE(model.index(0, CheckResultModel::Target).data().toString(), u"mx.oldcorp.example:25"_s);
    QCOMPARE(model.index(2, CheckResultModel::Target).data().toString(), u"this server"_s);
    QVERIFY(model.index(1, CheckResultModel::Verdict).data(Qt::DecorationRole).value<QIcon>().cacheKey()
            != verdict.data(Qt::DecorationRole).value<QIcon>().cacheKey());
    QCOMPARE(model.index(1, CheckResultModel::Verdict).data(CheckResultModel::SortRole).toInt(), int(Verdict::Ok));
    QCOMPARE(model.count(Verdict::Failed), 1);
    QCOMPARE(model.count(Verdict::Unknown), 0);

    // Server text never becomes markup, in the display or in a tooltip.
    QCOMPARE(model.index(0, CheckResultModel::Summary).data().toString(),
             u"Port 25 of mx.oldcorp.example:25 <b>refused</b>"_s);
    const QString tip = model.index(0, CheckResultModel::Summary).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"&lt;b&gt;refused&lt;/b&gt;"_s), qPrintable(tip));
    QVERIFY(tip.contains(u"What to do"_s));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestChecksPage::detailTextIsPlain()
{
    const CheckResult r = sampleResult(CheckId::SmtpReachability, Verdict::Failed, u"mx.oldcorp.example:25"_s);
    const QString text = CheckResultModel::detailText(r);
    QVERIFY(text.startsWith(u"FAILED — Outbound SMTP (port 25) — mx.oldcorp.example:25\n"_s));
    QVERIFY(text.contains(r.summary));
    QVERIFY(text.contains(u"What to do\n  "_s + r.advice));
    QVERIFY(text.contains(u"  "_s + r.evidence.first()));
    QVERIFY(text.contains(u"  $ "_s + r.commands.first()));
    QVERIFY(text.indexOf(u"What to do"_s) < text.indexOf(u"Evidence"_s)); // advice first
}

void TestChecksPage::domains_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // empty + error = refused
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << u"  "_s << QStringList() << true;
    QTest::newRow("one") << u"oldcorp.example"_s << QStringList{u"oldcorp.example"_s} << true;
    QTest::newRow("separators") << u"A.example, b.example;c.example  a.example"_s
                                << QStringList{u"a.example"_s, u"b.example"_s, u"c.example"_s} << true;
    QTest::newRow("pasted address") << u"user@FullBox.Example @securebank.example"_s
                                    << QStringList{u"fullbox.example"_s, u"securebank.example"_s} << true;
    QTest::newRow("shell") << u"$(reboot).example"_s << QStringList() << false;
    QTest::newRow("quote") << u"x'.example"_s << QStringList() << false;
    QTest::newRow("option") << u"-oProxyCommand=x"_s << QStringList() << false;
    QTest::newRow("literal") << u"[192.0.2.1]"_s << QStringList() << false;
    QTest::newRow("bare at") << u"user@"_s << QStringList() << false;
    QStringList many;
    for (int i = 0; i <= Ui::CheckInput::maxDomains; ++i)
        many << u"d%1.example"_s.arg(i);
    QTest::newRow("too many") << many.join(u' ') << QStringList() << false;
}

void TestChecksPage::domains()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(bool, ok);
    const Ui::CheckInput::Parsed parsed = Ui::CheckInput::domains(text);
    QCOMPARE(parsed.ok(), ok);
    QCOMPARE(parsed.values, expected);
    QCOMPARE(parsed.error.isEmpty(), ok);
}

void TestChecksPage::options_data()
{
    QTest::addColumn<QString>("zones");
    QTest::addColumn<QString>("egress");
    QTest::addColumn<QString>("relay");
    QTest::addColumn<bool>("ok");
    QTest::newRow("defaults") << QString() << QString() << QString() << true;
    QTest::newRow("test zones") << u"dnsbl.pdts.test refused.pdts.test"_s << u"192.0.2.10"_s
                                << u"[relay.pdts.test]:587"_s << true;
    QTest::newRow("relay forms") << QString() << u"2001:db8::25"_s << u"relay.example:2525"_s << true;
    QTest::newRow("relay bare") << QString() << QString() << u"[192.0.2.30]"_s << true;
    QTest::newRow("bad zone") << u"dnsbl..test"_s << QString() << QString() << false;
    QTest::newRow("bad egress") << QString() << u"192.0.2.300"_s << QString() << false;
    QTest::newRow("egress name") << QString() << u"mx.example"_s << QString() << false;
    QTest::newRow("relay port") << QString() << QString() << u"[relay.example]:99999"_s << false;
    QTest::newRow("relay bracket") << QString() << QString() << u"[relay.example:587"_s << false;
    QTest::newRow("relay shell") << QString() << QString() << u"relay.example;id"_s << false;
    QTest::newRow("relay junk port") << QString() << QString() << u"relay.example:58x"_s << false;
}

void TestChecksPage::options()
{
    QFETCH(QString, zones);
    QFETCH(QString, egress);
    QFETCH(QString, relay);
    QFETCH(bool, ok);
    Ui::CheckOptionsBox box;
    box.findChild<QLineEdit *>(u"checkDnsblZones"_s)->setText(zones);
    box.findChild<QLineEdit *>(u"checkEgressAddress"_s)->setText(egress);
    box.findChild<QLineEdit *>(u"checkRelay"_s)->setText(relay);
    QCOMPARE(box.validationError().isEmpty(), ok);
}

void TestChecksPage::settingsRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    Ui::ChecksSettings store(&settings);
    const QUuid a = QUuid::createUuid();
    QCOMPARE(store.load(a), Ui::CheckPreferences{});
    Ui::CheckPreferences p;
    p.dnsblZones = {u"dnsbl.pdts.test"_s, u"silent.pdts.test"_s};
    p.egressAddress = u"192.0.2.10"_s;
    p.relay = u"[relay.pdts.test]:587"_s;
    p.connectTimeoutSeconds = 9;
    p.dnsTimeoutSeconds = 2;
    p.maxMxHosts = 4;
    store.save(a, p);
    settings.sync();
    QSettings reread(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    QCOMPARE(Ui::ChecksSettings(&reread).load(a), p);
    QCOMPARE(Ui::ChecksSettings(&reread).load(QUuid::createUuid()), Ui::CheckPreferences{});
    // Hand-edited nonsense is bounded, never trusted.
    reread.setValue(u"checks/%1/connectTimeoutSeconds"_s.arg(a.toString(QUuid::WithoutBraces)), 100000);
    reread.setValue(u"checks/%1/maxMxHosts"_s.arg(a.toString(QUuid::WithoutBraces)), u"many"_s);
    QCOMPARE(Ui::ChecksSettings(&reread).load(a).connectTimeoutSeconds, Ui::ChecksSettings::maxTimeoutSeconds);
    QCOMPARE(Ui::ChecksSettings(&reread).load(a).maxMxHosts, 2);
}

void TestChecksPage::prefilledFromQueue()
{
    Page p;
    auto *domains = p.find<QLineEdit>(u"checkDomains"_s);
    const QString refused = u"connect to mail.oldcorp.example[127.0.0.20]:25: Connection refused"_s;
    const QString full = u"host mx.fullbox.example[127.0.0.21] said: 452 4.2.2 Mailbox full"_s;
    p.page.setQueue({deferredTo(u"A1"_s, u"a@oldcorp.example"_s, refused),
                     deferredTo(u"A2"_s, u"b@oldcorp.example"_s, refused),
                     deferredTo(u"A3"_s, u"c@fullbox.example"_s, full)});
    QCOMPARE(domains->text(), u"oldcorp.example, fullbox.example"_s);
    // A new load follows the queue while the field is the queue's…
    p.page.setQueue({deferredTo(u"A3"_s, u"c@fullbox.example"_s, full)});
    QCOMPARE(domains->text(), u"fullbox.example"_s);
    // …but never overwrites what the user typed.
    domains->clear();
    QTest::keyClicks(domains, u"securebank.example"_s);
    p.page.setQueue({deferredTo(u"A1"_s, u"a@oldcorp.example"_s, refused)});
    QCOMPARE(domains->text(), u"securebank.example"_s);
}

void TestChecksPage::badDomainSendsNothing()
{
    Page p;
    const qsizetype before = p.fake.fake->shellLines().size();
    auto *domains = p.find<QLineEdit>(u"checkDomains"_s);
    domains->setText(u"oldcorp.example, $(touch /tmp/x)"_s);
    QSignalSpy running(&p.page, &Ui::ChecksPage::runningChanged);
    QTest::mouseClick(p.find<QPushButton>(u"runChecksButton"_s), Qt::LeftButton);
    QVERIFY(!p.page.isRunning());
    QCOMPARE(running.count(), 0);
    auto *error = p.find<QLabel>(u"checkInputError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"is not a domain name"_s), qPrintable(error->text()));
    QVERIFY(error->text().contains(u"Nothing was sent"_s));
    QCOMPARE(error->textFormat(), Qt::PlainText);
    QCOMPARE(p.fake.fake->shellLines().size(), before);
    QCOMPARE(p.page.model()->rowCount(), 0);
    // Typing clears the message.
    QTest::keyClick(domains, Qt::Key_Backspace);
    QVERIFY(!error->isVisible());
}

void TestChecksPage::badOptionSendsNothing()
{
    Page p;
    const qsizetype before = p.fake.fake->shellLines().size();
    p.find<QLineEdit>(u"checkRelay"_s)->setText(u"[relay.example]:0"_s);
    QVERIFY(!p.page.runAll());
    QCOMPARE(p.fake.fake->shellLines().size(), before);
    QVERIFY(p.page.inputError().contains(u"Relay port"_s));
    QVERIFY(p.find<Ui::CheckOptionsBox>(u"checkOptions"_s)->isExpanded()); // the field is shown
}

void TestChecksPage::runAllShowsStatesResultsAndDetail()
{
    Page p;
    p.find<QLineEdit>(u"checkDomains"_s)->setText(u"oldcorp.example"_s);
    QSignalSpy finished(&p.page, &Ui::ChecksPage::runFinished);
    QTest::mouseClick(p.find<QPushButton>(u"runChecksButton"_s), Qt::LeftButton);
    QVERIFY(p.page.isRunning());
    QVERIFY(!p.find<QPushButton>(u"runChecksButton"_s)->isEnabled());
    QVERIFY(p.find<QPushButton>(u"cancelChecksButton"_s)->isEnabled());
    Ui::CheckSelector *selector = p.page.selector();
    for (CheckId id : Diagnosis::allCheckIds())
        QVERIFY(selector->state(id) == Ui::CheckSelector::State::Waiting
                || selector->state(id) == Ui::CheckSelector::State::Running);

    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!p.page.isRunning());
    QVERIFY(p.find<QPushButton>(u"runChecksButton"_s)->isEnabled());
    QVERIFY(p.page.model()->rowCount() >= 1);
    for (CheckId id : Diagnosis::allCheckIds()) {
        QCOMPARE(selector->state(id), Ui::CheckSelector::State::Done);
        QVERIFY2(selector->stateText(id).startsWith(u"Done"_s), qPrintable(selector->stateText(id)));
    }
    // Every diagnostic command ran as the user asked, through the fake session.
    QVERIFY(p.find<QLabel>(u"checkStatus"_s)->text().contains(u"finished"_s));

    // The worst result is selected and its detail shown as plain text.
    auto *view = p.find<QTreeView>(u"checkResults"_s);
    QVERIFY(view->currentIndex().isValid());
    const CheckResult &shown = p.page.model()->result(view->currentIndex().row());
    for (const CheckResult &r : p.page.model()->results())
        QVERIFY(int(r.verdict) <= int(shown.verdict));
    auto *detail = p.find<QPlainTextEdit>(u"checkDetail"_s);
    QVERIFY(detail->isReadOnly());
    QCOMPARE(detail->toPlainText(), CheckResultModel::detailText(shown));
    if (p.page.model()->rowCount() > 1) {
        const int other = view->currentIndex().row() == 0 ? 1 : 0;
        view->setCurrentIndex(p.page.model()->index(other, 0));
        QCOMPARE(detail->toPlainText(), CheckResultModel::detailText(p.page.model()->result(other)));
    }
}

void TestChecksPage::runSelectedRunsOnlyThose()
{
    Page p;
    p.page.selector()->setSelected({CheckId::Limits, CheckId::Services});
    QSignalSpy finished(&p.page, &Ui::ChecksPage::runFinished);
    QVERIFY(p.page.runSelected());
    QVERIFY(finished.wait(20000));
    for (const CheckResult &r : p.page.model()->results())
        QVERIFY(r.check == CheckId::Limits || r.check == CheckId::Services);
    QCOMPARE(p.page.selector()->state(CheckId::Dns), Ui::CheckSelector::State::Idle);
    QCOMPARE(p.page.selector()->state(CheckId::Limits), Ui::CheckSelector::State::Done);

    // Nothing ticked: Run selected is off, and refuses when called anyway.
    p.page.selector()->setSelected({});
    QVERIFY(!p.find<QPushButton>(u"runSelectedButton"_s)->isEnabled());
    QVERIFY(!p.page.runSelected());
}

void TestChecksPage::copyAsText()
{
    Page p;
    auto *copy = p.find<QPushButton>(u"copyChecksButton"_s);
    QVERIFY(!copy->isEnabled());
    QSignalSpy finished(&p.page, &Ui::ChecksPage::runFinished);
    p.page.selector()->setSelected({CheckId::Services});
    QVERIFY(p.page.runSelected());
    QVERIFY(finished.wait(20000));
    QVERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.startsWith(u"Postdesk checks on mx.example.test, "_s), qPrintable(text));
    for (const CheckResult &r : p.page.model()->results())
        QVERIFY(text.contains(r.toText()));
    // The ticket text is the core's, header aside (its time may have ticked on).
    QCOMPARE(text.section(u'\n', 1), p.page.resultsText().section(u'\n', 1));
}

void TestChecksPage::cancelStopsTheRun()
{
    Page p;
    p.fake.fake->setFallback({.hang = true}); // every diagnostic command would run forever
    QSignalSpy finished(&p.page, &Ui::ChecksPage::runFinished);
    QVERIFY(p.page.runAll());
    QTest::mouseClick(p.find<QPushButton>(u"cancelChecksButton"_s), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!p.page.isRunning());
    QVERIFY(p.find<QLabel>(u"checkStatus"_s)->text().startsWith(u"Canceled"_s));
    for (CheckId id : Diagnosis::allCheckIds()) {
        const auto state = p.page.selector()->state(id);
        QVERIFY(state == Ui::CheckSelector::State::Canceled || state == Ui::CheckSelector::State::Done);
    }
    // Nothing arrives later and nothing is left running on the server.
    const int rows = p.page.model()->rowCount();
    QVERIFY(!finished.wait(300));
    QCOMPARE(p.page.model()->rowCount(), rows);
    QCOMPARE(p.fake.fake->runningCount(), 0);
    QVERIFY(p.find<QPushButton>(u"runChecksButton"_s)->isEnabled());
}

void TestChecksPage::lostConnectionCancels()
{
    Page p;
    p.fake.fake->setFallback({.hang = true});
    QSignalSpy finished(&p.page, &Ui::ChecksPage::runFinished);
    QVERIFY(p.page.runAll());
    p.fake.fake->simulateConnectionLost();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(p.find<QLabel>(u"checkStatus"_s)->text().contains(u"connection to the server was lost"_s),
             qPrintable(p.find<QLabel>(u"checkStatus"_s)->text()));
    QVERIFY(!p.find<QPushButton>(u"runChecksButton"_s)->isEnabled());
    QVERIFY(!p.page.runAll());
}

void TestChecksPage::notConnectedCannotRun()
{
    Ui::ChecksPage page;
    page.show();
    QVERIFY(!page.findChild<QPushButton *>(u"runChecksButton"_s)->isEnabled());
    QVERIFY(!page.runAll());
    QVERIFY(page.inputError().contains(u"Not connected"_s));
    QVERIFY(page.findChild<QLabel *>(u"checkStatus"_s)->text().contains(u"Select a server"_s));
}

void TestChecksPage::optionsKeptPerServer()
{
    Page p;
    auto *zones = p.find<QLineEdit>(u"checkDnsblZones"_s);
    QVERIFY(zones->text().isEmpty()); // defaults: the placeholder names them
    QVERIFY(zones->placeholderText().contains(u"zen.spamhaus.org"_s));
    QTest::keyClicks(zones, u"dnsbl.pdts.test silent.pdts.test"_s);
    QCOMPARE(Ui::ChecksSettings(&p.settings).load(p.profile).dnsblZones,
             (QStringList{u"dnsbl.pdts.test"_s, u"silent.pdts.test"_s}));

    // Another server has its own options; coming back restores this one's.
    const QUuid other = QUuid::createUuid();
    p.page.setServer(p.fake.session.get(), other, u"other"_s);
    QVERIFY(zones->text().isEmpty());
    p.page.setServer(p.fake.session.get(), p.profile, u"mx.example.test"_s);
    QCOMPARE(zones->text(), u"dnsbl.pdts.test silent.pdts.test"_s);
    // No secret-looking key anywhere in the stored options.
    p.settings.beginGroup(u"checks/%1"_s.arg(p.profile.toString(QUuid::WithoutBraces)));
    for (const QString &key : p.settings.allKeys())
        QVERIFY2(!key.contains(u"pass"_s, Qt::CaseInsensitive), qPrintable(key));
    p.settings.endGroup();
}

void TestChecksPage::checkDestinationTicksAndRuns()
{
    Page p;
    QSignalSpy finished(&p.page, &Ui::ChecksPage::runFinished);
    const QList<CheckId> checks = Checks::checksForClass(Diagnosis::ReasonClass::Network);
    QVERIFY(p.page.checkDestination(u"oldcorp.example"_s, checks));
    QCOMPARE(p.find<QLineEdit>(u"checkDomains"_s)->text(), u"oldcorp.example"_s);
    QList<CheckId> sorted = checks;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(p.page.selector()->selected(), sorted);
    QVERIFY(finished.wait(20000));
    for (const CheckResult &r : p.page.model()->results())
        QVERIFY(checks.contains(r.check));
    // An empty domain (a class without a destination) keeps the field.
    QVERIFY(p.page.checkDestination(QString(), {CheckId::ContentFilter}));
    QCOMPARE(p.find<QLineEdit>(u"checkDomains"_s)->text(), u"oldcorp.example"_s);
    QVERIFY(finished.wait(20000));
}

QTEST_MAIN(TestChecksPage)
#include "tst_checkspage.moc"
