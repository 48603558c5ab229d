// Next retry / expires-at times and postdesk-cli shape against the real test server: what the
// loader reads over SSH (as root, as pdadmin through sudo with a password, as pdviewer without
// any right) is compared with what find and postqueue say inside the server's namespace.

#include "testserverclient.h"
#include "testserverenv.h"

#include "postfix/queueparsers.h"
#include "postfix/queuetimes.h"
#include "remote/serversession.h"
#include "services/queuetimesloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using Remote::AuthMethod;
using Remote::ServerSession;
using Services::QueueTimes;
using Services::QueueTimesLoader;
using TestSupport::TestServerEnv;

namespace {

const QStringList seededDomains{u"oldcorp.example"_s,    u"slowmail.example"_s,      u"blackhole.example"_s,
                                u"dnsfail.example"_s,    u"bulk-receiver.example"_s, u"fullbox.example"_s,
                                u"securebank.example"_s, u"legacy-partner.example"_s, u"partner-relay.example"_s};

} // namespace

class TestTimesServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rootReadsRetryAndLifetimes();
    void adminReadsRetryThroughSudoPassword();
    void viewerGetsExpiryButNoRetry();
    void cliShapeMatchesQueueListing();
    void cliShapeBySender();

private:
    std::unique_ptr<ServerSession> connectAs(const QString &user, AuthMethod auth, const QString &key = {},
                                             const QString &secret = {});
    QueueTimes loadTimes(ServerSession *session);
    QHash<QString, qint64> findTimes();
    qint64 serverNow();
    QList<Postfix::QueuedMessage> serverQueue();
    void checkAgainstServer(ServerSession *session);
    QByteArray runCli(const QStringList &args, int *exitCode);

    TestServerEnv m_env;
    QTemporaryDir m_home;
};

void TestTimesServer::initTestCase()
{
    qRegisterMetaType<Remote::CommandResult>();
    qRegisterMetaType<Remote::TransportError>();
    qRegisterMetaType<Services::QueueTimes>();
    if (!m_env.isValid())
        QFAIL(qPrintable(u"test server env missing or invalid (POSTDESK_TESTSERVER_ENV): "_s + m_env.error()));
}

std::unique_ptr<ServerSession> TestTimesServer::connectAs(const QString &user, AuthMethod auth,
                                                          const QString &key, const QString &secret)
{
    return TestSupport::TestServerClient::connect(m_env, user, auth, key, secret);
}

QueueTimes TestTimesServer::loadTimes(ServerSession *session)
{
    QueueTimesLoader loader(session);
    QSignalSpy finished(&loader, &QueueTimesLoader::finished);
    loader.load();
    if (!finished.wait(60000))
        return QueueTimes{.error = u"test: no finished() within 60 s"_s};
    QTest::qWait(50);
    if (finished.size() != 1)
        return QueueTimes{.error = u"test: finished() more than once"_s};
    return finished.first().at(0).value<QueueTimes>();
}

// The same listing the loader asks for, run as root inside the namespace.
QHash<QString, qint64> TestTimesServer::findTimes()
{
    int code = -1;
    const QByteArray out = m_env.exec(
        {u"/usr/bin/find"_s, u"/var/spool/postfix/deferred"_s, u"-type"_s, u"f"_s, u"-printf"_s, u"%f %T@\\n"_s},
        &code);
    if (code != 0)
        qWarning("find in the namespace exited %d", code);
    QList<Postfix::ParseIssue> issues;
    const auto times = Postfix::parseQueueFileTimes(out, &issues);
    if (!issues.isEmpty())
        qWarning("find output: %s", qPrintable(issues.first().message));
    return times;
}

qint64 TestTimesServer::serverNow()
{
    return m_env.exec({u"/bin/date"_s, u"+%s"_s}).trimmed().toLongLong();
}

QList<Postfix::QueuedMessage> TestTimesServer::serverQueue()
{
    return Postfix::parseQueueJson(m_env.exec({u"/usr/sbin/postqueue"_s, u"-j"_s})).values;
}

