#include "trailcollector.h"

#include "postfix/queueparsers.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Services {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

} // namespace

TrailCollector::TrailCollector(const QDateTime &reference, const QTimeZone &zone, int maxIds)
    : m_parser(reference, zone)
    , m_maxIds(maxIds)
    , m_newOldestRank(0)
{
}

bool TrailCollector::follow(const QString &id)
{
    if (id.isEmpty() || id == u"NOQUEUE" || m_followedSet.contains(id) || m_followed.size() >= m_maxIds
        || !Postfix::isValidQueueId(id))
        return false;
    m_followedSet.insert(id);
    m_followed << id;
    m_new << id;
    return true;
}

QStringList TrailCollector::takeNewIds(int *oldestRank)
{
    if (oldestRank)
        *oldestRank = m_new.isEmpty() ? 0 : m_newOldestRank;
    m_newOldestRank = std::numeric_limits<int>::max();
    return std::exchange(m_new, {});
}

void TrailCollector::addLine(int fileRank, qint64 lineNo, QByteArrayView line, const QString &source)
{
    const QString key = lineNo > 0 ? QString::number(fileRank) + u':' + QString::number(lineNo)
                                   : QString::fromUtf8(line);
    if (m_lines.contains(key))
        return;
    Line kept;
    bool damaged = false;
    if (!m_parser.parseEvent(line, &kept.event, &damaged))
        return;
    Postfix::LogEvent &e = kept.event;
    const bool ours = m_followedSet.contains(e.queueId)
            || (!e.origId.isEmpty() && m_followedSet.contains(e.origId))
            || (!e.nextQueueId.isEmpty() && m_followedSet.contains(e.nextQueueId));
    if (!ours)
        return; // the ID text appeared in another message's line by chance
    if (damaged)
        m_issues << Postfix::ParseIssue{lineNo, Tr::tr("damaged log line in %1").arg(source)};
    e.lineNumber = lineNo;
    kept.fileRank = fileRank;
    kept.line = lineNo;
    // A new ID on the line's own queue ID field that points at ours with "queued as" is a parent
    // (older); everything else was created at or after this line.
    const bool parent = !m_followedSet.contains(e.queueId) && !e.nextQueueId.isEmpty()
            && m_followedSet.contains(e.nextQueueId);
    const auto note = [this](bool added, int rank) {
        if (added)
            m_newOldestRank = std::min(m_newOldestRank, rank);
    };
    note(follow(e.queueId), parent ? 0 : fileRank);
    note(follow(e.origId), fileRank);
    // A bounce notification, a content filter's re-injection, or local(8) forwarding the
    // message as a new queue file; after a remote relay "queued as" is the remote server's ID.
    if (e.relay.isEmpty() || e.relay == u"local" || isLocalFilterRelay(e.relay.toUtf8()))
        note(follow(e.nextQueueId), fileRank);
    m_lines.insert(key, kept);
}

bool TrailCollector::isLocalFilterRelay(QByteArrayView relay)
{
    const qsizetype open = relay.indexOf('[');
    const QByteArrayView address = open >= 0 ? relay.sliced(open + 1) : relay;
    const bool loopback = address.startsWith("127.") || address.startsWith("::1]")
            || relay.startsWith("localhost");
    return loopback && !relay.endsWith("]:25");
}

QList<Postfix::LogEvent> TrailCollector::events(int maxEvents, bool *truncated) const
{
    QList<Line> all = m_lines.values();
    std::sort(all.begin(), all.end(), [](const Line &a, const Line &b) {
        if (a.event.timeMs != b.event.timeMs)
            return a.event.timeMs < b.event.timeMs;
        if (a.fileRank != b.fileRank)
            return a.fileRank < b.fileRank;
        return a.line < b.line;
    });
    *truncated = all.size() > maxEvents;
    if (*truncated)
        all = all.mid(all.size() - maxEvents);
    QList<Postfix::LogEvent> events;
    events.reserve(all.size());
    for (Line &line : all)
        events.append(std::move(line.event));
    return events;
}

} // namespace Services
