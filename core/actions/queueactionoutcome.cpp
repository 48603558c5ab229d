#include "queueactionoutcome.h"

#include "postsupersummary.h"

#include <QCoreApplication>

namespace Actions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

QString firstLine(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes).trimmed();
    return text.section(QLatin1Char('\n'), 0, 0).trimmed().left(300);
}

void appendOutput(QueueActionResult *result, const Remote::CommandResult &command)
{
    QString text = QueueActionOutcome::outputText(command);
    if (text.isEmpty())
        return;
    if (!result->serverOutput.isEmpty())
        result->serverOutput += QLatin1Char('\n');
    result->serverOutput += text;
    if (result->serverOutput.size() > QueueActionOutcome::outputCap)
        result->serverOutput = result->serverOutput.left(QueueActionOutcome::outputCap)
                + Tr::tr("\n… (output shortened)");
}

bool mentions(const QByteArray &text, QByteArrayView needle)
{
    return text.toLower().contains(needle);
}

// A command that did not run to its end (canceled, timed out, refused, connection lost):
// outcome and error set, true returned.
bool didNotRun(QueueActionResult *result, const Remote::CommandResult &command)
{
    const QString failed = QueueActionOutcome::transportFailure(result->kind, command);
    if (failed.isEmpty())
        return false;
    result->outcome = command.canceled || command.failure == Remote::CommandResult::Failure::Canceled
            ? QueueActionResult::Outcome::Canceled
            : QueueActionResult::Outcome::Failed;
    result->error = failed;
    return true;
}

} // namespace

QString QueueActionOutcome::outputText(const Remote::CommandResult &command)
{
    QByteArray bytes = command.stdErr;
    if (!command.stdOut.isEmpty()) {
        if (!bytes.isEmpty() && !bytes.endsWith('\n'))
            bytes += '\n';
        bytes += command.stdOut;
    }
    bytes = bytes.left(outputCap * 4);
    QString text = QString::fromUtf8(bytes).trimmed(); // invalid UTF-8 → U+FFFD
    if (text.size() > outputCap)
        text = text.left(outputCap);
    return text;
}

QString QueueActionOutcome::transportFailure(QueueActionKind kind, const Remote::CommandResult &command)
{
    using Failure = Remote::CommandResult::Failure;
    const QString tool = usesPostsuper(kind) ? QStringLiteral("postsuper") : QStringLiteral("postqueue");
    Failure failure = command.failure;
    if (failure == Failure::None) {
        if (command.canceled)
            failure = Failure::Canceled;
        else if (command.timedOut)
            failure = Failure::Timeout;
        else if (!command.error.isEmpty())
            failure = Failure::Transport;
    }
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Canceled:
        return Tr::tr("Canceled.");
    case Failure::Timeout:
        return Tr::tr("%1 did not finish in time (%2). It may have acted on some of the messages: "
                      "reload the queue to see their state.")
                .arg(tool, command.error.isEmpty() ? Tr::tr("timed out") : command.error);
    case Failure::PermissionDenied:
        if (usesPostsuper(kind))
            return Tr::tr("This account may not run postsuper, which needs root (directly or "
                          "through sudo). Nothing was changed. %1")
                    .arg(command.error)
                    .trimmed();
        return Tr::tr("This account may not run postqueue here. Nothing was changed. %1")
                .arg(command.error)
                .trimmed();
    case Failure::Refused:
        return command.error.isEmpty() ? Tr::tr("The command was not sent.") : command.error;
    case Failure::Transport:
        return command.error.isEmpty()
                ? Tr::tr("The connection to the server failed while %1 was running; reload the queue "
                         "to see what changed.").arg(tool)
                : Tr::tr("%1 (while %2 was running; reload the queue to see what changed)")
                          .arg(command.error, tool);
    }
    return command.error;
}

