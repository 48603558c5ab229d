#pragma once

#include "chartdata.h"
#include "diagnosis/reasonclass.h"
#include "postfix/logevent.h"
#include "postfix/queuedmessage.h"
#include "postfix/queueshape.h"
#include "queuesizehistory.h"
#include "services/logstatistics.h"

#include <array>

namespace Diagnosis {
class ReasonClassifier;
}

namespace Ui {

// From core values to chart data: the counting behind every chart, pure (no widgets, no clock:
// time zones and reference times come in as arguments), so tests check the numbers directly.
namespace ChartAdapters {

using ClassCounts = std::array<qint64, Diagnosis::reasonClassCount>;

// Recipients with a delay or bounce reason, per reason class.
ClassCounts countReasonClasses(const QList<Postfix::QueuedMessage> &messages,
                               const Diagnosis::ReasonClassifier &classifier);
// One bar per class that occurs, in the classes' display order, titled by reasonClassInfo().
BarChartData reasonsByClass(const ClassCounts &counts);

// Recipients per recipient domain, from a shape computed with maxRows set (the "(other)" fold
// row, if any, comes last and is called "other domains").
BarChartData topDomains(const Postfix::QueueShape &shape);

// The shape's TOTAL row: recipients per qshape age bucket ("0–5", "5–10", …, "1280+" minutes),
// as horizontal bars, youngest at the top.
BarChartData ageHistogram(const Postfix::QueueShape &shape);

// Sent / deferred / bounced / rejected (and expired when there is any) stacked per hour. Hours
// are labelled in the given UTC offset (the server's). More than maxBars hours are merged into
// 2, 3, 4, 6, 12 or 24-hour bars so a week still reads; the axis labels at most ~12 bars.
BarChartData deliveryPerHour(const QList<Services::LogHour> &hours, int utcOffsetSeconds,
                             int maxBars = 48);

// Total and deferred messages over the session's refreshes.
LineChartData queueSizeHistory(const QList<QueueSizeSample> &samples);

// One color per delivery status; the same in every chart and table.
QColor statusColor(Postfix::LogStatus status);

} // namespace ChartAdapters
} // namespace Ui
