#include "fleetpoller.h"

#include "fleetpoller_p.h"

#include "services/queueloader.h"

#include <QHash>
#include <QTimer>

#include <algorithm>

namespace Fleet {

namespace {
// First polls after start() are spread over this window, so 20 servers do not connect at once.
constexpr qint64 kStartSpreadMs = 2000;
// The one timer never sleeps longer than this (clock changes, very long intervals).
constexpr qint64 kMaxSleepMs = 60 * 60 * 1000;
} // namespace

class FleetPoller::Private
{
public:
    struct Entry
    {
        ServerProfile profile;
        ServerStatus status;
        ServerPoll *poll = nullptr; // child of the poller; deleted with deleteLater
        bool open = false;
        bool forced = false;        // pollNow(): due now, whatever the schedule says
    };

    FleetPoller *q = nullptr;
    Options options;
    SecretSource *secrets = nullptr;
    QTimer *timer = nullptr;
    QList<QUuid> order;             // profile order as given to setProfiles
    QHash<QUuid, Entry> entries;
    bool running = false;

    Entry *find(const QUuid &id);
    qint64 intervalMs(const ServerProfile &profile) const; // 0 = not polled on a schedule
    qint64 backoffMs(const Entry &e) const;
    State restingState(const Entry &e) const;
    void setState(Entry &e, State state);
    void launch(Entry &e);
    void onFinished(const QUuid &id, const PollSummary &summary);
    void record(Entry &e, const PollSummary &summary);
    void scheduleAfterPoll(Entry &e);
    void removePoll(Entry &e);
    void updateProfile(Entry &e, const ServerProfile &profile);
    void tick();
    void rearm(const QDateTime &now);
};

FleetPoller::Private::Entry *FleetPoller::Private::find(const QUuid &id)
{
    const auto it = entries.find(id);
    return it == entries.end() ? nullptr : &*it;
}

qint64 FleetPoller::Private::intervalMs(const ServerProfile &profile) const
{
    if (profile.pollIntervalSeconds <= 0)
        return 0;
    return qint64(qMax(profile.pollIntervalSeconds, options.minimumIntervalSeconds)) * 1000;
}

qint64 FleetPoller::Private::backoffMs(const Entry &e) const
{
    const qint64 interval = intervalMs(e.profile);
    if (e.status.consecutiveFailures <= 1)
        return interval;
    const qint64 cap = qMax(qint64(options.maxBackoffSeconds) * 1000, interval);
    const int doublings = qMin(e.status.consecutiveFailures - 1, 30);
    return qMin(interval << doublings, cap);
}

FleetPoller::State FleetPoller::Private::restingState(const Entry &e) const
{
    if (e.open)
        return State::Open;
    if (e.status.last.takenAt.isValid())
        return e.status.last.ok() ? State::Ok : State::Failed;
    return intervalMs(e.profile) == 0 ? State::Off : State::Idle;
}

void FleetPoller::Private::setState(Entry &e, State state)
{
    if (e.status.state == state)
        return;
    e.status.state = state;
    Q_EMIT q->stateChanged(e.profile.id, state);
}

void FleetPoller::Private::launch(Entry &e)
{
    e.forced = false;
    e.status.nextPollAt = {};
    if (!e.poll) {
        e.poll = new ServerPoll(e.profile, options, secrets, q);
        const QUuid id = e.profile.id;
        QObject::connect(e.poll, &ServerPoll::stateChanged, q, [this, id](State state) {
            if (Entry *entry = find(id))
                setState(*entry, state);
        });
        QObject::connect(e.poll, &ServerPoll::finished, q,
                         [this, id](const PollSummary &summary) { onFinished(id, summary); });
    }
    e.poll->start();
}

void FleetPoller::Private::record(Entry &e, const PollSummary &summary)
{
    e.status.last = summary;
    if (summary.ok()) {
        e.status.lastOk = summary;
        e.status.consecutiveFailures = 0;
    } else {
        ++e.status.consecutiveFailures;
    }
    ++e.status.pollsDone;
}

void FleetPoller::Private::scheduleAfterPoll(Entry &e)
{
    const qint64 wait = backoffMs(e);
    e.status.nextPollAt = running && wait > 0 && !e.open
            ? QDateTime::currentDateTimeUtc().addMSecs(wait)
            : QDateTime();
}

void FleetPoller::Private::onFinished(const QUuid &id, const PollSummary &summary)
{
    Entry *e = find(id);
    if (!e)
        return;
    record(*e, summary);
    scheduleAfterPoll(*e);
    setState(*e, restingState(*e));
    Q_EMIT q->polled(summary);
    // The slot above may have changed profiles or stopped the poller: tick() looks afresh.
    tick();
}

void FleetPoller::Private::removePoll(Entry &e)
{
    if (!e.poll)
        return;
    ServerPoll *poll = std::exchange(e.poll, nullptr);
    QObject::disconnect(poll, nullptr, q, nullptr);
    poll->abort();
    poll->dropSession();
    // Possibly inside its own finished() emission: never delete it synchronously.
    poll->deleteLater();
}

void FleetPoller::Private::updateProfile(Entry &e, const ServerProfile &profile)
{
    const bool connectionChanged = !sameConnection(e.profile, profile);
    const bool intervalChanged = intervalMs(e.profile) != intervalMs(profile);
    const bool wasPolling = e.poll && e.poll->isRunning();
    e.profile = profile;
    if (connectionChanged)
        removePoll(e); // the next poll builds a new session from the new profile
    else if (e.poll)
        e.poll->setProfile(profile, false);
    if (e.open || (!connectionChanged && wasPolling))
        return;
    const qint64 interval = intervalMs(profile);
    if (connectionChanged && wasPolling) {
        e.forced = true; // its running poll was aborted: redo it on the new connection
    } else if (intervalChanged) {
        const QDateTime last = e.status.last.takenAt;
        e.status.nextPollAt = !running || interval == 0 ? QDateTime()
                : last.isValid()                         ? last.addMSecs(interval)
                                                         : QDateTime::currentDateTimeUtc();
    }
    setState(e, restingState(e));
}

void FleetPoller::Private::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int busy = 0;
    QList<Entry *> due;
    for (Entry &e : entries) {
        if (e.poll && e.poll->isRunning()) {
            ++busy;
            continue;
        }
        if (e.open)
            continue;
        if (e.forced || (running && e.status.nextPollAt.isValid() && e.status.nextPollAt <= now))
            due.append(&e);
    }
    // pollNow() first, then the longest overdue.
    std::sort(due.begin(), due.end(), [](const Entry *a, const Entry *b) {
        if (a->forced != b->forced)
            return a->forced;
        return a->status.nextPollAt < b->status.nextPollAt;
    });
    const int maxRunning = qMax(1, options.maxConcurrent);
    for (Entry *e : std::as_const(due)) {
        if (busy < maxRunning) {
            ++busy;
            launch(*e);
        } else {
            setState(*e, State::Waiting);
        }
    }
    rearm(now);
}

