// The fleet scenario without widgets: FleetPoller + HistoryStore + AlertEvaluator against three
// real test servers (the shared one and the two of the "fleet" fixture) and an unreachable port.
// fleet2 logs in with a password that only the real Secret Service holds (run through
// scripts/run-tests.sh: dbus-run-session + gnome-keyring); fleet3's host key changes during the
// test (testserver.sh rekey). fleet2's queue is grown past an alert threshold and shrunk again.
#include "fleetscenario.h"
#include "pollrecorder.h"

#include "fleet/alertevaluator.h"
#include "fleet/credentialstore.h"
#include "fleet/fleetpoller.h"
#include "fleet/historystore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Fleet::FleetPoller;
using Fleet::PollError;
using Fleet::PollSummary;
using Fleet::Severity;
using Postfix::QueueName;
using TestSupport::FleetScenario;

namespace {
constexpr int pollInterval = 3; // seconds; the poller's minimum is lowered to it
}

class tst_FleetServers : public QObject
{
    Q_OBJECT

private:
    FleetScenario m_scenario;
    QDateTime m_started;
    std::unique_ptr<Fleet::CredentialStore> m_credentials;
    std::unique_ptr<Fleet::HistoryStore> m_history;
    std::unique_ptr<FleetPoller> m_poller;
    Fleet::AlertEvaluator m_alerts;
    QList<Fleet::AlertChange> m_changes;
    std::unique_ptr<TestSupport::PollRecorder> m_recorder;

    QList<PollSummary> okPolls(const QUuid &id) const { return m_recorder->okPolls(id); }
    PollSummary pollAfter(const QUuid &id, const QDateTime &after) const
    {
        return m_recorder->pollAfter(id, after);
    }
    bool waitForPollAfter(const QUuid &id, const QDateTime &after, PollSummary *out)
    {
        return m_recorder->waitForPollAfter(id, after, out);
    }

    QList<Fleet::AlertChange> changesOf(const QUuid &id) const
    {
        QList<Fleet::AlertChange> of;
        for (const Fleet::AlertChange &c : m_changes) {
            if (c.state.server == id)
                of.append(c);
        }
        return of;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_credentials = std::make_unique<Fleet::CredentialStore>();
        QVERIFY2(m_scenario.setUp(pollInterval, *m_credentials, &error), qPrintable(error));

        m_history = std::make_unique<Fleet::HistoryStore>(m_scenario.tempPath(u"history.sqlite"_s));
        QVERIFY2(m_history->open(&error), qPrintable(error));

        FleetPoller::Options options;
        options.minimumIntervalSeconds = pollInterval;
        options.pollTimeoutMs = 30000;
        options.credentials = m_credentials.get();
        m_poller = std::make_unique<FleetPoller>(options);
        m_recorder = std::make_unique<TestSupport::PollRecorder>(m_poller.get(), [this](const PollSummary &summary) {
            QVERIFY(m_history->record(summary));
            m_changes += m_alerts.update(summary);
        });
        for (const Fleet::ServerProfile &profile : m_scenario.profiles())
            m_alerts.setThresholds(profile.id, profile.alerts);
        m_started = QDateTime::currentDateTimeUtc().addSecs(-1);
        m_poller->setProfiles(m_scenario.profiles());
        m_poller->start();
        QVERIFY(m_poller->isRunning());
    }

    void goodServersPoll()
    {
        const QList<Fleet::ServerProfile> good = {m_scenario.shared(), m_scenario.fleet2(),
                                                  m_scenario.fleet3()};
        for (const Fleet::ServerProfile &p : good) {
            QTRY_VERIFY2_WITH_TIMEOUT(!okPolls(p.id).isEmpty(),
                                      qPrintable(u"%1 never polled ok; last error: %2"_s.arg(
                                          p.name, m_poller->status(p.id).last.errorText)),
                                      90000);
        }
        // The numbers are the server's: postqueue -j as root, parsed by the test harness.
        const QList<QPair<Fleet::ServerProfile, TestSupport::TestServerEnv>> checks = {
            {m_scenario.shared(), m_scenario.sharedEnv()}, {m_scenario.fleet2(), m_scenario.fleet2Env()}};
        for (const auto &[profile, env] : checks) {
            const PollSummary last = okPolls(profile.id).constLast();
            QCOMPARE(last.total, FleetScenario::totalCount(env));
            QCOMPARE(last.count(QueueName::Deferred), FleetScenario::queueCount(env, QueueName::Deferred));
            QCOMPARE(last.count(QueueName::Hold), FleetScenario::queueCount(env, QueueName::Hold));
            QVERIFY(last.oldestArrival > 0);
            QVERIFY(!last.topSender.isEmpty());
        }
    }

    void unreachableIsReported()
    {
        const QUuid dead = m_scenario.unreachable().id;
        QTRY_VERIFY_WITH_TIMEOUT(!m_recorder->polls(dead).isEmpty(), 60000);
        const PollSummary last = m_recorder->polls(dead).constLast();
        QCOMPARE(last.error, PollError::Unreachable);
        QVERIFY2(!last.errorText.isEmpty(), "an unreachable server needs a reason in words");
        QCOMPARE(m_poller->status(dead).state, FleetPoller::State::Failed);
    }

