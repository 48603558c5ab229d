#pragma once

#include "postfix/queuedmessage.h"

#include <QByteArray>

// How postdesk-cli prints queued messages: JSON Lines in the postqueue -j field names (so scripts
// written for postqueue -j keep working) plus "class" (the reason class key) on every recipient
// that has a delay or bounce reason, or a human table ("-> address [class] (reason)"). Appends
// to the caller's buffer.
class QueueFormatter
{
public:
    static void appendJsonLine(QByteArray &out, const Postfix::QueuedMessage &message);
    static void appendTableHeader(QByteArray &out);
    static void appendTableRow(QByteArray &out, const Postfix::QueuedMessage &message);
    static void appendJsonString(QByteArray &out, const QString &text); // quoted and escaped
};
