#pragma once

#include "fleet/fleetentry.h"
#include "fleet/serverprofile.h"

#include <QAbstractListModel>

namespace Ui {

// One row per server profile of the fleet (in profile order, sorted by name), each a FleetEntry.
// The dashboard draws a card per row and sorts them itself. Fed by FleetController: profiles on
// every ProfileStore::changed, states and polls from the FleetPoller, alerts from the
// AlertEvaluator, the sparkline's history from the HistoryStore. GUI thread only.
class FleetModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QUuid
        GroupRole,                 // QString: the group the dashboard shows it under
        SeverityRole,              // int(Fleet::Severity) of FleetEntry::severity()
        StateTextRole,             // QString: FleetText::stateText
        CountsTextRole,            // QString: FleetText::countsText
        DeferredRole,              // qint64: deferred messages of the latest successful poll
        TotalRole,                 // qint64: all messages of the latest successful poll
        FailedRole,                // bool: the latest poll failed
    };

    explicit FleetModel(QObject *parent = nullptr);
    ~FleetModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Rows follow the profiles; entries of kept profiles keep their polls and history.
    void setProfiles(const QList<Fleet::ServerProfile> &profiles);
    void setState(const QUuid &id, Fleet::FleetPoller::State state);
    // A poll of summary.server with the alerts it left current (ok or failed poll).
    void addPoll(const Fleet::PollSummary &summary, const QList<Fleet::AlertState> &alerts,
                 Fleet::Severity alertSeverity);
    // The recent totals (epoch ms, total), oldest first, e.g. from the HistoryStore at start.
    void setHistory(const QUuid &id, const QList<QPair<qint64, qint64>> &totals);
    void setHistoryWindowSeconds(qint64 seconds); // how much the sparkline keeps; default 24 h

    int rowOf(const QUuid &id) const; // -1 when absent
    const FleetEntry &entry(int row) const;
    FleetEntry entry(const QUuid &id) const; // a default entry when absent
    const QList<FleetEntry> &entries() const;

Q_SIGNALS:
    void entryChanged(const QUuid &id); // after any change of one row (dataChanged too)

private:
    void changed(int row);

    QList<FleetEntry> m_entries;
    qint64 m_historyWindowMs = 24 * 3600 * 1000LL;
};

} // namespace Ui
