#include "queueactionresulttext.h"

#include "models/displayformat.h"

#include <QCoreApplication>

namespace Ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QueueActionResultText)
};
} // namespace

ActionBanner::Tone QueueActionResultText::tone(const Actions::QueueActionResult &result)
{
    using Outcome = Actions::QueueActionResult::Outcome;
    switch (result.outcome) {
    case Outcome::Ok:
        return result.dropped.isEmpty() ? ActionBanner::Tone::Ok : ActionBanner::Tone::Warning;
    case Outcome::Mismatch:
    case Outcome::Nothing:
    case Outcome::Canceled:
        return ActionBanner::Tone::Warning;
    case Outcome::Failed:
        break;
    }
    return ActionBanner::Tone::Error;
}

QString QueueActionResultText::details(const Actions::QueueActionResult &result)
{
    QStringList lines;
    if (!result.error.isEmpty())
        lines << Tr::tr("Error: %1").arg(result.error);
    if (!result.dropped.isEmpty()) {
        lines << Tr::tr("Not acted on (%1):").arg(result.dropped.size());
        for (const Actions::DroppedMessage &m : result.dropped) {
            QString line = QStringLiteral("  %1  %2").arg(m.message.queueId, Actions::droppedReasonText(m.reason));
            if (!m.detail.isEmpty())
                line += QStringLiteral(" — ") + m.detail;
            lines << line;
        }
    }
    if (result.expected > 0 || result.reported >= 0)
        lines << Tr::tr("Expected %1, the server reported %2.")
                     .arg(result.expected)
                     .arg(result.reported < 0 ? Tr::tr("no count") : QString::number(result.reported));
    for (const QString &w : result.warnings)
        lines << Tr::tr("Warning: %1").arg(w);
    if (!result.command.isEmpty())
        lines << Tr::tr("Command: %1").arg(result.command);
    if (!result.serverOutput.trimmed().isEmpty())
        lines << Tr::tr("Server output:") << result.serverOutput.trimmed();
    if (result.elapsedMs > 0)
        lines << Tr::tr("Took %1.").arg(DisplayFormat::duration(result.elapsedMs));
    return lines.join(u'\n');
}

} // namespace Ui
