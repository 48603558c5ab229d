#pragma once

#include "diagnosis/reasonclass.h"
#include "postfix/logevent.h"
#include "postfix/maillogparser.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <memory>

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
    qint64 received = 0;    // messages whose first qmgr from= line falls in this hour
};

// Delivery statistics over a window of mail log, counted the way pflogsumm 1.1.5 (Debian 12)
// counts its "Grand Totals", so the benchmark can put both side by side:
//
//  sent       every "to=<…>, … status=sent" line (one per recipient delivery), EXCEPT lines whose
//             reason says "forwarded as " (pflogsumm's "forwarded", here `forwarded`). Like
//             pflogsumm, content-filter hops count: a message that goes through amavis
//             (relay=127.0.0.1[127.0.0.1]:10024, "250 … queued as NEWID") and is then delivered
//             counts twice. Address-verification results (status=deliverable, sendmail -bv)
//             are not deliveries (pflogsumm ignores them too). `filterHops` says how many sent lines were such hops (relay on a
//             loopback address or "localhost", port not 25, AND "queued as" in the reason) — subtract it for
//             "real" deliveries.
//  deferred   status=deferred lines (pflogsumm's "deferrals"); deferredMessages = distinct queue
//             IDs among them (pflogsumm's "deferred").
//  bounced    status=bounced lines. expired (status=expired) is not in pflogsumm's totals.
//  rejected   smtpd/postscreen "ID: reject: …" lines (NOQUEUE included; not reject_warning, not
//             smtpd "milter-reject:", exactly as pflogsumm) plus cleanup "reject:" /
//             "milter-reject:" lines for header/body/END-OF-MESSAGE.
//  received   NOT pflogsumm's number: pflogsumm counts smtpd "client=" and pickup "sender=/uid="
//             lines (so a content-filter re-injection is received twice), we count queue IDs at
//             their first qmgr "from=<…>, size=…" line (once per message, also for mail that was
//             queued before the window: the server-side filter sends no client= lines).
//             topSenders counts the same from= lines (pflogsumm only counts senders of messages
//             whose smtpd/pickup line it saw).
// Known pflogsumm differences that can show on real logs: pflogsumm only reads syslog_name
// "postfix" (multi-instance names such as postfix-out/smtp are skipped there unless
// --syslog-name is given; we count every Postfix instance), and it skips lines whose stamp is
// neither classic nor RFC 3339 with a colon in the offset (journalctl -o short-iso "+0100"); we
// read those. Window filtering uses the parsed time; lines without a readable time are counted
// only when the window is open at both ends.
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
    qint64 forwarded = 0;      // status=sent "forwarded as …" (not in sent), as pflogsumm
    qint64 filterHops = 0;     // sent lines that handed the message to a local content filter
    QList<LogHour> perHour;    // ascending, every hour between first and last (zeros included)
    QList<LogCount> topSenders;          // by messages received; share = count / received;
                                         // the null sender (bounces) is "<>"
    QList<LogCount> topDeferredDomains;  // recipient domains of deferral lines
    QList<LogCount> topBouncedDomains;
    QList<LogCount> topRejectedDomains;  // recipient domains of rejects (to=<…>), when present
    std::array<qint64, Diagnosis::reasonClassCount> deferredByClass{}; // deferral+bounce+reject lines by class
};

// Accumulates statistics line by line. The fast path takes LogLineViews (no allocation for
// lines that do not count); feed every Postfix line in log order. Not thread-safe; for parallel
// runs use one builder per chunk and merge().
class LogStatisticsBuilder
{
public:
    explicit LogStatisticsBuilder(qint64 sinceMs = 0, qint64 untilMs = 0); // 0 = open end

    // Returns true when the line counted as a delivery (status=) or reject line (what the log
    // view keeps as an event).
    bool addLine(const Postfix::LogLineView &line);
    bool addEvent(const Postfix::LogEvent &event);
    void addDamaged();
    void addNonPostfix();
    // Adds a builder that read the text AFTER this one's (per-message "first" semantics: the
    // earlier builder wins for a queue ID both saw).
    void merge(const LogStatisticsBuilder &other);

    LogStatistics result(int top = 20) const;

private:
    struct Data;
    std::shared_ptr<Data> d;
};

} // namespace Services
