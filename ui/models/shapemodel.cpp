#include "shapemodel.h"

#include <QFont>
#include <QLocale>
#include <QTextDocument>

namespace Ui {

ShapeModel::ShapeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ShapeModel::~ShapeModel() = default;

int ShapeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || (m_shape.rows.isEmpty() && m_shape.totals.total == 0))
        return 0;
    return int(m_shape.rows.size()) + 1;
}

int ShapeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstBucket + int(m_shape.options.bucketMinutes.size()) + 1;
}

const Postfix::QueueShapeRow &ShapeModel::rowAt(int row) const
{
    return row == 0 ? m_shape.totals : m_shape.rows.at(row - 1);
}

QVariant ShapeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Postfix::QueueShapeRow &row = rowAt(index.row());
    const int bucket = index.column() - FirstBucket;
    const qint64 value = index.column() == Total ? row.total
        : bucket >= 0 && bucket < row.buckets.size() ? row.buckets.at(bucket) : 0;
    const bool isDomainRow = index.row() > 0 && row.domain != QLatin1String("(other)");
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Domain)
            return index.row() == 0 ? tr("Total") : row.domain;
        if (value == 0 && index.column() != Total)
            return QString(); // empty cells read faster than a wall of zeros
        return QLocale().toString(value);
    case SortRole:
        if (index.column() == Domain)
            return row.domain;
        return value;
    case HeatRole:
        if (index.row() == 0 || bucket < 0 || m_max == 0)
            return 0.0;
        return double(value) / double(m_max);
    case DomainRole:
        return isDomainRow ? row.domain : QString();
    case Qt::ToolTipRole: {
        if (index.column() == Domain)
            return isDomainRow ? Qt::convertFromPlainText( // domains come from the queue: never markup
                                     tr("%1: %2 recipient(s) — double-click to list its messages")
                                         .arg(row.domain).arg(row.total), Qt::WhiteSpaceNormal)
                               : QVariant();
        if (bucket < 0)
            return tr("%1 recipient(s) in total").arg(value);
        const QList<int> &edges = m_shape.options.bucketMinutes;
        const QString age = bucket < edges.size()
            ? tr("between %1 and %2 minutes old").arg(bucket == 0 ? 0 : edges.at(bucket - 1)).arg(edges.at(bucket))
            : tr("older than %1 minutes").arg(edges.isEmpty() ? 0 : edges.last());
        return Qt::convertFromPlainText(tr("%1: %2 recipient(s) %3")
                                            .arg(index.row() == 0 ? tr("All domains") : row.domain)
                                            .arg(value).arg(age), Qt::WhiteSpaceNormal);
    }
    case Qt::TextAlignmentRole:
        if (index.column() != Domain)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.row() == 0 || index.column() == Total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QString ShapeModel::bucketLabel(int minutes, bool last)
{
    QString amount;
    if (minutes < 60)
        amount = tr("%1 min").arg(minutes);
    else if (minutes < 48 * 60)
        amount = tr("%1 h").arg(QLocale().toString(minutes / 60.0, 'g', 3));
    else
        amount = tr("%1 d").arg(QLocale().toString(minutes / 1440.0, 'g', 3));
    return last ? tr("≥ %1").arg(amount) : tr("< %1").arg(amount);
}

QVariant ShapeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Domain) {
        if (role == Qt::ToolTipRole)
            return {};
        return m_shape.options.by == Postfix::QueueShapeOptions::By::SenderDomain
            ? tr("Sender domain") : tr("Recipient domain");
    }
    if (section == Total)
        return role == Qt::DisplayRole ? tr("Total") : tr("Recipients in the queue");
    const QList<int> &edges = m_shape.options.bucketMinutes;
    const int bucket = section - FirstBucket;
    if (bucket < 0 || bucket > edges.size())
        return {};
    const bool last = bucket == edges.size();
    const int minutes = last ? (edges.isEmpty() ? 0 : edges.last()) : edges.at(bucket);
    if (role == Qt::ToolTipRole)
        return last ? tr("Older than %1 minutes").arg(minutes)
                    : tr("Younger than %1 minutes").arg(minutes);
    return bucketLabel(minutes, last);
}

void ShapeModel::setShape(const Postfix::QueueShape &shape)
{
    beginResetModel();
    m_shape = shape;
    m_max = 0;
    for (const Postfix::QueueShapeRow &row : std::as_const(m_shape.rows)) {
        for (qint64 v : row.buckets)
            m_max = qMax(m_max, v);
    }
    endResetModel();
}

} // namespace Ui
