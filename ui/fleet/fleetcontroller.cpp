#include "fleetcontroller.h"

#include "alertnotifier.h"
#include "models/fleetmodel.h"

#include "fleet/profilestore.h"
#include "services/queueloader.h"

#include <QTimer>

namespace Ui {

namespace {
Fleet::FleetPoller::Options pollerOptions(const FleetController::Options &options)
{
    Fleet::FleetPoller::Options o;
    o.transportFactory = options.transportFactory;
    o.credentials = options.credentials;
    o.minimumIntervalSeconds = options.minimumIntervalSeconds;
    return o;
}
} // namespace

FleetController::FleetController(Fleet::ProfileStore *profiles, const Options &options, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_options(options)
    , m_poller(new Fleet::FleetPoller(pollerOptions(options), this))
    , m_history(std::make_unique<Fleet::HistoryStore>(
          options.historyPath.isEmpty() ? Fleet::HistoryStore::defaultPath() : options.historyPath))
    , m_notifier(new AlertNotifier(this))
    , m_model(new FleetModel(this))
    , m_pruneTimer(new QTimer(this))
{
    if (!m_history->open(&m_historyError) && m_historyError.isEmpty())
        m_historyError = m_history->lastError();
    connect(m_poller, &Fleet::FleetPoller::polled, this, &FleetController::onPolled);
    connect(m_poller, &Fleet::FleetPoller::stateChanged, m_model, &FleetModel::setState);
    connect(m_profiles, &Fleet::ProfileStore::changed, this, &FleetController::reloadProfiles);
    m_pruneTimer->setInterval(3600 * 1000);
    connect(m_pruneTimer, &QTimer::timeout, this, &FleetController::prune);
    m_pruneTimer->start();
    prune();
    reloadProfiles();
    if (options.startPolling && options.pollingAllowed)
        m_poller->start();
}

FleetController::~FleetController()
{
    m_poller->stop();
}

Fleet::FleetPoller *FleetController::poller() const
{
    return m_poller;
}

Fleet::HistoryStore *FleetController::history() const
{
    return m_history.get();
}

Fleet::AlertEvaluator *FleetController::alerts()
{
    return &m_alerts;
}

AlertNotifier *FleetController::notifier() const
{
    return m_notifier;
}

FleetModel *FleetController::model() const
{
    return m_model;
}

QString FleetController::historyError() const
{
    return m_historyError;
}

void FleetController::setOpen(const QUuid &id)
{
    if (id == m_open)
        return;
    if (!m_open.isNull())
        m_poller->setOpen(m_open, false);
    m_open = id;
    if (!id.isNull())
        m_poller->setOpen(id, true);
}

void FleetController::pollAll()
{
    if (m_options.pollingAllowed)
        m_poller->pollAll();
}

void FleetController::ingest(const QUuid &id, const Services::QueueSnapshot &snapshot)
{
    m_poller->ingest(id, snapshot); // comes back through polled()
}

void FleetController::reloadProfiles()
{
    const QList<Fleet::ServerProfile> profiles = m_profiles->profiles();
    QSet<QUuid> now;
    for (const Fleet::ServerProfile &p : profiles) {
        now.insert(p.id);
        m_alerts.setThresholds(p.id, p.alerts);
    }
    for (const QUuid &gone : QSet<QUuid>(m_known).subtract(now)) {
        m_alerts.forget(gone);
        if (gone == m_open)
            m_open = QUuid();
    }
    m_poller->setProfiles(profiles);
    m_model->setProfiles(profiles);
    for (const Fleet::ServerProfile &p : profiles) {
        if (!m_known.contains(p.id))
            seed(p);
        m_model->setState(p.id, m_poller->status(p.id).state);
    }
    m_known = now;
}

// A profile seen for the first time (start, added, imported): its sparkline and the alert
// evaluator's growth window start from the stored history instead of from nothing.
void FleetController::seed(const Fleet::ServerProfile &profile)
{
    if (!m_history->isOpen())
        return;
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QList<Fleet::HistorySample> samples = m_history->samples(profile.id, to.addDays(-1), to);
    QList<QPair<qint64, qint64>> points;
    QList<QPair<QDateTime, qint64>> totals;
    const QDateTime windowStart = to.addSecs(-qint64(profile.alerts.growthWindowMinutes) * 60 * 2);
    for (const Fleet::HistorySample &s : samples) {
        points.append({s.at.toMSecsSinceEpoch(), s.total});
        if (s.at >= windowStart)
            totals.append({s.at, s.total});
    }
    m_model->setHistory(profile.id, points);
    if (!totals.isEmpty())
        m_alerts.seedHistory(profile.id, totals);
}

void FleetController::onPolled(const Fleet::PollSummary &summary)
{
    if (m_history->isOpen())
        m_history->record(summary);
    const QList<Fleet::AlertChange> changes = m_alerts.update(summary);
    m_model->addPoll(summary, m_alerts.current(summary.server), m_alerts.severity(summary.server));
    const QString name = m_model->entry(summary.server).name;
    m_notifier->notify(summary.server, name, changes);
    Q_EMIT polled(summary);
}

void FleetController::prune()
{
    if (m_history->isOpen())
        m_history->prune(QDateTime::currentDateTimeUtc());
}

} // namespace Ui
