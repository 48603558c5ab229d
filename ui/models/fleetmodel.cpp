#include "fleetmodel.h"

#include "fleet/fleettext.h"

namespace Ui {

FleetModel::FleetModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

FleetModel::~FleetModel() = default;

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FleetEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.name;
    case Qt::ToolTipRole:
        return FleetText::stateText(e);
    case IdRole:
        return e.id;
    case GroupRole:
        return e.group;
    case SeverityRole:
        return int(e.severity());
    case StateTextRole:
        return FleetText::stateText(e);
    case CountsTextRole:
        return FleetText::countsText(e);
    case DeferredRole:
        return e.deferred();
    case TotalRole:
        return e.lastOk.total;
    case FailedRole:
        return e.failed();
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> FleetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(GroupRole, "group");
    names.insert(SeverityRole, "severity");
    names.insert(StateTextRole, "stateText");
    names.insert(CountsTextRole, "countsText");
    names.insert(DeferredRole, "deferred");
    names.insert(TotalRole, "total");
    names.insert(FailedRole, "failed");
    return names;
}

void FleetModel::setProfiles(const QList<Fleet::ServerProfile> &profiles)
{
    QList<FleetEntry> next;
    next.reserve(profiles.size());
    for (const Fleet::ServerProfile &p : profiles) {
        const int row = rowOf(p.id);
        FleetEntry e = row >= 0 ? m_entries.at(row) : FleetEntry();
        e.id = p.id;
        e.name = p.displayName();
        e.group = p.groupName();
        e.pollIntervalSeconds = p.pollIntervalSeconds;
        next << e;
    }
    beginResetModel();
    m_entries = next;
    endResetModel();
}

void FleetModel::setState(const QUuid &id, Fleet::FleetPoller::State state)
{
    const int row = rowOf(id);
    if (row < 0 || m_entries.at(row).state == state)
        return;
    m_entries[row].state = state;
    changed(row);
}

void FleetModel::addPoll(const Fleet::PollSummary &summary, const QList<Fleet::AlertState> &alerts,
                         Fleet::Severity alertSeverity)
{
    const int row = rowOf(summary.server);
    if (row < 0)
        return;
    FleetEntry &e = m_entries[row];
    e.last = summary;
    if (summary.ok()) {
        e.previousTotal = e.hasNumbers() ? e.lastOk.total : -1;
        e.lastOk = summary;
        const qint64 at = summary.takenAt.toMSecsSinceEpoch();
        e.recent.append({at, summary.total});
        while (!e.recent.isEmpty() && e.recent.first().first < at - m_historyWindowMs)
            e.recent.removeFirst();
    }
    e.alerts = alerts;
    e.alertSeverity = alertSeverity;
    changed(row);
}

void FleetModel::setHistory(const QUuid &id, const QList<QPair<qint64, qint64>> &totals)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_entries[row].recent = totals;
    changed(row);
}

void FleetModel::setHistoryWindowSeconds(qint64 seconds)
{
    m_historyWindowMs = seconds * 1000;
}

int FleetModel::rowOf(const QUuid &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

const FleetEntry &FleetModel::entry(int row) const
{
    return m_entries.at(row);
}

FleetEntry FleetModel::entry(const QUuid &id) const
{
    const int row = rowOf(id);
    return row < 0 ? FleetEntry() : m_entries.at(row);
}

const QList<FleetEntry> &FleetModel::entries() const
{
    return m_entries;
}

void FleetModel::changed(int row)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
    Q_EMIT entryChanged(m_entries.at(row).id);
}

} // namespace Ui
