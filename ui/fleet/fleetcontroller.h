#pragma once

#include "fleet/alertevaluator.h"
#include "fleet/fleetpoller.h"
#include "fleet/historystore.h"

#include "remote/serversession.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QTimer;

namespace Fleet {
class CredentialStore;
class ProfileStore;
} // namespace Fleet

namespace Services {
struct QueueSnapshot;
}

namespace Ui {

class AlertNotifier;
class FleetModel;

// The fleet behind the main window's dashboard: owns the FleetPoller, the HistoryStore, the
// AlertEvaluator, the AlertNotifier and the FleetModel the dashboard draws, and wires them:
//   ProfileStore::changed → poller profiles, alert thresholds, model rows (history seeded from
//   the store for new profiles);
//   FleetPoller::polled → history record → alerts update → model → notifier → polled();
//   prune of the history at start and hourly.
// The server open in the window is marked with setOpen() and its loads come in through ingest()
// (the poller then does not list it a second time). GUI thread; nothing blocks except the short
// SQLite calls of the history store.
class FleetController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetController)

public:
    struct Options
    {
        QString historyPath;           // empty = HistoryStore::defaultPath(); ":memory:" ok
        bool startPolling = true;
        bool pollingAllowed = true;     // false: never polls (only ingest()), e.g. a test window
                                        // whose one fake transport belongs to the open server
        int minimumIntervalSeconds = 5; // the poller's clamp of a profile's interval
        Remote::ServerSession::TransportFactory transportFactory; // empty = real transports
        Fleet::CredentialStore *credentials = nullptr;            // not owned; null = none
    };

    FleetController(Fleet::ProfileStore *profiles, const Options &options, QObject *parent = nullptr);
    ~FleetController() override;

    Fleet::FleetPoller *poller() const;
    Fleet::HistoryStore *history() const;
    Fleet::AlertEvaluator *alerts();
    AlertNotifier *notifier() const;
    FleetModel *model() const;
    QString historyError() const; // why the history file could not be opened; empty = fine

    void setOpen(const QUuid &id); // the server open in the window; null = none
    void pollAll();                // "Poll all now" (no-op when polling is not allowed)
    void ingest(const QUuid &id, const Services::QueueSnapshot &snapshot);

Q_SIGNALS:
    void polled(const Fleet::PollSummary &summary); // after history, alerts and model took it

private:
    void reloadProfiles();
    void onPolled(const Fleet::PollSummary &summary);
    void seed(const Fleet::ServerProfile &profile);
    void prune();

    Fleet::ProfileStore *m_profiles;
    Options m_options;
    Fleet::FleetPoller *m_poller;
    std::unique_ptr<Fleet::HistoryStore> m_history;
    Fleet::AlertEvaluator m_alerts;
    AlertNotifier *m_notifier;
    FleetModel *m_model;
    QTimer *m_pruneTimer;
    QString m_historyError;
    QSet<QUuid> m_known;
    QUuid m_open;
};

} // namespace Ui
