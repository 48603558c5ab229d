// The dashboard: cards grouped by client, worst first (inside groups and among groups), re-sorted
// after polls without recreating cards, unreachable reasons in words, the summary line, the
// filter, click → openRequested, and the FleetModel under QAbstractItemModelTester.
#include "fleet/dashboardpage.h"
#include "fleet/servercard.h"
#include "models/fleetmodel.h"

#include <QAbstractItemModelTester>
#include <QGroupBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Fleet::PollError;
using Fleet::Severity;
using Postfix::QueueName;

namespace {

Fleet::ServerProfile profile(const QString &name, const QString &group)
{
    Fleet::ServerProfile p = Fleet::ServerProfile::create();
    p.name = name;
    p.group = group;
    p.host = name + u".example.test"_s;
    p.user = u"root"_s;
    return p;
}

Fleet::PollSummary ok(const QUuid &id, qint64 deferred)
{
    Fleet::PollSummary s;
    s.server = id;
    s.takenAt = QDateTime::currentDateTimeUtc();
    s.perQueue[std::size_t(QueueName::Deferred)] = deferred;
    s.total = deferred;
    return s;
}

Fleet::PollSummary failed(const QUuid &id, PollError error, const QString &text = {})
{
    Fleet::PollSummary s;
    s.server = id;
    s.takenAt = QDateTime::currentDateTimeUtc();
    s.error = error;
    s.errorText = text;
    return s;
}

QList<Fleet::AlertState> alert(const QUuid &id, Severity severity, const QString &text)
{
    Fleet::AlertState a;
    a.server = id;
    a.severity = severity;
    a.text = text;
    return {a};
}

QStringList names(const QList<Ui::ServerCard *> &cards)
{
    QStringList out;
    for (const Ui::ServerCard *c : cards)
        out << c->entry().name;
    return out;
}

struct Fleet4
{
    Fleet::ServerProfile a1 = profile(u"a1"_s, u"Acme"_s);
    Fleet::ServerProfile a2 = profile(u"a2"_s, u"Acme"_s);
    Fleet::ServerProfile b1 = profile(u"b1"_s, u"Bakery"_s);
    Fleet::ServerProfile b2 = profile(u"b2"_s, u"Bakery"_s);
    Ui::FleetModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};

    Fleet4() { model.setProfiles({a1, a2, b1, b2}); }
};

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cardsPerProfileInGroups();
    void worstFirstAndResortedAfterPolls();
    void unreachableReasonsAndSummary();
    void filterAndOpen();
    void profilesChangeKeepsCards();
    void modelRoles();
};

void TestDashboardPage::cardsPerProfileInGroups()
{
    Fleet4 f;
    Ui::DashboardPage page(&f.model);
    page.resize(1000, 700);
    page.show();
    QCOMPARE(page.cards().size(), 4);
    for (const auto &p : {f.a1, f.a2, f.b1, f.b2}) {
        auto *card = page.findChild<Ui::ServerCard *>(u"serverCard_"_s + p.id.toString(QUuid::WithoutBraces));
        QVERIFY2(card, qPrintable(p.name));
        QCOMPARE(card->id(), p.id);
        auto *box = page.findChild<QGroupBox *>(u"group_"_s + p.group);
        QVERIFY(box);
        QVERIFY(box->isAncestorOf(card));
    }
    QCOMPARE(page.groupOrder(), (QStringList{u"Acme"_s, u"Bakery"_s}));
    QVERIFY(page.findChild<QListWidget *>(u"alertList"_s));
    QVERIFY(page.findChild<QWidget *>(u"fleetChart"_s));
}

void TestDashboardPage::worstFirstAndResortedAfterPolls()
{
    Fleet4 f;
    Ui::DashboardPage page(&f.model);
    page.show();
    f.model.addPoll(ok(f.a1.id, 10), {}, Severity::Ok);
    f.model.addPoll(ok(f.a2.id, 50), {}, Severity::Ok);
    f.model.addPoll(ok(f.b1.id, 5), {}, Severity::Ok);
    f.model.addPoll(ok(f.b2.id, 900), alert(f.b2.id, Severity::Warning, u"900 deferred (warning at 500)"_s),
                    Severity::Warning);
    QTRY_COMPARE(names(page.cards()), (QStringList{u"b2"_s, u"b1"_s, u"a2"_s, u"a1"_s}));
    QCOMPARE(page.groupOrder(), (QStringList{u"Bakery"_s, u"Acme"_s}));
    QCOMPARE(page.card(f.b2.id)->severity(), Severity::Warning);

    // a1 becomes unreachable: worst of all, its group first. The same card objects move.
    Ui::ServerCard *a1Card = page.card(f.a1.id);
    f.model.addPoll(failed(f.a1.id, PollError::Timeout), {}, Severity::Ok);
    QTRY_COMPARE(names(page.cards()), (QStringList{u"a1"_s, u"a2"_s, u"b2"_s, u"b1"_s}));
    QCOMPARE(page.card(f.a1.id), a1Card);
    QCOMPARE(a1Card->stateText(), u"Timed out"_s);

    // Critical beats warning; reachable critical still sorts below unreachable.
    f.model.addPoll(ok(f.b1.id, 3000), alert(f.b1.id, Severity::Critical, u"3000 deferred (critical at 2000)"_s),
                    Severity::Critical);
    QTRY_COMPARE(names(page.cards()), (QStringList{u"a1"_s, u"a2"_s, u"b1"_s, u"b2"_s}));
    f.model.addPoll(ok(f.a1.id, 0), {}, Severity::Ok);
    QTRY_COMPARE(names(page.cards()), (QStringList{u"b1"_s, u"b2"_s, u"a2"_s, u"a1"_s}));
}

