#pragma once

#include "postfix/queuedmessage.h"

#include <QSortFilterProxyModel>
#include <QStringMatcher>

#include <optional>

namespace Ui {

class QueueTableModel;

// Sorts and filters a QueueTableModel. Sorting uses QueueTableModel::SortRole (raw values); when
// the source is a QueueTableModel it compares the messages directly, which keeps sorting 100,000
// rows well under a second. The text filter is a case-insensitive substring over sender,
// recipients (so a domain matches too) and reasons; the queue filter keeps one queue; the class
// filter keeps the messages whose class (QueueTableModel::ClassRole) is the given one. All three
// combine (AND).
class QueueFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueFilterProxyModel)

public:
    explicit QueueFilterProxyModel(QObject *parent = nullptr);
    ~QueueFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *model) override;

    void setTextFilter(const QString &text);
    QString textFilter() const;
    void setQueueFilter(std::optional<Postfix::QueueName> queue); // nullopt = all queues
    std::optional<Postfix::QueueName> queueFilter() const;
    // int(Diagnosis::ReasonClass), QueueTableModel's -1 = messages without a reason; nullopt = all.
    void setClassFilter(std::optional<int> cls);
    std::optional<int> classFilter() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QueueTableModel *m_queueModel = nullptr;
    QString m_text;
    QStringMatcher m_matcher;
    std::optional<Postfix::QueueName> m_queue;
    std::optional<int> m_class;
};

} // namespace Ui
