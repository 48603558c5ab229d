#pragma once

#include "postfix/queuedmessage.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QTimer;

namespace Ui {

class QueueFilterProxyModel;

// The filters above the queue table, applied to a QueueFilterProxyModel: the text box
// (objectName "filterEdit", debounced), the queue (queueFilter) and the reason class
// (classFilter: "All classes", every class, "No reason yet"). They combine. filtersChanged() is
// emitted after the proxy has been updated.
class QueueFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueFilterBar)

public:
    explicit QueueFilterBar(QueueFilterProxyModel *proxy, QWidget *parent = nullptr);
    ~QueueFilterBar() override;

    void focusText();                         // Ctrl+F
    void setText(const QString &text);        // applied at once (no debounce)
    void setClassFilter(std::optional<int> cls); // int(Diagnosis::ReasonClass), -1 = no reason
    // Messages per class of the current snapshot, shown in the combo ("DNS (12)"); empty = none.
    void setClassCounts(const QHash<int, int> &counts);

Q_SIGNALS:
    void filtersChanged();

private:
    void applyText();
    void fillClassCombo(const QHash<int, int> &counts);

    QueueFilterProxyModel *m_proxy;
    QLineEdit *m_text;
    QComboBox *m_queue;
    QComboBox *m_class;
    QTimer *m_debounce;
};

} // namespace Ui
