#include "chartadapters.h"

#include "diagnosis/reasonclassifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace Ui::ChartAdapters {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

const QColor kQueueBlue(0x3b, 0x82, 0xc4);
const QColor kDeferredAmber(0xe3, 0x9b, 0x17);

QString bucketLabel(const QList<int> &edges, int bucket)
{
    if (bucket >= edges.size())
        return edges.isEmpty() ? QStringLiteral("0+") : QString::number(edges.last()) + u'+';
    const int low = bucket == 0 ? 0 : edges.at(bucket - 1);
    return QString::number(low) + QChar(0x2013) + QString::number(edges.at(bucket));
}

// Bars of 1, 2, 3, 4, 6, 12 or 24 hours: the smallest that keeps the chart at maxBars or fewer.
int hoursPerBar(qsizetype hours, int maxBars)
{
    for (int step : {1, 2, 3, 4, 6, 12, 24}) {
        if (hours <= qsizetype(step) * qMax(1, maxBars))
            return step;
    }
    return 24;
}

} // namespace

ClassCounts countReasonClasses(const QList<Postfix::QueuedMessage> &messages,
                               const Diagnosis::ReasonClassifier &classifier)
{
    ClassCounts counts{};
    for (const Postfix::QueuedMessage &m : messages) {
        for (const Postfix::Recipient &r : m.recipients) {
            const QString &reason = r.delayReason.isEmpty() ? r.bounceReason : r.delayReason;
            if (!reason.isEmpty())
                ++counts[std::size_t(classifier.classOf(reason))];
        }
    }
    return counts;
}

BarChartData reasonsByClass(const ClassCounts &counts)
{
    BarChartData data;
    data.horizontal = true;
    data.valueTitle = Tr::tr("recipients");
    data.emptyText = Tr::tr("No deferred or bounced recipients: nothing is stuck for a reason.");
    BarSetData set{Tr::tr("recipients"), kDeferredAmber, {}};
    for (Diagnosis::ReasonClass cls : Diagnosis::allReasonClasses()) {
        const qint64 n = counts[std::size_t(cls)];
        if (n == 0)
            continue;
        data.categories << Diagnosis::reasonClassInfo(cls).title;
        set.values << qreal(n);
    }
    data.sets << set;
    return data;
}

BarChartData topDomains(const Postfix::QueueShape &shape)
{
    BarChartData data;
    data.horizontal = true;
    data.valueTitle = Tr::tr("recipients");
    data.emptyText = Tr::tr("The queue is empty: no recipient domains to show.");
    BarSetData set{Tr::tr("recipients"), kQueueBlue, {}};
    for (const Postfix::QueueShapeRow &row : shape.rows) {
        if (row.total == 0)
            continue;
        data.categories << (row.domain == QStringLiteral("(other)") ? Tr::tr("other domains")
                                                                     : row.domain);
        set.values << qreal(row.total);
    }
    data.sets << set;
    return data;
}

BarChartData ageHistogram(const Postfix::QueueShape &shape)
{
    BarChartData data;
    data.horizontal = true; // ten bucket labels read better one per line than side by side
    data.valueTitle = Tr::tr("recipients");
    data.categoryTitle = Tr::tr("age in minutes (qshape buckets)");
    data.emptyText = Tr::tr("The queue is empty: no ages to show.");
    BarSetData set{Tr::tr("recipients"), kQueueBlue, {}};
    const QList<int> &edges = shape.options.bucketMinutes;
    for (int b = 0; b <= edges.size(); ++b) {
        data.categories << bucketLabel(edges, b);
        set.values << qreal(shape.totals.buckets.value(b));
    }
    data.sets << set;
    return data;
}