void FleetPoller::Private::rearm(const QDateTime &now)
{
    QDateTime next;
    if (running) {
        for (const Entry &e : std::as_const(entries)) {
            const bool idle = !e.open && !(e.poll && e.poll->isRunning());
            if (idle && e.status.nextPollAt.isValid() && e.status.nextPollAt > now
                && (!next.isValid() || e.status.nextPollAt < next))
                next = e.status.nextPollAt;
        }
    }
    // Due servers waiting for a slot need no timer: every finished poll ticks again.
    if (!next.isValid()) {
        timer->stop();
        return;
    }
    timer->start(int(std::clamp<qint64>(now.msecsTo(next), 0, kMaxSleepMs)));
}

FleetPoller::FleetPoller(const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
    d->secrets = new SecretSource(options.secretReader, options.credentials, this);
    d->timer = new QTimer(this);
    d->timer->setSingleShot(true);
    d->timer->setTimerType(Qt::CoarseTimer);
    connect(d->timer, &QTimer::timeout, this, [this] { d->tick(); });
}

FleetPoller::~FleetPoller()
{
    // Nobody listens to a poller that is going away: stop() quietly.
    QObject::disconnect(this, nullptr, nullptr, nullptr);
    stop();
}

void FleetPoller::setProfiles(const QList<ServerProfile> &profiles)
{
    QList<QUuid> order;
    QHash<QUuid, ServerProfile> wanted;
    for (const ServerProfile &p : profiles) {
        if (!p.isValid() || wanted.contains(p.id))
            continue;
        order.append(p.id);
        wanted.insert(p.id, p);
    }
    for (auto it = d->entries.begin(); it != d->entries.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        d->removePoll(*it);
        it = d->entries.erase(it);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QUuid &id : std::as_const(order)) {
        if (Private::Entry *e = d->find(id)) {
            d->updateProfile(*e, wanted.value(id));
            continue;
        }
        Private::Entry e;
        e.profile = wanted.value(id);
        e.status.id = id;
        e.status.state = d->intervalMs(e.profile) == 0 ? State::Off : State::Idle;
        if (d->running && d->intervalMs(e.profile) > 0)
            e.status.nextPollAt = now;
        d->entries.insert(id, e);
    }
    d->order = order;
    d->tick();
}