void TestTimesServer::checkAgainstServer(ServerSession *session)
{
    const QHash<QString, qint64> before = findTimes();
    const qint64 now = serverNow();
    const QueueTimes t = loadTimes(session);
    const QHash<QString, qint64> after = findTimes();
    QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
    QVERIFY(t.retryKnown);
    QVERIFY(!t.permissionDenied);
    QVERIFY(t.issues.isEmpty());
    QVERIFY(t.lifetimes.fromServer);
    QCOMPARE(t.lifetimes.maximalSeconds, 5 * 86400); // the test server keeps the defaults
    QCOMPARE(t.lifetimes.bounceSeconds, 5 * 86400);
    QVERIFY2(before.size() > 100, "the seeded deferred queue is missing");
    QVERIFY2(qAbs(t.nextRetry.size() - before.size()) <= 5,
             qPrintable(u"loader %1 files, find %2"_s.arg(t.nextRetry.size()).arg(before.size())));

    // Every time is exactly what find says inside the namespace (before or after the load: a
    // retry in between may move one), and lies in the future or at most one queue run
    // (queue_run_delay 15 min there) behind.
    int future = 0;
    for (auto it = t.nextRetry.cbegin(); it != t.nextRetry.cend(); ++it) {
        const bool matches = before.value(it.key(), -1) == it.value() || after.value(it.key(), -1) == it.value();
        QVERIFY2(matches, qPrintable(u"%1: loader %2, find %3/%4"_s.arg(it.key())
                                         .arg(it.value())
                                         .arg(before.value(it.key(), -1))
                                         .arg(after.value(it.key(), -1))));
        QVERIFY(it.value() > now - 2 * 15 * 60);
        if (it.value() > now)
            ++future;
    }
    QVERIFY2(future > 0, "no next retry lies in the future");
    qInfo("%lld deferred files, %d with the next retry in the future, first in %lld s", t.nextRetry.size(),
          future, [&] {
              qint64 first = std::numeric_limits<qint64>::max();
              for (qint64 v : t.nextRetry)
                  first = qMin(first, v);
              return first - now;
          }());

    // The listing agrees: deferred mail has a time (unless it moved meanwhile), hold mail none,
    // and Expires is arrival + 5 days for the deferred ones and nothing for hold.
    const QList<Postfix::QueuedMessage> queue = serverQueue();
    int deferred = 0, deferredWithTime = 0, held = 0;
    for (const Postfix::QueuedMessage &m : queue) {
        if (m.queueName == Postfix::QueueName::Deferred) {
            ++deferred;
            if (t.nextRetryOf(m.queueId).has_value()) {
                ++deferredWithTime;
                QVERIFY(*t.nextRetryOf(m.queueId) >= m.arrivalTime);
            }
            QCOMPARE(Postfix::expiresAt(m, t.lifetimes).value_or(-1), m.arrivalTime + 5 * 86400);
        } else if (m.queueName == Postfix::QueueName::Hold) {
            ++held;
            QVERIFY(!t.nextRetryOf(m.queueId).has_value());
            QVERIFY(!Postfix::expiresAt(m, t.lifetimes).has_value());
        }
    }
    QVERIFY(deferred > 100);
    QVERIFY(held > 0);
    QVERIFY2(deferredWithTime >= deferred - 5, qPrintable(u"%1 of %2"_s.arg(deferredWithTime).arg(deferred)));
}

void TestTimesServer::rootReadsRetryAndLifetimes()
{
    auto s = connectAs(u"root"_s, AuthMethod::KeyFile, m_env.rootKey());
    QCOMPARE(s->state(), ServerSession::State::Ready);
    checkAgainstServer(s.get());
}

void TestTimesServer::adminReadsRetryThroughSudoPassword()
{
    auto s = connectAs(m_env.adminUser(), AuthMethod::Password, {}, m_env.adminPassword());
    QCOMPARE(s->state(), ServerSession::State::Ready);
    QVERIFY(s->capabilities().uid != 0);
    s->setSudoPassword(m_env.adminPassword());
    QSignalSpy log(s.get(), &ServerSession::commandLogged);
    checkAgainstServer(s.get());
    bool sawSudoFind = false;
    for (const auto &args : log) {
        const auto entry = args.at(0).value<Remote::CommandLogEntry>();
        if (entry.shellLine.contains(u"find"_s)) {
            sawSudoFind = entry.shellLine.contains(u"sudo"_s) && entry.shellLine.contains(u"postfix"_s);
            QVERIFY(!entry.shellLine.contains(m_env.adminPassword())); // password on stdin only
        }
    }
    QVERIFY2(sawSudoFind, "find did not run through sudo -u postfix");
}

void TestTimesServer::viewerGetsExpiryButNoRetry()
{
    auto s = connectAs(m_env.viewerUser(), AuthMethod::KeyFile, m_env.viewerKey());
    QCOMPARE(s->state(), ServerSession::State::Ready);
    const QueueTimes t = loadTimes(s.get());
    QVERIFY(t.permissionDenied);
    QVERIFY(!t.retryKnown);
    QVERIFY(t.nextRetry.isEmpty());
    QVERIFY(!t.retryError.isEmpty());
    qInfo("viewer: %s", qPrintable(t.retryError));
    // postconf works for any user: Expires is still right.
    QVERIFY2(t.lifetimes.fromServer, qPrintable(t.lifetimesError));
    QCOMPARE(t.lifetimes.maximalSeconds, 5 * 86400);
}

