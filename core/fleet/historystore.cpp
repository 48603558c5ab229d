#include "historystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <QAtomicInt>

#include <algorithm>
#include <map>

namespace Fleet {

namespace {

Q_LOGGING_CATEGORY(lcHistory, "postdesk.history")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Fleet)
};

// Schema version in PRAGMA user_version. 1: samples (one row per successful poll, the six queue
// counts in columns) + sample_classes (only the non-zero reason classes of a sample).
constexpr int schemaVersion = 1;

const char *const schema[] = {
    "CREATE TABLE samples (id INTEGER PRIMARY KEY, server TEXT NOT NULL, at INTEGER NOT NULL, "
    "maildrop INTEGER NOT NULL, incoming INTEGER NOT NULL, active INTEGER NOT NULL, "
    "deferred INTEGER NOT NULL, hold INTEGER NOT NULL, unknown INTEGER NOT NULL, "
    "total INTEGER NOT NULL, oldest_age INTEGER NOT NULL, top_share REAL NOT NULL)",
    "CREATE INDEX samples_server_at ON samples (server, at)",
    "CREATE INDEX samples_at ON samples (at)",
    "CREATE TABLE sample_classes (sample_id INTEGER NOT NULL, reason INTEGER NOT NULL, "
    "messages INTEGER NOT NULL, PRIMARY KEY (sample_id, reason)) WITHOUT ROWID",
};

const QString sampleColumns = QStringLiteral(
    "id, server, at, maildrop, incoming, active, deferred, hold, unknown, total, oldest_age, top_share");

QString serverKey(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true; // SQLite creates the schema in an empty file
    if (!file.open(QIODevice::ReadOnly))
        return true; // let the driver report the real reason
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace

class HistoryStore::Private
{
public:
    QString path;
    QString connectionName;
    QSqlDatabase db;
    QString error;
    int retentionDays = 30;

    bool fail(const QString &message)
    {
        error = message;
        qCWarning(lcHistory) << message;
        return false;
    }
    bool dbError(const QSqlError &error)
    {
        return fail(Tr::tr("History database error: %1").arg(error.text()));
    }
    bool exec(QSqlQuery &query)
    {
        return query.exec() || dbError(query.lastError());
    }
    bool createOrCheckSchema();
    QList<HistorySample> select(const QString &where, const QString &tail, const QVariantList &binds);
    int remove(const QString &where, const QVariant &bind);
};

// Deletes the samples matching `where` (one bind value) with their classes, in one transaction.
// Returns the samples removed, -1 on failure (rolled back).
int HistoryStore::Private::remove(const QString &where, const QVariant &bind)
{
    db.transaction();
    QSqlQuery classes(db);
    classes.prepare(QStringLiteral("DELETE FROM sample_classes WHERE sample_id IN (SELECT id FROM samples WHERE ")
                    + where + QLatin1Char(')'));
    classes.addBindValue(bind);
    QSqlQuery samples(db);
    samples.prepare(QStringLiteral("DELETE FROM samples WHERE ") + where);
    samples.addBindValue(bind);
    if (!exec(classes) || !exec(samples) || !db.commit()) {
        db.rollback();
        return -1;
    }
    return samples.numRowsAffected();
}

bool HistoryStore::Private::createOrCheckSchema()
{
    QSqlQuery query(db);
    // The first statement reads the header: "file is not a database" shows up here.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(Tr::tr("%1 is not a Postdesk history database (%2).")
                        .arg(QDir::toNativeSeparators(path), query.lastError().text()));
    const int version = query.value(0).toInt();
    if (version > schemaVersion)
        return fail(Tr::tr("%1 was written by a newer Postdesk (history version %2); this version "
                           "reads up to %3.").arg(QDir::toNativeSeparators(path)).arg(version).arg(schemaVersion));
    if (version == schemaVersion)
        return true;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return dbError(query.lastError());
    if (query.value(0).toInt() > 0)
        return fail(Tr::tr("%1 is an SQLite database of another program, not a Postdesk history; "
                           "it was left untouched.").arg(QDir::toNativeSeparators(path)));
    if (!db.transaction())
        return dbError(db.lastError());
    for (const char *statement : schema) {
        if (!query.exec(QString::fromLatin1(statement))) {
            db.rollback();
            return fail(Tr::tr("Cannot create the history tables: %1").arg(query.lastError().text()));
        }
    }
    query.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion));
    if (!db.commit())
        return dbError(db.lastError());
    return true;
}

