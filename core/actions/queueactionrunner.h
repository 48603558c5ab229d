#pragma once

#include "queueaction.h"

#include <QObject>
#include <QPointer>

namespace Remote {
class ServerSession;
}

namespace Actions {

class AuditLog;

// Runs one queue action on one server, asynchronously, on the caller's (GUI) thread:
//   1. list the queue again (postqueue -j, or -p on old Postfix) and re-validate the previewed
//      messages (Actions::revalidate): reused or vanished IDs are dropped and reported;
//   2. build the command through Remote::ActionCommands: postsuper -X - [queues] with one bare ID
//      per line on stdin; postqueue -i batched; postqueue -f / -s SITE;
//   3. run it (Privilege::Root for postsuper), parse the postsuper summary and compare counts;
//   4. append one AuditRecord (when an AuditLog is given) and emit finished() exactly once.
// Nothing is sent when re-validation leaves no message (Outcome::Nothing). cancel() stops the
// current remote command; finished() follows with Outcome::Canceled (a postsuper that already ran
// is reported as it ended). The session must be ready; a session that goes away fails the action.
class QueueActionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueActionRunner)

public:
    struct Request
    {
        QueueActionKind kind = QueueActionKind::Hold;
        QList<Postfix::QueuedMessage> messages; // exactly the previewed ones (ActionPreview::messages)
        QString site;                           // FlushSite: domain or [address]
        QString serverName;                     // for the audit record
        QString filter;                         // the filter/selection description, audited as given
    };

    explicit QueueActionRunner(Remote::ServerSession *session, AuditLog *audit = nullptr,
                               QObject *parent = nullptr);
    ~QueueActionRunner() override;

    void start(const Request &request); // ignored (with a qWarning) while running
    void cancel();
    bool isRunning() const;

    // Messages per postqueue -i batch command (one command delivers up to this many IDs).
    static constexpr int deliverBatchSize = 500;

Q_SIGNALS:
    void progress(const QString &step); // "Checking the queue again…", "Running postsuper -d …"
    void finished(const Actions::QueueActionResult &result);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Actions
