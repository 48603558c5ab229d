#pragma once

#include "fleet/alertthresholds.h"

#include <QWidget>

class QSpinBox;
class QToolButton;

namespace Ui {

// The "Alerts" section of the server dialog: warn / critical pairs for the deferred count, the
// queue's growth within a window, the oldest message's age and one sender's share of the queue
// (with the minimum queue size for that share to count). 0 switches a level off. Collapsed by
// default behind the alertsToggle button (the defaults suit most servers).
// objectNames: alertsToggle, alertsSection, alertDeferredWarnSpin, alertDeferredCritSpin,
// alertGrowthWarnSpin, alertGrowthCritSpin, alertGrowthWindowSpin, alertOldestWarnSpin,
// alertOldestCritSpin, alertSenderWarnSpin, alertSenderCritSpin, alertSenderMinimumSpin.
class AlertThresholdsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertThresholdsEditor)

public:
    explicit AlertThresholdsEditor(const Fleet::AlertThresholds &thresholds, QWidget *parent = nullptr);
    ~AlertThresholdsEditor() override;

    // The edited values; fields this editor does not show (hysteresis) keep the given ones.
    Fleet::AlertThresholds thresholds() const;
    QString problem() const; // a warn level at or above its critical level; empty = fine
    void setExpanded(bool expanded);
    bool isExpanded() const;

private:
    struct Pair
    {
        QSpinBox *warn;
        QSpinBox *crit;
        QString what;
    };
    QSpinBox *spin(const char *objectName, int maximum, const QString &suffix);

    Fleet::AlertThresholds m_base;
    QToolButton *m_toggle;
    QWidget *m_section;
    Pair m_deferred;
    Pair m_growth;
    QSpinBox *m_window;
    Pair m_oldest;
    Pair m_sender;
    QSpinBox *m_senderMinimum;
};

} // namespace Ui
