#include "locallogfiles.h"

#include "postfix/maillogparser.h"
#include "streamlines.h"
#include "trailcollector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimeZone>

#include <algorithm>
#include <thread>

namespace Services {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

constexpr qint64 pipeChunk = 4LL * 1024 * 1024;
constexpr qint64 mapSlice = 64LL * 1024 * 1024; // cancel is polled per slice of a mapped file

QDateTime referenceOf(qint64 mtime)
{
    return QDateTime::fromSecsSinceEpoch(mtime > 0 ? mtime : QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

bool canceled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Feeds whole lines of [begin, end) to the builder (the range starts at a line start).
void countRange(QByteArrayView text, Postfix::MailLogParser &parser, LogStatisticsBuilder &builder,
                const std::atomic_bool *cancel)
{
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype sliceEnd = std::min<qsizetype>(text.size(), start + mapSlice);
        qsizetype nl = text.indexOf('\n', sliceEnd - 1 < start ? start : sliceEnd - 1);
        const qsizetype stop = nl < 0 ? text.size() : nl + 1;
        StreamLines lines;
        const auto handle = [&](QByteArrayView line) {
            Postfix::LogLineView view;
            bool damaged = false;
            if (parser.parseLine(line, &view, &damaged))
                builder.addLine(view);
            else if (damaged)
                builder.addDamaged();
            else
                builder.addNonPostfix();
        };
        lines.feed(text.sliced(start, stop - start), handle);
        lines.finish(handle);
        start = stop;
        if (canceled(cancel))
            return;
    }
}

} // namespace

LocalLogFiles::LocalLogFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            fail(Tr::tr("%1: no such file").arg(path));
            return;
        }
        if (!info.isReadable()) {
            fail(Tr::tr("%1: permission denied").arg(path), true);
            return;
        }
        File file;
        file.path = path;
        file.mtime = info.lastModified().toSecsSinceEpoch();
        if (path.endsWith(u".gz"))
            file.decompressor = QStringLiteral("gzip");
        else if (path.endsWith(u".xz"))
            file.decompressor = QStringLiteral("xz");
        else if (path.endsWith(u".bz2"))
            file.decompressor = QStringLiteral("bzip2");
        m_files << file;
    }
    std::stable_sort(m_files.begin(), m_files.end(), [](const File &a, const File &b) { return a.mtime < b.mtime; });
}

QStringList LocalLogFiles::files() const
{
    QStringList paths;
    for (const File &f : m_files)
        paths << f.path;
    return paths;
}

void LocalLogFiles::fail(const QString &error, bool permission)
{
    if (m_error.isEmpty()) {
        m_error = error;
        m_permissionDenied = permission;
    }
}

bool LocalLogFiles::read(const File &file, const std::function<void(QByteArrayView)> &chunkFn,
                         const std::atomic_bool *cancel)
{
    if (file.decompressor.isEmpty()) {
        QFile f(file.path);
        if (!f.open(QIODevice::ReadOnly)) {
            fail(Tr::tr("%1: %2").arg(file.path, f.errorString()), f.error() == QFileDevice::PermissionsError);
            return false;
        }
        if (f.size() == 0)
            return true;
        if (uchar *map = f.map(0, f.size())) {
            const QByteArrayView all(reinterpret_cast<const char *>(map), f.size());
            for (qsizetype at = 0; at < all.size() && !canceled(cancel); at += mapSlice) {
                const QByteArrayView part = all.sliced(at, std::min<qsizetype>(mapSlice, all.size() - at));
                m_bytes += part.size();
                chunkFn(part);
            }
            return true;
        }
        QByteArray buffer;
        while (!f.atEnd() && !canceled(cancel)) {
            buffer = f.read(pipeChunk);
            m_bytes += buffer.size();
            chunkFn(buffer);
        }
        return true;
    }
    QProcess process;
    process.start(file.decompressor, {QStringLiteral("-dc"), QStringLiteral("--"), file.path});
    if (!process.waitForStarted(10000)) {
        fail(Tr::tr("%1: cannot run %2 to decompress it").arg(file.path, file.decompressor));
        return false;
    }
    process.closeWriteChannel();
    while (!canceled(cancel)) {
        if (process.bytesAvailable() == 0 && !process.waitForReadyRead(60000)
            && process.state() == QProcess::NotRunning)
            break;
        const QByteArray chunk = process.read(pipeChunk);
        m_bytes += chunk.size();
        if (!chunk.isEmpty())
            chunkFn(chunk);
    }
    if (canceled(cancel)) {
        process.kill();
        process.waitForFinished(5000);
        return true;
    }
    process.waitForFinished(60000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString detail = QString::fromLocal8Bit(process.readAllStandardError()).trimmed().section(u'\n', 0, 0);
        fail(Tr::tr("%1: %2 failed: %3").arg(file.path, file.decompressor, detail));
        return false;
    }
    return true;
}

