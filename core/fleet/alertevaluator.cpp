#include "alertevaluator.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Fleet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Fleet)
};

constexpr AlertMetric allMetrics[] = {AlertMetric::Deferred, AlertMetric::Growth,
                                      AlertMetric::OldestAge, AlertMetric::TopSenderShare};

// One metric measured from a summary. judged = false: the value is shown but never alerts
// (top sender share of a small queue).
struct Measure
{
    AlertMetric metric = AlertMetric::Deferred;
    qint64 value = 0;
    bool judged = true;
};

Threshold thresholdOf(const AlertThresholds &t, AlertMetric metric)
{
    switch (metric) {
    case AlertMetric::Deferred:
        return t.deferred;
    case AlertMetric::Growth:
        return t.growth;
    case AlertMetric::OldestAge:
        return t.oldestAgeHours;
    case AlertMetric::TopSenderShare:
        break;
    }
    return t.topSenderPercent;
}

// The measures of every enabled metric; growth only when known.
QList<Measure> measure(const PollSummary &summary, const AlertThresholds &t, std::optional<qint64> growth)
{
    QList<Measure> measures;
    if (t.deferred.enabled())
        measures.append({AlertMetric::Deferred, summary.count(Postfix::QueueName::Deferred)});
    if (t.growth.enabled() && growth)
        measures.append({AlertMetric::Growth, *growth});
    if (t.oldestAgeHours.enabled())
        measures.append({AlertMetric::OldestAge, summary.oldestAgeSeconds() / 3600});
    if (t.topSenderPercent.enabled())
        measures.append({AlertMetric::TopSenderShare, qRound64(summary.topSenderShare() * 100),
                         summary.total >= t.topSenderMinimumMessages});
    return measures;
}

QString describe(const Measure &m, const PollSummary &summary, const AlertThresholds &t)
{
    switch (m.metric) {
    case AlertMetric::Deferred:
        return Tr::tr("%n deferred", nullptr, int(qMin<qint64>(m.value, INT_MAX)));
    case AlertMetric::Growth:
        return m.value >= 0
            ? Tr::tr("queue grew by %1 in %2 min").arg(m.value).arg(t.growthWindowMinutes)
            : Tr::tr("queue shrank by %1 in %2 min").arg(-m.value).arg(t.growthWindowMinutes);
    case AlertMetric::OldestAge:
        return Tr::tr("oldest message is %1 h old").arg(m.value);
    case AlertMetric::TopSenderShare:
        break;
    }
    const QString sender = summary.topSender.isEmpty() ? Tr::tr("empty sender") : summary.topSender;
    QString text = Tr::tr("one sender holds %1 % (%2)").arg(m.value).arg(sender);
    if (!m.judged)
        text += Tr::tr(", not judged below %n message(s)", nullptr, t.topSenderMinimumMessages);
    return text;
}

AlertState makeState(const Measure &m, Severity severity, const PollSummary &summary,
                     const AlertThresholds &t)
{
    AlertState state;
    state.server = summary.server;
    state.metric = m.metric;
    state.severity = severity;
    state.value = m.value;
    state.text = describe(m, summary, t);
    const Threshold threshold = thresholdOf(t, m.metric);
    const QString unit = m.metric == AlertMetric::OldestAge ? Tr::tr(" h")
                       : m.metric == AlertMetric::TopSenderShare ? QStringLiteral(" %") : QString();
    if (severity == Severity::Critical) {
        state.threshold = threshold.crit;
        state.text += Tr::tr(" (critical at %1%2)").arg(threshold.crit).arg(unit);
    } else if (severity == Severity::Warning) {
        state.threshold = threshold.warn;
        state.text += Tr::tr(" (warning at %1%2)").arg(threshold.warn).arg(unit);
    }
    state.since = summary.takenAt;
    return state;
}

// value below the clear mark of level T: T * (100 - clearPercent) / 100, in integers.
bool belowClearMark(qint64 value, qint64 level, int clearPercent)
{
    const int keep = std::clamp(100 - clearPercent, 0, 100);
    return value * 100 < level * keep;
}

// Where a metric at `current` goes with `value`, leaving out the raise delay (done by the caller).
Severity hysteresisLevel(Severity current, qint64 value, const Threshold &th, int clearPercent)
{
    const Severity raw = th.severityOf(value);
    if (raw >= current)
        return raw;
    if (current == Severity::Critical && th.crit > 0 && !belowClearMark(value, th.crit, clearPercent))
        return Severity::Critical;
    if (th.warn > 0 && !belowClearMark(value, th.warn, clearPercent))
        return Severity::Warning;
    return raw;
}

} // namespace

QString alertMetricKey(AlertMetric metric)
{
    switch (metric) {
    case AlertMetric::Deferred:
        return QStringLiteral("deferred");
    case AlertMetric::Growth:
        return QStringLiteral("growth");
    case AlertMetric::OldestAge:
        return QStringLiteral("oldest_age");
    case AlertMetric::TopSenderShare:
        break;
    }
    return QStringLiteral("top_sender_share");
}

