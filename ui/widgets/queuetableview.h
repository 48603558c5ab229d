#pragma once

#include <QTableView>

namespace Ui {

class QueueTableModel;

// The queue table (objectName "queueTable") with its column policy: fixed row heights (a view
// must never measure 100,000 rows), widths fitted to fixed-shape texts, Reason last and taking
// the width left, a header context menu to show/hide columns, and Flags shown only when a
// message of the load has one. The model is a proxy over `source`.
class QueueTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueTableView)

public:
    QueueTableView(QAbstractItemModel *proxy, QueueTableModel *source, QWidget *parent = nullptr);
    ~QueueTableView() override;

    void updateFlagsColumn(); // after a load: show Flags only when some message has one

private:
    void setUpColumns();
    void showColumnMenu(const QPoint &pos);

    QueueTableModel *m_source;
};

} // namespace Ui
