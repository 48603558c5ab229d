#pragma once

#include "postfix/logevent.h"
#include "postfix/maillogparser.h"
#include "postfix/parseresult.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Services {

// The pure part of a per-message trail: takes candidate lines (from a server-side grep, the
// journal, or a local file) and keeps those that belong to the followed messages — the line's
// own queue ID, or an orig_id= / "queued as" / bounce-notification ID that points at one of them —
// and learns the IDs they link to. TrailLoader (remote) and the CLI's --file mode both use it.
// Not thread-safe; one per trail.
class TrailCollector
{
public:
    TrailCollector(const QDateTime &reference, const QTimeZone &zone, int maxIds);

    // Starts following id (when valid, new and below the ID bound). True when it was added.
    bool follow(const QString &id);
    // IDs added since the last call (the next round greps these), and the oldest source (rank)
    // their lines can be in: a requeue, re-injection or bounce ID only appears in the source of
    // the line that named it and newer ones; a parent that names one of ours ("queued as
    // OURID") may be anywhere older. Rounds after the first grep only sources >= that rank.
    QStringList takeNewIds(int *oldestRank = nullptr);
    bool hasNewIds() const { return !m_new.isEmpty(); }
    const QStringList &followedIds() const { return m_followed; }

    // fileRank: 0 = oldest source; lineNo: line in that source (0 when unknown, then the text is
    // the duplicate key). A line seen before (another round) is ignored.
    void addLine(int fileRank, qint64 lineNo, QByteArrayView line, const QString &source);

    // Events sorted by time, then source (oldest first), then line; at most maxEvents (newest).
    QList<Postfix::LogEvent> events(int maxEvents, bool *truncated) const;
    const QList<Postfix::ParseIssue> &issues() const { return m_issues; }

    // relay= of a hand-over to a content filter on this host: a loopback address (or localhost)
    // on a port other than 25 ("127.0.0.1[127.0.0.1]:10024", "localhost[::1]:10025"). Its
    // "queued as NEWID" is our own re-injection; after a real remote MX it is the peer's ID.
    static bool isLocalFilterRelay(QByteArrayView relay);

private:
    struct Line
    {
        Postfix::LogEvent event;
        int fileRank = 0;
        qint64 line = 0;
    };

    Postfix::MailLogParser m_parser;
    int m_maxIds;
    QStringList m_followed;
    QSet<QString> m_followedSet;
    QStringList m_new;
    int m_newOldestRank = 0;
    QHash<QString, Line> m_lines;
    QList<Postfix::ParseIssue> m_issues;
};

} // namespace Services