LogStatistics LocalLogFiles::statistics(qint64 sinceMs, qint64 untilMs, int top, int threads,
                                        const std::atomic_bool *cancel)
{
    LogStatisticsBuilder total(sinceMs, untilMs);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    for (const File &file : std::as_const(m_files)) {
        if (!m_error.isEmpty() || canceled(cancel))
            break;
        QFile plain(file.path);
        uchar *map = nullptr;
        if (file.decompressor.isEmpty() && threads > 1 && plain.open(QIODevice::ReadOnly) && plain.size() > (4 << 20))
            map = plain.map(0, plain.size());
        if (map) {
            // Split at line starts into `threads` parts; each part gets its own parser and
            // builder; merged in file order so "first from= per ID" stays first.
            const QByteArrayView all(reinterpret_cast<const char *>(map), plain.size());
            QList<qsizetype> cuts = {0};
            for (int t = 1; t < threads; ++t) {
                const qsizetype guess = all.size() * t / threads;
                const qsizetype nl = all.indexOf('\n', std::max(guess, cuts.last()));
                cuts << (nl < 0 ? all.size() : nl + 1);
            }
            cuts << all.size();
            std::vector<LogStatisticsBuilder> parts; // separate builders: copies would share data
            for (int t = 0; t < threads; ++t)
                parts.emplace_back(sinceMs, untilMs);
            std::vector<std::thread> workers;
            for (int t = 0; t < threads; ++t) {
                workers.emplace_back([&, t] {
                    Postfix::MailLogParser parser(referenceOf(file.mtime), zone);
                    countRange(all.sliced(cuts[t], cuts[t + 1] - cuts[t]), parser, parts[std::size_t(t)], cancel);
                });
            }
            for (std::thread &w : workers)
                w.join();
            for (const LogStatisticsBuilder &part : parts)
                total.merge(part);
            m_bytes += all.size();
            continue;
        }
        Postfix::MailLogParser parser(referenceOf(file.mtime), zone);
        StreamLines lines;
        const auto handle = [&](QByteArrayView line) {
            Postfix::LogLineView view;
            bool damaged = false;
            if (parser.parseLine(line, &view, &damaged))
                total.addLine(view);
            else if (damaged)
                total.addDamaged();
            else
                total.addNonPostfix();
        };
        if (read(file, [&](QByteArrayView chunk) { lines.feed(chunk, handle); }, cancel))
            lines.finish(handle);
    }
    return total.result(top);
}

TrailResult LocalLogFiles::trail(const QString &queueId, const std::atomic_bool *cancel)
{
    TrailResult result;
    result.queueId = queueId;
    QElapsedTimer clock;
    clock.start();
    for (auto it = m_files.crbegin(); it != m_files.crend(); ++it)
        result.searchedFiles << it->path;
    const qint64 newest = m_files.isEmpty() ? 0 : m_files.last().mtime;
    TrailCollector collector(referenceOf(newest), QTimeZone::systemTimeZone(), TrailLoader::maxIds);
    if (!collector.follow(queueId)) {
        result.error = Tr::tr("\"%1\" is not a valid Postfix queue ID.").arg(queueId.left(64));
        return result;
    }
    for (int round = 0; round < TrailLoader::maxRounds && m_error.isEmpty() && !canceled(cancel); ++round) {
        int oldestRank = 0;
        const QStringList ids = collector.takeNewIds(&oldestRank);
        if (ids.isEmpty())
            break;
        QList<QByteArray> needles;
        for (const QString &id : ids)
            needles << id.toLatin1();
        for (int rank = oldestRank; rank < m_files.size(); ++rank) {
            const File &file = m_files.at(rank);
            StreamLines lines;
            qint64 lineNo = 0;
            const auto handle = [&](QByteArrayView line) {
                ++lineNo;
                for (const QByteArray &needle : std::as_const(needles)) {
                    if (line.contains(needle)) {
                        collector.addLine(rank, lineNo, line, file.path);
                        return;
                    }
                }
            };
            if (read(file, [&](QByteArrayView chunk) { lines.feed(chunk, handle); }, cancel))
                lines.finish(handle);
        }
    }
    result.events = collector.events(TrailLoader::maxEvents, &result.truncated);
    result.followedIds = collector.followedIds();
    result.issues = collector.issues();
    result.error = m_error;
    result.permissionDenied = m_permissionDenied;
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace Services
