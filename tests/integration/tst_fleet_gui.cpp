// The dashboard against four servers at once, as a user sees it: the real Ui::MainWindow
// (offscreen, real SSH, the real keychain, history in a temporary SQLite file, background polling)
// with the shared test server and fleet2 in client "Acme", fleet3 and an unreachable port in
// "Globex". fleet2 logs in with a password that only the Secret Service holds (run through
// scripts/run-tests.sh: dbus-run-session + gnome-keyring). fleet3's host key changes during the
// test (testserver.sh rekey). fleet2's queue grows past its deferred threshold and shrinks again:
// the card and the notifier follow, with hysteresis.
#include "fleetscenario.h"
#include "pollrecorder.h"

#include "fleet/alertevaluator.h"
#include "fleet/alertnotifier.h"
#include "fleet/credentialstore.h"
#include "fleet/dashboardpage.h"
#include "fleet/fleetpoller.h"
#include "fleet/historystore.h"
#include "fleet/profilestore.h"
#include "fleet/servercard.h"
#include "mainwindow.h"

#include <QGroupBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Fleet::FleetPoller;
using Fleet::PollError;
using Fleet::PollSummary;
using Fleet::Severity;
using Postfix::QueueName;
using TestSupport::FleetScenario;

namespace {
constexpr int pollInterval = 5; // seconds: the smallest interval a profile may have
}

class tst_FleetGui : public QObject
{
    Q_OBJECT

private:
    FleetScenario m_scenario;
    QDateTime m_started;
    std::unique_ptr<Fleet::CredentialStore> m_credentials;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<TestSupport::PollRecorder> m_recorder;
    std::unique_ptr<QSignalSpy> m_notified;

    Ui::ServerCard *card(const Fleet::ServerProfile &profile) const
    {
        return m_window->dashboard()->findChild<Ui::ServerCard *>(
            u"serverCard_"_s + profile.id.toString(QUuid::WithoutBraces));
    }

    QString cardState(const Fleet::ServerProfile &profile) const
    {
        const Ui::ServerCard *c = card(profile);
        return c ? c->stateText() : u"(no card)"_s;
    }

    // Notifications that name fleet2 (title or text), in order.
    QStringList fleet2Notices()
    {
        QStringList notices;
        for (const QList<QVariant> &args : *m_notified) {
            const QString text = args.at(0).toString() + u" | "_s + args.at(1).toString();
            if (text.contains(m_scenario.fleet2().name))
                notices.append(text);
        }
        return notices;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_credentials = std::make_unique<Fleet::CredentialStore>();
        QVERIFY2(m_scenario.setUp(pollInterval, *m_credentials, &error), qPrintable(error));

        // Only fleet2 alerts, on its deferred count.
        for (Fleet::ServerProfile *p : {&m_scenario.shared(), &m_scenario.fleet3(), &m_scenario.unreachable()})
            p->alerts = FleetScenario::alertsOff();
        m_scenario.fleet2().alerts = m_scenario.fleet2Alerts();

        m_settings = std::make_unique<QSettings>(m_scenario.tempPath(u"postdesk.ini"_s), QSettings::IniFormat);
        Fleet::ProfileStore store(m_settings.get());
        for (const Fleet::ServerProfile &p : m_scenario.profiles())
            store.save(p);
        Ui::MainWindow::Options options;
        options.settings = m_settings.get();
        options.useKeychain = true;
        options.historyPath = m_scenario.tempPath(u"history.sqlite"_s);
        options.auditLogPath = m_scenario.tempPath(u"audit.log"_s);
        options.startPolling = true;
        m_started = QDateTime::currentDateTimeUtc().addSecs(-1);
        m_window = std::make_unique<Ui::MainWindow>(options);
        QVERIFY2(m_window->fleetPoller() && m_window->historyStore() && m_window->alerts()
                     && m_window->dashboard(),
                 "MainWindow lacks fleetPoller(), historyStore(), alerts() or dashboard()");
        m_recorder = std::make_unique<TestSupport::PollRecorder>(m_window->fleetPoller());
        auto *notifier = m_window->findChild<Ui::AlertNotifier *>();
        QVERIFY2(notifier, "no Ui::AlertNotifier below the MainWindow");
        notifier->setCoalesceSeconds(0); // every change is told at once (default: merged per 60 s)
        m_notified = std::make_unique<QSignalSpy>(notifier, &Ui::AlertNotifier::notified);
        m_window->resize(1280, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void dashboardShowsEveryServer()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_window->dashboard()->cards().size(), qsizetype(4), 20000);
        for (const Fleet::ServerProfile &p : m_scenario.profiles()) {
            QVERIFY2(card(p), qPrintable(u"no card for %1"_s.arg(p.name)));
            QCOMPARE(card(p)->id(), p.id);
        }
        QVERIFY(m_window->dashboard()->findChild<QGroupBox *>(u"group_Acme"_s));
        QVERIFY(m_window->dashboard()->findChild<QGroupBox *>(u"group_Globex"_s));
        QVERIFY(m_window->dashboard()->isVisible());
    }

