#pragma once

#include "parseresult.h"
#include "queuedmessage.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <optional>

namespace Postfix {

// How long Postfix keeps trying, from postconf (defaults 5d each).
struct QueueLifetimes
{
    qint64 maximalSeconds = 5 * 86400; // maximal_queue_lifetime
    qint64 bounceSeconds = 5 * 86400;  // bounce_queue_lifetime (MAILER-DAEMON mail)
    bool fromServer = false;           // false: the defaults above, postconf not read (yet)
};

// postconf time values: "5d", "3600s", "1w", "12h", "30m", bare numbers in `defaultUnit`
// ('s', 'm', 'h', 'd', 'w'; postconf(5): the lifetimes' default unit is d). Like Postfix: an
// integer plus at most one lowercase unit letter — no sign, fraction or "1h30m". "0" is valid
// (for the lifetimes it means "try once"). nullopt for garbage or overflow.
std::optional<qint64> parsePostconfDuration(QStringView text, QChar defaultUnit = u'd');

// "name = value" lines of postconf NAME… → values (unknown/garbage lines become issues).
QHash<QString, QString> parsePostconfValues(QByteArrayView output, QList<ParseIssue> *issues = nullptr);
// Lifetimes from those values (missing/garbage values keep the defaults; fromServer when both read).
// bounceSeconds is capped at maximalSeconds, as qmgr does at start-up.
QueueLifetimes queueLifetimesFrom(const QHash<QString, QString> &postconfValues);

// When the message stops being retried and bounces: arrival + maximal_queue_lifetime, or
// bounce_queue_lifetime for MAILER-DAEMON mail (sender "" or "MAILER-DAEMON"). nullopt for mail on
// hold (the clock is frozen until it is released) and for an unknown arrival (0). Postfix returns
// the mail at the first failed attempt at or after this time; a lifetime of 0 gives the arrival
// time itself (tried once). Mail marked with postsuper -e/-f (forcedExpire) also gives its arrival
// time: it is returned at its next delivery attempt.
std::optional<qint64> expiresAt(const QueuedMessage &message, const QueueLifetimes &lifetimes);

// Output of `find DIR/deferred -type f -printf '%f %T@\n'`: "ID EPOCH[.fraction]" lines →
// queue ID → next eligible attempt (the queue file's mtime, epoch seconds, fraction dropped).
// Names that are not valid queue IDs (Postfix::isValidQueueId), malformed times and other lines
// become issues and are skipped; a repeated ID keeps the later time (and is an issue).
QHash<QString, qint64> parseQueueFileTimes(QByteArrayView output, QList<ParseIssue> *issues = nullptr);

} // namespace Postfix