QList<ServerProfile> FleetPoller::profiles() const
{
    QList<ServerProfile> list;
    for (const QUuid &id : std::as_const(d->order))
        list.append(d->entries.value(id).profile);
    return list;
}

void FleetPoller::start()
{
    if (d->running)
        return;
    d->running = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qsizetype n = qMax<qsizetype>(1, d->order.size());
    for (qsizetype i = 0; i < d->order.size(); ++i) {
        Private::Entry &e = d->entries[d->order.at(i)];
        if (e.open || d->intervalMs(e.profile) == 0 || (e.poll && e.poll->isRunning()))
            continue;
        e.status.nextPollAt = now.addMSecs(kStartSpreadMs * i / n);
    }
    d->tick();
}

void FleetPoller::stop()
{
    d->running = false;
    d->timer->stop();
    for (Private::Entry &e : d->entries) {
        d->removePoll(e);
        e.forced = false;
        e.status.nextPollAt = {};
        d->setState(e, d->restingState(e));
    }
}

bool FleetPoller::isRunning() const
{
    return d->running;
}

void FleetPoller::pollNow(const QUuid &id)
{
    Private::Entry *e = d->find(id);
    if (!e || e->open || (e->poll && e->poll->isRunning()))
        return;
    e->forced = true;
    d->tick();
}

void FleetPoller::pollAll()
{
    for (Private::Entry &e : d->entries) {
        if (!e.open && !(e.poll && e.poll->isRunning()))
            e.forced = true;
    }
    d->tick();
}

void FleetPoller::setOpen(const QUuid &id, bool open)
{
    Private::Entry *e = d->find(id);
    if (!e || e->open == open)
        return;
    e->open = open;
    e->forced = false;
    if (open) {
        // The window has its own session: ours would only hold a second connection.
        d->removePoll(*e);
        e->status.nextPollAt = {};
    } else if (d->running && d->intervalMs(e->profile) > 0) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime last = e->status.lastOk.takenAt;
        const QDateTime next = last.isValid() ? last.addMSecs(d->intervalMs(e->profile)) : now;
        e->status.nextPollAt = qMax(now, next);
    }
    d->setState(*e, d->restingState(*e));
    d->tick();
}

void FleetPoller::ingest(const QUuid &id, const Services::QueueSnapshot &snapshot)
{
    Private::Entry *e = d->find(id);
    if (!e || snapshot.canceled)
        return;
    const PollSummary summary = summaryOfSnapshot(id, snapshot);
    d->record(*e, summary);
    if (!e->open)
        d->scheduleAfterPoll(*e);
    d->setState(*e, d->restingState(*e));
    Q_EMIT polled(summary);
    d->tick();
}

FleetPoller::ServerStatus FleetPoller::status(const QUuid &id) const
{
    return d->entries.value(id).status;
}

QList<FleetPoller::ServerStatus> FleetPoller::statuses() const
{
    QList<ServerStatus> list;
    for (const QUuid &id : std::as_const(d->order))
        list.append(d->entries.value(id).status);
    return list;
}

int FleetPoller::runningPolls() const
{
    return int(std::count_if(d->entries.cbegin(), d->entries.cend(), [](const Private::Entry &e) {
        return e.poll && e.poll->isRunning();
    }));
}

} // namespace Fleet
