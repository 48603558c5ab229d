#pragma once

#include "maillogsources.h"
#include "postfix/logevent.h"
#include "postfix/parseresult.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Remote {
class ServerSession;
}

namespace Services {

struct TrailResult
{
    QString queueId;                   // what was asked for
    QList<Postfix::LogEvent> events;   // every line of the followed IDs, in log order
    QStringList followedIds;           // queueId first, then IDs reached via orig_id= / queued as /
                                       // bounce notification, in discovery order
    QStringList searchedFiles;         // which log files were searched (or "journal"), newest first
    QStringList notes;                 // plain words: files left out or unreadable, bounds reached
    qint64 elapsedMs = 0;              // from load() to finished()
    QList<Postfix::ParseIssue> issues;
    QStringList commands;              // the commands that ran (server-side grep), for tooltips
    bool permissionDenied = false;     // the log exists but this account may not read it
    bool truncated = false;            // more matching lines than the cap; the newest were kept
    QString error;                     // plain words; empty on success (an empty trail is not an error)
    bool ok() const { return error.isEmpty() && !permissionDenied; }
};

// Builds the per-message trail of one queue ID: locates the log once per session, greps the ID
// on the server (grep -F / zgrep -F over the live and rotated files, or journalctl), parses what
// comes back and follows linked IDs (orig_id=, "queued as NEWID", bounce notifications) with
// further greps until no new ID appears (bounded). A newer load() supersedes an older one; only
// the latest request's finished() is emitted. GUI thread; never blocks.
class TrailLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrailLoader)

public:
    explicit TrailLoader(Remote::ServerSession *session, QObject *parent = nullptr);
    ~TrailLoader() override;

    void load(const QString &queueId);
    // Bounds of the ID following (defaults: 4 rounds of greps, 50 IDs, 5000 events kept).
    static constexpr int maxRounds = 4;
    static constexpr int maxIds = 50;
    static constexpr int maxEvents = 5000;
    static constexpr int journalDays = 14; // journald only: how far back the trail looks
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void finished(const Services::TrailResult &result);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Services

Q_DECLARE_METATYPE(Services::TrailResult)
