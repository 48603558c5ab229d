// Fleet::FleetPoller against the real test server (real SshTransport, real known_hosts files):
// three profiles of the same server poll concurrently and repeatedly with the numbers root's
// postqueue -j gives, while an unreachable port, a changed host key and an unknown host key each
// report their own PollError and never stop the good ones.
#include "fleet/fleetpoller.h"
#include "postfix/queuesummary.h"
#include "testserverenv.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Fleet::FleetPoller;
using Fleet::PollError;
using Fleet::PollSummary;
using Fleet::ServerProfile;
using TestSupport::TestServerEnv;

namespace {

constexpr int kTimeoutMs = 180'000; // a loaded 2-core machine; several SSH logins at once

ServerProfile serverProfile(const TestServerEnv &env, const QString &name)
{
    ServerProfile p = ServerProfile::create();
    p.name = name;
    p.host = env.host();
    p.port = env.port();
    p.user = u"root"_s;
    p.auth = Remote::AuthMethod::KeyFile;
    p.keyFile = env.rootKey();
    p.knownHostsFile = env.knownHostsFile();
    p.sudoMode = Remote::SudoMode::None;
    p.pollIntervalSeconds = 1;
    return p;
}

// A loopback port that nothing listens on: bound once, then released.
int deadPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class tst_FleetPollerServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goodAndBadServersTogether();
    void recoversAfterDroppedSessions();

private:
    TestServerEnv m_env;
};

void tst_FleetPollerServers::initTestCase()
{
    QVERIFY2(m_env.isValid(), qPrintable(u"test server env: "_s + m_env.error()));
    QVERIFY2(QFile::exists(m_env.changedKnownHostsFile()),
             qPrintable(u"no changed known_hosts: "_s + m_env.changedKnownHostsFile()));
}

void tst_FleetPollerServers::goodAndBadServersTogether()
{
    bool listed = false;
    const QList<Postfix::QueuedMessage> asRoot = m_env.queueMessages(&listed);
    QVERIFY2(listed, "postqueue -j as root inside the test server failed");
    const Postfix::QueueSummary expected = Postfix::summarizeQueue(asRoot);
    QVERIFY(expected.totalMessages > 0);

    QList<ServerProfile> good;
    for (int i = 1; i <= 3; ++i)
        good.append(serverProfile(m_env, u"good %1"_s.arg(i)));

    ServerProfile unreachable = serverProfile(m_env, u"unreachable"_s);
    unreachable.host = u"127.0.0.1"_s;
    unreachable.port = deadPort();
    QVERIFY(unreachable.port > 0);

    ServerProfile changed = serverProfile(m_env, u"changed key"_s);
    changed.knownHostsFile = m_env.changedKnownHostsFile();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString emptyKnownHosts = dir.filePath(u"known_hosts"_s);
    QFile empty(emptyKnownHosts);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    ServerProfile unknown = serverProfile(m_env, u"unknown key"_s);
    unknown.knownHostsFile = emptyKnownHosts;

    FleetPoller::Options options;
    options.maxConcurrent = 4;
    options.minimumIntervalSeconds = 1;
    options.pollTimeoutMs = 120'000;
    FleetPoller poller(options);
    QHash<QUuid, QList<PollSummary>> polls;
    connect(&poller, &FleetPoller::polled, this,
            [&polls](const PollSummary &s) { polls[s.server].append(s); });
    poller.setProfiles(good + QList<ServerProfile>{unreachable, changed, unknown});
    poller.start();

    auto done = [&] {
        for (const ServerProfile &p : std::as_const(good)) {
            if (polls.value(p.id).size() < 2)
                return false;
        }
        return !polls.value(unreachable.id).isEmpty() && !polls.value(changed.id).isEmpty()
            && !polls.value(unknown.id).isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(done(), kTimeoutMs);
    poller.stop();
    QCOMPARE(poller.runningPolls(), 0);

    for (const ServerProfile &p : std::as_const(good)) {
        for (const PollSummary &s : polls.value(p.id)) {
            QVERIFY2(s.ok(), qPrintable(p.name + u": "_s + s.errorText));
            QCOMPARE(s.total, expected.totalMessages);
            QCOMPARE(s.perQueue, expected.perQueue);
            QCOMPARE(s.recipients, expected.totalRecipients);
            QCOMPARE(s.oldestArrival, expected.oldestArrival);
            QVERIFY(s.topSenderCount > 0);
        }
        const FleetPoller::ServerStatus st = poller.status(p.id);
        QVERIFY(st.pollsDone >= 2);
        QCOMPARE(st.consecutiveFailures, 0);
        QCOMPARE(st.lastOk.total, expected.totalMessages);
    }

    const PollSummary refused = polls.value(unreachable.id).first();
    QCOMPARE(refused.error, PollError::Unreachable);
    QVERIFY(!refused.errorText.isEmpty());

    const PollSummary keyChanged = polls.value(changed.id).first();
    QVERIFY2(keyChanged.error == PollError::HostKeyChanged, qPrintable(keyChanged.errorText));

    const PollSummary keyUnknown = polls.value(unknown.id).first();
    QVERIFY2(keyUnknown.error == PollError::HostKeyUnknown, qPrintable(keyUnknown.errorText));
    QVERIFY2(keyUnknown.errorText.contains(m_env.hostKeySha256()),
             qPrintable(keyUnknown.errorText));
    // Declining never writes the key.
    QCOMPARE(QFileInfo(emptyKnownHosts).size(), 0);

    for (const ServerProfile &p : {unreachable, changed, unknown}) {
        const FleetPoller::ServerStatus st = poller.status(p.id);
        QCOMPARE(st.state, FleetPoller::State::Failed);
        QVERIFY(st.consecutiveFailures >= 1);
        QVERIFY(!st.lastOk.takenAt.isValid());
    }
}

// The kept session dies between polls (sshd kills it): the poller notices, drops the session
// and the next polls succeed on a new one.
void tst_FleetPollerServers::recoversAfterDroppedSessions()
{
    const ServerProfile p = serverProfile(m_env, u"dropped"_s);
    FleetPoller::Options options;
    options.minimumIntervalSeconds = 1;
    options.pollTimeoutMs = 120'000;
    FleetPoller poller(options);
    QList<PollSummary> polls;
    connect(&poller, &FleetPoller::polled, this,
            [&polls](const PollSummary &s) { polls.append(s); });
    poller.setProfiles({p});
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(!polls.isEmpty(), kTimeoutMs);
    QVERIFY2(polls.first().ok(), qPrintable(polls.first().errorText));

    QString error;
    QVERIFY2(m_env.dropSessions(&error), qPrintable(error));
    const qsizetype before = polls.size();
    auto okAfterDrop = [&] {
        return std::count_if(polls.cbegin() + before, polls.cend(),
                             [](const PollSummary &s) { return s.ok(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(okAfterDrop() >= 2, kTimeoutMs);
    poller.stop();
    QVERIFY(polls.last().ok());
    QCOMPARE(poller.status(p.id).consecutiveFailures, 0);
}

QTEST_GUILESS_MAIN(tst_FleetPollerServers)
#include "tst_fleetpoller_servers.moc"
