// Fleet::FleetPoller against scripted servers (TestSupport::FakeTransport, one per session):
// concurrency bound, backoff, timeout, the mapping of every failure to a PollError, secrets,
// open servers fed by ingest(), profile changes and stop().
#include "faketransport.h"

#include "fleet/fleetpoller.h"
#include "services/queueloader.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Fleet::FleetPoller;
using Fleet::PollError;
using Fleet::PollSummary;
using Fleet::ServerProfile;
using TestSupport::FakeTransport;

using Setup = std::function<void(TestSupport::FakeTransport *)>;
Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(Fleet::PollError)

namespace {

const QByteArray kListLine = "/usr/sbin/postqueue -j";
const QString kListing = u"postqueue-json/rseichter-postqf__qdata.jsonl"_s; // 5 messages

// How the fake server behind one host name behaves; read when a session creates its transport,
// so a change takes effect with the next session (after a failure or a profile change).
struct Behaviour
{
    Setup setup; // connection behaviour, extra answers
    FakeTransport::Response listing = FakeTransport::Response::fromFile(kListing);
    int openDelayMs = 0;
};

class ServerFarm : public QObject
{
public:
    QHash<QString, Behaviour> servers; // by host
    QHash<QString, int> created;       // transports made per host
    QList<QPointer<FakeTransport>> fakes;
    QString secret;                    // what the secret reader answers
    int secretReads = 0;
    QList<Fleet::CredentialStore::Kind> kindsRead;

    FleetPoller::Options options()
    {
        FleetPoller::Options o;
        o.maxConcurrent = 4;
        o.pollTimeoutMs = 5000;
        o.minimumIntervalSeconds = 1;
        o.transportFactory = [this](const Remote::ConnectionParams &params) -> Remote::Transport * {
            auto *fake = new FakeTransport;
            fake->respondToProbe(FakeTransport::probeOutput({}));
            const Behaviour b = servers.value(params.host);
            fake->on(kListLine, b.listing);
            fake->setOpenDelay(b.openDelayMs);
            if (b.setup)
                b.setup(fake);
            ++created[params.host];
            fakes.append(fake);
            return fake;
        };
        o.secretReader = [this](const QUuid &, Fleet::CredentialStore::Kind kind,
                                std::function<void(const QString &)> done) {
            ++secretReads;
            kindsRead.append(kind);
            QTimer::singleShot(0, this, [done, s = secret] { done(s); });
        };
        return o;
    }
};

ServerProfile profile(const QString &host, int interval = 1)
{
    ServerProfile p = ServerProfile::create();
    p.name = host;
    p.host = host;
    p.user = u"root"_s;
    p.pollIntervalSeconds = interval;
    return p;
}

// The next polled() summary for `id` (QSignalSpy on polled, waiting up to timeoutMs).
PollSummary nextPoll(QSignalSpy &spy, const QUuid &id, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        while (!spy.isEmpty()) {
            const auto s = spy.takeFirst().at(0).value<PollSummary>();
            if (s.server == id)
                return s;
        }
        if (!spy.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
    }
    PollSummary none;
    none.error = PollError::Canceled;
    none.errorText = u"test: no poll arrived"_s;
    return none;
}

Remote::TransportError transportError(Remote::TransportError::Kind kind, const QString &text)
{
    Remote::TransportError e;
    e.kind = kind;
    e.message = text;
    return e;
}

} // namespace

class tst_FleetPoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pollsAndReusesSession();
    void concurrencyNeverExceedsMaximum();
    void backoffDoublesCapsAndResets();
    void timeoutWhileListing();
    void timeoutWhileConnecting();
    void errorKinds_data();
    void errorKinds();
    void secretFromStore();
    void sudoPasswordReadWithoutWaiting();
    void connectionLostWhileListing();
    void openServerIsFedByIngest();
    void profileChanges();
    void stopLeavesNothingRunning();
    void intervalZeroOnlyOnDemand();

private:
    std::unique_ptr<ServerFarm> m_fleet;
};

void tst_FleetPoller::init()
{
    m_fleet = std::make_unique<ServerFarm>();
}

