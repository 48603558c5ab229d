#include "logeventmodel.h"

#include "charts/chartadapters.h"
#include "diagnosis/reasonclassifier.h"

#include <QDateTime>
#include <QTextDocument>
#include <QTimeZone>

namespace Ui {

using Postfix::LogStatus;

namespace {
bool hasReasonClass(const Postfix::LogEvent &e)
{
    switch (e.status) {
    case LogStatus::Deferred:
    case LogStatus::Bounced:
    case LogStatus::Expired:
    case LogStatus::Rejected:
        return !e.reason.isEmpty();
    case LogStatus::None:
    case LogStatus::Sent:
    case LogStatus::Other:
        break;
    }
    return false;
}
} // namespace

LogEventModel::LogEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

LogEventModel::~LogEventModel() = default;

int LogEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int LogEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void LogEventModel::setEvents(const QList<Postfix::LogEvent> &events)
{
    beginResetModel();
    m_events = events;
    m_classes.clear();
    m_classes.reserve(events.size());
    const Diagnosis::ReasonClassifier &classifier = Diagnosis::ReasonClassifier::instance();
    for (const Postfix::LogEvent &e : std::as_const(m_events))
        m_classes << qint8(hasReasonClass(e) ? int(classifier.classOf(e.reason)) : -1);
    endResetModel();
}

void LogEventModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_classes.clear();
    endResetModel();
}

const Postfix::LogEvent &LogEventModel::event(int row) const
{
    return m_events.at(row);
}

int LogEventModel::reasonClass(int row) const
{
    return m_classes.value(row, -1);
}

int LogEventModel::count(LogStatus status) const
{
    return int(std::count_if(m_events.cbegin(), m_events.cend(),
                             [status](const Postfix::LogEvent &e) { return e.status == status; }));
}

QString LogEventModel::statusName(LogStatus status)
{
    switch (status) {
    case LogStatus::Sent:
        return tr("sent");
    case LogStatus::Deferred:
        return tr("deferred");
    case LogStatus::Bounced:
        return tr("bounced");
    case LogStatus::Expired:
        return tr("expired");
    case LogStatus::Rejected:
        return tr("rejected");
    case LogStatus::Other:
        return tr("other");
    case LogStatus::None:
        break;
    }
    return {};
}

QString LogEventModel::timeText(const Postfix::LogEvent &event)
{
    if (event.timeMs == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(event.timeMs, QTimeZone(event.utcOffsetSeconds))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant LogEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const int row = index.row();
    const Postfix::LogEvent &e = m_events.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Status && e.status != LogStatus::Sent)
            return ChartAdapters::statusColor(e.status);
        return {};
    case StatusRole:
        return int(e.status);
    case ClassRole:
        return reasonClass(row);
    case RawLineRole:
        return e.rawLine;
    case QueueIdRole:
        return e.queueId;
    default:
        return {};
    }
}

QVariant LogEventModel::displayData(int row, int column) const
{
    const Postfix::LogEvent &e = m_events.at(row);
    switch (column) {
    case Time:
        return timeText(e);
    case Status:
        return e.status == LogStatus::Other ? e.statusText : statusName(e.status);
    case Class: {
        const int cls = reasonClass(row);
        return cls < 0 ? QString() : Diagnosis::reasonClassInfo(Diagnosis::ReasonClass(cls)).title;
    }
    case QueueId:
        return e.queueId;
    case Sender:
        return e.from;
    case Recipient:
        return e.to;
    case Relay:
        return e.relay.isEmpty() ? e.client : e.relay;
    case Reason:
        return e.reason;
    default:
        return {};
    }
}

QVariant LogEventModel::sortData(int row, int column) const
{
    if (column == Time)
        return m_events.at(row).timeMs;
    return displayData(row, column).toString().toLower();
}

QString LogEventModel::toolTip(int row, int column) const
{
    const Postfix::LogEvent &e = m_events.at(row);
    if (column == Class && reasonClass(row) >= 0) {
        const Diagnosis::ReasonClassInfo info =
            Diagnosis::reasonClassInfo(Diagnosis::ReasonClass(reasonClass(row)));
        return info.title + u'\n' + info.explanation + u'\n' + tr("What to do: %1").arg(info.fixHint);
    }
    if (column == Reason || column == Relay) // log text: never markup
        return Qt::convertFromPlainText(displayData(row, column).toString(), Qt::WhiteSpaceNormal);
    if (column == Time && e.delay >= 0)
        return tr("delay %1 s (delays %2)").arg(e.delay).arg(e.delays);
    return {};
}

QVariant LogEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Status:
        return tr("Status");
    case Class:
        return tr("Class");
    case QueueId:
        return tr("Queue ID");
    case Sender:
        return tr("Sender");
    case Recipient:
        return tr("Recipient");
    case Relay:
        return tr("Relay / client");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace Ui
