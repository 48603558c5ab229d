#include "queueactionrunner.h"

#include "actionpreview.h"
#include "auditlog.h"
#include "queueactioncommand.h"
#include "queueactionoutcome.h"

#include "remote/serversession.h"
#include "services/queueloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcQueueAction, "postdesk.actions")

namespace Actions {

namespace {

QString resultKey(QueueActionResult::Outcome outcome)
{
    switch (outcome) {
    case QueueActionResult::Outcome::Ok:
        return QStringLiteral("ok");
    case QueueActionResult::Outcome::Mismatch:
        return QStringLiteral("mismatch");
    case QueueActionResult::Outcome::Nothing:
        return QStringLiteral("nothing");
    case QueueActionResult::Outcome::Failed:
        return QStringLiteral("failed");
    case QueueActionResult::Outcome::Canceled:
        return QStringLiteral("canceled");
    }
    return QStringLiteral("failed");
}

} // namespace

class QueueActionRunner::Private
{
    Q_DECLARE_TR_FUNCTIONS(Core)

public:
    enum class Stage { Idle, Listing, Running, Finishing };

    QueueActionRunner *q;
    QPointer<Remote::ServerSession> session;
    AuditLog *audit = nullptr;
    Stage stage = Stage::Idle;
    Request request;
    QueueActionResult result;
    QElapsedTimer clock;
    Services::QueueLoader *loader = nullptr;
    QList<Remote::CatalogResult> pending;   // commands still to run (deliver batches)
    QList<QStringList> pendingIds;          // the IDs of each pending command
    QStringList runningIds;
    QStringList queues;                     // postsuper queue arguments (audited)
    quint64 commandId = 0;
    bool cancelRequested = false;