void tst_FleetPoller::pollsAndReusesSession()
{
    const ServerProfile p = profile(u"good.example"_s);
    FleetPoller poller(m_fleet->options());
    QSignalSpy polled(&poller, &FleetPoller::polled);
    poller.setProfiles({p});
    QCOMPARE(poller.status(p.id).state, FleetPoller::State::Idle);
    poller.start();
    QVERIFY(poller.isRunning());
    for (int i = 0; i < 3; ++i) {
        const PollSummary s = nextPoll(polled, p.id);
        QVERIFY2(s.ok(), qPrintable(s.errorText));
        QCOMPARE(s.total, 5);
        QVERIFY(s.takenAt.isValid());
    }
    const FleetPoller::ServerStatus st = poller.status(p.id);
    QCOMPARE(st.pollsDone, 3);
    QCOMPARE(st.consecutiveFailures, 0);
    QCOMPARE(st.lastOk.total, 5);
    QVERIFY(st.nextPollAt.isValid());
    QCOMPARE(m_fleet->created.value(p.host), 1); // one session for all polls
    QCOMPARE(m_fleet->fakes.first()->shellLines().count(kListLine), 3);
}

void tst_FleetPoller::concurrencyNeverExceedsMaximum()
{
    QList<ServerProfile> profiles;
    for (int i = 0; i < 10; ++i) {
        profiles.append(profile(u"s%1.example"_s.arg(i), 60));
        Behaviour b;
        b.openDelayMs = 20;
        b.listing.delayMs = 80;
        m_fleet->servers.insert(profiles.last().host, b);
    }
    FleetPoller::Options options = m_fleet->options();
    options.maxConcurrent = 3;
    FleetPoller poller(options);
    int maxRunning = 0;
    auto track = [&] { maxRunning = qMax(maxRunning, poller.runningPolls()); };
    connect(&poller, &FleetPoller::stateChanged, this, track);
    connect(&poller, &FleetPoller::polled, this, track);
    QSignalSpy polled(&poller, &FleetPoller::polled);
    poller.setProfiles(profiles);
    poller.pollAll();
    QTRY_COMPARE_WITH_TIMEOUT(polled.size(), 10, 10000);
    QCOMPARE(maxRunning, 3);
    QCOMPARE(poller.runningPolls(), 0);
    for (const auto &args : std::as_const(polled))
        QVERIFY(args.at(0).value<PollSummary>().ok());
    int waited = 0;
    for (const FleetPoller::ServerStatus &st : poller.statuses()) {
        QCOMPARE(st.state, FleetPoller::State::Ok);
        waited += st.pollsDone;
    }
    QCOMPARE(waited, 10);
}

void tst_FleetPoller::backoffDoublesCapsAndResets()
{
    const ServerProfile p = profile(u"flaky.example"_s, 10);
    Behaviour down;
    down.setup = [](FakeTransport *f) {
        f->failOnOpen(transportError(Remote::TransportError::Kind::Unreachable, u"refused"_s));
    };
    m_fleet->servers.insert(p.host, down);
    FleetPoller::Options options = m_fleet->options();
    options.maxBackoffSeconds = 35;
    FleetPoller poller(options);
    QSignalSpy polled(&poller, &FleetPoller::polled);
    poller.setProfiles({p});
    poller.start();
    const QList<int> expected{10, 20, 35, 35};
    for (int i = 0; i < expected.size(); ++i) {
        if (i > 0)
            poller.pollNow(p.id); // ahead of the backoff
        const PollSummary s = nextPoll(polled, p.id);
        QCOMPARE(s.error, PollError::Unreachable);
        const FleetPoller::ServerStatus st = poller.status(p.id);
        QCOMPARE(st.consecutiveFailures, i + 1);
        QCOMPARE(st.state, FleetPoller::State::Failed);
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(st.nextPollAt);
        QVERIFY2(qAbs(wait - expected.at(i) * 1000) < 1500, qPrintable(QString::number(wait)));
    }
    QCOMPARE(m_fleet->created.value(p.host), 4); // a failed session is never reused

    m_fleet->servers.insert(p.host, Behaviour{});
    poller.pollNow(p.id);
    const PollSummary ok = nextPoll(polled, p.id);
    QVERIFY2(ok.ok(), qPrintable(ok.errorText));
    const FleetPoller::ServerStatus st = poller.status(p.id);
    QCOMPARE(st.consecutiveFailures, 0);
    QCOMPARE(st.lastOk.total, 5);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().msecsTo(st.nextPollAt) - 10000) < 1500);
}

