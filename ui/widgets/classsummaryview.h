#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTableView;

namespace Ui {

class ClassSummaryModel;
class QueueTableModel;

// The "By class" page of the queue: each reason class present in the snapshot with its message
// count, share, an example reason and what it means / what to do (wrapped, all visible at once).
// Clicking a row emits classActivated(cls) — QueuePage then filters the table to that class.
// objectName "classSummary"; the table inside is "classSummaryTable".
class ClassSummaryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassSummaryView)

public:
    explicit ClassSummaryView(QWidget *parent = nullptr);
    ~ClassSummaryView() override;

    void rebuild(QueueTableModel &queue, const QDateTime &snapshotTime);
    void clear(const QString &why);
    ClassSummaryModel *model() const;
    QTableView *table() const;

Q_SIGNALS:
    void classActivated(int cls); // int(Diagnosis::ReasonClass), -1 = messages without a reason

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitRows();

    ClassSummaryModel *m_model;
    QLabel *m_caption;
    QTableView *m_table;
};

} // namespace Ui
