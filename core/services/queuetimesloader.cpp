#include "queuetimesloader.h"

#include "remote/commandcatalog.h"
#include "remote/serversession.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

namespace Services {

namespace {

QString firstLine(const QByteArray &text)
{
    return QString::fromUtf8(text).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed().left(300);
}

// How find's complaints on stderr bear on its listing.
enum class FindComplaints { None, Harmless, PermissionDenied, Other };

// Harmless: a file that vanished while find walked the tree (a message delivered meanwhile), and
// "Failed to restore initial working directory" — sudo -u postfix starts find in the login
// user's home, which postfix may not enter; find says so at the very end and exits 1, but the
// listing is complete. A queue directory it may not read is a permission problem.
FindComplaints classifyFindStderr(const QByteArray &stdErr)
{
    FindComplaints worst = FindComplaints::None;
    for (const QByteArray &raw : stdErr.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        FindComplaints kind = FindComplaints::Other;
        if (line.contains("Failed to restore initial working directory")
            || line.contains("No such file or directory"))
            kind = FindComplaints::Harmless;
        else if (line.contains("Permission denied"))
            kind = FindComplaints::PermissionDenied;
        worst = qMax(worst, kind);
    }
    return worst;
}

// error joins what went wrong; readAtEpoch stamps the result.
void seal(QueueTimes &result)
{
    QStringList errors;
    if (!result.retryError.isEmpty())
        errors << result.retryError;
    if (!result.lifetimesError.isEmpty())
        errors << result.lifetimesError;
    result.error = errors.join(u' ');
    result.readAtEpoch = QDateTime::currentSecsSinceEpoch();
}

} // namespace

class QueueTimesLoader::Private
{
public:
    QueueTimesLoader *q = nullptr;
    QPointer<Remote::ServerSession> session;
    quint64 generation = 0;
    quint64 postconfId = 0;
    quint64 timesId = 0;
    bool postconfDone = false;
    bool timesDone = false;
    QueueTimes pending;

    void onFinished(quint64 id, const Remote::CommandResult &result);
    void takePostconf(const Remote::CommandResult &result);
    void takeTimes(const Remote::CommandResult &result);
    void finishIfDone();
    void emitLater(QueueTimes result);
};

QueueTimesLoader::QueueTimesLoader(Remote::ServerSession *session, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<Services::QueueTimes>();
    d->q = this;
    d->session = session;
    if (session) {
        connect(session, &Remote::ServerSession::finished, this,
                [this](quint64 id, const Remote::CommandResult &result) { d->onFinished(id, result); });
    }
}

QueueTimesLoader::~QueueTimesLoader()
{
    cancel();
}

void QueueTimesLoader::load()
{
    cancel();
    d->pending = QueueTimes();
    d->postconfDone = d->timesDone = false;

    if (!d->session) {
        QueueTimes result;
        result.lifetimesError = result.retryError = tr("Not connected to a server.");
        d->emitLater(result);
        return;
    }
    const Remote::CommandCatalog catalog(d->session->capabilities());
    const Remote::CatalogResult postconf = catalog.postconfValues(
        {QStringLiteral("maximal_queue_lifetime"), QStringLiteral("bounce_queue_lifetime")});
    const Remote::CatalogResult times = catalog.queueFileTimes();

    if (postconf.ok()) {
        d->pending.commands << QString::fromUtf8(postconf.command.shellLine);
        d->postconfId = d->session->run(postconf.command);
    } else {
        d->pending.lifetimesError = postconf.error;
        d->postconfDone = true;
    }
    if (times.ok()) {
        d->pending.commands << QString::fromUtf8(times.command.shellLine);
        d->timesId = d->session->run(times.command);
    } else {
        d->pending.retryError = times.error;
        d->timesDone = true;
    }
    if (d->postconfDone && d->timesDone)
        d->emitLater(std::exchange(d->pending, QueueTimes()));
}

void QueueTimesLoader::cancel()
{
    ++d->generation; // drops a result queued by emitLater() but not delivered yet
    const quint64 postconfId = std::exchange(d->postconfId, 0);
    const quint64 timesId = std::exchange(d->timesId, 0);
    if (d->session) {
        if (postconfId)
            d->session->cancel(postconfId);
        if (timesId)
            d->session->cancel(timesId);
    }
}

void QueueTimesLoader::Private::onFinished(quint64 id, const Remote::CommandResult &result)
{
    if (id == 0)
        return;
    if (id == postconfId) {
        postconfId = 0;
        postconfDone = true;
        takePostconf(result);
    } else if (id == timesId) {
        timesId = 0;
        timesDone = true;
        takeTimes(result);
    } else {
        return;
    }
    finishIfDone();
}

void QueueTimesLoader::Private::takePostconf(const Remote::CommandResult &result)
{
    if (result.ok()) {
        const QHash<QString, QString> values = Postfix::parsePostconfValues(result.stdOut, &pending.issues);
        pending.lifetimes = Postfix::queueLifetimesFrom(values);
        if (!pending.lifetimes.fromServer)
            pending.lifetimesError = QueueTimesLoader::tr("postconf did not report both queue lifetimes; "
                                                          "the Postfix defaults are assumed where missing.");
        return;
    }
    const QString detail = result.error.isEmpty() ? firstLine(result.stdErr) : result.error;
    pending.lifetimesError = detail.isEmpty()
        ? QueueTimesLoader::tr("Could not read the queue lifetimes (postconf exit code %1); "
                               "assuming the Postfix defaults (5 days).").arg(result.exitCode)
        : QueueTimesLoader::tr("Could not read the queue lifetimes (%1); assuming the Postfix "
                               "defaults (5 days).").arg(detail);
}

void QueueTimesLoader::Private::takeTimes(const Remote::CommandResult &result)
{
    using Failure = Remote::CommandResult::Failure;
    const bool ran = result.error.isEmpty() && !result.canceled && !result.timedOut;
    const FindComplaints complaints = ran ? classifyFindStderr(result.stdErr) : FindComplaints::None;
    if (result.failure == Failure::PermissionDenied
        || (ran && result.exitCode != 0 && complaints == FindComplaints::PermissionDenied)) {
        pending.permissionDenied = true;
        pending.retryError = QueueTimesLoader::tr(
            "This account cannot read the queue files, so the next retry times are unknown "
            "(that needs root, the mail owner or sudo). Expiry times are still shown.");
        return;
    }
    const bool usable = result.ok()
        || (ran && result.exitCode == 1 && complaints == FindComplaints::Harmless);
    if (!usable) {
        QString detail = result.error.isEmpty() ? firstLine(result.stdErr) : result.error;
        if (detail.isEmpty())
            detail = QueueTimesLoader::tr("exit code %1").arg(result.exitCode);
        pending.retryError = QueueTimesLoader::tr("Could not read the next retry times: %1").arg(detail);
        return;
    }
    pending.nextRetry = Postfix::parseQueueFileTimes(result.stdOut, &pending.issues);
    pending.retryKnown = true;
}

void QueueTimesLoader::Private::finishIfDone()
{
    if (!postconfDone || !timesDone)
        return;
    QueueTimes result = std::exchange(pending, QueueTimes());
    seal(result);
    Q_EMIT q->finished(result);
}

void QueueTimesLoader::Private::emitLater(QueueTimes result)
{
    seal(result);
    const quint64 expected = generation;
    QTimer::singleShot(0, q, [this, expected, result] {
        if (generation == expected)
            Q_EMIT q->finished(result);
    });
}

} // namespace Services