void tst_FleetPoller::timeoutWhileListing()
{
    const ServerProfile p = profile(u"slow.example"_s, 60);
    Behaviour slow;
    slow.listing.hang = true;
    m_fleet->servers.insert(p.host, slow);
    FleetPoller::Options options = m_fleet->options();
    options.pollTimeoutMs = 300;
    FleetPoller poller(options);
    QSignalSpy polled(&poller, &FleetPoller::polled);
    poller.setProfiles({p});
    poller.pollNow(p.id);
    QCOMPARE(poller.runningPolls(), 1);
    const PollSummary s = nextPoll(polled, p.id);
    QCOMPARE(s.error, PollError::Timeout);
    QVERIFY(s.elapsedMs >= 250);
    QCOMPARE(poller.runningPolls(), 0);
    // The hung listing was canceled and its session closed.
    const QPointer<FakeTransport> fake = m_fleet->fakes.first();
    QTRY_VERIFY(!fake || fake->runningCount() == 0);
}

void tst_FleetPoller::timeoutWhileConnecting()
{
    const ServerProfile p = profile(u"blackhole.example"_s, 60);
    Behaviour b;
    b.openDelayMs = 60000;
    m_fleet->servers.insert(p.host, b);
    FleetPoller::Options options = m_fleet->options();
    options.pollTimeoutMs = 300;
    FleetPoller poller(options);
    QSignalSpy polled(&poller, &FleetPoller::polled);
    QSignalSpy states(&poller, &FleetPoller::stateChanged);
    poller.setProfiles({p});
    poller.pollNow(p.id);
    QCOMPARE(poller.status(p.id).state, FleetPoller::State::Connecting);
    const PollSummary s = nextPoll(polled, p.id);
    QCOMPARE(s.error, PollError::Timeout);
    QVERIFY(!s.errorText.isEmpty());
    QCOMPARE(poller.status(p.id).state, FleetPoller::State::Failed);
}

void tst_FleetPoller::errorKinds_data()
{
    using Kind = Remote::TransportError::Kind;
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<PollError>("expected");
    QTest::addColumn<QString>("textContains");

    auto failing = [](Kind kind, const QString &text) {
        return Setup(
                [=](FakeTransport *f) { f->failOnOpen(transportError(kind, text)); });
    };
    QTest::newRow("unreachable") << failing(Kind::Unreachable, u"Cannot reach: refused"_s)
                                 << QString() << PollError::Unreachable << u"refused"_s;
    QTest::newRow("connect timeout") << failing(Kind::Timeout, u"did not answer"_s) << QString()
                                     << PollError::Timeout << u"did not answer"_s;
    QTest::newRow("host key changed") << failing(Kind::HostKeyChanged, u"key changed"_s)
                                      << QString() << PollError::HostKeyChanged << u"changed"_s;
    QTest::newRow("auth failed") << failing(Kind::AuthFailed, u"Key refused"_s) << QString()
                                 << PollError::AuthFailed << u"Key refused"_s;
    QTest::newRow("protocol") << failing(Kind::Protocol, u"handshake failed"_s) << QString()
                              << PollError::Remote << u"handshake"_s;
    Remote::HostKeyInfo key;
    key.host = u"new.example"_s;
    key.keyType = u"ssh-ed25519"_s;
    key.sha256Fingerprint = u"SHA256:Zm9vYmFyYmF6cXV4"_s;
    key.status = Remote::HostKeyStatus::Unknown;
    QTest::newRow("host key unknown")
            << Setup(
                       [key](FakeTransport *f) { f->requireHostKeyApproval(key); })
            << QString() << PollError::HostKeyUnknown << key.sha256Fingerprint;
    auto password = Setup([](FakeTransport *f) {
        f->requireSecret(Remote::Transport::SecretKind::Password, u"s3cret"_s, 3);
    });
    QTest::newRow("secret missing") << password << QString() << PollError::SecretMissing
                                    << u"keychain"_s;
    QTest::newRow("stored secret wrong")
            << password << u"wrong"_s << PollError::AuthFailed << QString();
    auto passphrase = Setup([](FakeTransport *f) {
        f->requireSecret(Remote::Transport::SecretKind::KeyPassphrase, u"pp"_s, 3);
    });
    QTest::newRow("passphrase missing") << passphrase << QString() << PollError::SecretMissing
                                        << QString();
    auto listing = [](const QByteArray &err, int exitCode) {
        return Setup([=](FakeTransport *f) {
            f->on(kListLine, {.stdErr = err, .exitCode = exitCode});
        });
    };
    QTest::newRow("mail system down")
            << listing("postqueue: fatal: Queue report unavailable - mail system is down\n", 69)
            << QString() << PollError::MailSystemDown << u"down"_s;
    QTest::newRow("not allowed")
            << listing("postqueue: fatal: User x(1000) is not allowed to view the mail queue\n", 69)
            << QString() << PollError::Remote << u"not allowed"_s;
}