// Samples matching `where` (+ ORDER/LIMIT in tail) with their reason classes; oldest first unless
// tail orders otherwise.
QList<HistorySample> HistoryStore::Private::select(const QString &where, const QString &tail,
                                                   const QVariantList &binds)
{
    QList<HistorySample> result;
    QHash<qint64, qsizetype> indexById;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + sampleColumns + QStringLiteral(" FROM samples WHERE ")
                  + where + QLatin1Char(' ') + tail);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!exec(query))
        return result;
    while (query.next()) {
        HistorySample sample;
        sample.server = QUuid::fromString(query.value(1).toString());
        sample.at = QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        for (int q = 0; q < 6; ++q)
            sample.perQueue[q] = query.value(3 + q).toLongLong();
        sample.total = query.value(9).toLongLong();
        sample.oldestAgeSeconds = query.value(10).toLongLong();
        sample.topSenderShare = query.value(11).toDouble();
        indexById.insert(query.value(0).toLongLong(), result.size());
        result.append(sample);
    }
    if (result.isEmpty())
        return result;
    QSqlQuery classes(db);
    classes.setForwardOnly(true);
    classes.prepare(QStringLiteral("SELECT sample_id, reason, messages FROM sample_classes WHERE "
                                   "sample_id IN (SELECT id FROM samples WHERE ")
                    + where + QLatin1Char(' ') + tail + QLatin1Char(')'));
    for (const QVariant &bind : binds)
        classes.addBindValue(bind);
    if (!exec(classes))
        return result;
    while (classes.next()) {
        const qsizetype index = indexById.value(classes.value(0).toLongLong(), -1);
        const int reason = classes.value(1).toInt();
        if (index >= 0 && reason >= 0 && reason < Diagnosis::reasonClassCount)
            result[index].perClass[reason] = classes.value(2).toLongLong();
    }
    return result;
}

HistoryStore::HistoryStore(const QString &path)
    : d(std::make_unique<Private>())
{
    static QAtomicInt counter;
    d->path = path;
    d->connectionName = QStringLiteral("postdesk-history-%1").arg(counter.fetchAndAddRelaxed(1));
}

HistoryStore::~HistoryStore()
{
    if (!d->db.isValid())
        return;
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
}

// One file for the GUI and postdesk-cli (their application names differ, so AppDataLocation
// would split it): ~/.local/share/Postdesk/history.sqlite, next to the audit log.
QString HistoryStore::defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.local/share");
    return folder + QStringLiteral("/Postdesk/history.sqlite");
}

bool HistoryStore::open(QString *error)
{
    const auto done = [&](bool ok) {
        if (error)
            *error = ok ? QString() : d->error;
        return ok;
    };
    if (isOpen())
        return done(true);
    d->error.clear();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return done(d->fail(Tr::tr("The SQLite driver of Qt (QSQLITE) is not installed.")));
    const bool inMemory = d->path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo info(d->path);
        if (!QDir().mkpath(info.absolutePath()))
            return done(d->fail(Tr::tr("Cannot create the folder %1.")
                                    .arg(QDir::toNativeSeparators(info.absolutePath()))));
        if (info.isDir() || !isSqliteFile(d->path))
            return done(d->fail(Tr::tr("%1 is not a Postdesk history database; it was left untouched.")
                                    .arg(QDir::toNativeSeparators(d->path))));
    }
    if (!d->db.isValid())
        d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(d->path);
    if (!d->db.open())
        return done(d->fail(Tr::tr("Cannot open the history %1: %2")
                                .arg(QDir::toNativeSeparators(d->path), d->db.lastError().text())));
    if (!d->createOrCheckSchema()) {
        d->db.close();
        return done(false);
    }
    QSqlQuery pragma(d->db);
    // WAL: the GUI and a cron-run `postdesk-cli check` can share the file; a short busy timeout
    // so that a concurrent writer never stalls the GUI thread for long.
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout=500"));
    return done(true);
}

bool HistoryStore::isOpen() const
{
    return d->db.isValid() && d->db.isOpen();
}

QString HistoryStore::lastError() const
{
    return d->error;
}

QString HistoryStore::path() const
{
    return d->path;
}

void HistoryStore::setRetentionDays(int days)
{
    d->retentionDays = std::max(1, days);
}

int HistoryStore::retentionDays() const
{
    return d->retentionDays;
}

