#pragma once

#include "postfix/logevent.h"

#include <QAbstractTableModel>

namespace Ui {

// The log lines of one message (Services::TrailResult::events) as a table: time, program,
// status, message. Everything is shown as plain text by the view; tooltips (the raw log line)
// go through Qt::convertFromPlainText so log content can never become markup. GUI thread.
class TrailModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrailModel)

public:
    enum Column { Time, Program, QueueId, Status, Message, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 }; // qint64 epoch ms for Time, QString otherwise

    explicit TrailModel(QObject *parent = nullptr);
    ~TrailModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setEvents(const QList<Postfix::LogEvent> &events);
    const Postfix::LogEvent &event(int row) const;

private:
    static QString text(const Postfix::LogEvent &event, int column); // the text columns

    QList<Postfix::LogEvent> m_events;
};

} // namespace Ui
