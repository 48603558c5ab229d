#include "auditlogmodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace Ui {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

AuditLogModel::~AuditLogModel() = default;

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AuditLogModel::setRecords(const QList<Actions::AuditRecord> &oldestFirst)
{
    beginResetModel();
    m_records = oldestFirst;
    std::reverse(m_records.begin(), m_records.end());
    endResetModel();
}

const Actions::AuditRecord &AuditLogModel::record(int row) const
{
    return m_records.at(row);
}

QStringList AuditLogModel::servers() const
{
    QStringList names;
    for (const Actions::AuditRecord &r : m_records) {
        if (!names.contains(r.server))
            names << r.server;
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString AuditLogModel::countText(const Actions::AuditRecord &record)
{
    if (record.expected < 0 && record.reported < 0)
        return {};
    if (record.reported < 0)
        return QString::number(record.expected);
    if (record.expected < 0)
        return QString::number(record.reported);
    return QStringLiteral("%1 / %2").arg(record.expected).arg(record.reported);
}

QVariant AuditLogModel::display(const Actions::AuditRecord &r, int column) const
{
    switch (column) {
    case Time:
        return r.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Server:
        return r.server;
    case Account:
        return r.account;
    case Action:
        return r.action;
    case Count:
        return countText(r);
    case Result:
        return r.result;
    case Detail:
        return r.detail.section(u'\n', 0, 0); // one line in the table; the tooltip has all
    case Ids:
        return r.ids.size() > 3 ? tr("%1 … (%2 IDs)").arg(r.ids.mid(0, 3).join(u' ')).arg(r.ids.size())
                                : r.ids.join(u' ');
    case Backup:
        return r.backup;
    }
    return {};
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Actions::AuditRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case SortRole:
        switch (index.column()) {
        case Time:
            return r.time.toMSecsSinceEpoch();
        case Count:
            return r.expected;
        default:
            return display(r, index.column()).toString().toLower();
        }
    case ServerRole:
        return r.server;
    case Qt::ToolTipRole:
        if (index.column() == Detail)
            return r.detail;
        if (index.column() == Ids)
            return r.ids.join(u'\n');
        if (index.column() == Server)
            return r.host;
        if (index.column() == Account)
            return r.client;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Result && r.result != QLatin1String("ok"))
            return QBrush(r.result == QLatin1String("failed") || r.result == QLatin1String("rollback_failed")
                              ? QColor(0xc6, 0x28, 0x28)
                              : QColor(0xb2, 0x6a, 0x00));
        return {};
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Server:
        return tr("Server");
    case Account:
        return tr("Account");
    case Action:
        return tr("Action");
    case Count:
        return tr("Expected / reported");
    case Result:
        return tr("Result");
    case Detail:
        return tr("Detail");
    case Ids:
        return tr("Queue IDs");
    case Backup:
        return tr("Backup");
    }
    return {};
}

} // namespace Ui