bool HistoryStore::record(const PollSummary &summary)
{
    if (!summary.ok())
        return true;
    if (!isOpen())
        return d->fail(Tr::tr("The history is not open."));
    if (!d->db.transaction())
        return d->dbError(d->db.lastError());
    QSqlQuery insert(d->db);
    insert.prepare(QStringLiteral("INSERT INTO samples (server, at, maildrop, incoming, active, "
                                  "deferred, hold, unknown, total, oldest_age, top_share) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(serverKey(summary.server));
    insert.addBindValue(summary.takenAt.toSecsSinceEpoch());
    for (qint64 count : summary.perQueue)
        insert.addBindValue(count);
    insert.addBindValue(summary.total);
    insert.addBindValue(summary.oldestAgeSeconds());
    insert.addBindValue(summary.topSenderShare());
    bool ok = d->exec(insert);
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery classes(d->db);
    classes.prepare(QStringLiteral("INSERT INTO sample_classes (sample_id, reason, messages) VALUES (?, ?, ?)"));
    for (int reason = 0; ok && reason < Diagnosis::reasonClassCount; ++reason) {
        if (summary.perClass[reason] == 0)
            continue;
        classes.bindValue(0, id);
        classes.bindValue(1, reason);
        classes.bindValue(2, summary.perClass[reason]);
        ok = d->exec(classes);
    }
    if (!ok) {
        d->db.rollback();
        return false;
    }
    if (!d->db.commit())
        return d->dbError(d->db.lastError());
    return true;
}

QList<HistorySample> HistoryStore::samples(const QUuid &server, const QDateTime &from,
                                           const QDateTime &to) const
{
    if (!isOpen())
        return {};
    return d->select(QStringLiteral("server = ? AND at BETWEEN ? AND ?"), QStringLiteral("ORDER BY at, id"),
                     {serverKey(server), from.toSecsSinceEpoch(), to.toSecsSinceEpoch()});
}

QList<HistorySample> HistoryStore::fleetTotals(const QDateTime &from, const QDateTime &to,
                                               int bucketSeconds) const
{
    if (!isOpen() || bucketSeconds <= 0 || to < from)
        return {};
    const qint64 start = from.toSecsSinceEpoch();
    const qint64 buckets = (to.toSecsSinceEpoch() - start) / bucketSeconds + 1;
    // One bucket before `from` too: its value carries into the first bucket.
    const QList<HistorySample> rows = d->select(QStringLiteral("at BETWEEN ? AND ?"),
                                                QStringLiteral("ORDER BY at, id"),
                                                {start - bucketSeconds, to.toSecsSinceEpoch()});
    // Per server, the last sample of each bucket (rows are oldest first, later ones overwrite).
    QHash<QUuid, std::map<qint64, const HistorySample *>> lastByServer;
    for (const HistorySample &row : rows) {
        const qint64 offset = row.at.toSecsSinceEpoch() - start;
        const qint64 bucket = offset < 0 ? -1 : offset / bucketSeconds;
        lastByServer[row.server][bucket] = &row;
    }
    std::map<qint64, HistorySample> sums;
    for (const auto &perBucket : std::as_const(lastByServer)) {
        for (qint64 bucket = 0; bucket < buckets; ++bucket) {
            auto it = perBucket.find(bucket);
            if (it == perBucket.end())
                it = perBucket.find(bucket - 1);
            if (it == perBucket.end())
                continue;
            const HistorySample &s = *it->second;
            auto [sum, fresh] = sums.try_emplace(bucket);
            if (fresh)
                sum->second.at = QDateTime::fromSecsSinceEpoch(start + bucket * bucketSeconds, Qt::UTC);
            HistorySample &total = sum->second;
            for (std::size_t q = 0; q < total.perQueue.size(); ++q)
                total.perQueue[q] += s.perQueue[q];
            for (std::size_t c = 0; c < total.perClass.size(); ++c)
                total.perClass[c] += s.perClass[c];
            total.total += s.total;
            total.oldestAgeSeconds = std::max(total.oldestAgeSeconds, s.oldestAgeSeconds);
            total.topSenderShare = std::max(total.topSenderShare, s.topSenderShare);
        }
    }
    QList<HistorySample> result;
    result.reserve(qsizetype(sums.size()));
    for (auto &[bucket, sample] : sums)
        result.append(sample);
    return result;
}

std::optional<HistorySample> HistoryStore::latest(const QUuid &server) const
{
    if (!isOpen())
        return std::nullopt;
    const QList<HistorySample> rows = d->select(QStringLiteral("server = ?"),
                                                QStringLiteral("ORDER BY at DESC, id DESC LIMIT 1"),
                                                {serverKey(server)});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

int HistoryStore::prune(const QDateTime &now)
{
    if (!isOpen())
        return 0;
    const qint64 cutoff = now.toSecsSinceEpoch() - qint64(d->retentionDays) * 86400;
    return std::max(0, d->remove(QStringLiteral("at < ?"), cutoff));
}

bool HistoryStore::removeServer(const QUuid &server)
{
    return isOpen() && d->remove(QStringLiteral("server = ?"), serverKey(server)) >= 0;
}

qint64 HistoryStore::sampleCount() const
{
    if (!isOpen())
        return 0;
    QSqlQuery query(d->db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM samples")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace Fleet