void QueueActionOutcome::applyPostsuper(QueueActionResult *result, const Remote::CommandResult &command)
{
    appendOutput(result, command);
    if (didNotRun(result, command))
        return;
    const PostsuperSummary summary = PostsuperSummary::parse(command.stdErr);
    for (const QString &w : summary.warnings)
        result->warnings << Tr::tr("postsuper: %1").arg(w);
    result->reported = summary.countFor(result->kind);
    if (command.exitCode != 0 || !summary.fatals.isEmpty()) {
        result->outcome = QueueActionResult::Outcome::Failed;
        const QString fatal = summary.fatals.isEmpty() ? firstLine(command.stdErr) : summary.fatals.first();
        if (fatal.contains(QLatin1StringView("reserved for the superuser"), Qt::CaseInsensitive))
            result->error = Tr::tr("This account may not run postsuper: it needs root (directly or "
                                   "through sudo). Nothing was changed.");
        else if (fatal.isEmpty())
            result->error = Tr::tr("postsuper exited with status %1.").arg(command.exitCode);
        else
            result->error = Tr::tr("postsuper stopped with an error: %1").arg(fatal);
        return;
    }
    result->outcome = result->reported == result->expected ? QueueActionResult::Outcome::Ok
                                                           : QueueActionResult::Outcome::Mismatch;
}

bool QueueActionOutcome::applyDeliverBatch(QueueActionResult *result, const Remote::CommandResult &command,
                                           const QStringList &batchIds)
{
    appendOutput(result, command);
    if (didNotRun(result, command))
        return false;
    if (command.exitCode != 0) {
        result->outcome = QueueActionResult::Outcome::Failed;
        const QString line = firstLine(command.stdErr);
        result->error = line.isEmpty() ? Tr::tr("postqueue -i exited with status %1.").arg(command.exitCode)
                                       : Tr::tr("postqueue -i failed: %1").arg(line);
        return false;
    }
    int refused = 0;
    const QList<QByteArray> lines = command.stdOut.split('\n');
    for (const QByteArray &line : lines) {
        static constexpr QByteArrayView marker = "postdesk-deliver-failed ";
        if (!line.startsWith(marker))
            continue;
        const QString id = QString::fromLatin1(line.mid(marker.size()).trimmed());
        if (batchIds.contains(id)) { // only IDs we sent count; anything else is noise
            ++refused;
            result->warnings << Tr::tr("postqueue -i refused %1.").arg(id);
        }
    }
    if (mentions(command.stdErr, "mail system is down")) {
        result->outcome = QueueActionResult::Outcome::Failed;
        result->error = Tr::tr("Postfix is not running on the server, so nothing can be delivered now.");
        return false;
    }
    result->reported = qMax(0, result->reported) + int(batchIds.size()) - refused;
    return true;
}

void QueueActionOutcome::finishDeliver(QueueActionResult *result)
{
    if (!result->error.isEmpty()) // a batch failed or was canceled: that outcome stands
        return;
    result->outcome = result->reported == result->expected ? QueueActionResult::Outcome::Ok
                                                           : QueueActionResult::Outcome::Mismatch;
}

void QueueActionOutcome::applyFlush(QueueActionResult *result, const Remote::CommandResult &command)
{
    appendOutput(result, command);
    result->reported = -1;
    if (didNotRun(result, command))
        return;
    if (command.exitCode == 0) {
        result->outcome = QueueActionResult::Outcome::Ok;
        return;
    }
    result->outcome = QueueActionResult::Outcome::Failed;
    const QString line = firstLine(command.stdErr);
    if (mentions(command.stdErr, "flush service is not configured"))
        result->error = Tr::tr("Postfix does not keep a fast-flush log for %1, so postqueue -s cannot "
                               "flush it (only destinations in fast_flush_domains, by default the relay "
                               "domains, can be flushed this way). Use \"Deliver now\" on that "
                               "destination's messages instead. Postfix said: %2")
                                .arg(result->site, line);
    else if (mentions(command.stdErr, "mail system is down"))
        result->error = Tr::tr("Postfix is not running on the server, so nothing can be flushed.");
    else
        result->error = line.isEmpty() ? Tr::tr("postqueue exited with status %1.").arg(command.exitCode)
                                       : Tr::tr("postqueue failed: %1").arg(line);
}

} // namespace Actions
