// One server card: the state in words for every poll outcome, counts, trend, the sparkline, and
// click / Enter → openRequested.
#include "fleet/fleettext.h"
#include "fleet/servercard.h"
#include "fleet/sparklinewidget.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Fleet::PollError;
using Fleet::Severity;
using Postfix::QueueName;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

Fleet::PollSummary okPoll(const QUuid &id, qint64 deferred, qint64 hold, const QDateTime &at = kNow)
{
    Fleet::PollSummary s;
    s.server = id;
    s.takenAt = at;
    s.perQueue[std::size_t(QueueName::Deferred)] = deferred;
    s.perQueue[std::size_t(QueueName::Hold)] = hold;
    s.total = deferred + hold;
    s.oldestArrival = at.toSecsSinceEpoch() - (3 * 24 + 4) * 3600;
    s.perClass[std::size_t(Diagnosis::ReasonClass::Network)] = deferred;
    return s;
}

Ui::FleetEntry entry(const QString &name)
{
    Ui::FleetEntry e;
    e.id = QUuid::createUuid();
    e.name = name;
    e.group = u"Acme"_s;
    return e;
}

Ui::FleetEntry failedEntry(PollError error, const QString &detail)
{
    Ui::FleetEntry e = entry(u"mx"_s);
    e.last.server = e.id;
    e.last.takenAt = kNow;
    e.last.error = error;
    e.last.errorText = detail;
    return e;
}

} // namespace

class TestServerCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failureWords_data();
    void failureWords();
    void okCountsTrendAndSparkline();
    void warningNamesTheAlert();
    void notPolledYet();
    void clickAndEnterOpen();
};

void TestServerCard::failureWords_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expected");
    QTest::newRow("changed") << int(PollError::HostKeyChanged) << QString() << u"Host key changed — refused"_s;
    QTest::newRow("unknown") << int(PollError::HostKeyUnknown) << u"SHA256:abc"_s
                             << u"Host key not verified yet — open to verify"_s;
    QTest::newRow("refused") << int(PollError::Unreachable) << u"Connection refused."_s
                             << u"Unreachable: Connection refused"_s;
    QTest::newRow("timeout") << int(PollError::Timeout) << QString() << u"Timed out"_s;
    QTest::newRow("auth") << int(PollError::AuthFailed) << QString() << u"Login failed"_s;
    QTest::newRow("secret") << int(PollError::SecretMissing) << QString()
                            << u"Password not in keychain — open to log in"_s;
    QTest::newRow("down") << int(PollError::MailSystemDown) << QString() << u"Mail system down"_s;
    QTest::newRow("remote") << int(PollError::Remote) << u"permission denied"_s
                            << u"Listing the queue failed: permission denied"_s;
}

void TestServerCard::failureWords()
{
    QFETCH(int, error);
    QFETCH(QString, detail);
    QFETCH(QString, expected);
    Ui::FleetEntry e = failedEntry(PollError(error), detail);
    Ui::ServerCard card(e);
    QCOMPARE(card.stateText(), expected);
    QCOMPARE(card.severity(), Severity::Unknown);
    QCOMPARE(card.objectName(), u"serverCard_"_s + e.id.toString(QUuid::WithoutBraces));
    QVERIFY(card.accessibleName().contains(expected));
    QVERIFY(card.countsText().isEmpty()); // never polled successfully: no numbers to show

    // Numbers of an earlier successful poll stay, marked as such.
    e.lastOk = okPoll(e.id, 10, 2, kNow.addSecs(-60));
    card.setEntry(e, kNow);
    QCOMPARE(card.stateText(), expected);
    QVERIFY2(card.countsText().startsWith(u"last known: 10 deferred"_s), qPrintable(card.countsText()));
}

