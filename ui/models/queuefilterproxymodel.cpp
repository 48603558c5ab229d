#include "queuefilterproxymodel.h"

#include "queuetablemodel.h"

namespace Ui {

QueueFilterProxyModel::QueueFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(QueueTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

QueueFilterProxyModel::~QueueFilterProxyModel() = default;

void QueueFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_queueModel = qobject_cast<QueueTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void QueueFilterProxyModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_matcher = QStringMatcher(m_text, Qt::CaseInsensitive);
    invalidateFilter();
}

QString QueueFilterProxyModel::textFilter() const
{
    return m_text;
}

void QueueFilterProxyModel::setQueueFilter(std::optional<Postfix::QueueName> queue)
{
    if (queue == m_queue)
        return;
    m_queue = queue;
    invalidateFilter();
}

std::optional<Postfix::QueueName> QueueFilterProxyModel::queueFilter() const
{
    return m_queue;
}

void QueueFilterProxyModel::setClassFilter(std::optional<int> cls)
{
    if (cls == m_class)
        return;
    m_class = cls;
    invalidateFilter();
}

std::optional<int> QueueFilterProxyModel::classFilter() const
{
    return m_class;
}

bool QueueFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_queueModel) {
        const Postfix::QueuedMessage &m = m_queueModel->message(sourceRow);
        if (m_queue && m.queueName != *m_queue)
            return false;
        if (m_class && m_queueModel->messageClass(sourceRow) != *m_class)
            return false;
        return m_queueModel->matchesText(sourceRow, m_matcher);
    }
    // Any other source: fall back to the roles (used only by tests with foreign models).
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_queue && idx.data(QueueTableModel::QueueNameRole).toInt() != int(*m_queue))
        return false;
    if (m_class && idx.data(QueueTableModel::ClassRole).toInt() != *m_class)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < sourceModel()->columnCount(sourceParent); ++c) {
        if (sourceModel()->index(sourceRow, c, sourceParent).data().toString().contains(
                m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool QueueFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_queueModel && sortRole() == QueueTableModel::SortRole)
        return m_queueModel->lessThan(left.column(), left.row(), right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Ui
