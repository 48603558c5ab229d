#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QUuid>
#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace Fleet {
class HistoryStore;
}

namespace Ui {

class FleetHistoryChart;
class FleetModel;
class ServerCard;

// The fleet at a glance: a card per server (ServerCard) grouped by client in group boxes
// (objectName group_<name>), worst first inside each group and the groups worst first, re-sorted
// after every poll by moving the existing cards (no rebuild, no flicker). Above them a summary
// line (fleetSummary: N servers · X need attention · fleet total deferred), "Poll all now"
// (pollAllButton) and a text filter (dashboardFilter); below them the fleet history chart
// (fleetChart) and the in-window alert list (alertList, filled by AlertNotifier).
//
// Reads FleetModel (not owned) and follows its changes. GUI thread only.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(FleetModel *model, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setHistoryStore(const Fleet::HistoryStore *store);

    ServerCard *card(const QUuid &id) const;
    QList<ServerCard *> cards() const;        // in display order (groups, then cards)
    QStringList groupOrder() const;          // group names in display order
    QString summaryText() const;
    QListWidget *alertList() const;
    FleetHistoryChart *historyChart() const;
    void setFilterText(const QString &text);

    // Reads the model again: cards created/removed, texts updated, order re-sorted.
    void refresh();
    // After a poll: the history chart is reloaded 3 s later (the first burst of polls once), then at
    // most once a minute (SQLite on the GUI thread).
    void noteHistoryChanged();

Q_SIGNALS:
    void openRequested(const QUuid &id);
    void pollAllRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onEntryChanged(const QUuid &id);
    void relayout(bool force = false);
    int columnCount() const;
    bool matchesFilter(const ServerCard *card) const;
    void updateSummary();
    void updateTimes();
    QGroupBox *groupBox(const QString &name);

    FleetModel *m_model;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QPushButton *m_pollAll;
    QScrollArea *m_scroll;
    QWidget *m_cardsHost;
    QVBoxLayout *m_groupsLayout;
    FleetHistoryChart *m_chart;
    QListWidget *m_alerts;
    QTimer *m_clock;
    QTimer *m_relayout;
    QTimer *m_chartTimer;
    QHash<QUuid, ServerCard *> m_cards;
    QHash<QString, QGroupBox *> m_groups;
    QList<QPair<QString, QList<QUuid>>> m_order; // what is laid out now
    int m_columns = 0;
    qint64 m_chartLoadedAt = 0;
    bool m_chartStale = true;
};

} // namespace Ui
