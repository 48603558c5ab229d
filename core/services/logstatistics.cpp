#include "logstatistics.h"

#include "trailcollector.h"

#include "diagnosis/reasonclassifier.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Services {

namespace {

using Postfix::LogStatus;
using Postfix::MailLogParser;

constexpr qint64 hourMs = 3600 * 1000;
constexpr qsizetype classCacheLimit = 200000;
constexpr qint64 maxDenseHours = 24 * 400; // beyond ~13 months only hours with traffic are listed

qint64 hourIndex(qint64 timeMs)
{
    return timeMs >= 0 ? timeMs / hourMs : (timeMs - hourMs + 1) / hourMs;
}

// 64-bit key of a byte string; collisions among the strings of one log are not a practical concern.
size_t keyOf(QByteArrayView bytes)
{
    return qHash(bytes, size_t(0x9e3779b97f4a7c15ULL));
}

// Counts per text key without allocating for keys already seen.
class CountTable
{
public:
    void add(QByteArrayView key, qint64 n = 1)
    {
        auto it = m_entries.find(keyOf(key));
        if (it == m_entries.end())
            m_entries.insert(keyOf(key), Entry{key.toByteArray(), n});
        else
            it->count += n;
    }
    void merge(const CountTable &other)
    {
        for (auto it = other.m_entries.cbegin(); it != other.m_entries.cend(); ++it)
            add(it->key, it->count);
    }
    QList<LogCount> top(int n) const
    {
        QList<LogCount> all;
        all.reserve(m_entries.size());
        for (const Entry &e : m_entries)
            all.append(LogCount{QString::fromUtf8(e.key), e.count});
        std::sort(all.begin(), all.end(), [](const LogCount &a, const LogCount &b) {
            return a.count != b.count ? a.count > b.count : a.key < b.key;
        });
        if (n >= 0 && all.size() > n)
            all.resize(n);
        return all;
    }

private:
    struct Entry
    {
        QByteArray key;
        qint64 count = 0;
    };
    QHash<size_t, Entry> m_entries;
};

// Domain of an address, lower-cased into buf (ASCII; IDNs stay as written).
QByteArrayView domainOf(QByteArrayView address, QByteArray &buf)
{
    const qsizetype at = address.lastIndexOf('@');
    const QByteArrayView domain = at >= 0 ? address.sliced(at + 1) : address;
    buf.resize(domain.size());
    for (qsizetype i = 0; i < domain.size(); ++i) {
        const char c = domain[i];
        buf[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    }
    return buf;
}

// The parts of one Postfix line that the statistics look at, from a view or from an event.
struct Facts
{
    qint64 timeMs = 0;
    QByteArrayView service;
    QByteArrayView queueId;
    QByteArrayView message;
    LogStatus status = LogStatus::None;
    QByteArrayView reason;
    QByteArrayView to;
    QByteArrayView relay;
    QByteArrayView from;   // only for received (from=<…>, size=) lines
    bool hasFrom = false;
    bool reject = false;
};

bool isRejectLine(QByteArrayView service, QByteArrayView message)
{
    if (service == "smtpd" || service == "postscreen")
        return message.startsWith("reject: ");
    if (service == "cleanup") {
        QByteArrayView rest;
        if (message.startsWith("reject: "))
            rest = message.sliced(8);
        else if (message.startsWith("milter-reject: "))
            rest = message.sliced(15);
        else
            return false;
        return rest.startsWith("header ") || rest.startsWith("body ") || rest.startsWith("END-OF-MESSAGE ");
    }
    return false;
}

// The status word is exactly "sent" (pflogsumm counts nothing else; the parser also maps the
// address-verification words "deliverable"/"delivered" to Sent).
bool statusWordIsSent(QByteArrayView message)
{
    const qsizetype at = message.indexOf(" status=");
    if (at < 0)
        return false;
    const QByteArrayView word = message.sliced(at + 8);
    return word.startsWith("sent") && (word.size() == 4 || word[4] == ' ' || word[4] == ',');
}

// A reject line's reason: after the "from HOST[IP]: " of "reject: RCPT from …: 554 5.7.1 …".
QByteArrayView rejectReason(QByteArrayView message)
{
    const qsizetype colon = message.indexOf("]: ");
    return colon >= 0 ? message.sliced(colon + 3) : message;
}

} // namespace

struct LogStatisticsBuilder::Data
{
    qint64 sinceMs = 0;
    qint64 untilMs = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    qint64 lines = 0;
    qint64 postfixLines = 0;
    qint64 damaged = 0;
    qint64 sent = 0;
    qint64 deferred = 0;
    qint64 bounced = 0;
    qint64 rejected = 0;
    qint64 expired = 0;
    qint64 forwarded = 0;
    qint64 filterHops = 0;
    QHash<qint64, LogHour> hours;