void TestDashboardPage::unreachableReasonsAndSummary()
{
    Fleet4 f;
    Ui::DashboardPage page(&f.model);
    f.model.addPoll(failed(f.a1.id, PollError::HostKeyChanged), {}, Severity::Ok);
    f.model.addPoll(failed(f.a2.id, PollError::Unreachable, u"connection refused"_s), {}, Severity::Ok);
    f.model.addPoll(ok(f.b1.id, 280), {}, Severity::Ok);
    f.model.addPoll(ok(f.b2.id, 20), {}, Severity::Ok);
    QCOMPARE(page.card(f.a1.id)->stateText(), u"Host key changed — refused"_s);
    QCOMPARE(page.card(f.a2.id)->stateText(), u"Unreachable: connection refused"_s);
    QCOMPARE(page.card(f.b1.id)->stateText(), u"OK"_s);
    QTRY_COMPARE(page.summaryText(), u"4 servers · 2 need attention · 300 deferred in the fleet"_s);
}

void TestDashboardPage::filterAndOpen()
{
    Fleet4 f;
    Ui::DashboardPage page(&f.model);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setFilterText(u"bakery"_s);
    QCOMPARE(names(page.cards()), (QStringList{u"b1"_s, u"b2"_s}));
    QVERIFY(!page.card(f.a1.id)->isVisible());
    QVERIFY(!page.findChild<QGroupBox *>(u"group_Acme"_s)->isVisible());
    page.setFilterText({});
    QCOMPARE(page.cards().size(), 4);
    QVERIFY(page.card(f.a1.id)->isVisible());

    QSignalSpy open(&page, &Ui::DashboardPage::openRequested);
    Ui::ServerCard *card = page.card(f.b2.id);
    QTest::mouseClick(card, Qt::LeftButton, {}, QPoint(30, 30));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toUuid(), f.b2.id);
    QSignalSpy pollAll(&page, &Ui::DashboardPage::pollAllRequested);
    QTest::mouseClick(page.findChild<QWidget *>(u"pollAllButton"_s), Qt::LeftButton);
    QCOMPARE(pollAll.size(), 1);
}

void TestDashboardPage::profilesChangeKeepsCards()
{
    Fleet4 f;
    Ui::DashboardPage page(&f.model);
    f.model.addPoll(ok(f.a1.id, 7), {}, Severity::Ok);
    Ui::ServerCard *a1Card = page.card(f.a1.id);
    Fleet::ServerProfile moved = f.a1;
    moved.group = u"Bakery"_s;
    f.model.setProfiles({moved, f.b1});
    QCOMPARE(page.cards().size(), 2);
    QCOMPARE(page.card(f.a1.id), a1Card);
    QCOMPARE(a1Card->countsText(), u"7 deferred · 0 hold · 0 active · 0 incoming"_s); // polls kept
    QCOMPARE(page.groupOrder(), QStringList{u"Bakery"_s});
    QTRY_VERIFY(!page.findChild<QGroupBox *>(u"group_Acme"_s));
    QVERIFY(!page.card(f.a2.id));
}

void TestDashboardPage::modelRoles()
{
    Fleet4 f;
    f.model.addPoll(failed(f.b1.id, PollError::AuthFailed), {}, Severity::Ok);
    f.model.addPoll(ok(f.a1.id, 12), {}, Severity::Ok);
    f.model.addPoll(ok(f.a1.id, 15), {}, Severity::Ok);
    const QModelIndex b1 = f.model.index(f.model.rowOf(f.b1.id));
    QCOMPARE(b1.data(Ui::FleetModel::SeverityRole).toInt(), int(Severity::Unknown));
    QCOMPARE(b1.data(Ui::FleetModel::StateTextRole).toString(), u"Login failed"_s);
    QCOMPARE(b1.data(Ui::FleetModel::FailedRole).toBool(), true);
    const QModelIndex a1 = f.model.index(f.model.rowOf(f.a1.id));
    QCOMPARE(a1.data(Ui::FleetModel::DeferredRole).toLongLong(), 15);
    QCOMPARE(a1.data(Ui::FleetModel::GroupRole).toString(), u"Acme"_s);
    QCOMPARE(f.model.entry(f.a1.id).previousTotal, 12);
    QCOMPARE(f.model.entry(f.a1.id).recent.size(), 2);
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
