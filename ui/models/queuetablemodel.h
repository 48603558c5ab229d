#pragma once

#include "postfix/queuedmessage.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QStringMatcher>

#include <array>

namespace Ui {

// The queue listing of one server as a flat table (qBittorrent's two-role idea): Qt::DisplayRole
// is the formatted text, SortRole the raw value (epoch seconds, bytes, lower-cased text), so a
// QSortFilterProxyModel sorts numerically. Rows only ever grow by appendMessages() (batches from
// Services::QueueLoader::batchReady) or are dropped all at once by clear()/setMessages().
// GUI thread only. Built to hold 100,000 rows: data() formats only what a view asks for.
class QueueTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueTableModel)

public:
    enum Column { Queue, QueueId, Arrival, Age, Size, Sender, Recipients, Reason, Flags, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: qint64 for Arrival/Age/Size, QString otherwise
        QueueIdRole,                 // QString, any column
        QueueNameRole,               // int(Postfix::QueueName), any column
    };

    explicit QueueTableModel(QObject *parent = nullptr);
    ~QueueTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Age is measured against this instant (the snapshot time). Default: when a load started,
    // as set by the caller; unset = the current time at each data() call.
    void setReferenceTime(const QDateTime &reference);
    QDateTime referenceTime() const;

    void appendMessages(const QList<Postfix::QueuedMessage> &batch);
    void setMessages(const QList<Postfix::QueuedMessage> &messages);
    void clear();

    const Postfix::QueuedMessage &message(int row) const;
    int rowOfQueueId(const QString &queueId) const; // -1 when absent
    int count(Postfix::QueueName queue) const;

    // Raw comparison used by the proxy's lessThan: same order as SortRole, without QVariants.
    bool lessThan(int column, int leftRow, int rightRow) const;
    // Substring test over sender, recipient addresses (domains included) and reasons: what the
    // filter box searches. The matcher is built once per filter (case-insensitive).
    bool matchesText(int row, const QStringMatcher &matcher) const;

private:
    QVariant displayData(const Postfix::QueuedMessage &message, int column) const;
    QVariant sortData(int row, int column) const;
    QString recipientsTooltip(const Postfix::QueuedMessage &message) const;
    qint64 ageSeconds(const Postfix::QueuedMessage &message) const;

    // Lower-cased text sort keys, computed once per row when it arrives: sorting 100k rows then
    // compares plain strings instead of folding case on every comparison.
    struct SortKeys
    {
        QString sender;
        QString recipient;
        QString reason;
    };
    static SortKeys keysFor(const Postfix::QueuedMessage &message);

    QList<Postfix::QueuedMessage> m_messages;
    QList<SortKeys> m_keys;
    std::array<int, 6> m_counts{}; // indexed by Postfix::QueueName
    QDateTime m_reference;
};

} // namespace Ui