void tst_FleetPoller::errorKinds()
{
    QFETCH(Setup, setup);
    QFETCH(QString, secret);
    QFETCH(PollError, expected);
    QFETCH(QString, textContains);
    const ServerProfile p = profile(u"bad.example"_s, 60);
    const ServerProfile good = profile(u"good.example"_s, 60);
    m_fleet->servers.insert(p.host, Behaviour{setup});
    m_fleet->secret = secret;
    FleetPoller poller(m_fleet->options());
    QSignalSpy polled(&poller, &FleetPoller::polled);
    poller.setProfiles({p, good});
    poller.pollAll();
    const PollSummary s = nextPoll(polled, p.id);
    QCOMPARE(s.error, expected);
    QVERIFY(!s.ok());
    QVERIFY(!s.errorText.isEmpty());
    QVERIFY2(s.errorText.contains(textContains, Qt::CaseInsensitive), qPrintable(s.errorText));
    QCOMPARE(s.total, 0);
    QCOMPARE(poller.status(p.id).state, FleetPoller::State::Failed);
    // The other server is not affected.
    polled.clear();
    poller.pollNow(good.id);
    const PollSummary g = nextPoll(polled, good.id);
    QVERIFY2(g.ok(), qPrintable(g.errorText));
    if (expected == PollError::SecretMissing || !secret.isEmpty())
        QCOMPARE(m_fleet->secretReads, 1); // asked once, never again in the same poll
}

void tst_FleetPoller::secretFromStore()
{
    const ServerProfile p = profile(u"pw.example"_s, 60);
    m_fleet->servers.insert(p.host, Behaviour{[](FakeTransport *f) {
        f->requireSecret(Remote::Transport::SecretKind::Password, u"s3cret"_s, 3);
    }});
    m_fleet->secret = u"s3cret"_s;
    FleetPoller poller(m_fleet->options());
    QSignalSpy polled(&poller, &FleetPoller::polled);
    poller.setProfiles({p});
    poller.pollNow(p.id);
    const PollSummary s = nextPoll(polled, p.id);
    QVERIFY2(s.ok(), qPrintable(s.errorText));
    QCOMPARE(s.total, 5);
    QCOMPARE(m_fleet->secretReads, 1);
    QCOMPARE(m_fleet->fakes.first()->secretPrompts(), 1);
}