BarChartData deliveryPerHour(const QList<Services::LogHour> &hours, int utcOffsetSeconds,
                             int maxBars)
{
    BarChartData data;
    data.stacked = true;
    data.valueTitle = Tr::tr("deliveries per bar");
    data.emptyText = Tr::tr("No deliveries in this time window.");
    const int step = hoursPerBar(hours.size(), maxBars);
    const QTimeZone zone(utcOffsetSeconds);
    data.categoryTitle = step == 1 ? Tr::tr("hour (server time)")
                                   : Tr::tr("%n hours per bar (server time)", nullptr, step);

    BarSetData sent{Tr::tr("sent"), statusColor(Postfix::LogStatus::Sent), {}};
    BarSetData deferred{Tr::tr("deferred"), statusColor(Postfix::LogStatus::Deferred), {}};
    BarSetData bounced{Tr::tr("bounced"), statusColor(Postfix::LogStatus::Bounced), {}};
    BarSetData rejected{Tr::tr("rejected"), statusColor(Postfix::LogStatus::Rejected), {}};
    BarSetData expired{Tr::tr("expired"), statusColor(Postfix::LogStatus::Expired), {}};
    bool anyExpired = false;
    const qsizetype bars = (hours.size() + step - 1) / step;
    const qsizetype labelEvery = qMax<qsizetype>(1, (bars + 11) / 12);
    QDate lastLabelDate;
    for (qsizetype bar = 0; bar < bars; ++bar) {
        Services::LogHour sum;
        for (qsizetype h = bar * step; h < qMin(hours.size(), (bar + 1) * step); ++h) {
            const Services::LogHour &hour = hours.at(h);
            sum.sent += hour.sent;
            sum.deferred += hour.deferred;
            sum.bounced += hour.bounced;
            sum.rejected += hour.rejected;
            sum.expired += hour.expired;
        }
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(hours.at(bar * step).hourStartMs, zone);
        const QDateTime end = start.addSecs(3600LL * step);
        data.categories << start.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QChar(0x2013)
                + end.toString(QStringLiteral("HH:mm"));
        QString label;
        if (bar % labelEvery == 0) {
            // The date only where it changes, so most labels stay short.
            label = start.date() != lastLabelDate ? start.toString(QStringLiteral("MMM d HH:mm"))
                                                  : start.toString(QStringLiteral("HH:mm"));
            lastLabelDate = start.date();
        }
        data.axisLabels << label;
        sent.values << qreal(sum.sent);
        deferred.values << qreal(sum.deferred);
        bounced.values << qreal(sum.bounced);
        rejected.values << qreal(sum.rejected);
        expired.values << qreal(sum.expired);
        anyExpired |= sum.expired > 0;
    }
    data.sets << sent << deferred << bounced << rejected;
    if (anyExpired)
        data.sets << expired;
    return data;
}

LineChartData queueSizeHistory(const QList<QueueSizeSample> &samples)
{
    LineChartData data;
    data.valueTitle = Tr::tr("messages");
    data.emptyText = Tr::tr("No queue loads yet in this session. Each refresh (F5 or auto-refresh) "
                            "adds a point.");
    LineSeriesData total{Tr::tr("total"), kQueueBlue, {}};
    LineSeriesData deferred{Tr::tr("deferred"), kDeferredAmber, {}};
    for (const QueueSizeSample &s : samples) {
        const qint64 t = s.time.toMSecsSinceEpoch();
        total.points << LinePointData{t, qreal(s.total)};
        deferred.points << LinePointData{t, qreal(s.deferred)};
    }
    data.series << total << deferred;
    return data;
}

QColor statusColor(Postfix::LogStatus status)
{
    switch (status) {
    case Postfix::LogStatus::Sent:
        return QColor(0x2e, 0x9d, 0x4f);
    case Postfix::LogStatus::Deferred:
        return kDeferredAmber;
    case Postfix::LogStatus::Bounced:
        return QColor(0xd1, 0x45, 0x3b);
    case Postfix::LogStatus::Rejected:
        return QColor(0x8e, 0x5c, 0xc4);
    case Postfix::LogStatus::Expired:
        return QColor(0x8a, 0x6d, 0x3b);
    case Postfix::LogStatus::None:
    case Postfix::LogStatus::Other:
        break;
    }
    return QColor(0x7f, 0x8c, 0x8d);
}

} // namespace Ui::ChartAdapters
