#pragma once

#include "queueaction.h"

#include "remote/remotecommand.h"

namespace Actions {

// How QueueActionRunner reads what a queue action's command returned: pure functions over a
// CommandResult that fill in a QueueActionResult (outcome, reported, warnings, error, output).
// Kept apart from the runner's state machine so every server answer can be tested on its own.
class QueueActionOutcome
{
public:
    // postsuper: counts from the stderr summary compared with result->expected. Exit status 0
    // with a different (or absent) count → Mismatch; a fatal error or a failed command → Failed.
    static void applyPostsuper(QueueActionResult *result, const Remote::CommandResult &command);
    // One postqueue -i batch (the deliver script): IDs it echoes as failed are not counted.
    // Adds to result->reported (which must start at 0); returns false when the batch failed as a
    // whole (result->outcome/error then say why and no further batch should run).
    static bool applyDeliverBatch(QueueActionResult *result, const Remote::CommandResult &command,
                                  const QStringList &batchIds);
    static void finishDeliver(QueueActionResult *result); // Ok or Mismatch from the counts
    // postqueue -f / -s SITE: exit status decides; the fast-flush refusal is explained.
    static void applyFlush(QueueActionResult *result, const Remote::CommandResult &command);

    // Plain words for a command that did not run to its end (permission, timeout, transport).
    // Empty when the command ran (whatever its exit status).
    static QString transportFailure(QueueActionKind kind, const Remote::CommandResult &command);
    // stderr then stdout, UTF-8 with replacement characters, at most outputCap characters.
    static QString outputText(const Remote::CommandResult &command);

    static constexpr int outputCap = 64 * 1024;
};

} // namespace Actions
