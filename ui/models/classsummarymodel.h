#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Ui {

class QueueTableModel;

// "Group by class" of one queue snapshot: one row per reason class present (display order of
// Diagnosis::allReasonClasses()), then one row for the messages without a reason yet (active,
// held or new mail that has not failed an attempt). Counts messages by their class as the queue
// table shows it (QueueTableModel::ClassRole), so a row's count is exactly what the class filter
// shows. Share = that count / all messages. Rebuilt by rebuild() (one pass over the rows, no
// classifier calls: the queue model cached them). GUI thread.
class ClassSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassSummaryModel)

public:
    enum Column { Class, Messages, Share, Example, Advice, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // qint64 for Messages, double for Share, QString otherwise
        ClassRole,                   // int(Diagnosis::ReasonClass); -1 = the "no reason yet" row
    };

    explicit ClassSummaryModel(QObject *parent = nullptr);
    ~ClassSummaryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void rebuild(QueueTableModel &queue);
    void clear();

    int totalMessages() const { return m_total; }
    int classCount() const; // rows with a class (without the "no reason yet" row)
    int rowOfClass(int cls) const; // -1 when absent

private:
    struct Row
    {
        int cls = -1;
        int messages = 0;
        QString example;
    };
    QString classTitle(int cls) const;
    QString advice(int cls) const;

    QList<Row> m_rows;
    int m_total = 0;
};

} // namespace Ui
