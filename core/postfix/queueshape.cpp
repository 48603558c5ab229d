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

    // Counts one address in `name`'s row; true when the row was new.
    bool add(const QString &name, qsizetype cell)
    {
        auto it = index.constFind(name);
        qsizetype row;
        bool created = false;
        if (it == index.cend()) {
            row = rows.size();
            index.insert(name, row);
            QueueShapeRow r;
            r.domain = name;
            r.buckets.fill(0, cells);
            rows.append(std::move(r));
            subdomains.append(0);
            created = true;
        } else {
            row = it.value();
        }
        QueueShapeRow &r = rows[row];
        ++r.total;
        ++r.buckets[cell];
        return created;
    }

    // qshape -p: ".b.example.com" and ".example.com" for "a.b.example.com" (never a TLD); a
    // parent's subdomain count grows when one of its children is seen for the first time.
    void addParents(const QString &domain, qsizetype cell, bool childWasNew)
    {
        QStringView rest = domain;
        while (true) {
            const qsizetype dot = rest.indexOf(u'.');
            if (dot < 0)
                return;
            rest = rest.mid(dot + 1);
            if (!rest.contains(u'.'))
                return; // top-level domains are not shown
            const QString parent = QLatin1Char('.') + rest;
            const bool parentWasNew = add(parent, cell);
            if (childWasNew)
                ++subdomains[index.value(parent)];
            childWasNew = parentWasNew;
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

    // Most queues repeat a few domains many times: remember the row name per raw domain text so
    // the lowercasing and clean-up run once per distinct spelling, not once per recipient.
    QHash<QStringView, QString> nameCache;
    auto nameOf = [&](const QString &address) -> const QString & {
        const qsizetype at = address.lastIndexOf(u'@');
        const QStringView raw = at >= 0 ? QStringView(address).mid(at + 1) : QStringView(address);
        auto it = nameCache.constFind(raw);
        if (it != nameCache.cend())
            return it.value();
        return nameCache.insert(raw, queueShapeDomain(address, bySender)).value();
    };

    for (const QueuedMessage &message : messages) {
        if (!allQueues && !queueWanted[std::size_t(message.queueName)])
            continue;
        const qint64 age = message.arrivalTime > 0 ? qMax<qint64>(0, nowEpoch - message.arrivalTime) : 0;
        const qsizetype cell = acc.cellFor(age);
        auto count = [&](const QString &name) {
            ++shape.totals.total;
            ++shape.totals.buckets[cell];
            const bool created = acc.add(name, cell);
            if (options.parentDomains)
                acc.addParents(name, cell, created);
        };
        if (bySender) {
            // The null sender must not share a cache slot with a local sender "mailer-daemon".
            if (message.sender.isEmpty() || message.sender == mailerDaemon())
                count(mailerDaemon());
            else
                count(nameOf(message.sender));
        } else {
            for (const Recipient &r : message.recipients)
                count(nameOf(r.address));
        }
    }

    QList<QueueShapeRow> rows;
    rows.reserve(acc.rows.size());
    for (qsizetype i = 0; i < acc.rows.size(); ++i) {
        const QueueShapeRow &row = acc.rows.at(i);
        if (row.domain.startsWith(u'.') && acc.subdomains.at(i) < options.minSubdomains)
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
