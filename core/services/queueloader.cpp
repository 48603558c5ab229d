#include "queueloader.h"

#include "postfix/queueparsers.h"
#include "remote/commandcatalog.h"
#include "remote/serversession.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimeZone>

#include <optional>

Q_LOGGING_CATEGORY(lcQueueLoader, "postdesk.services")

namespace Services {

namespace {

bool mentions(const QByteArray &text, QByteArrayView needle)
{
    return text.toLower().contains(needle);
}

QString firstLine(const QByteArray &text)
{
    const QString all = QString::fromUtf8(text).trimmed();
    return all.section(QLatin1Char('\n'), 0, 0).trimmed();
}

// postqueue -j on a Postfix that does not know it (< 3.1, or a wrongly probed version).
bool isUsageError(const Remote::CommandResult &result)
{
    return mentions(result.stdErr, "usage:") || mentions(result.stdErr, "invalid option")
        || mentions(result.stdErr, "illegal option");
}

} // namespace

class QueueLoader::Private
{
public:
    enum class Stage { Idle, WaitingForSession, Json, Text };

    QueueLoader *q;
    QPointer<Remote::ServerSession> session;
    Stage stage = Stage::Idle;
    quint64 commandId = 0;
    bool keepMessages = true;
    bool fellBack = false;
    qint64 messageCount = 0;
    QElapsedTimer clock;
    std::optional<Postfix::QueueJsonStreamParser> parser; // fresh per load (not assignable)
    QueueSnapshot snapshot;