QList<AlertState> evaluateAlerts(const PollSummary &summary, const AlertThresholds &thresholds,
                                 std::optional<qint64> growth)
{
    QList<AlertState> states;
    for (const Measure &m : measure(summary, thresholds, growth)) {
        const Severity severity =
            m.judged ? thresholdOf(thresholds, m.metric).severityOf(m.value) : Severity::Ok;
        states.append(makeState(m, severity, summary, thresholds));
    }
    return states;
}

Severity worstSeverity(const QList<AlertState> &states)
{
    Severity worst = Severity::Ok;
    for (const AlertState &state : states)
        worst = std::max(worst, state.severity);
    return worst;
}

void AlertEvaluator::setThresholds(const QUuid &server, const AlertThresholds &thresholds)
{
    m_servers[server].thresholds = thresholds;
}

void AlertEvaluator::seedHistory(const QUuid &server, const QList<QPair<QDateTime, qint64>> &totals)
{
    Server &s = m_servers[server];
    s.totals.append(totals);
    std::stable_sort(s.totals.begin(), s.totals.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
}

QList<AlertChange> AlertEvaluator::update(const PollSummary &summary)
{
    if (!summary.ok())
        return {};
    Server &s = m_servers[summary.server];
    const AlertThresholds &t = s.thresholds;
    s.totals.append({summary.takenAt, summary.total});
    // Keep a little more than the window: growth needs the oldest sample inside it.
    const QDateTime keepFrom = summary.takenAt.addSecs(-qint64(t.growthWindowMinutes) * 60 * 2);
    while (s.totals.size() > 1 && s.totals.first().first < keepFrom)
        s.totals.removeFirst();

    QList<AlertChange> changes;
    QSet<int> seen;
    for (const Measure &m : measure(summary, t, growth(summary.server))) {
        seen.insert(int(m.metric));
        const bool known = s.metrics.contains(int(m.metric));
        Metric &metric = s.metrics[int(m.metric)];
        const Severity previous = metric.severity;
        const Threshold th = thresholdOf(t, m.metric);
        Severity next = m.judged ? hysteresisLevel(previous, m.value, th, t.clearPercent) : Severity::Ok;
        // A raise from Ok waits for raiseAfterPolls consecutive polls; warning → critical is at once.
        if (previous == Severity::Ok && next > previous) {
            if (++metric.pending < std::max(1, t.raiseAfterPolls))
                next = previous;
            else
                metric.pending = 0;
        } else {
            metric.pending = 0;
        }
        if (next != previous || !known)
            metric.since = summary.takenAt;
        metric.severity = next;
        metric.state = makeState(m, next, summary, t);
        metric.state.since = metric.since;
        if (next != previous)
            changes.append({metric.state, previous});
    }
    // Metrics switched off (or growth no longer measurable) since the last poll: a raised one
    // clears; growth that merely became unknown keeps its last state.
    for (auto it = s.metrics.begin(); it != s.metrics.end();) {
        const AlertMetric metric = AlertMetric(it.key());
        if (seen.contains(it.key()) || (metric == AlertMetric::Growth && t.growth.enabled())) {
            ++it;
            continue;
        }
        if (it->severity != Severity::Ok) {
            AlertState cleared = it->state;
            cleared.severity = Severity::Ok;
            cleared.threshold = 0;
            cleared.since = summary.takenAt;
            changes.append({cleared, it->severity});
        }
        it = s.metrics.erase(it);
    }
    return changes;
}

QList<AlertState> AlertEvaluator::current(const QUuid &server) const
{
    QList<AlertState> states;
    const auto it = m_servers.constFind(server);
    if (it == m_servers.cend())
        return states;
    for (AlertMetric metric : allMetrics) {
        const auto m = it->metrics.constFind(int(metric));
        if (m != it->metrics.cend())
            states.append(m->state);
    }
    return states;
}

Severity AlertEvaluator::severity(const QUuid &server) const
{
    return worstSeverity(current(server));
}

std::optional<qint64> AlertEvaluator::growth(const QUuid &server) const
{
    const auto it = m_servers.constFind(server);
    if (it == m_servers.cend() || it->totals.size() < 2)
        return std::nullopt;
    const auto &[now, total] = it->totals.last();
    const qint64 window = qint64(it->thresholds.growthWindowMinutes) * 60;
    const QDateTime windowStart = now.addSecs(-window);
    for (const auto &[at, oldTotal] : it->totals) {
        if (at < windowStart)
            continue;
        // The oldest sample inside the window; too young a baseline says nothing about the rate.
        if (at.secsTo(now) * 2 < window)
            return std::nullopt;
        return total - oldTotal;
    }
    return std::nullopt;
}

void AlertEvaluator::forget(const QUuid &server)
{
    m_servers.remove(server);
}

} // namespace Fleet
