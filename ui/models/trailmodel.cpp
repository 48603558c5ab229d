#include "trailmodel.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

namespace Ui {

TrailModel::TrailModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TrailModel::~TrailModel() = default;

int TrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrailModel::text(const Postfix::LogEvent &e, int column)
{
    switch (column) {
    case Program:
        return e.program;
    case QueueId:
        return e.queueId;
    case Status:
        return e.statusText;
    case Message:
        return e.message;
    default:
        return {};
    }
}

QVariant TrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Postfix::LogEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Time)
            return e.timeMs > 0 ? QDateTime::fromMSecsSinceEpoch(e.timeMs).toLocalTime().toString(
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                : QString();
        return text(e, index.column());
    case SortRole:
        if (index.column() == Time)
            return e.timeMs;
        return text(e, index.column());
    case Qt::ToolTipRole:
        return Qt::convertFromPlainText(e.rawLine.isEmpty() ? e.message : e.rawLine,
                                        Qt::WhiteSpaceNormal);
    case Qt::ForegroundRole:
        // Failures stand out in the status column only; the palette's own colours elsewhere.
        if (index.column() == Status
            && (e.status == Postfix::LogStatus::Deferred || e.status == Postfix::LogStatus::Bounced
                || e.status == Postfix::LogStatus::Expired || e.status == Postfix::LogStatus::Rejected))
            return QGuiApplication::palette().color(QPalette::Base).lightness() < 128
                ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20);
        return {};
    default:
        return {};
    }
}

QVariant TrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Program:
        return tr("Program");
    case QueueId:
        return tr("Queue ID");
    case Status:
        return tr("Status");
    case Message:
        return tr("Message");
    }
    return {};
}

void TrailModel::setEvents(const QList<Postfix::LogEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

const Postfix::LogEvent &TrailModel::event(int row) const
{
    return m_events.at(row);
}

} // namespace Ui
