#include "topsendersmodel.h"

#include "displayformat.h"

#include <QLocale>
#include <QTextDocument>

namespace Ui {

TopSendersModel::TopSendersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TopSendersModel::~TopSendersModel() = default;

int TopSendersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_senders.size());
}

int TopSendersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopSendersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Postfix::SenderCount &s = m_senders.at(index.row());
    const double share = m_total > 0 ? double(s.messages) / double(m_total) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Sender:
            return s.sender.isEmpty() ? tr("(empty)") : s.sender;
        case Messages:
            return QLocale().toString(s.messages);
        case Share:
            return tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', 0));
        case Recipients:
            return QLocale().toString(s.recipients);
        case Size:
            return DisplayFormat::size(s.bytes);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Sender:
            return s.sender;
        case Messages:
            return s.messages;
        case Share:
            return share;
        case Recipients:
            return s.recipients;
        case Size:
            return s.bytes;
        }
        return {};
    case Qt::ToolTipRole:
        // Queue text (the sender) must never become markup.
        return Qt::convertFromPlainText(
            tr("%1\n%2 message(s) to %3 recipient(s), %4\noldest message arrived %5")
                .arg(s.sender)
                .arg(s.messages)
                .arg(s.recipients)
                .arg(DisplayFormat::size(s.bytes), DisplayFormat::localTime(s.oldestArrival)),
            Qt::WhiteSpaceNormal);
    case Qt::TextAlignmentRole:
        if (index.column() != Sender)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TopSendersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sender:
        return tr("Sender");
    case Messages:
        return tr("Messages");
    case Share:
        return tr("Share");
    case Recipients:
        return tr("Recipients");
    case Size:
        return tr("Size");
    }
    return {};
}

void TopSendersModel::setSenders(const QList<Postfix::SenderCount> &senders, qint64 totalMessages)
{
    beginResetModel();
    m_senders = senders;
    m_total = totalMessages;
    endResetModel();
}

} // namespace Ui
