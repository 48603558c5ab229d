#pragma once

#include "maillogsources.h"

#include <QByteArrayView>
#include <QObject>

#include <memory>

namespace Remote {
class ServerSession;
}

namespace Services {

// Finds the mail log of a server: runs CommandCatalog::locateMailLog() (input-free, login account)
// and parses its output into MailLogSources. The answer is cached on the session for a few minutes
// (rotations change the file list), so the trail and the statistics locate once. GUI thread;
// never blocks; finished() is emitted exactly once per load(), also from the cache (queued).
class MailLogSourceLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailLogSourceLoader)

public:
    explicit MailLogSourceLoader(Remote::ServerSession *session, QObject *parent = nullptr);
    ~MailLogSourceLoader() override;

    void load(bool refresh = false);
    void cancel();
    bool isRunning() const;

    // Pure: the locate script's output → sources. Paths that are not plain absolute paths are
    // dropped (with a note); one log family is chosen (maillog_file when it exists, else the one
    // written most recently); the live file comes first, rotations follow newest → oldest.
    static MailLogSources parse(QByteArrayView output);

    // What the session has cached (ok() or not); an invalid (empty, no command) value when none.
    static MailLogSources cached(const Remote::ServerSession *session);
    static void forget(Remote::ServerSession *session);

    // A server profile's log file (ServerProfile::logFile) replaces detection for this session:
    // that file and its rotations are read, never the journal; when it is missing on the server
    // (or not a plain absolute path) finished() carries an error. Empty = detect. Whoever
    // creates the session from a profile sets it once (GUI and CLI alike).
    static void setLogFileOverride(Remote::ServerSession *session, const QString &path);
    static QString logFileOverride(const Remote::ServerSession *session);

    static constexpr int maxFiles = 60;
    static constexpr qint64 cacheLifetimeMs = 5 * 60 * 1000;

Q_SIGNALS:
    void finished(const Services::MailLogSources &sources);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Services
