#include "commandlogmodel.h"

#include "displayformat.h"

#include <QColor>
#include <QTextDocument>

namespace Ui {

CommandLogModel::CommandLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CommandLogModel::~CommandLogModel() = default;

int CommandLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommandLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommandLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Remote::CommandLogEntry &e = row.entry;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Started:
            return e.started.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case Server:
            return row.server;
        case What:
            return e.label;
        case Command:
            return e.shellLine;
        case Status:
            return e.status;
        case Duration:
            if (!e.sent)
                return QStringLiteral("—");
            return e.elapsedMs < 0 ? QString() : DisplayFormat::duration(e.elapsedMs);
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case Started:
            return e.started;
        case Duration:
            return e.elapsedMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::ToolTipRole) {
        // The exact line in full (the column elides it), and the exit code behind the status.
        QString tip = e.shellLine;
        if (!e.label.isEmpty())
            tip = e.label + QLatin1Char('\n') + tip;
        if (e.elapsedMs >= 0 && e.exitCode >= 0)
            tip += QLatin1Char('\n') + tr("exit code %1").arg(e.exitCode);
        if (!e.sent)
            tip += QLatin1Char('\n') + tr("Not sent to the server.");
        if (!e.detail.isEmpty())
            tip += QLatin1Char('\n') + e.detail;
        return Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal);
    } else if (role == Qt::ForegroundRole && index.column() == Status) {
        if (e.elapsedMs >= 0 && e.status != QLatin1String("ok"))
            return QColor(0xb0, 0x1c, 0x1c);
    } else if (role == Qt::TextAlignmentRole && index.column() == Duration) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CommandLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started");
    case Server:
        return tr("Server");
    case What:
        return tr("What");
    case Command:
        return tr("Command");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    }
    return {};
}

void CommandLogModel::record(const QString &server, const Remote::CommandLogEntry &entry)
{
    const auto key = qMakePair(server, entry.id);
    const auto it = m_rowOf.constFind(key);
    if (it != m_rowOf.cend()) {
        m_rows[*it].entry = entry;
        Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        return;
    }
    if (m_rows.size() >= m_max)
        dropOldest(int(m_rows.size()) - m_max + qMax(1, m_max / 10));
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{server, entry});
    m_rowOf.insert(key, row);
    endInsertRows();
}

void CommandLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
}

int CommandLogModel::maxEntries() const
{
    return m_max;
}

void CommandLogModel::setMaxEntries(int max)
{
    m_max = qMax(1, max);
    if (m_rows.size() > m_max)
        dropOldest(int(m_rows.size()) - m_max);
}

const Remote::CommandLogEntry &CommandLogModel::entry(int row) const
{
    return m_rows.at(row).entry;
}

void CommandLogModel::dropOldest(int n)
{
    n = qMin(n, int(m_rows.size()));
    if (n <= 0)
        return;
    beginRemoveRows({}, 0, n - 1);
    m_rows.remove(0, n);
    rebuildIndex();
    endRemoveRows();
}

void CommandLogModel::rebuildIndex()
{
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(qMakePair(m_rows.at(i).server, m_rows.at(i).entry.id), i);
}

} // namespace Ui
