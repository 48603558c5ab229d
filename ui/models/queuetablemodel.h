#pragma once

#include "diagnosis/messageclassifier.h"
#include "postfix/queuedmessage.h"
#include "services/queuetimesloader.h"

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
//
// Triage columns: Class (the reason class most recipients share; each distinct reason text is
// classified once, when its row arrives; Reason then shows a reason of that class), Next retry and Expires (from setQueueTimes(), which
// QueuePage calls when Services::QueueTimesLoader finishes after a load; until then "…").
class QueueTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueTableModel)

public:
    // New columns go at the end: saved header states keep their meaning.
    enum Column {
        Queue,
        QueueId,
        Arrival,
        Age,
        Size,
        Sender,
        Recipients,
        Reason,
        Flags,
        Class,
        NextRetry,
        Expires,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: qint64 for Arrival/Age/Size/Flags/Class/
                                     // NextRetry/Expires (epoch s; states sort after times),
                                     // QString otherwise
        QueueIdRole,                 // QString, any column
        QueueNameRole,               // int(Postfix::QueueName), any column
        ClassRole,                   // int(Diagnosis::ReasonClass) of the message, -1 = no reason
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
    void clear(); // rows and queue times

    // Next retry / lifetimes of the current rows (and of rows appended later, until clear()).
    void setQueueTimes(const Services::QueueTimes &times);
    bool hasQueueTimes() const;

    int messageClass(int row) const; // int(Diagnosis::ReasonClass), -1 = no reason
    Diagnosis::MessageClassifier &classifier();

    const Postfix::QueuedMessage &message(int row) const;
    const QList<Postfix::QueuedMessage> &messages() const; // for whole-snapshot views (shape)
    int rowOfQueueId(const QString &queueId) const; // -1 when absent
    int count(Postfix::QueueName queue) const;

    // Raw comparison used by the proxy's lessThan: same order as SortRole, without QVariants.
    bool lessThan(int column, int leftRow, int rightRow) const;
    // Substring test over sender, recipient addresses (domains included) and reasons: what the
    // filter box searches. The matcher is built once per filter (case-insensitive).
    bool matchesText(int row, const QStringMatcher &matcher) const;

private:
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;
    QVariant toolTipData(int row, int column) const;
    QString recipientsTooltip(const Postfix::QueuedMessage &message) const;
    qint64 ageSeconds(const Postfix::QueuedMessage &message) const;
    qint64 nowSeconds() const;
    qint64 nextRetryKey(int row) const;
    qint64 expiresKey(int row) const;
    void computeTimes(int first);
    const QString &classTitle(int cls) const;

    // Lower-cased text sort keys, computed once per row when it arrives: sorting 100k rows then
    // compares plain strings instead of folding case on every comparison.
    struct SortKeys
    {
        QString sender;
        QString recipient;
        QString reason;
    };
    static SortKeys keysFor(const Postfix::QueuedMessage &message, const QString &reason);

    // Per-row triage values, parallel to m_messages.
    struct Triage
    {
        qint64 nextRetry = 0; // epoch s; 0 = unknown / not a deferred file
        qint64 expires = 0;   // epoch s; 0 = none (hold, unknown arrival)
        qint8 cls = Diagnosis::MessageClassifier::kNoClass;
        qint16 reasonRecipient = -1; // whose reason the Reason column shows; -1 = the first one
    };
    Triage triageFor(const Postfix::QueuedMessage &message);
    const QString &shownReason(int row) const;

    QList<Postfix::QueuedMessage> m_messages;
    QList<SortKeys> m_keys;
    QList<Triage> m_triage;
    mutable Diagnosis::MessageClassifier m_classifier;
    mutable std::array<QString, Diagnosis::reasonClassCount> m_classTitles; // filled on first use
    Services::QueueTimes m_times;
    bool m_timesRead = false;
    std::array<int, 6> m_counts{}; // indexed by Postfix::QueueName
    QDateTime m_reference;
};

} // namespace Ui
