// Desktop notifications of alert changes: raised / escalated / cleared are told, a lowered but
// still raised alert is not; messages to one server are coalesced; without a system tray
// (offscreen) the in-window alert list carries them.
#include "fleet/alertnotifier.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::StringLiterals;
using Fleet::Severity;

namespace {

Fleet::AlertChange change(const QUuid &server, Severity previous, Severity now, const QString &text)
{
    Fleet::AlertChange c;
    c.previous = previous;
    c.state.server = server;
    c.state.severity = now;
    c.state.text = text;
    return c;
}

} // namespace

class TestAlertNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void raisedAndClearedAreTold();
    void loweredIsNotTold();
    void coalescedPerServer();
};

void TestAlertNotifier::raisedAndClearedAreTold()
{
    Ui::AlertNotifier notifier;
    QListWidget list;
    notifier.setAlertList(&list);
    notifier.setCoalesceSeconds(0);
    QCOMPARE(notifier.usesTray(), QSystemTrayIcon::isSystemTrayAvailable());
    QSignalSpy spy(&notifier, &Ui::AlertNotifier::notified);
    const QUuid id = QUuid::createUuid();

    notifier.notify(id, u"mx1"_s, {change(id, Severity::Ok, Severity::Warning, u"600 deferred (warning at 500)"_s)});
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"mx1: Warning"_s);
    QCOMPARE(spy.at(0).at(1).toString(), u"Warning: 600 deferred (warning at 500)"_s);
    QCOMPARE(list.count(), 1);
    QCOMPARE(list.item(0)->data(Qt::UserRole).toUuid(), id);

    notifier.notify(id, u"mx1"_s, {change(id, Severity::Warning, Severity::Critical, u"2100 deferred (critical at 2000)"_s)});
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), u"mx1: Critical"_s);

    notifier.notify(id, u"mx1"_s, {change(id, Severity::Critical, Severity::Ok, u"100 deferred"_s)});
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy.at(2).at(0).toString(), u"mx1: alert cleared"_s);
    QCOMPARE(spy.at(2).at(1).toString(), u"Cleared: 100 deferred"_s);
    QCOMPARE(list.count(), 3);
    QVERIFY(list.item(0)->text().contains(u"alert cleared"_s)); // newest first
}

void TestAlertNotifier::loweredIsNotTold()
{
    Ui::AlertNotifier notifier;
    notifier.setCoalesceSeconds(0);
    QSignalSpy spy(&notifier, &Ui::AlertNotifier::notified);
    const QUuid id = QUuid::createUuid();
    notifier.notify(id, u"mx1"_s, {change(id, Severity::Critical, Severity::Warning, u"900 deferred"_s)});
    notifier.notify(id, u"mx1"_s, {});
    QCOMPARE(spy.size(), 0);
}

void TestAlertNotifier::coalescedPerServer()
{
    Ui::AlertNotifier notifier;
    QListWidget list;
    notifier.setAlertList(&list);
    notifier.setCoalesceSeconds(1);
    QSignalSpy spy(&notifier, &Ui::AlertNotifier::notified);
    const QUuid one = QUuid::createUuid();
    const QUuid two = QUuid::createUuid();
    notifier.notify(one, u"mx1"_s, {change(one, Severity::Ok, Severity::Warning, u"deferred high"_s)});
    notifier.notify(two, u"mx2"_s, {change(two, Severity::Ok, Severity::Warning, u"growth high"_s)});
    QCOMPARE(spy.size(), 2); // other servers are not held back
    notifier.notify(one, u"mx1"_s, {change(one, Severity::Ok, Severity::Warning, u"oldest 30 h"_s)});
    notifier.notify(one, u"mx1"_s, {change(one, Severity::Warning, Severity::Critical, u"deferred very high"_s)});
    QCOMPARE(spy.size(), 2); // within a second of the last message to mx1: held
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 3, 5000);
    QCOMPARE(spy.at(2).at(0).toString(), u"mx1: Critical"_s);
    QCOMPARE(spy.at(2).at(1).toString(), u"Warning: oldest 30 h\nCritical: deferred very high"_s);
    QCOMPARE(list.count(), 3);
}

QTEST_MAIN(TestAlertNotifier)
#include "tst_alertnotifier.moc"
