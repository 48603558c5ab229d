#pragma once

#include "actions/actionpreview.h"
#include "actions/queueaction.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

// How postdesk-cli prints a queue action's preview and result: plain text for people, or one JSON
// object per line (--json). Pure formatting of the core's values; nothing here decides anything.
class ActionPrinter
{
public:
    // The preview: what, on which server, count, domains, senders, sample, exact command,
    // warnings, alternatives, excluded messages and IDs not in the queue, the confirmation needed.
    static QByteArray previewText(const Actions::ActionPreview &preview, const QString &server,
                                  const QStringList &unknownIds, qint64 now);
    static QJsonObject previewJson(const Actions::ActionPreview &preview, const QString &server,
                                   const QStringList &unknownIds);
    static QByteArray resultText(const Actions::QueueActionResult &result);
    static QJsonObject resultJson(const Actions::QueueActionResult &result);
    // Compact JSON line, newline-terminated.
    static QByteArray jsonLine(const QJsonObject &object);

    static QString confirmationKey(Actions::ActionPreview::Confirmation confirmation);
    static QString outcomeKey(Actions::QueueActionResult::Outcome outcome);
    static QString droppedKey(Actions::DroppedMessage::Reason reason);
};
