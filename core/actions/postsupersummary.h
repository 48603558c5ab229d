#pragma once

#include "queueaction.h"

#include <QByteArrayView>
#include <QStringList>

namespace Actions {

// What postsuper wrote on stderr. postsuper exits 0 even when nothing matched, so success is
// judged by these counts: "postsuper: Deleted: 3 messages", "Requeued:", "Placed on hold:",
// "Released from hold:", "Force-expired:" (singular "message" for 1). postsuper prints no summary
// line for a count of 0, so an absent line reads as 0 for the action that ran.
// Pure function of its input; non-UTF-8 bytes are replaced, garbage lines are kept as `other`.
struct PostsuperSummary
{
    int deleted = 0;
    int requeued = 0;
    int held = 0;
    int released = 0;
    int expired = 0;
    QStringList warnings; // "postsuper: warning: invalid mail queue id: …" (prefix removed)
    QStringList fatals;   // "postsuper: fatal: …" (e.g. "use of this command is reserved for the superuser")
    QStringList other;    // any other non-empty line

    // The count that matters for `kind` (Expire on held mail with -f reports Force-expired and
    // Released; the expired count is the one compared). -1 for kinds postsuper does not run.
    int countFor(QueueActionKind kind) const;

    static PostsuperSummary parse(QByteArrayView stdErr);
};

} // namespace Actions
