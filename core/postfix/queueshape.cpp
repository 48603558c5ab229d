#include "queueshape.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace Postfix {

namespace {

const QString &mailerDaemon()
{
    static const QString name = QStringLiteral("MAILER-DAEMON");
    return name;
}

// Positive, strictly ascending edges; anything else is dropped so cells always line up.
QList<int> sanitizedEdges(const QList<int> &minutes)
{
    QList<int> edges;
    for (int m : minutes) {
        if (m > 0 && (edges.isEmpty() || m > edges.last()))
            edges.append(m);
    }
    return edges;
}

struct Accumulator
{
    QList<qint64> edgesSeconds;
    qsizetype cells = 0;
    QHash<QString, qsizetype> index; // row name → position in rows
    QList<QueueShapeRow> rows;
    QList<qint64> subdomains;        // parallel to rows: distinct children counted (parent rows)

    qsizetype cellFor(qint64 ageSeconds) const
    {
        // First edge greater than the age: ages in [edge[i-1], edge[i]) land in cell i.
        return std::upper_bound(edgesSeconds.cbegin(), edgesSeconds.cend(), ageSeconds)
            - edgesSeconds.cbegin();
    }

    // The row of `name`, created empty on first use (*created says so).
    qsizetype rowOf(const QString &name, bool *created)
    {
        const auto it = index.constFind(name);
        *created = it == index.cend();
        if (!*created)
            return it.value();
        const qsizetype row = rows.size();
        index.insert(name, row);
        QueueShapeRow r;
        r.domain = name;
        r.buckets.fill(0, cells);
        rows.append(std::move(r));
        subdomains.append(0);
        return row;
    }

    // The rows one address counts in: its own and, for qshape -p, its parents (".b.example.com"
    // and ".example.com" for "a.b.example.com", never a top-level domain). A parent's subdomain
    // count grows when a child row is created, i.e. when that child is seen for the first time.
    QList<qsizetype> targetsOf(const QString &name, bool withParents)
    {
        bool childCreated = false;
        QList<qsizetype> targets{rowOf(name, &childCreated)};
        if (!withParents)
            return targets;
        QStringView rest = name;
        while (true) {
            const qsizetype dot = rest.indexOf(u'.');
            if (dot < 0)
                break;
            rest = rest.mid(dot + 1);
            if (!rest.contains(u'.'))
                break;
            bool parentCreated = false;
            const qsizetype parent = rowOf(QLatin1Char('.') + rest, &parentCreated);
            if (childCreated)
                ++subdomains[parent];
            targets.append(parent);
            childCreated = parentCreated;
        }
        return targets;
    }

    void count(const QList<qsizetype> &targets, qsizetype cell)
    {
        for (qsizetype row : targets) {
            QueueShapeRow &r = rows[row];
            ++r.total;
            ++r.buckets[cell];
        }
    }
};

bool rowOrder(const QueueShapeRow &a, const QueueShapeRow &b)
{
    if (a.total != b.total)
        return a.total > b.total;
    return a.domain < b.domain;
}

} // namespace

QString queueShapeDomain(QStringView address, bool isSender)
{
    if (isSender && (address.isEmpty() || address == mailerDaemon()))
        return mailerDaemon();
    const qsizetype at = address.lastIndexOf(u'@');
    QStringView domain = at >= 0 ? address.mid(at + 1) : address;
    QString name = domain.toString().toLower();
    if (name.contains(QLatin1String("..")))
        name.replace(QRegularExpression(QStringLiteral("\\.{2,}")), QStringLiteral("."));
    if (name.startsWith(u'.'))
        name.remove(0, 1);
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return QStringLiteral("(empty)");
    return name;
}

QStringList queueShapeBucketLabels(const QList<int> &bucketMinutes)
{
    const QList<int> edges = sanitizedEdges(bucketMinutes);
    QStringList labels;
    for (int m : edges)
        labels << QString::number(m);
    labels << (edges.isEmpty() ? QStringLiteral("0+") : QString::number(edges.last()) + u'+');
    return labels;
}

