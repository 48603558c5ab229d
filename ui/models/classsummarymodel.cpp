#include "classsummarymodel.h"

#include "diagnosis/reasonclass.h"
#include "queuetablemodel.h"

#include <QLocale>
#include <QTextDocument>

#include <array>

namespace Ui {

ClassSummaryModel::ClassSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ClassSummaryModel::~ClassSummaryModel() = default;

int ClassSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClassSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClassSummaryModel::classTitle(int cls) const
{
    if (cls < 0)
        return tr("No reason yet");
    return Diagnosis::reasonClassInfo(Diagnosis::ReasonClass(cls)).title;
}

QString ClassSummaryModel::advice(int cls) const
{
    if (cls < 0)
        return tr("Active, held or new mail that has not failed a delivery attempt. Nothing to "
                  "fix here unless it stays active for long.");
    const Diagnosis::ReasonClassInfo info = Diagnosis::reasonClassInfo(Diagnosis::ReasonClass(cls));
    return tr("%1\nWhat to do: %2").arg(info.explanation, info.fixHint);
}

QVariant ClassSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const double share = m_total > 0 ? double(row.messages) / m_total : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Class:
            return classTitle(row.cls);
        case Messages:
            return QLocale().toString(row.messages);
        case Share:
            return tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', share < 0.1 && share > 0 ? 1 : 0));
        case Example:
            return row.example;
        case Advice:
            return advice(row.cls);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Class:
            return classTitle(row.cls);
        case Messages:
            return qint64(row.messages);
        case Share:
            return share;
        case Example:
            return row.example;
        case Advice:
            return advice(row.cls);
        }
        return {};
    case ClassRole:
        return row.cls;
    case Qt::ToolTipRole:
        if (index.column() == Example || index.column() == Advice || index.column() == Class) {
            const QString text = index.column() == Example ? row.example
                                                           : classTitle(row.cls) + u'\n' + advice(row.cls);
            return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal); // queue text stays inert
        }
        if (index.column() == Messages || index.column() == Share)
            return tr("%1 of %2 messages — click to show them").arg(row.messages).arg(m_total);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Messages || index.column() == Share)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}

QVariant ClassSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Class:
        return tr("Class");
    case Messages:
        return tr("Messages");
    case Share:
        return tr("Share");
    case Example:
        return tr("Example reason");
    case Advice:
        return tr("What it means / what to do");
    }
    return {};
}

void ClassSummaryModel::rebuild(QueueTableModel &queue)
{
    // Slot reasonClassCount holds the messages without a reason.
    std::array<int, Diagnosis::reasonClassCount + 1> counts{};
    std::array<int, Diagnosis::reasonClassCount> firstRow;
    firstRow.fill(-1);
    const int n = queue.rowCount();
    for (int r = 0; r < n; ++r) {
        const int cls = queue.messageClass(r);
        if (cls < 0) {
            ++counts[Diagnosis::reasonClassCount];
            continue;
        }
        if (counts[std::size_t(cls)]++ == 0)
            firstRow[std::size_t(cls)] = r;
    }
    beginResetModel();
    m_rows.clear();
    m_total = n;
    for (Diagnosis::ReasonClass cls : Diagnosis::allReasonClasses()) {
        const auto i = std::size_t(cls);
        if (!counts[i])
            continue;
        const QString example = queue.classifier().exampleReason(queue.message(firstRow[i]), cls);
        m_rows.append(Row{int(cls), counts[i], example});
    }
    if (const int none = counts[Diagnosis::reasonClassCount])
        m_rows.append(Row{-1, none, {}});
    endResetModel();
}

void ClassSummaryModel::clear()
{
    if (m_rows.isEmpty() && m_total == 0)
        return;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    endResetModel();
}

int ClassSummaryModel::classCount() const
{
    int n = 0;
    for (const Row &row : m_rows)
        n += row.cls >= 0 ? 1 : 0;
    return n;
}

int ClassSummaryModel::rowOfClass(int cls) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).cls == cls)
            return int(i);
    }
    return -1;
}

} // namespace Ui
