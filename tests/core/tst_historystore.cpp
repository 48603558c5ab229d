// The SQLite queue history: round trip, ranges, fleet buckets, retention, reopening, bad files.
#include "fleet/historystore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Fleet;

namespace {

const QUuid serverA = QUuid::fromString(QStringLiteral("{0b1e6a40-8f6d-4c55-9d0e-2a1c3b4d5e01}"));
const QUuid serverB = QUuid::fromString(QStringLiteral("{0b1e6a40-8f6d-4c55-9d0e-2a1c3b4d5e02}"));
const QDateTime t0 = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

PollSummary summary(const QUuid &server, const QDateTime &at, qint64 deferred, qint64 hold = 0)
{
    PollSummary s;
    s.server = server;
    s.takenAt = at;
    s.perQueue[std::size_t(Postfix::QueueName::Deferred)] = deferred;
    s.perQueue[std::size_t(Postfix::QueueName::Hold)] = hold;
    s.perClass[std::size_t(Diagnosis::ReasonClass::Network)] = deferred / 2;
    s.perClass[std::size_t(Diagnosis::ReasonClass::Other)] = deferred - deferred / 2;
    s.total = deferred + hold;
    s.oldestArrival = s.total ? at.toSecsSinceEpoch() - 7200 : 0;
    s.topSender = QStringLiteral("a@example.org");
    s.topSenderCount = s.total / 4;
    return s;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void failedPollsAreNotStored();
    void ranges();
    void fleetTotals();
    void prune();
    void reopenKeepsData();
    void badFiles_data();
    void badFiles();
    void newerSchemaIsRefused();
    void removeServer();
    void twoStoresOneFile();
    void notOpen();
    void bulk();
};

void TestHistoryStore::roundTrip()
{
    HistoryStore store(QStringLiteral(":memory:"));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(store.isOpen());
    const PollSummary s = summary(serverA, t0, 280, 20);
    QVERIFY(store.record(s));
    QCOMPARE(store.sampleCount(), 1);
    const QList<HistorySample> rows = store.samples(serverA, t0.addSecs(-1), t0.addSecs(1));
    QCOMPARE(rows.size(), 1);
    const HistorySample &r = rows.first();
    QCOMPARE(r.server, serverA);
    QCOMPARE(r.at, t0);
    QCOMPARE(r.perQueue, s.perQueue);
    QCOMPARE(r.perClass, s.perClass);
    QCOMPARE(r.total, 300);
    QCOMPARE(r.oldestAgeSeconds, 7200);
    QCOMPARE(r.topSenderShare, 0.25);
    const std::optional<HistorySample> last = store.latest(serverA);
    QVERIFY(last);
    QCOMPARE(last->total, 300);
    QVERIFY(!store.latest(serverB));
}

void TestHistoryStore::failedPollsAreNotStored()
{
    HistoryStore store(QStringLiteral(":memory:"));
    QVERIFY(store.open());
    PollSummary failed;
    failed.server = serverA;
    failed.takenAt = t0;
    failed.error = PollError::Timeout;
    QVERIFY(store.record(failed));
    QCOMPARE(store.sampleCount(), 0);
}

void TestHistoryStore::ranges()
{
    HistoryStore store(QStringLiteral(":memory:"));
    QVERIFY(store.open());
    for (int i = 0; i < 10; ++i) {
        QVERIFY(store.record(summary(serverA, t0.addSecs(60 * i), 100 + i)));
        QVERIFY(store.record(summary(serverB, t0.addSecs(60 * i + 30), 500 + i)));
    }
    QList<HistorySample> rows = store.samples(serverA, t0.addSecs(120), t0.addSecs(300));
    QCOMPARE(rows.size(), 4); // 2, 3, 4, 5 minutes: both ends included
    QCOMPARE(rows.first().total, 102);
    QCOMPARE(rows.last().total, 105);
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i - 1).at < rows.at(i).at);
    rows = store.samples(serverB, t0, t0.addSecs(3600));
    QCOMPARE(rows.size(), 10);
    QVERIFY(store.samples(serverA, t0.addSecs(-3600), t0.addSecs(-1)).isEmpty());
    QCOMPARE(store.latest(serverB)->total, 509);
}

void TestHistoryStore::fleetTotals()
{
    HistoryStore store(QStringLiteral(":memory:"));
    QVERIFY(store.open());
    // Buckets of 5 min from t0. A: samples in buckets 0 and 1 (two in bucket 0: the last counts),
    // none in 2 (carried from 1), none in 3 (not carried twice). B: one sample before t0 (carried
    // into bucket 0) and one in bucket 3.
    QVERIFY(store.record(summary(serverA, t0.addSecs(10), 100)));
    QVERIFY(store.record(summary(serverA, t0.addSecs(200), 110)));
    QVERIFY(store.record(summary(serverA, t0.addSecs(400), 120)));
    QVERIFY(store.record(summary(serverB, t0.addSecs(-100), 1000)));
    QVERIFY(store.record(summary(serverB, t0.addSecs(950), 2000)));
    const QList<HistorySample> totals = store.fleetTotals(t0, t0.addSecs(20 * 60 - 1), 300);
    QList<qint64> got;
    QList<qint64> starts;
    for (const HistorySample &s : totals) {
        QVERIFY(s.server.isNull());
        got << s.total;
        starts << t0.secsTo(s.at);
    }
    QCOMPARE(starts, (QList<qint64>{0, 300, 600, 900}));
    QCOMPARE(got, (QList<qint64>{110 + 1000, 120, 120, 2000}));
    QCOMPARE(totals.first().perQueue[std::size_t(Postfix::QueueName::Deferred)], 1110);
    QCOMPARE(totals.first().perClass[std::size_t(Diagnosis::ReasonClass::Network)], 55 + 500);
    QCOMPARE(totals.first().oldestAgeSeconds, 7200);
    QVERIFY(store.fleetTotals(t0, t0.addSecs(-1), 300).isEmpty());
    QVERIFY(store.fleetTotals(t0, t0.addSecs(60), 0).isEmpty());
}