QueueShape computeQueueShape(const QList<QueuedMessage> &messages, qint64 nowEpoch,
                             const QueueShapeOptions &options)
{
    QueueShape shape;
    shape.options = options;
    shape.options.bucketMinutes = sanitizedEdges(options.bucketMinutes);
    shape.nowEpoch = nowEpoch;

    Accumulator acc;
    for (int m : std::as_const(shape.options.bucketMinutes))
        acc.edgesSeconds.append(qint64(m) * 60);
    acc.cells = acc.edgesSeconds.size() + 1;
    shape.totals.domain = QStringLiteral("TOTAL");
    shape.totals.buckets.fill(0, acc.cells);

    bool queueWanted[6] = {};
    for (QueueName q : options.queues)
        queueWanted[std::size_t(q)] = true;
    const bool allQueues = options.queues.isEmpty();
    const bool bySender = options.by == QueueShapeOptions::By::SenderDomain;

    // Most queues repeat a few domains many times: resolve each distinct raw spelling (the text
    // after the last '@') to its rows once, so the lowercasing, clean-up and name lookups do not
    // run once per recipient. The views point into `messages`, which outlives the cache.
    QHash<QStringView, QList<qsizetype>> targetCache;
    auto targetsOf = [&](const QString &address) -> const QList<qsizetype> & {
        const qsizetype at = address.lastIndexOf(u'@');
        const QStringView raw = at >= 0 ? QStringView(address).mid(at + 1) : QStringView(address);
        const auto it = targetCache.constFind(raw);
        if (it != targetCache.cend())
            return it.value();
        const QString name = queueShapeDomain(address, bySender);
        return targetCache.insert(raw, acc.targetsOf(name, options.parentDomains)).value();
    };
    // The null sender must not share a cache slot with a local sender spelled "mailer-daemon".
    const QList<qsizetype> nullSender = bySender ? acc.targetsOf(mailerDaemon(), false) : QList<qsizetype>();

    for (const QueuedMessage &message : messages) {
        if (!allQueues && !queueWanted[std::size_t(message.queueName)])
            continue;
        const qint64 age = message.arrivalTime > 0 ? qMax<qint64>(0, nowEpoch - message.arrivalTime) : 0;
        const qsizetype cell = acc.cellFor(age);
        if (bySender) {
            const bool isNull = message.sender.isEmpty() || message.sender == mailerDaemon();
            acc.count(isNull ? nullSender : targetsOf(message.sender), cell);
            ++shape.totals.total;
            ++shape.totals.buckets[cell];
        } else {
            for (const Recipient &r : message.recipients)
                acc.count(targetsOf(r.address), cell);
            shape.totals.total += message.recipients.size();
            shape.totals.buckets[cell] += message.recipients.size();
        }
    }

    // Rows that never counted anything (the null-sender row prepared above) are not shown.
    QList<QueueShapeRow> rows;
    rows.reserve(acc.rows.size());
    for (qsizetype i = 0; i < acc.rows.size(); ++i) {
        const QueueShapeRow &row = acc.rows.at(i);
        if (row.total == 0 || (row.domain.startsWith(u'.') && acc.subdomains.at(i) < options.minSubdomains))
            continue;
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), rowOrder);

    if (options.maxRows > 0 && rows.size() > options.maxRows) {
        QueueShapeRow other;
        other.domain = QStringLiteral("(other)");
        other.buckets.fill(0, acc.cells);
        for (qsizetype i = options.maxRows; i < rows.size(); ++i) {
            other.total += rows.at(i).total;
            for (qsizetype c = 0; c < acc.cells; ++c)
                other.buckets[c] += rows.at(i).buckets.at(c);
        }
        rows.resize(options.maxRows);
        rows.append(std::move(other));
    }
    shape.rows = std::move(rows);
    return shape;
}

QList<SenderCount> topSenders(const QList<QueuedMessage> &messages, int limit)
{
    QHash<QString, qsizetype> index;
    QList<SenderCount> counts;
    for (const QueuedMessage &message : messages) {
        const QString &sender = message.sender.isEmpty() ? mailerDaemon() : message.sender;
        auto it = index.constFind(sender);
        qsizetype pos;
        if (it == index.cend()) {
            pos = counts.size();
            index.insert(sender, pos);
            SenderCount c;
            c.sender = sender;
            counts.append(c);
        } else {
            pos = it.value();
        }
        SenderCount &c = counts[pos];
        ++c.messages;
        c.recipients += message.recipients.size();
        c.bytes += message.messageSize;
        if (message.arrivalTime > 0 && (c.oldestArrival == 0 || message.arrivalTime < c.oldestArrival))
            c.oldestArrival = message.arrivalTime;
    }
    auto order = [](const SenderCount &a, const SenderCount &b) {
        if (a.messages != b.messages)
            return a.messages > b.messages;
        return a.sender < b.sender;
    };
    if (limit > 0 && counts.size() > limit) {
        std::partial_sort(counts.begin(), counts.begin() + limit, counts.end(), order);
        counts.resize(limit);
    } else {
        std::sort(counts.begin(), counts.end(), order);
    }
    return counts;
}

} // namespace Postfix
