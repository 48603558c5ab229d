#pragma once

#include "pollsummary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <array>
#include <memory>
#include <optional>

namespace Fleet {

// One stored poll: the numbers of a successful PollSummary.
struct HistorySample
{
    QUuid server;
    QDateTime at;                                          // UTC, second precision
    std::array<qint64, 6> perQueue{};                      // by Postfix::QueueName
    std::array<qint64, Diagnosis::reasonClassCount> perClass{};
    qint64 total = 0;
    qint64 oldestAgeSeconds = 0;
    double topSenderShare = 0;                             // 0..1
};

// Queue history of every server in a local SQLite file (Qt Sql, its own named connection, WAL).
// Only successful polls are stored. Retention: samples older than retentionDays are pruned by
// prune() (the poller's owner calls it, e.g. hourly and at start). One thread (the one that
// opened it); every call is short (indexed; one transaction per record).
class HistoryStore
{
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    explicit HistoryStore(const QString &path); // ":memory:" works for tests
    ~HistoryStore();

    static QString defaultPath(); // ~/.local/share/Postdesk/history.sqlite: GUI and CLI share it

    // Creates the folder, the file and the schema (versioned: PRAGMA user_version). false + error
    // in plain words when the file cannot be opened or is not a Postdesk history database.
    bool open(QString *error = nullptr);
    bool isOpen() const;
    QString lastError() const;
    QString path() const; // as given; a second HistoryStore on it may read from another thread

    void setRetentionDays(int days); // default 30
    int retentionDays() const;

    bool record(const PollSummary &summary); // ignored (true) when !summary.ok()
    // Samples of one server with from <= at <= to, oldest first.
    QList<HistorySample> samples(const QUuid &server, const QDateTime &from, const QDateTime &to) const;
    // Fleet-wide series: time split into buckets of bucketSeconds from `from`; per bucket and
    // server the last sample counts, summed over servers (a server without a sample in a bucket
    // contributes its previous bucket's value, at most one bucket back). server stays null.
    QList<HistorySample> fleetTotals(const QDateTime &from, const QDateTime &to, int bucketSeconds) const;
    std::optional<HistorySample> latest(const QUuid &server) const;
    int prune(const QDateTime &now);    // rows removed
    bool removeServer(const QUuid &server);
    qint64 sampleCount() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Fleet
