#pragma once

#include "logstatistics.h"
#include "trailloader.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Services {

// Mail-log files on this machine: postdesk-cli trail/logstats --file (and later the GUI's "open a
// log file"). Plain files are memory-mapped; .gz/.xz/.bz2 are read through gzip/xz/bzip2 -dc.
// Classic stamps get their year from the file's mtime and are read in this machine's zone.
//
// BLOCKING: every call reads whole files. Call from a worker thread or from a command-line
// program; never from the GUI thread. `cancel` (may be null) is polled between chunks.
class LocalLogFiles
{
public:
    // Files are read oldest first (by mtime), whatever order they were given in.
    explicit LocalLogFiles(const QStringList &paths);

    // An unreadable or missing file: plain words, and whether it was a permission problem.
    QString error() const { return m_error; }
    bool permissionDenied() const { return m_permissionDenied; }
    QStringList files() const; // oldest first

    // threads > 1 splits each plain file into that many parts parsed in parallel (merged in order).
    LogStatistics statistics(qint64 sinceMs, qint64 untilMs, int top, int threads = 2,
                             const std::atomic_bool *cancel = nullptr);
    TrailResult trail(const QString &queueId, const std::atomic_bool *cancel = nullptr);

    qint64 bytesRead() const { return m_bytes; }

private:
    struct File
    {
        QString path;
        qint64 mtime = 0; // epoch s
        QString decompressor; // empty for plain files
    };

    // Calls chunkFn with the file's bytes in large chunks; false (and m_error) on failure.
    bool read(const File &file, const std::function<void(QByteArrayView)> &chunkFn,
              const std::atomic_bool *cancel);
    void fail(const QString &error, bool permission = false);

    QList<File> m_files;
    QString m_error;
    bool m_permissionDenied = false;
    qint64 m_bytes = 0;
};

} // namespace Services