// postqueue -j needs no sudo: a profile in sudo-password mode has its password looked up for
// the session, but the poll does not wait for (or fail without) it.
void tst_FleetPoller::sudoPasswordReadWithoutWaiting()
{
    ServerProfile p = profile(u"sudo.example"_s, 60);
    p.user = u"admin"_s;
    p.sudoMode = Remote::SudoMode::Password;
    m_fleet->servers.insert(p.host, Behaviour{[](FakeTransport *f) {
        f->respondToProbe(FakeTransport::probeOutput({.uid = 1000, .user = u"admin"_s}));
    }});
    FleetPoller poller(m_fleet->options());
    QSignalSpy polled(&poller, &FleetPoller::polled);
    poller.setProfiles({p});
    poller.pollNow(p.id);
    const PollSummary s = nextPoll(polled, p.id);
    QVERIFY2(s.ok(), qPrintable(s.errorText));
    using Kind = Fleet::CredentialStore::Kind;
    QCOMPARE(m_fleet->kindsRead, QList<Kind>{Kind::SudoPassword});
    QVERIFY(!m_fleet->fakes.first()->shellLines().last().contains("sudo"));
}

void tst_FleetPoller::connectionLostWhileListing()
{
    const ServerProfile p = profile(u"lossy.example"_s, 60);
    Behaviour b;
    b.listing.hang = true;
    m_fleet->servers.insert(p.host, b);
    FleetPoller poller(m_fleet->options());
    QSignalSpy polled(&poller, &FleetPoller::polled);
    QSignalSpy states(&poller, &FleetPoller::stateChanged);
    poller.setProfiles({p});
    poller.pollNow(p.id);
    QTRY_COMPARE(poller.status(p.id).state, FleetPoller::State::Polling);
    QPointer<FakeTransport> fake = m_fleet->fakes.first();
    QTRY_COMPARE(fake->runningCount(), 1);
    fake->simulateConnectionLost();
    const PollSummary s = nextPoll(polled, p.id);
    QCOMPARE(s.error, PollError::Unreachable);
    QVERIFY2(s.errorText.contains(u"lost"_s), qPrintable(s.errorText));
}

void tst_FleetPoller::openServerIsFedByIngest()
{
    const ServerProfile p = profile(u"open.example"_s);
    const ServerProfile other = profile(u"other.example"_s);
    FleetPoller poller(m_fleet->options());
    QSignalSpy polled(&poller, &FleetPoller::polled);
    poller.setProfiles({p, other});
    poller.setOpen(p.id, true);
    QCOMPARE(poller.status(p.id).state, FleetPoller::State::Open);
    poller.start();
    poller.pollNow(p.id); // ignored: the window polls it
    QVERIFY(nextPoll(polled, other.id).ok());
    QVERIFY(nextPoll(polled, other.id).ok()); // a second round: the open one still untouched
    QCOMPARE(m_fleet->created.value(p.host), 0);
    QCOMPARE(poller.status(p.id).pollsDone, 0);

    Services::QueueSnapshot snapshot;
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    snapshot.elapsedMs = 42;
    for (int i = 0; i < 7; ++i) {
        Postfix::QueuedMessage m;
        m.queueName = Postfix::QueueName::Deferred;
        m.sender = u"x@example.com"_s;
        m.arrivalTime = snapshot.takenAt.toSecsSinceEpoch() - 100;
        snapshot.messages.append(m);
    }
    polled.clear();
    poller.ingest(p.id, snapshot);
    QCOMPARE(polled.size(), 1);
    const PollSummary s = polled.first().at(0).value<PollSummary>();
    QCOMPARE(s.server, p.id);
    QCOMPARE(s.total, 7);
    QCOMPARE(s.count(Postfix::QueueName::Deferred), 7);
    QCOMPARE(s.elapsedMs, 42);
    QCOMPARE(poller.status(p.id).lastOk.total, 7);
    QCOMPARE(poller.status(p.id).state, FleetPoller::State::Open);

    snapshot.canceled = true; // a canceled load of the window is no poll
    poller.ingest(p.id, snapshot);
    QCOMPARE(poller.status(p.id).pollsDone, 1);

    polled.clear();
    poller.setOpen(p.id, false);
    QVERIFY(poller.status(p.id).nextPollAt.isValid());
    QVERIFY(nextPoll(polled, p.id).ok());
    QCOMPARE(m_fleet->created.value(p.host), 1);
}