void TestHistoryStore::prune()
{
    HistoryStore store(QStringLiteral(":memory:"));
    QVERIFY(store.open());
    QCOMPARE(store.retentionDays(), 30);
    store.setRetentionDays(7);
    for (int day = 0; day < 10; ++day)
        QVERIFY(store.record(summary(serverA, t0.addDays(-day), day + 1)));
    QCOMPARE(store.prune(t0), 2); // 8 and 9 days old
    QCOMPARE(store.sampleCount(), 8);
    QCOMPARE(store.prune(t0), 0);
    const QList<HistorySample> left = store.samples(serverA, t0.addDays(-30), t0);
    QCOMPARE(left.first().at, t0.addDays(-7));
    QCOMPARE(left.first().perClass[std::size_t(Diagnosis::ReasonClass::Other)], 4);
}

void TestHistoryStore::reopenKeepsData()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sub/folder/history.sqlite"));
    {
        HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.record(summary(serverA, t0, 42)));
    }
    QVERIFY(QFile::exists(path));
    HistoryStore again(path);
    QVERIFY(again.open());
    QCOMPARE(again.sampleCount(), 1);
    QCOMPARE(again.latest(serverA)->total, 42);
    QCOMPARE(again.latest(serverA)->perClass[std::size_t(Diagnosis::ReasonClass::Network)], 21);
}

void TestHistoryStore::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text file") << QByteArray("this is my diary, not a database\n");
    QTest::newRow("binary junk") << QByteArray(4096, '\x5a');
    QByteArray header("SQLite format 3\0", 16);
    QTest::newRow("truncated sqlite header") << header + QByteArray(20, '\xff');
}

void TestHistoryStore::badFiles()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    HistoryStore store(path);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.lastError(), error);
    QVERIFY(!store.isOpen());
    QVERIFY(!store.record(summary(serverA, t0, 1)));
    QVERIFY(store.samples(serverA, t0, t0).isEmpty());
    // The user's file is never replaced or deleted.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestHistoryStore::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore store(path);
        QVERIFY(store.open());
    }
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
        // Another program's database: tables, but user_version 0.
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (text TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("poke"));
    HistoryStore newer(path);
    QString error;
    QVERIFY(!newer.open(&error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    HistoryStore foreign(other);
    QVERIFY(!foreign.open(&error));
    QVERIFY2(error.contains(QLatin1String("another program")), qPrintable(error));
}

void TestHistoryStore::removeServer()
{
    HistoryStore store(QStringLiteral(":memory:"));
    QVERIFY(store.open());
    QVERIFY(store.record(summary(serverA, t0, 1)));
    QVERIFY(store.record(summary(serverB, t0, 2)));
    QVERIFY(store.removeServer(serverA));
    QCOMPARE(store.sampleCount(), 1);
    QVERIFY(!store.latest(serverA));
    QVERIFY(store.latest(serverB));
}

void TestHistoryStore::twoStoresOneFile()
{
    // The GUI and a cron-run `postdesk-cli check` write the same file (WAL).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore gui(path);
    HistoryStore cli(path);
    QVERIFY(gui.open());
    QVERIFY(cli.open());
    QVERIFY(gui.record(summary(serverA, t0, 1)));
    QVERIFY(cli.record(summary(serverA, t0.addSecs(60), 2)));
    QCOMPARE(gui.sampleCount(), 2);
    QCOMPARE(gui.latest(serverA)->total, 2);
}

void TestHistoryStore::notOpen()
{
    HistoryStore store(QStringLiteral(":memory:"));
    QVERIFY(!store.isOpen());
    QVERIFY(!store.record(summary(serverA, t0, 1)));
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(store.sampleCount(), 0);
    QCOMPARE(store.prune(t0), 0);
    QVERIFY2(HistoryStore::defaultPath().endsWith(QLatin1String("/Postdesk/history.sqlite")),
             qPrintable(HistoryStore::defaultPath()));
}

// A timing line for the status/benchmark notes: POSTDESK_HISTORY_BULK=100000 for the big run
// (20 servers polled every 10 s give 100k samples in ~14 hours).
void TestHistoryStore::bulk()
{
    const int count = qEnvironmentVariableIsSet("POSTDESK_HISTORY_BULK")
        ? qEnvironmentVariableIntValue("POSTDESK_HISTORY_BULK") : 5000;
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.open());
    const QUuid servers[] = {serverA, serverB};
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i)
        QVERIFY(store.record(summary(servers[i % 2], t0.addSecs(10 * (i / 2)), 300 + i % 50)));
    const qint64 insertMs = clock.restart();
    const QList<HistorySample> day = store.samples(serverA, t0, t0.addSecs(86400));
    const qint64 queryMs = clock.restart();
    const QList<HistorySample> buckets = store.fleetTotals(t0, t0.addSecs(86400), 300);
    const qint64 totalsMs = clock.elapsed();
    QCOMPARE(day.size(), qMin(count / 2, 8641));
    QVERIFY(!buckets.isEmpty());
    qInfo("%d records: %lld ms (%.3f ms each); samples() of one server over 24 h (%lld rows): %lld ms; "
          "fleetTotals 24 h / 5 min: %lld ms",
          count, insertMs, double(insertMs) / count, qint64(day.size()), queryMs, totalsMs);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
