#pragma once

#include "diagnosis/reasonclass.h"
#include "postfix/logevent.h"

#include <QAbstractTableModel>

namespace Ui {

// Delivery and reject events of a mail-log window (Services::LogStatsResult::events) as a table:
// DisplayRole formatted (time in the offset the server wrote it), SortRole raw (epoch ms, lower-
// cased text). The reason class of every deferred/bounced/expired/rejected event is computed once
// in setEvents() with Diagnosis::ReasonClassifier, so filtering and sorting never classify again.
// GUI thread only.
class LogEventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogEventModel)

public:
    enum Column { Time, Status, Class, QueueId, Sender, Recipient, Relay, Reason, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // qint64 for Time, QString otherwise
        StatusRole,                  // int(Postfix::LogStatus), any column
        ClassRole,                   // int(Diagnosis::ReasonClass), -1 when the event has no reason
        RawLineRole,                 // the whole log line
        QueueIdRole,
    };

    explicit LogEventModel(QObject *parent = nullptr);
    ~LogEventModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setEvents(const QList<Postfix::LogEvent> &events);
    void clear();

    const Postfix::LogEvent &event(int row) const;
    int reasonClass(int row) const; // int(ReasonClass) or -1
    int count(Postfix::LogStatus status) const;

    static QString statusName(Postfix::LogStatus status); // "sent", "deferred", … (translated)
    static QString timeText(const Postfix::LogEvent &event);

private:
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;
    QString toolTip(int row, int column) const;

    QList<Postfix::LogEvent> m_events;
    QList<qint8> m_classes; // per row, -1 = none
};

} // namespace Ui
