#pragma once

#include "postfix/queueshape.h"

#include <QAbstractTableModel>

namespace Ui {

// Postfix::topSenders() as a table: who fills the queue. One sender with most of the queue is
// the compromised-mailbox signature, so Share is shown next to the count. GUI thread.
class TopSendersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopSendersModel)

public:
    enum Column { Sender, Messages, Share, Recipients, Size, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 }; // qint64 / double / QString

    explicit TopSendersModel(QObject *parent = nullptr);
    ~TopSendersModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // `totalMessages` = all messages of the snapshot (the denominator of Share).
    void setSenders(const QList<Postfix::SenderCount> &senders, qint64 totalMessages);

private:
    QList<Postfix::SenderCount> m_senders;
    qint64 m_total = 0;
};

} // namespace Ui