    struct Received
    {
        qint32 sender = 0;
        qint64 hour = 0;
    };
    QHash<size_t, Received> received;       // queue ID key → first from= line
    QList<QByteArray> senders;              // interned sender addresses
    QHash<size_t, qint32> senderIndex;
    QSet<size_t> deferredIds;
    CountTable deferredDomains;
    CountTable bouncedDomains;
    CountTable rejectedDomains;
    std::array<qint64, Diagnosis::reasonClassCount> byClass{};
    QHash<size_t, Diagnosis::ReasonClass> classCache;
    QByteArray scratch;

    bool inWindow(qint64 timeMs) const
    {
        if (sinceMs == 0 && untilMs == 0)
            return true;
        if (timeMs == 0)
            return false;
        return (sinceMs == 0 || timeMs >= sinceMs) && (untilMs == 0 || timeMs < untilMs);
    }

    LogHour &hour(qint64 timeMs)
    {
        const qint64 index = hourIndex(timeMs);
        auto it = hours.find(index);
        if (it == hours.end()) {
            LogHour h;
            h.hourStartMs = index * hourMs;
            it = hours.insert(index, h);
        }
        return *it;
    }

    void tally(qint64 Data::*total, qint64 LogHour::*perHour, qint64 timeMs)
    {
        ++(this->*total);
        if (timeMs)
            ++(hour(timeMs).*perHour);
    }

    qint32 internSender(QByteArrayView address)
    {
        const size_t key = keyOf(address);
        const auto it = senderIndex.constFind(key);
        if (it != senderIndex.cend())
            return *it;
        const qint32 index = qint32(senders.size());
        senders.append(address.isEmpty() ? QByteArray("<>") : address.toByteArray());
        senderIndex.insert(key, index);
        return index;
    }

    void classify(QByteArrayView reason)
    {
        const size_t key = keyOf(reason);
        auto it = classCache.constFind(key);
        Diagnosis::ReasonClass cls;
        if (it != classCache.cend()) {
            cls = *it;
        } else {
            cls = Diagnosis::ReasonClassifier::instance().classOf(QString::fromUtf8(reason));
            if (classCache.size() < classCacheLimit)
                classCache.insert(key, cls);
        }
        ++byClass[std::size_t(cls)];
    }