    void begin();
    void runJson();
    void runText();
    void runBuilt(const Remote::CatalogResult &built);
    void onOutput(quint64 id, const QByteArray &chunk);
    void onFinished(quint64 id, const Remote::CommandResult &result);
    void onSessionFailed(const QString &message);
    void deliver(Postfix::Parsed<Postfix::QueuedMessage> &&parsed);
    void finish(const QString &error = {});
    bool handleFailure(const Remote::CommandResult &result);
};

QueueLoader::QueueLoader(Remote::ServerSession *session, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->session = session;
    connect(session, &Remote::ServerSession::output, this,
            [this](quint64 id, const QByteArray &chunk) { d->onOutput(id, chunk); });
    connect(session, &Remote::ServerSession::finished, this,
            [this](quint64 id, const Remote::CommandResult &result) { d->onFinished(id, result); });
    connect(session, &Remote::ServerSession::ready, this, [this] {
        if (d->stage == Private::Stage::WaitingForSession)
            d->begin();
    });
    connect(session, &Remote::ServerSession::failed, this, [this](const Remote::TransportError &e) {
        if (d->stage == Private::Stage::WaitingForSession)
            d->onSessionFailed(e.message);
    });
}

QueueLoader::~QueueLoader()
{
    if (d->commandId && d->session)
        d->session->cancel(d->commandId);
}

void QueueLoader::setKeepMessages(bool keep)
{
    d->keepMessages = keep;
}

void QueueLoader::start()
{
    if (isRunning())
        cancel();
    d->snapshot = QueueSnapshot();
    d->snapshot.takenAt = QDateTime::currentDateTimeUtc();
    d->parser.emplace();
    d->messageCount = 0;
    d->fellBack = false;
    d->clock.start();
    if (!d->session) {
        d->finish(QueueLoader::tr("Not connected to a server."));
        return;
    }
    switch (d->session->state()) {
    case Remote::ServerSession::State::Ready:
        d->begin();
        break;
    case Remote::ServerSession::State::Failed:
        d->onSessionFailed(d->session->lastError());
        break;
    default:
        // Capabilities decide between -j and -p: wait for the probe.
        d->stage = Private::Stage::WaitingForSession;
        break;
    }
}

void QueueLoader::cancel()
{
    if (!isRunning())
        return;
    const quint64 id = std::exchange(d->commandId, 0);
    if (id && d->session)
        d->session->cancel(id);
    d->snapshot.canceled = true;
    d->finish();
}

bool QueueLoader::isRunning() const
{
    return d->stage != Private::Stage::Idle;
}

void QueueLoader::Private::begin()
{
    const Remote::ServerCapabilities &caps = session->capabilities();
    if (!caps.hasPostfix()) {
        finish(QueueLoader::tr("Postfix is not installed on this server "
                  "(no postqueue in /usr/sbin, /usr/local/sbin or /usr/bin)."));
        return;
    }
    if (caps.supportsJsonQueue())
        runJson();
    else
        runText();
}

void QueueLoader::Private::runJson()
{
    stage = Stage::Json;
    snapshot.usedJson = true;
    runBuilt(Remote::CommandCatalog(session->capabilities()).listQueueJson());
}

void QueueLoader::Private::runText()
{
    stage = Stage::Text;
    snapshot.usedJson = false;
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    runBuilt(Remote::CommandCatalog(session->capabilities()).listQueueText());
}

void QueueLoader::Private::runBuilt(const Remote::CatalogResult &built)
{
    if (!built.ok()) {
        finish(built.error);
        return;
    }
    Remote::RemoteCommand command = built.command;
    // The -j listing is parsed as it streams: the result need not carry a second copy
    // (26 MB for 100,000 messages). -p is parsed whole from the result, so it keeps stdout.
    command.keepStdout = stage != Stage::Json;
    commandId = session->run(command);
}

void QueueLoader::Private::onOutput(quint64 id, const QByteArray &chunk)
{
    if (id != commandId || stage != Stage::Json)
        return;
    deliver(parser->feed(chunk));
    snapshot.bytes = parser->bytesSeen();
    Q_EMIT q->progress(snapshot.bytes, messageCount);
}

void QueueLoader::Private::deliver(Postfix::Parsed<Postfix::QueuedMessage> &&parsed)
{
    snapshot.issues.append(parsed.issues);
    if (parsed.values.isEmpty())
        return;
    messageCount += parsed.values.size();
    if (keepMessages)
        snapshot.messages.append(parsed.values);
    Q_EMIT q->batchReady(parsed.values);
}

void QueueLoader::Private::onFinished(quint64 id, const Remote::CommandResult &result)
{
    if (id != commandId || id == 0)
        return;
    commandId = 0;
    snapshot.elapsedMs = clock.elapsed();
    if (result.stdErr.contains("ail system is down"))
        snapshot.mailSystemDown = true;

    if (stage == Stage::Json && !result.ok() && !fellBack && result.error.isEmpty()
        && !result.canceled && !result.timedOut && isUsageError(result)) {
        qCInfo(lcQueueLoader) << "postqueue -j refused, falling back to -p";
        fellBack = true;
        snapshot.issues.clear();
        runText();
        return;
    }
    if (handleFailure(result))
        return;

    if (stage == Stage::Json) {
        // Chunks normally arrive through output(); a transport that did not stream still
        // returns the whole listing here.
        if (parser->bytesSeen() == 0 && !result.stdOut.isEmpty())
            deliver(parser->feed(result.stdOut));
        deliver(parser->finish());
        snapshot.bytes = parser->bytesSeen();
    } else {
        // The -p arrival stamps are server-local without a year: read them in the zone the
        // probe found on the server (its IANA name, else its UTC offset at probe time).
        const QTimeZone zone = session ? session->capabilities().serverTimeZone()
                                       : QTimeZone::systemTimeZone();
        Postfix::TextQueueListing listing = Postfix::parseQueueText(
            result.stdOut, snapshot.takenAt.toTimeZone(zone), zone);
        snapshot.bytes = result.stdOut.size();
        snapshot.mailSystemDown = snapshot.mailSystemDown || listing.mailSystemDown;
        deliver(std::move(listing.parsed));
    }
    Q_EMIT q->progress(snapshot.bytes, messageCount);
    finish();
}

// True when the result ended the load with an error or a cancel.
bool QueueLoader::Private::handleFailure(const Remote::CommandResult &result)
{
    if (result.canceled) {
        snapshot.canceled = true;
        finish();
        return true;
    }
    if (result.timedOut) {
        finish(QueueLoader::tr("Listing the queue timed out after %1 s.").arg(result.elapsedMs / 1000));
        return true;
    }
    if (!result.error.isEmpty()) {
        finish(result.error);
        return true;
    }
    if (result.exitCode == 0)
        return false;
    if (mentions(result.stdErr, "mail system is down") || mentions(result.stdOut, "mail system is down")) {
        snapshot.mailSystemDown = true;
        finish(QueueLoader::tr("Queue report unavailable: the mail system is down on this server."));
    } else if (mentions(result.stdErr, "not allowed to view the mail queue")) {
        finish(QueueLoader::tr("This account is not allowed to view the mail queue "
                  "(Postfix authorized_mailq_users)."));
    } else {
        const QString detail = firstLine(result.stdErr);
        finish(detail.isEmpty() ? QueueLoader::tr("postqueue failed with exit code %1.").arg(result.exitCode)
                                : QueueLoader::tr("postqueue failed: %1").arg(detail));
    }
    return true;
}

void QueueLoader::Private::onSessionFailed(const QString &message)
{
    finish(message.isEmpty() ? QueueLoader::tr("The connection to the server failed.") : message);
}

void QueueLoader::Private::finish(const QString &error)
{
    stage = Stage::Idle;
    commandId = 0;
    snapshot.error = error;
    if (snapshot.elapsedMs == 0)
        snapshot.elapsedMs = clock.isValid() ? clock.elapsed() : 0;
    QueueSnapshot done = std::move(snapshot);
    snapshot = QueueSnapshot();
    Q_EMIT q->finished(done);
}

} // namespace Services