QByteArray TestTimesServer::runCli(const QStringList &args, int *exitCode)
{
    const auto r = TestSupport::TestServerClient::runCli(TestSupport::TestServerClient::asRoot(m_env, args),
                                                         m_home.path());
    *exitCode = r.exitCode;
    if (!r.err.isEmpty())
        qInfo("postdesk-cli stderr: %s", r.err.constData());
    return r.out;
}

void TestTimesServer::cliShapeMatchesQueueListing()
{
    QVERIFY2(!qEnvironmentVariable("POSTDESK_CLI").isEmpty(), "POSTDESK_CLI does not name postdesk-cli");
    int code = -1;
    const QByteArray listing = runCli({u"queue"_s, u"--json"_s}, &code);
    QCOMPARE(code, 0);
    const QByteArray shapeOut = runCli({u"shape"_s, u"--json"_s, u"--top"_s, u"1000"_s}, &code);
    QCOMPARE(code, 0);

    // Expected: recipients per lowercase domain from the queue --json lines.
    QHash<QString, qint64> expected;
    qint64 recipients = 0;
    for (const QByteArray &line : listing.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        for (const QJsonValue &r : o.value(u"recipients"_s).toArray()) {
            const QString address = r.toObject().value(u"address"_s).toString();
            ++expected[address.section(u'@', -1).toLower()];
            ++recipients;
        }
    }
    QJsonParseError error;
    const QJsonObject shape = QJsonDocument::fromJson(shapeOut, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(shape.value(u"by"_s).toString(), u"recipient"_s);
    QCOMPARE(shape.value(u"buckets"_s).toArray().size(), 9);
    QVERIFY(shape.value(u"now"_s).toInteger() > 1700000000);
    const QJsonObject totals = shape.value(u"totals"_s).toObject();
    QCOMPARE(totals.value(u"total"_s).toInteger(), recipients);
    QCOMPARE(totals.value(u"buckets"_s).toArray().size(), 10);

    QHash<QString, qint64> got;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &v : shape.value(u"rows"_s).toArray()) {
        const QJsonObject row = v.toObject();
        const qint64 total = row.value(u"total"_s).toInteger();
        qint64 sum = 0;
        for (const QJsonValue &c : row.value(u"buckets"_s).toArray())
            sum += c.toInteger();
        QCOMPARE(sum, total);
        QVERIFY(total <= previous); // by total descending
        previous = total;
        got.insert(row.value(u"domain"_s).toString(), total);
    }
    QCOMPARE(got, expected);
    for (const QString &domain : seededDomains)
        QVERIFY2(got.value(domain) > 0, qPrintable(domain));

    const QJsonArray senders = shape.value(u"top_senders"_s).toArray();
    QVERIFY(!senders.isEmpty());
    const QJsonObject first = senders.first().toObject();
    for (const QString &key : {u"sender"_s, u"messages"_s, u"recipients"_s, u"bytes"_s, u"oldest_arrival"_s})
        QVERIFY2(first.contains(key), qPrintable(key));
}

void TestTimesServer::cliShapeBySender()
{
    int code = -1;
    const QByteArray listing = runCli({u"summary"_s, u"--json"_s}, &code);
    QCOMPARE(code, 0);
    const qint64 messages = QJsonDocument::fromJson(listing).object().value(u"total"_s).toInteger();
    const QByteArray out = runCli({u"shape"_s, u"--by"_s, u"sender"_s, u"--top"_s, u"3"_s, u"--json"_s}, &code);
    QCOMPARE(code, 0);
    const QJsonObject shape = QJsonDocument::fromJson(out).object();
    QCOMPARE(shape.value(u"by"_s).toString(), u"sender"_s);
    QCOMPARE(shape.value(u"totals"_s).toObject().value(u"total"_s).toInteger(), messages); // one per message
    const QJsonArray rows = shape.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 4); // three rows and "(other)"
    QCOMPARE(rows.last().toObject().value(u"domain"_s).toString(), u"(other)"_s);
    QCOMPARE(shape.value(u"top_senders"_s).toArray().size(), 3);

    const QByteArray table = runCli({u"shape"_s}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(table.contains("TOTAL") && table.contains("1280+") && table.contains("oldcorp.example"),
             table.constData());
}

QTEST_GUILESS_MAIN(TestTimesServer)
#include "tst_times_server.moc"
