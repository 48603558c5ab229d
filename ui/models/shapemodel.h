#pragma once

#include "postfix/queueshape.h"

#include <QAbstractTableModel>

namespace Ui {

// A Postfix::QueueShape as a table: column 0 the domain, column 1 the total, then one column
// per age bucket; row 0 is the TOTAL row, then the domains (by total, as computed). Cells count
// recipients, like qshape. HeatRole gives each bucket cell its value relative to the largest
// bucket cell of the domain rows (0…1) so a delegate can shade it; TOTAL row/column give 0.
// GUI thread; setShape() resets.
class ShapeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShapeModel)

public:
    enum Column { Domain, Total, FirstBucket };
    enum Role {
        SortRole = Qt::UserRole + 1, // qint64 for counts, QString for the domain
        HeatRole,                    // double 0…1
        DomainRole,                  // QString; empty for the TOTAL and "(other)" rows
    };

    explicit ShapeModel(QObject *parent = nullptr);
    ~ShapeModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setShape(const Postfix::QueueShape &shape);
    const Postfix::QueueShape &shape() const { return m_shape; }

    // "< 5 min", "< 2.7 h", "≥ 21.3 h": short header text for the bucket ending at `minutes`.
    static QString bucketLabel(int minutes, bool last);

private:
    const Postfix::QueueShapeRow &rowAt(int row) const;

    Postfix::QueueShape m_shape;
    qint64 m_max = 0;
};

} // namespace Ui