    bool add(const Facts &f);
};

bool LogStatisticsBuilder::Data::add(const Facts &f)
{
    ++lines;
    if (!inWindow(f.timeMs))
        return false;
    ++postfixLines;
    if (f.timeMs != 0) {
        if (firstMs == 0 || f.timeMs < firstMs)
            firstMs = f.timeMs;
        if (f.timeMs > lastMs)
            lastMs = f.timeMs;
    }
    if (f.reject) {
        tally(&Data::rejected, &LogHour::rejected, f.timeMs);
        if (!f.to.isEmpty())
            rejectedDomains.add(domainOf(f.to, scratch));
        classify(rejectReason(f.message));
        return true;
    }
    if (f.hasFrom) {
        const size_t id = keyOf(f.queueId);
        if (!f.queueId.isEmpty() && !received.contains(id)) {
            received.insert(id, Received{internSender(f.from), f.timeMs ? hourIndex(f.timeMs) : LLONG_MIN});
            if (f.timeMs)
                hour(f.timeMs); // make the hour exist for the dense list
        }
        return false;
    }
    switch (f.status) {
    case LogStatus::Sent:
        if (f.to.isNull())
            return false;
        if (f.reason.contains("forwarded as ")) {
            ++forwarded;
            return true;
        }
        tally(&Data::sent, &LogHour::sent, f.timeMs);
        if (TrailCollector::isLocalFilterRelay(f.relay) && f.reason.contains("queued as "))
            ++filterHops;
        return true;
    case LogStatus::Deferred:
        if (f.to.isNull())
            return false;
        tally(&Data::deferred, &LogHour::deferred, f.timeMs);
        deferredIds.insert(keyOf(f.queueId));
        deferredDomains.add(domainOf(f.to, scratch));
        classify(f.reason);
        return true;
    case LogStatus::Bounced:
        if (f.to.isNull())
            return false;
        tally(&Data::bounced, &LogHour::bounced, f.timeMs);
        bouncedDomains.add(domainOf(f.to, scratch));
        classify(f.reason);
        return true;
    case LogStatus::Expired:
        tally(&Data::expired, &LogHour::expired, f.timeMs);
        return true;
    case LogStatus::Other:
        return !f.to.isNull();
    case LogStatus::None:
    case LogStatus::Rejected:
        break;
    }
    return false;
}

LogStatisticsBuilder::LogStatisticsBuilder(qint64 sinceMs, qint64 untilMs)
    : d(std::make_shared<Data>())
{
    d->sinceMs = sinceMs;
    d->untilMs = untilMs;
}

bool LogStatisticsBuilder::addLine(const Postfix::LogLineView &line)
{
    Facts f;
    f.timeMs = line.timeMs;
    f.service = line.service;
    f.queueId = line.queueId;
    f.message = line.message;
    const QByteArrayView msg = line.message;
    if (isRejectLine(line.service, msg)) {
        f.reject = true;
        f.to = MailLogParser::field(msg, "to");
    } else if (msg.startsWith("from=<")) {
        if (msg.contains(", size=")) {
            f.hasFrom = true;
            f.from = MailLogParser::field(msg, "from");
        } else if (msg.contains("status=expired")) {
            f.status = LogStatus::Expired;
        }
    } else if (msg.startsWith("to=<")) { // every delivery line starts so (smtp, lmtp, local, virtual, error, pipe)
        f.status = MailLogParser::status(msg, &f.reason);
        if (f.status == LogStatus::Sent && !statusWordIsSent(msg))
            f.status = LogStatus::Other; // "deliverable"/"undeliverable" (sendmail -bv): not deliveries
        if (f.status != LogStatus::None) {
            f.to = MailLogParser::field(msg, "to");
            if (f.status == LogStatus::Sent)
                f.relay = MailLogParser::field(msg, "relay");
        }
    }
    return d->add(f);
}

bool LogStatisticsBuilder::addEvent(const Postfix::LogEvent &event)
{
    const QByteArray service = event.service.toUtf8();
    const QByteArray queueId = event.queueId.toUtf8();
    const QByteArray message = event.message.toUtf8();
    const QByteArray reason = event.reason.toUtf8();
    const QByteArray to = event.to.toUtf8();
    const QByteArray relay = event.relay.toUtf8();
    const QByteArray from = event.from.toUtf8();
    Facts f;
    f.timeMs = event.timeMs;
    f.service = service;
    f.queueId = queueId;
    f.message = message;
    f.reason = reason;
    f.relay = relay;
    if (!event.to.isNull())
        f.to = to.isNull() ? QByteArrayView("", 0) : QByteArrayView(to);
    if (isRejectLine(f.service, f.message)) {
        f.reject = true;
    } else if (event.message.startsWith(u"from=<") && event.size >= 0) {
        f.hasFrom = true;
        f.from = from;
    } else {
        f.status = event.status == LogStatus::Rejected ? LogStatus::None : event.status;
        if (f.status == LogStatus::Sent && event.statusText != u"sent")
            f.status = LogStatus::Other;
    }
    return d->add(f);
}

void LogStatisticsBuilder::addDamaged()
{
    ++d->lines;
    ++d->damaged;
}

void LogStatisticsBuilder::addNonPostfix()
{
    ++d->lines;
}

void LogStatisticsBuilder::merge(const LogStatisticsBuilder &other)
{
    const Data &o = *other.d;
    Data &t = *d;
    if (o.firstMs && (t.firstMs == 0 || o.firstMs < t.firstMs))
        t.firstMs = o.firstMs;
    t.lastMs = std::max(t.lastMs, o.lastMs);
    t.lines += o.lines;
    t.postfixLines += o.postfixLines;
    t.damaged += o.damaged;
    t.sent += o.sent;
    t.deferred += o.deferred;
    t.bounced += o.bounced;
    t.rejected += o.rejected;
    t.expired += o.expired;
    t.forwarded += o.forwarded;
    t.filterHops += o.filterHops;
    for (auto it = o.hours.cbegin(); it != o.hours.cend(); ++it) {
        LogHour &h = t.hour(it->hourStartMs);
        h.sent += it->sent;
        h.deferred += it->deferred;
        h.bounced += it->bounced;
        h.rejected += it->rejected;
        h.expired += it->expired;
    }
    for (auto it = o.received.cbegin(); it != o.received.cend(); ++it) {
        if (t.received.contains(it.key()))
            continue;
        const QByteArray &sender = o.senders.at(it->sender);
        t.received.insert(it.key(), Data::Received{t.internSender(sender == "<>" ? QByteArrayView("") : QByteArrayView(sender)), it->hour});
    }
    t.deferredIds.unite(o.deferredIds);
    t.deferredDomains.merge(o.deferredDomains);
    t.bouncedDomains.merge(o.bouncedDomains);
    t.rejectedDomains.merge(o.rejectedDomains);
    for (std::size_t i = 0; i < t.byClass.size(); ++i)
        t.byClass[i] += o.byClass[i];
}

LogStatistics LogStatisticsBuilder::result(int top) const
{
    const Data &t = *d;
    LogStatistics s;
    s.firstMs = t.firstMs;
    s.lastMs = t.lastMs;
    s.lines = t.lines;
    s.postfixLines = t.postfixLines;
    s.damagedLines = t.damaged;
    s.sent = t.sent;
    s.deferred = t.deferred;
    s.deferredMessages = t.deferredIds.size();
    s.bounced = t.bounced;
    s.rejected = t.rejected;
    s.expired = t.expired;
    s.forwarded = t.forwarded;
    s.filterHops = t.filterHops;
    s.received = t.received.size();
    s.deferredByClass = t.byClass;

    QHash<qint64, LogHour> hours = t.hours;
    QList<qint64> perSender(t.senders.size(), 0);
    for (const Data::Received &r : t.received) {
        ++perSender[r.sender];
        if (r.hour != LLONG_MIN) {
            auto it = hours.find(r.hour);
            if (it != hours.end())
                ++it->received;
        }
    }
    QList<qint64> keys = hours.keys();
    std::sort(keys.begin(), keys.end());
    if (!keys.isEmpty() && keys.last() - keys.first() < maxDenseHours) {
        for (qint64 h = keys.first(); h <= keys.last(); ++h) {
            LogHour hour = hours.value(h);
            hour.hourStartMs = h * hourMs;
            s.perHour.append(hour);
        }
    } else {
        for (qint64 h : std::as_const(keys))
            s.perHour.append(hours.value(h));
    }

    CountTable senders;
    for (qsizetype i = 0; i < t.senders.size(); ++i)
        senders.add(t.senders.at(i), perSender.at(i));
    s.topSenders = senders.top(top);
    s.topDeferredDomains = t.deferredDomains.top(top);
    s.topBouncedDomains = t.bouncedDomains.top(top);
    s.topRejectedDomains = t.rejectedDomains.top(top);
    return s;
}

} // namespace Services
