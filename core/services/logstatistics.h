#pragma once

#include "diagnosis/reasonclass.h"
#include "postfix/logevent.h"
#include "postfix/maillogparser.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace Services {

struct LogCount
{
    QString key;   // sender address, domain, …
    qint64 count = 0;
};

struct LogHour
{
    qint64 hourStartMs = 0; // UTC epoch ms of the hour's start
    qint64 sent = 0;
    qint64 deferred = 0;
    qint64 bounced = 0;
    qint64 rejected = 0;
    qint64 expired = 0;
};

// Delivery statistics over a window of mail log, as pflogsumm reports them (sent/deferred/
// bounced/rejected counts are per recipient delivery line, rejects per reject line).
struct LogStatistics
{
    qint64 firstMs = 0;        // first/last Postfix line seen in the window
    qint64 lastMs = 0;
    qint64 lines = 0;          // all lines read (also non-Postfix)
    qint64 postfixLines = 0;
    qint64 damagedLines = 0;
    qint64 received = 0;       // messages accepted (qmgr from= … nrcpt= lines, first per queue ID)
    qint64 sent = 0;
    qint64 deferred = 0;       // deferral lines (pflogsumm's "deferrals")
    qint64 deferredMessages = 0; // distinct queue IDs with a deferral (pflogsumm's "deferred")
    qint64 bounced = 0;
    qint64 rejected = 0;
    qint64 expired = 0;
    QList<LogHour> perHour;    // ascending, every hour between first and last (zeros included)
    QList<LogCount> topSenders;          // by messages received; share = count / received
    QList<LogCount> topDeferredDomains;  // recipient domains of deferral lines
    QList<LogCount> topBouncedDomains;
    std::array<qint64, Diagnosis::reasonClassCount> deferredByClass{}; // deferral+bounce+reject lines by class
};

// Accumulates statistics line by line. The fast path takes LogLineViews (no allocation for
// lines that do not count); feed every Postfix line in log order. Not thread-safe; for parallel
// runs use one builder per chunk and merge().
class LogStatisticsBuilder
{
public:
    explicit LogStatisticsBuilder(qint64 sinceMs = 0, qint64 untilMs = 0); // 0 = open end

    void addLine(const Postfix::LogLineView &line);
    void addEvent(const Postfix::LogEvent &event);
    void addDamaged();
    void addNonPostfix();
    void merge(const LogStatisticsBuilder &other);

    LogStatistics result(int top = 20) const;

private:
    struct Data;
    std::shared_ptr<Data> d;
};

} // namespace Services
