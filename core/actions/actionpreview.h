#pragma once

#include "queueaction.h"

#include "remote/servercapabilities.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Actions {

// What the user sees before anything runs: built from the messages as last listed (pure function,
// no server contact). The runner re-validates against a fresh listing before executing.
struct ActionPreview
{
    enum class Confirmation {
        Simple, // OK / Cancel (non-destructive, a handful of messages)
        Typed,  // type the count (more than a handful, or any delete of several messages)
        Server, // type the server name: delete/expire of a whole queue or ≥ hardLimit messages
    };

    QueueActionKind kind = QueueActionKind::Hold;
    QList<Postfix::QueuedMessage> messages;   // those the action applies to (excluded removed)
    QList<DroppedMessage> excluded;           // NotApplicable ones (wrong queue for this action)
    int count = 0;                            // messages.size()
    QList<QPair<QString, int>> recipientDomains; // most affected first, at most 10
    QList<QPair<QString, int>> senders;          // most affected first, at most 10
    int otherDomains = 0;                     // domains beyond the 10 listed
    int otherSenders = 0;
    QList<Postfix::QueuedMessage> sample;     // at most 10, oldest first
    QString command;                          // "postsuper -d - deferred   (12 queue IDs on stdin)"
    Confirmation confirmation = Confirmation::Simple;
    QString confirmationToken;                // what must be typed: the count or the server name
    QStringList warnings;                     // flush of unfixed mail, Postfix too old, requeue gets new IDs …
    QList<QueueActionKind> alternatives;      // for Delete: Hold, Expire (reversible / sender-notifying)
    QString unavailable;                      // non-empty: the action cannot run here (why), e.g.
                                              // force-expire on Postfix < 3.5, deliver on < 2.4

    bool canRun() const { return unavailable.isEmpty() && (count > 0 || !actsOnMessages(kind)); }
};

struct PreviewContext
{
    QString serverName;            // the confirmation token for Confirmation::Server
    Remote::ServerCapabilities capabilities; // Postfix version (force-expire ≥ 3.5), binaries
    int totalInQueue = 0;          // of the listing the messages come from (detect "whole queue")
    // True when a fix (config change, service restart) was applied since the mail was deferred:
    // flushing / delivering is then what the user should do, so no "retrying will not help" warning.
    bool fixAppliedSince = false;
    QString site;                  // FlushSite: the destination
};

// Builds the preview. Handful = 5: above it (or Delete/Expire of 2+) the count must be typed;
// Delete or Expire of ≥ 1000 messages or of every message of a queue needs the server name.
// For FlushAll/FlushSite/Deliver it adds the TUNING_README warning when the selection's (or the
// queue's) dominant reason class is one retrying cannot fix and !fixAppliedSince; for FlushSite
// the fast-flush caveat (only $fast_flush_domains, default $relay_domains).
ActionPreview buildPreview(QueueActionKind kind, const QList<Postfix::QueuedMessage> &messages,
                           const PreviewContext &context);

inline constexpr int handfulOfMessages = 5;
inline constexpr int serverNameConfirmationLimit = 1000;

// Re-validation just before executing. Postfix reuses short queue IDs, so a previewed ID is kept
// only when the current listing has the same ID with the same sender and arrival time, in a queue
// the action applies to. Everything else is dropped with its reason. Pure function.
struct Revalidation
{
    QList<Postfix::QueuedMessage> confirmed; // as currently listed (queue may have moved, e.g. deferred → active)
    QList<DroppedMessage> dropped;
};
Revalidation revalidate(QueueActionKind kind, const QList<Postfix::QueuedMessage> &previewed,
                        const QList<Postfix::QueuedMessage> &current);

} // namespace Actions
