#pragma once

#include "logstatistics.h"
#include "maillogsources.h"
#include "postfix/logevent.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace Remote {
class ServerSession;
}

namespace Services {

struct LogWindow
{
    QDateTime since;             // invalid = from the start of the newest log file (the live
                                 // file; the journal: the last 24 hours)
    QDateTime until;             // invalid = now
    int maxEvents = 100000;      // delivery/reject events kept for the log view (newest kept)
    int top = 20;                // rows in the statistics' top lists
};

struct LogStatsResult
{
    LogWindow window;
    LogStatistics stats;
    // Delivery events also carry the envelope sender (from, from qmgr's line of the same ID when
    // that line was in the window; null otherwise, empty for the null sender).
    QList<Postfix::LogEvent> events;   // delivery (status=) and reject events in the window,
                                       // ascending time, at most window.maxEvents
    bool eventsTruncated = false;
    QStringList searchedFiles;
    QStringList commands;
    QStringList notes;                 // files left out or unreadable (plain words)
    qint64 bytesRead = 0;              // log bytes received from the server
    qint64 elapsedMs = 0;
    bool permissionDenied = false;
    bool canceled = false;
    QString error;
    bool ok() const { return error.isEmpty() && !permissionDenied && !canceled; }
};

// Reads the mail log of a time window from the server and computes statistics and the event
// list for the log view. The server does the coarse filtering (only files whose time range
// overlaps the window; only delivery/reject/qmgr lines are sent back), the desktop parses the
// stream as it arrives. GUI thread; never blocks; cancel() ends the remote command.
class LogStatsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogStatsLoader)

public:
    explicit LogStatsLoader(Remote::ServerSession *session, QObject *parent = nullptr);
    ~LogStatsLoader() override;

    void load(const LogWindow &window);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 bytes);
    void finished(const Services::LogStatsResult &result);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Services

Q_DECLARE_METATYPE(Services::LogStatsResult)