void TestServerCard::okCountsTrendAndSparkline()
{
    Ui::FleetEntry e = entry(u"mx1"_s);
    e.last = e.lastOk = okPoll(e.id, 280, 20);
    e.previousTotal = 260;
    e.recent = {{kNow.addSecs(-600).toMSecsSinceEpoch(), 200}, {kNow.toMSecsSinceEpoch(), 300}};
    Ui::ServerCard card(e);
    card.setEntry(e, kNow.addSecs(12));
    QCOMPARE(card.severity(), Severity::Ok);
    QCOMPARE(card.stateText(), u"OK"_s);
    QCOMPARE(card.countsText(), u"280 deferred · 20 hold · 0 active · 0 incoming"_s);
    QCOMPARE(card.trendText(), u"▲ +40 since last poll"_s);
    QCOMPARE(card.findChild<QLabel *>(u"polledLabel"_s)->text(), u"polled 12 s ago"_s);
    const QString detail = card.findChild<QLabel *>(u"detailLabel"_s)->text();
    QVERIFY2(detail.contains(u"oldest 3 d 4 h"_s), qPrintable(detail));
    QVERIFY2(detail.contains(Diagnosis::reasonClassInfo(Diagnosis::ReasonClass::Network).title), qPrintable(detail));
    auto *spark = card.findChild<Ui::SparklineWidget *>(u"sparkline"_s);
    QVERIFY(spark);
    QCOMPARE(spark->points().size(), 2);
    QVERIFY(spark->toolTip().contains(u"200 to 300"_s));

    e.previousTotal = 400;
    card.setEntry(e, kNow);
    QCOMPARE(card.trendText(), u"▼ −100 since last poll"_s);
    e.previousTotal = 300;
    card.setEntry(e, kNow);
    QCOMPARE(card.trendText(), u"▶ unchanged since last poll"_s);
}

void TestServerCard::warningNamesTheAlert()
{
    Ui::FleetEntry e = entry(u"mx1"_s);
    e.last = e.lastOk = okPoll(e.id, 312, 0);
    Fleet::AlertState deferred;
    deferred.server = e.id;
    deferred.severity = Severity::Warning;
    deferred.text = u"312 deferred (warning at 200)"_s;
    Fleet::AlertState age;
    age.server = e.id;
    age.metric = Fleet::AlertMetric::OldestAge;
    age.severity = Severity::Ok;
    age.text = u"oldest 76 h"_s;
    e.alerts = {deferred, age};
    e.alertSeverity = Severity::Warning;
    Ui::ServerCard card(e);
    QCOMPARE(card.severity(), Severity::Warning);
    QCOMPARE(card.stateText(), u"Warning: 312 deferred (warning at 200)"_s);
    QCOMPARE(card.findChild<QLabel *>(u"alertsLabel"_s)->text(), u"312 deferred (warning at 200)"_s);
}

void TestServerCard::notPolledYet()
{
    Ui::FleetEntry e = entry(u"mx1"_s);
    Ui::ServerCard card(e);
    QCOMPARE(card.stateText(), u"Waiting for the first poll"_s);
    QCOMPARE(card.severity(), Severity::Ok);
    QCOMPARE(Ui::FleetText::lastPolledText(e, kNow), u"not polled yet"_s);
    e.state = Fleet::FleetPoller::State::Off;
    card.setEntry(e, kNow);
    QVERIFY(card.stateText().startsWith(u"Polling off"_s));
}

void TestServerCard::clickAndEnterOpen()
{
    const Ui::FleetEntry e = entry(u"mx1"_s);
    Ui::ServerCard card(e);
    card.resize(300, 160);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QCOMPARE(card.focusPolicy(), Qt::StrongFocus);
    QSignalSpy open(&card, &Ui::ServerCard::openRequested);
    QTest::mouseClick(&card, Qt::LeftButton, {}, QPoint(20, 20));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toUuid(), e.id);
    card.setFocus();
    QTest::keyClick(&card, Qt::Key_Return);
    QCOMPARE(open.size(), 2);
    QTest::keyClick(&card, Qt::Key_A);
    QCOMPARE(open.size(), 2);
}

QTEST_MAIN(TestServerCard)
#include "tst_servercard.moc"