    void fail(const QString &error, bool queued = false);
    void onListed(const Services::QueueSnapshot &snapshot);
    void runCommands(const QList<Postfix::QueuedMessage> &messages);
    void runNext();
    void onCommandFinished(quint64 id, const Remote::CommandResult &command);
    void finish();
    void writeAudit();
};

void QueueActionRunner::Private::fail(const QString &error, bool queued)
{
    result.outcome = QueueActionResult::Outcome::Failed;
    result.error = error;
    if (!queued) {
        finish();
        return;
    }
    // start() never emits finished() before it returns: callers connect after start() too.
    stage = Stage::Finishing;
    QMetaObject::invokeMethod(q, [this] { finish(); }, Qt::QueuedConnection);
}

void QueueActionRunner::Private::onListed(const Services::QueueSnapshot &snapshot)
{
    if (stage != Stage::Listing)
        return;
    if (snapshot.canceled || cancelRequested) {
        result.outcome = QueueActionResult::Outcome::Canceled;
        finish();
        return;
    }
    if (!snapshot.ok()) {
        fail(snapshot.mailSystemDown
                     ? tr("Postfix is not running on the server, so the messages could not be checked "
                          "again. Nothing was changed.")
                     : tr("The queue could not be listed again to check the messages, so nothing was "
                          "changed: %1").arg(snapshot.error));
        return;
    }
    const Revalidation checked = revalidate(request.kind, request.messages, snapshot.messages);
    result.dropped = checked.dropped;
    if (checked.confirmed.isEmpty()) {
        result.outcome = QueueActionResult::Outcome::Nothing;
        finish();
        return;
    }
    runCommands(checked.confirmed);
}

void QueueActionRunner::Private::runCommands(const QList<Postfix::QueuedMessage> &messages)
{
    const QueueActionCommand built = QueueActionCommand::build(request.kind, messages,
                                                               session->capabilities(), request.site);
    if (!built.ok()) {
        fail(built.error);
        return;
    }
    queues = built.queues;
    result.expected = actsOnMessages(request.kind) ? int(messages.size()) : 0;
    result.command = QueueActionCommand::describe(request.kind, built, result.expected);
    if (request.kind == QueueActionKind::Deliver)
        result.reported = 0;
    pending = built.commands;
    QStringList ids;
    for (const auto &m : messages)
        ids << m.queueId;
    for (qsizetype i = 0; i < pending.size(); ++i) {
        pendingIds << (request.kind == QueueActionKind::Deliver
                               ? ids.mid(i * QueueActionCommand::deliverBatchSize,
                                         QueueActionCommand::deliverBatchSize)
                               : ids);
    }
    stage = Stage::Running;
    runNext();
}

void QueueActionRunner::Private::runNext()
{
    if (!session) {
        fail(tr("The connection to the server was closed."));
        return;
    }
    const Remote::RemoteCommand command = pending.takeFirst().command;
    runningIds = pendingIds.takeFirst();
    result.actedIds << runningIds;
    Q_EMIT q->progress(tr("Running %1…").arg(command.label));
    commandId = session->run(command);
}

void QueueActionRunner::Private::onCommandFinished(quint64 id, const Remote::CommandResult &command)
{
    if (stage != Stage::Running || id != commandId)
        return;
    commandId = 0;
    if (usesPostsuper(request.kind)) {
        QueueActionOutcome::applyPostsuper(&result, command);
        if (request.kind == QueueActionKind::Requeue && result.reported > 0)
            // postsuper -r moves the files to maildrop under their old names; pickup gives them
            // new IDs (and logs "NEWID: … orig_id=OLDID") at its next run, up to a minute later.
            result.warnings << tr("Requeued messages get new queue IDs when Postfix picks them up "
                                  "again (usually within a minute); the mail log links each new ID "
                                  "to its old one (orig_id=). Old IDs: %1")
                                       .arg(result.actedIds.mid(0, 20).join(u' ')
                                            + (result.actedIds.size() > 20 ? QStringLiteral(" …") : QString()));
    } else if (request.kind == QueueActionKind::Deliver) {
        const bool batchOk = QueueActionOutcome::applyDeliverBatch(&result, command, runningIds);
        if (batchOk && !pending.isEmpty()) {
            if (!cancelRequested) {
                runNext();
                return;
            }
            result.outcome = QueueActionResult::Outcome::Canceled;
        } else if (batchOk) {
            QueueActionOutcome::finishDeliver(&result);
        }
    } else {
        QueueActionOutcome::applyFlush(&result, command);
    }
    finish();
}

void QueueActionRunner::Private::writeAudit()
{
    if (!audit)
        return;
    AuditRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    const Remote::ConnectionParams params = session ? session->params() : Remote::ConnectionParams{};
    record.host = params.host.isEmpty() ? QString() : params.host + u':' + QString::number(params.port);
    record.account = session && !session->capabilities().loginUser.isEmpty()
            ? session->capabilities().loginUser
            : params.user;
    record.server = !request.serverName.isEmpty() ? request.serverName
                                                  : (record.account + u'@' + record.host);
    const QString localUser = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    record.client = (QCoreApplication::applicationName().isEmpty() ? QStringLiteral("postdesk")
                                                                   : QCoreApplication::applicationName())
            + (localUser.isEmpty() ? QString() : u' ' + localUser);
    record.action = queueActionKey(request.kind);
    QJsonObject arguments;
    if (!request.filter.isEmpty())
        arguments.insert(QStringLiteral("filter"), request.filter);
    if (!request.site.isEmpty())
        arguments.insert(QStringLiteral("site"), request.site);
    if (!queues.isEmpty())
        arguments.insert(QStringLiteral("queues"), QJsonArray::fromStringList(queues));
    if (!result.command.isEmpty())
        arguments.insert(QStringLiteral("command"), result.command);
    arguments.insert(QStringLiteral("previewed"), int(request.messages.size()));
    record.arguments = arguments;
    record.ids = result.actedIds;
    record.expected = actsOnMessages(request.kind) ? result.expected : -1;
    record.reported = result.reported;
    record.result = resultKey(result.outcome);
    QStringList detail{result.summaryText()};
    for (const auto &d : std::as_const(result.dropped).mid(0, 50))
        detail << tr("Not acted on: %1 (%2)").arg(d.detail, droppedReasonText(d.reason));
    if (result.dropped.size() > 50)
        detail << tr("… and %1 more not acted on.").arg(result.dropped.size() - 50);
    record.detail = detail.join(u'\n');
    const QString error = audit->append(record);
    if (!error.isEmpty()) {
        qCWarning(lcQueueAction) << "audit log:" << error;
        result.warnings << tr("Not written to the audit log: %1").arg(error);
    }
}

void QueueActionRunner::Private::finish()
{
    if (stage == Stage::Idle)
        return;
    stage = Stage::Idle;
    pending.clear();
    pendingIds.clear();
    if (cancelRequested && result.outcome == QueueActionResult::Outcome::Failed && result.error.isEmpty())
        result.outcome = QueueActionResult::Outcome::Canceled;
    result.elapsedMs = clock.elapsed();
    writeAudit();
    const QueueActionResult done = result;
    Q_EMIT q->finished(done);
}

QueueActionRunner::QueueActionRunner(Remote::ServerSession *session, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->session = session;
    d->audit = audit;
    if (session) {
        connect(session, &Remote::ServerSession::finished, this,
                [this](quint64 id, const Remote::CommandResult &r) { d->onCommandFinished(id, r); });
        connect(session, &QObject::destroyed, this, [this] {
            if (d->stage == Private::Stage::Listing || d->stage == Private::Stage::Running)
                d->fail(Private::tr("The connection to the server was closed before the action finished; "
                                    "reload the queue to see what changed."));
        });
    }
}

QueueActionRunner::~QueueActionRunner()
{
    if (d->session && d->commandId)
        d->session->cancel(d->commandId);
}

void QueueActionRunner::start(const Request &request)
{
    if (isRunning()) {
        qCWarning(lcQueueAction) << "QueueActionRunner::start while running: ignored";
        return;
    }
    d->request = request;
    d->result = QueueActionResult{};
    d->result.kind = request.kind;
    d->result.site = request.site;
    d->queues.clear();
    d->pending.clear();
    d->pendingIds.clear();
    d->cancelRequested = false;
    d->commandId = 0;
    d->clock.start();
    d->stage = Private::Stage::Listing;
    if (!d->session || d->session->state() != Remote::ServerSession::State::Ready) {
        d->fail(Private::tr("The connection to the server is not ready. Nothing was changed."), true);
        return;
    }
    if (!actsOnMessages(request.kind)) {
        // Flushes list nothing first; still start on the next event-loop turn so finished()
        // never comes before start() returns.
        d->stage = Private::Stage::Running;
        QMetaObject::invokeMethod(this, [this] {
            if (d->stage == Private::Stage::Running && !d->commandId)
                d->runCommands({});
        }, Qt::QueuedConnection);
        return;
    }
    if (request.messages.isEmpty()) {
        d->fail(Private::tr("No message was chosen. Nothing was changed."), true);
        return;
    }
    if (!d->loader) {
        d->loader = new Services::QueueLoader(d->session, this);
        connect(d->loader, &Services::QueueLoader::finished, this,
                [this](const Services::QueueSnapshot &s) { d->onListed(s); });
    }
    Q_EMIT progress(Private::tr("Checking the queue again…"));
    d->loader->start();
}

void QueueActionRunner::cancel()
{
    if (!isRunning() || d->cancelRequested)
        return;
    d->cancelRequested = true;
    if (d->stage == Private::Stage::Listing) {
        d->loader->cancel(); // emits finished(canceled) at once → onListed → Canceled
        if (d->stage == Private::Stage::Listing) {
            d->result.outcome = QueueActionResult::Outcome::Canceled;
            d->finish();
        }
    } else if (d->stage == Private::Stage::Running && d->commandId && d->session) {
        d->session->cancel(d->commandId); // finished() follows: canceled, or as it ended
    } else if (d->stage == Private::Stage::Running) {
        d->result.outcome = QueueActionResult::Outcome::Canceled; // nothing sent yet
        d->finish();
    }
}

bool QueueActionRunner::isRunning() const
{
    return d->stage != Private::Stage::Idle;
}

} // namespace Actions
