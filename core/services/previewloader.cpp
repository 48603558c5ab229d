#include "previewloader.h"

#include "postfix/queueparsers.h"
#include "remote/commandcatalog.h"
#include "remote/serversession.h"

#include <QPointer>

namespace Services {

namespace {

// Output caps: headers and envelope of a sane message fit easily in 2 MB; bodies are cut at 20 MB
// (the preview is for reading, not for exporting attachments).
constexpr qint64 headerCap = 2LL * 1024 * 1024;
constexpr qint64 bodyCap = 20LL * 1024 * 1024;

// The session says so when it refused for lack of privilege or when sudo refused.
bool isPermissionError(const Remote::CommandResult &result)
{
    return result.failure == Remote::CommandResult::Failure::PermissionDenied;
}

// postcat's own fatal lines ("open queue file ID: No such file or directory" / "…: Permission
// denied") arrive on stderr; the parser classifies them.
bool isGone(const QByteArray &stdErr)
{
    return Postfix::parsePostcat(stdErr).gone
        || (stdErr.contains("open queue file") && stdErr.contains("No such file or directory"));
}

bool isPostcatPermissionError(const QByteArray &stdErr)
{
    return Postfix::parsePostcat(stdErr).permissionDenied;
}

QString firstLine(const QByteArray &text)
{
    return QString::fromUtf8(text).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

class PreviewLoader::Private
{
public:
    PreviewLoader *q;
    QPointer<Remote::ServerSession> session;
    quint64 commandId = 0;
    PreviewResult pending;
    QByteArray buffer;
    qint64 cap = headerCap;
    bool truncated = false;

    void onOutput(quint64 id, const QByteArray &chunk);
    void onFinished(quint64 id, const Remote::CommandResult &result);
    void complete(const QByteArray &output, const Remote::CommandResult &result);
    void emitResult();
};

PreviewLoader::PreviewLoader(Remote::ServerSession *session, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->session = session;
    connect(session, &Remote::ServerSession::output, this,
            [this](quint64 id, const QByteArray &chunk) { d->onOutput(id, chunk); });
    connect(session, &Remote::ServerSession::finished, this,
            [this](quint64 id, const Remote::CommandResult &result) { d->onFinished(id, result); });
}

PreviewLoader::~PreviewLoader()
{
    cancel();
}

void PreviewLoader::load(const QString &queueId, PreviewParts parts)
{
    cancel();
    d->pending = PreviewResult();
    d->pending.queueId = queueId;
    d->buffer.clear();
    d->truncated = false;
    d->cap = parts.testFlag(PreviewPart::Body) ? bodyCap : headerCap;

    if (!d->session) {
        d->pending.error = PreviewLoader::tr("Not connected to a server.");
        d->emitResult();
        return;
    }
    if (!Postfix::isValidQueueId(queueId)) {
        d->pending.error = PreviewLoader::tr("\"%1\" is not a valid Postfix queue ID.").arg(queueId.left(64));
        d->emitResult();
        return;
    }
    Remote::CommandCatalog::PostcatParts wanted;
    if (parts.testFlag(PreviewPart::Envelope))
        wanted |= Remote::CommandCatalog::Envelope;
    if (parts.testFlag(PreviewPart::Headers))
        wanted |= Remote::CommandCatalog::Header;
    if (parts.testFlag(PreviewPart::Body))
        wanted |= Remote::CommandCatalog::Body;
    Remote::CatalogResult built =
        Remote::CommandCatalog(d->session->capabilities()).showMessage(queueId, wanted);
    if (!built.ok()) {
        d->pending.error = built.error;
        d->emitResult();
        return;
    }
    Remote::RemoteCommand *command = &built.command;
    // Streamed so the cap is enforced here, whatever the transport does with maxOutputBytes.
    command->streamOutput = true;
    command->keepStdout = false; // buffer holds the output (up to the cap) once
    command->maxOutputBytes = d->cap + 1024 * 1024;
    d->pending.command = QString::fromUtf8(command->shellLine);
    d->commandId = d->session->run(*command);
}

void PreviewLoader::cancel()
{
    const quint64 id = std::exchange(d->commandId, 0);
    if (id && d->session)
        d->session->cancel(id);
}

void PreviewLoader::Private::onOutput(quint64 id, const QByteArray &chunk)
{
    if (id != commandId || id == 0)
        return;
    buffer.append(chunk);
    if (buffer.size() <= cap)
        return;
    // Enough to show: stop the command and present what fits.
    buffer.truncate(cap);
    truncated = true;
    commandId = 0;
    session->cancel(id);
    Remote::CommandResult result;
    result.exitCode = 0;
    complete(buffer, result);
}

void PreviewLoader::Private::onFinished(quint64 id, const Remote::CommandResult &result)
{
    if (id != commandId || id == 0)
        return;
    commandId = 0;
    QByteArray output = buffer.isEmpty() ? result.stdOut : buffer;
    if (output.size() > cap) {
        output.truncate(cap);
        truncated = true;
    }
    complete(output, result);
}

void PreviewLoader::Private::complete(const QByteArray &output, const Remote::CommandResult &result)
{
    if (result.canceled)
        return; // only a superseding load() or cancel() cancels: nobody waits for this one
    if (result.timedOut) {
        pending.error = PreviewLoader::tr("Reading the message timed out.");
    } else if (!result.error.isEmpty()) {
        pending.permissionDenied = isPermissionError(result);
        pending.error = result.error;
    } else if (isGone(result.stdErr) || (result.exitCode != 0 && isGone(output))) {
        pending.gone = true;
    } else if (result.exitCode != 0) {
        pending.permissionDenied = isPermissionError(result) || isPostcatPermissionError(result.stdErr);
        if (pending.permissionDenied) {
            pending.error = PreviewLoader::tr("This account cannot read message contents on this server "
                               "(postcat needs root or the mail owner): %1")
                                .arg(firstLine(result.stdErr));
        } else {
            const QString detail = firstLine(result.stdErr);
            pending.error = detail.isEmpty()
                ? PreviewLoader::tr("postcat failed with exit code %1.").arg(result.exitCode)
                : PreviewLoader::tr("postcat failed: %1").arg(detail);
        }
    } else {
        Postfix::PostcatParse parsed = Postfix::parsePostcat(output);
        if (parsed.gone) {
            pending.gone = true;
        } else {
            pending.message = std::move(parsed.message);
            pending.message.bodyTruncated = truncated;
        }
    }
    emitResult();
}

void PreviewLoader::Private::emitResult()
{
    PreviewResult result = std::move(pending);
    pending = PreviewResult();
    buffer.clear();
    Q_EMIT q->finished(result);
}

} // namespace Services