void tst_FleetPoller::profileChanges()
{
    ServerProfile a = profile(u"a.example"_s, 60);
    const ServerProfile b = profile(u"b.example"_s, 60);
    FleetPoller poller(m_fleet->options());
    QSignalSpy polled(&poller, &FleetPoller::polled);
    poller.setProfiles({a, b});
    poller.start();
    QVERIFY(nextPoll(polled, a.id).ok());
    QVERIFY(nextPoll(polled, b.id).ok());

    // A rename keeps the session; a new port needs a new one. Statuses survive both.
    a.name = u"renamed"_s;
    poller.setProfiles({a, b});
    poller.pollNow(a.id);
    QVERIFY(nextPoll(polled, a.id).ok());
    QCOMPARE(m_fleet->created.value(a.host), 1);
    QCOMPARE(poller.status(a.id).pollsDone, 2);
    QCOMPARE(poller.profiles().first().name, u"renamed"_s);

    a.port = 2222;
    poller.setProfiles({a, b});
    QCOMPARE(poller.status(a.id).pollsDone, 2);
    poller.pollNow(a.id);
    QVERIFY(nextPoll(polled, a.id).ok());
    QCOMPARE(m_fleet->created.value(a.host), 2);

    // Removed: forgotten. Added: polled soon.
    const ServerProfile c = profile(u"c.example"_s, 60);
    poller.setProfiles({a, c});
    QVERIFY(poller.status(b.id).id.isNull());
    QCOMPARE(poller.statuses().size(), 2);
    QVERIFY(nextPoll(polled, c.id).ok());

    // Interval 0: no longer scheduled.
    a.pollIntervalSeconds = 0;
    poller.setProfiles({a, c});
    QVERIFY(!poller.status(a.id).nextPollAt.isValid());
}

void tst_FleetPoller::stopLeavesNothingRunning()
{
    const ServerProfile hung = profile(u"hung.example"_s);
    const ServerProfile quick = profile(u"quick.example"_s);
    Behaviour b;
    b.listing.hang = true;
    m_fleet->servers.insert(hung.host, b);
    FleetPoller poller(m_fleet->options());
    QSignalSpy polled(&poller, &FleetPoller::polled);
    poller.setProfiles({hung, quick});
    poller.start();
    QVERIFY(nextPoll(polled, quick.id).ok());
    QTRY_COMPARE(poller.status(hung.id).state, FleetPoller::State::Polling);
    QPointer<FakeTransport> fake = m_fleet->fakes.first();
    QVERIFY(fake && fake->runningCount() == 1);

    polled.clear();
    poller.stop();
    QVERIFY(!poller.isRunning());
    QCOMPARE(poller.runningPolls(), 0);
    for (const FleetPoller::ServerStatus &st : poller.statuses())
        QVERIFY(!st.nextPollAt.isValid());
    QTRY_VERIFY(!fake || fake->runningCount() == 0);
    // Nothing is scheduled any more: no poll within two intervals.
    QVERIFY(!polled.wait(2500));
    QVERIFY(polled.isEmpty());

    poller.start(); // and it starts again
    QVERIFY(nextPoll(polled, quick.id).ok());
}

void tst_FleetPoller::intervalZeroOnlyOnDemand()
{
    const ServerProfile manual = profile(u"manual.example"_s, 0);
    const ServerProfile other = profile(u"other.example"_s, 1);
    FleetPoller poller(m_fleet->options());
    QSignalSpy polled(&poller, &FleetPoller::polled);
    poller.setProfiles({manual, other});
    QCOMPARE(poller.status(manual.id).state, FleetPoller::State::Off);
    poller.start();
    QVERIFY(nextPoll(polled, other.id).ok());
    QVERIFY(nextPoll(polled, other.id).ok());
    QCOMPARE(poller.status(manual.id).pollsDone, 0);
    poller.pollNow(manual.id);
    QVERIFY(nextPoll(polled, manual.id).ok());
    QVERIFY(!poller.status(manual.id).nextPollAt.isValid());
}

QTEST_GUILESS_MAIN(tst_FleetPoller)
#include "tst_fleetpoller.moc"
