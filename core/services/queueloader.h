#pragma once

#include "postfix/parseresult.h"
#include "postfix/queuedmessage.h"

#include <QDateTime>
#include <QObject>

namespace Remote {
class ServerSession;
}

namespace Services {

struct QueueSnapshot
{
    QList<Postfix::QueuedMessage> messages;
    QList<Postfix::ParseIssue> issues;
    QDateTime takenAt;        // when the listing started (UTC)
    qint64 bytes = 0;         // raw listing size
    qint64 elapsedMs = 0;
    bool usedJson = true;     // postqueue -j, else the -p fallback
    bool mailSystemDown = false;
    bool canceled = false;
    QString error;            // plain words; empty on success
    bool ok() const { return error.isEmpty() && !canceled; }
};

// Lists the queue of one server through its session: postqueue -j when the probed Postfix is
// >= 3.1, else -p. Output is parsed as it streams; batchReady() hands over parsed messages in
// arrival order, finished() the whole snapshot (messages included). One load at a time; start()
// while running restarts. Lives on the session's thread (the GUI thread); never blocks.
class QueueLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueLoader)

public:
    explicit QueueLoader(Remote::ServerSession *session, QObject *parent = nullptr);
    ~QueueLoader() override;

    void start();
    void cancel(); // emits finished() with snapshot.canceled at once
    bool isRunning() const;

    // Default true. False: snapshot.messages stays empty and the messages are only handed out
    // through batchReady(), so a consumer that streams them (postdesk-cli) holds them once.
    void setKeepMessages(bool keep);

Q_SIGNALS:
    void progress(qint64 bytes, qint64 messages);
    void batchReady(const QList<Postfix::QueuedMessage> &batch);
    void finished(const Services::QueueSnapshot &snapshot);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Services

Q_DECLARE_METATYPE(Services::QueueSnapshot)
