#pragma once

#include "postfix/queuedmessage.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Ui {

class ShapeModel;
class TopSendersModel;

// The "Shape" page of the queue: where mail clogs. A qshape-style matrix (recipient or sender
// domain × age bucket, recipients per cell, shaded by value) computed on the desktop from the
// loaded listing, and the top senders. Double-clicking a domain row emits domainActivated —
// QueuePage then filters the table to that domain. objectName "shapeView"; inside: shapeMode
// (QComboBox), shapeTable, topSenders (QTableView).
class ShapeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShapeView)

public:
    explicit ShapeView(QWidget *parent = nullptr);
    ~ShapeView() override;

    // Recomputes from `messages` (the whole snapshot) against `nowEpoch` (the snapshot time).
    void setMessages(const QList<Postfix::QueuedMessage> &messages, qint64 nowEpoch);
    void clear(const QString &why);
    bool bySender() const;
    void setBySender(bool bySender);
    ShapeModel *shapeModel() const;
    TopSendersModel *sendersModel() const;

Q_SIGNALS:
    void domainActivated(const QString &domain, bool isSenderDomain);

private:
    void recompute();

    ShapeModel *m_shape;
    TopSendersModel *m_senders;
    QComboBox *m_mode;
    QLabel *m_caption;
    QTableView *m_matrix;
    QTableView *m_top;
    QList<Postfix::QueuedMessage> m_messages; // implicitly shared with the queue model
    qint64 m_now = 0;
};

} // namespace Ui