    void changedHostKeyIsRefused()
    {
        QString error;
        QVERIFY2(m_scenario.rekeyFleet3(&error), qPrintable(error));
        const QDateTime rekeyed = QDateTime::currentDateTimeUtc();
        const QUuid id = m_scenario.fleet3().id;
        // The session that was open is dropped by rekey; the next connection sees the new key.
        QTRY_VERIFY_WITH_TIMEOUT(pollAfter(id, rekeyed).takenAt.isValid()
                                     && m_poller->status(id).last.error == PollError::HostKeyChanged,
                                 90000);
        QCOMPARE(m_poller->status(id).state, FleetPoller::State::Failed);
        QVERIFY(m_poller->status(id).lastOk.ok()); // the numbers from before stay known
    }

    void goodKeepPollingWhileBadBackOff()
    {
        const QUuid shared = m_scenario.shared().id;
        const QUuid fleet2 = m_scenario.fleet2().id;
        const QUuid dead = m_scenario.unreachable().id;
        const int sharedBefore = m_poller->status(shared).pollsDone;
        const int fleet2Before = m_poller->status(fleet2).pollsDone;
        QTRY_VERIFY_WITH_TIMEOUT(m_poller->status(shared).pollsDone >= sharedBefore + 2
                                     && m_poller->status(fleet2).pollsDone >= fleet2Before + 2,
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(m_poller->status(dead).consecutiveFailures >= 2, 60000);
        // Backoff: interval × 2^(failures−1) after the failed poll, not the plain interval.
        const FleetPoller::ServerStatus status = m_poller->status(dead);
        QVERIFY2(status.nextPollAt.isValid(), "a failed server stays scheduled");
        const qint64 gap = status.last.takenAt.secsTo(status.nextPollAt);
        QVERIFY2(gap > pollInterval, qPrintable(u"next poll %1 s after the last failed one"_s.arg(gap)));
        QVERIFY(okPolls(m_scenario.shared().id).size() >= 3);
    }

    void historyReadsBack()
    {
        const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(1);
        for (const Fleet::ServerProfile &p : {m_scenario.shared(), m_scenario.fleet2()}) {
            const QList<PollSummary> ok = okPolls(p.id);
            const QList<Fleet::HistorySample> samples = m_history->samples(p.id, m_started, to);
            QCOMPARE(samples.size(), ok.size());
            for (qsizetype i = 0; i < samples.size(); ++i) {
                QCOMPARE(samples.at(i).total, ok.at(i).total);
                QCOMPARE(samples.at(i).perQueue, ok.at(i).perQueue);
                QCOMPARE(samples.at(i).at.toSecsSinceEpoch(), ok.at(i).takenAt.toSecsSinceEpoch());
            }
            const std::optional<Fleet::HistorySample> latest = m_history->latest(p.id);
            QVERIFY(latest.has_value());
            QCOMPARE(latest->total, ok.constLast().total);
        }
        // Failed polls are not history.
        QVERIFY(m_history->samples(m_scenario.unreachable().id, m_started, to).isEmpty());
    }

    void alertRaisesAndClearsWithHysteresis()
    {
        const QUuid id = m_scenario.fleet2().id;
        const TestSupport::TestServerEnv &env = m_scenario.fleet2Env();
        const qint64 base = m_scenario.fleet2DeferredBase();
        const qint64 warn = m_scenario.fleet2DeferredWarn();
        m_alerts.setThresholds(id, m_scenario.fleet2Alerts());
        PollSummary poll;
        QVERIFY(waitForPollAfter(id, QDateTime::currentDateTimeUtc(), &poll));
        QCOMPARE(m_alerts.severity(id), Severity::Ok);
        m_changes.clear();

        QString error;
        QVERIFY2(env.grow(int(warn - base + 10), &error), qPrintable(error));
        QVERIFY(waitForPollAfter(id, QDateTime::currentDateTimeUtc(), &poll));
        QCOMPARE(poll.count(QueueName::Deferred), warn + 10);
        QCOMPARE(m_alerts.severity(id), Severity::Warning);
        QList<Fleet::AlertChange> changes = changesOf(id);
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.constFirst().raised());
        QCOMPARE(changes.constFirst().state.metric, Fleet::AlertMetric::Deferred);
        QCOMPARE(changes.constFirst().state.value, warn + 10);

        // Below the threshold but above the clear level: the alert stays.
        const QStringList grown = FleetScenario::grownIds(env);
        QCOMPARE(grown.size(), qsizetype(warn - base + 10));
        QVERIFY2(FleetScenario::deleteMessages(env, grown.mid(0, 12), &error), qPrintable(error));
        QVERIFY(waitForPollAfter(id, QDateTime::currentDateTimeUtc(), &poll));
        QCOMPARE(poll.count(QueueName::Deferred), warn - 2);
        QCOMPARE(m_alerts.severity(id), Severity::Warning);
        QCOMPARE(changesOf(id).size(), 1);

        // Back to the seeded count, below the clear level: cleared, one change.
        QVERIFY2(FleetScenario::deleteMessages(env, grown.mid(12), &error), qPrintable(error));
        QVERIFY(waitForPollAfter(id, QDateTime::currentDateTimeUtc(), &poll));
        QCOMPARE(poll.count(QueueName::Deferred), base);
        QCOMPARE(m_alerts.severity(id), Severity::Ok);
        changes = changesOf(id);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.constLast().previous, Severity::Warning);
        QCOMPARE(changes.constLast().state.severity, Severity::Ok);
    }

    void cleanupTestCase()
    {
        if (m_poller) {
            m_poller->stop();
            QCOMPARE(m_poller->runningPolls(), 0);
        }
        QString error;
        QVERIFY2(m_scenario.tearDown(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_FleetServers)
#include "tst_fleet_servers.moc"