    void goodServersShowTheirNumbers()
    {
        for (const Fleet::ServerProfile &p : {m_scenario.shared(), m_scenario.fleet2(), m_scenario.fleet3()}) {
            QTRY_VERIFY2_WITH_TIMEOUT(!m_recorder->okPolls(p.id).isEmpty(),
                                      qPrintable(u"%1 never polled ok: %2"_s.arg(p.name, cardState(p))),
                                      90000);
            QTRY_COMPARE_WITH_TIMEOUT(card(p)->severity(), Severity::Ok, 10000);
            QVERIFY2(cardState(p).startsWith(u"OK"_s), qPrintable(cardState(p)));
        }
        const qint64 deferred = FleetScenario::queueCount(m_scenario.sharedEnv(), QueueName::Deferred);
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->okPolls(m_scenario.shared().id).constLast().count(QueueName::Deferred),
                                  deferred, 20000);
        QVERIFY2(card(m_scenario.shared())->countsText().contains(QString::number(deferred)),
                 qPrintable(card(m_scenario.shared())->countsText()));
    }

    void unreachableSaysWhy()
    {
        const Fleet::ServerProfile dead = m_scenario.unreachable();
        QTRY_VERIFY_WITH_TIMEOUT(!m_recorder->polls(dead.id).isEmpty(), 60000);
        QCOMPARE(m_recorder->polls(dead.id).constLast().error, PollError::Unreachable);
        QTRY_VERIFY2_WITH_TIMEOUT(cardState(dead).contains(u"unreachable"_s, Qt::CaseInsensitive)
                                      || cardState(dead).contains(u"refused"_s, Qt::CaseInsensitive),
                                  qPrintable(cardState(dead)), 10000);
        QVERIFY(card(dead)->severity() > Severity::Ok);
    }

    void changedHostKeySaysRefused()
    {
        QString error;
        QVERIFY2(m_scenario.rekeyFleet3(&error), qPrintable(error));
        const QDateTime rekeyed = QDateTime::currentDateTimeUtc();
        const Fleet::ServerProfile fleet3 = m_scenario.fleet3();
        m_window->fleetPoller()->pollNow(fleet3.id);
        QTRY_VERIFY_WITH_TIMEOUT(m_recorder->pollAfter(fleet3.id, rekeyed).takenAt.isValid()
                                     && m_recorder->polls(fleet3.id).constLast().error == PollError::HostKeyChanged,
                                 90000);
        QTRY_VERIFY2_WITH_TIMEOUT(cardState(fleet3).contains(u"host key changed"_s, Qt::CaseInsensitive),
                                  qPrintable(cardState(fleet3)), 10000);
    }

    void goodKeepPollingWhileBadBackOff()
    {
        FleetPoller *poller = m_window->fleetPoller();
        const QUuid shared = m_scenario.shared().id;
        const QUuid fleet2 = m_scenario.fleet2().id;
        const int sharedBefore = poller->status(shared).pollsDone;
        const int fleet2Before = poller->status(fleet2).pollsDone;
        QTRY_VERIFY_WITH_TIMEOUT(poller->status(shared).pollsDone >= sharedBefore + 2
                                     && poller->status(fleet2).pollsDone >= fleet2Before + 2,
                                 60000);
        for (const QUuid &bad : {m_scenario.unreachable().id, m_scenario.fleet3().id}) {
            QTRY_VERIFY_WITH_TIMEOUT(poller->status(bad).consecutiveFailures >= 2, 90000);
            const FleetPoller::ServerStatus status = poller->status(bad);
            const qint64 gap = status.last.takenAt.secsTo(status.nextPollAt);
            QVERIFY2(gap > pollInterval, qPrintable(u"next poll %1 s after a failed one"_s.arg(gap)));
        }
    }

    void historyRowsReadBack()
    {
        const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(1);
        for (const Fleet::ServerProfile &p : {m_scenario.shared(), m_scenario.fleet2()}) {
            const QList<PollSummary> ok = m_recorder->okPolls(p.id);
            const QList<Fleet::HistorySample> samples = m_window->historyStore()->samples(p.id, m_started, to);
            QCOMPARE(samples.size(), ok.size());
            QCOMPARE(samples.constLast().total, ok.constLast().total);
        }
        const std::optional<Fleet::HistorySample> latest = m_window->historyStore()->latest(m_scenario.shared().id);
        QVERIFY(latest.has_value());
        QCOMPARE(latest->total, FleetScenario::totalCount(m_scenario.sharedEnv()));
        QVERIFY(m_window->historyStore()->samples(m_scenario.unreachable().id, m_started, to).isEmpty());
    }

    void alertRaisesAndClearsWithHysteresis()
    {
        const Fleet::ServerProfile fleet2 = m_scenario.fleet2();
        const TestSupport::TestServerEnv &env = m_scenario.fleet2Env();
        const qint64 base = m_scenario.fleet2DeferredBase();
        const qint64 warn = m_scenario.fleet2DeferredWarn();
        QCOMPARE(card(fleet2)->severity(), Severity::Ok);
        QVERIFY(fleet2Notices().isEmpty());

        QString error;
        const int grow = int(warn - base + 10);
        QVERIFY2(env.grow(grow, &error), qPrintable(error));
        PollSummary poll;
        QVERIFY(m_recorder->waitForPollAfter(fleet2.id, QDateTime::currentDateTimeUtc(), &poll));
        QCOMPARE(poll.count(QueueName::Deferred), warn + 10);
        QTRY_COMPARE_WITH_TIMEOUT(card(fleet2)->severity(), Severity::Warning, 10000);
        QCOMPARE(m_window->alerts()->severity(fleet2.id), Severity::Warning);
        QTRY_COMPARE_WITH_TIMEOUT(fleet2Notices().size(), qsizetype(1), 30000);

        // Below the threshold, above the clear level: still raised, nothing new to say.
        const QStringList grown = FleetScenario::grownIds(env);
        QCOMPARE(grown.size(), qsizetype(grow));
        QVERIFY2(FleetScenario::deleteMessages(env, grown.mid(0, 12), &error), qPrintable(error));
        QVERIFY(m_recorder->waitForPollAfter(fleet2.id, QDateTime::currentDateTimeUtc(), &poll));
        QCOMPARE(poll.count(QueueName::Deferred), warn - 2);
        QCOMPARE(m_window->alerts()->severity(fleet2.id), Severity::Warning);
        QCOMPARE(card(fleet2)->severity(), Severity::Warning);

        // Back below the clear level: cleared, on the card and as a notice.
        QVERIFY2(FleetScenario::deleteMessages(env, grown.mid(12), &error), qPrintable(error));
        QVERIFY(m_recorder->waitForPollAfter(fleet2.id, QDateTime::currentDateTimeUtc(), &poll));
        QCOMPARE(poll.count(QueueName::Deferred), base);
        QCOMPARE(m_window->alerts()->severity(fleet2.id), Severity::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(card(fleet2)->severity(), Severity::Ok, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(fleet2Notices().size(), qsizetype(2), 30000);
        QVERIFY2(fleet2Notices().constLast().contains(u"cleared"_s, Qt::CaseInsensitive),
                 qPrintable(fleet2Notices().constLast()));
    }

    void cleanupTestCase()
    {
        m_recorder.reset();
        m_window.reset();
        QString error;
        QVERIFY2(m_scenario.tearDown(&error), qPrintable(error));
    }
};

QTEST_MAIN(tst_FleetGui)
#include "tst_fleet_gui.moc"
