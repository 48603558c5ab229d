#pragma once

#include "fleetentry.h"

#include <QFrame>

class QLabel;

namespace Ui {

class SparklineWidget;

// One server on the dashboard: name and client, the state as an icon of its own shape (OK
// circle with tick, Warning triangle, Critical octagon, Unreachable circle with "?") AND in words,
// the counts per queue, the oldest message, the main reason class, the trend since the last poll
// with a sparkline of the last 24 hours, when it was polled, and the active alerts. Unreachable
// servers say why (host key changed — refused, login failed, timed out, …).
//
// objectName "serverCard_<uuid without braces>"; children stateLabel, countsLabel, detailLabel,
// trendLabel, sparkline, polledLabel, alertsLabel. Keyboard focusable; click, Enter or Space emit
// openRequested(id). GUI thread.
class ServerCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerCard)

public:
    explicit ServerCard(const FleetEntry &entry, QWidget *parent = nullptr);
    ~ServerCard() override;

    QUuid id() const;
    Fleet::Severity severity() const;
    QString stateText() const;
    QString countsText() const;
    QString trendText() const;
    const FleetEntry &entry() const;

    void setEntry(const FleetEntry &entry, const QDateTime &now);
    void updateTime(const QDateTime &now); // "polled 12 s ago"

    static QString objectNameFor(const QUuid &id);

Q_SIGNALS:
    void openRequested(const QUuid &id);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void applyFrameStyle();

    FleetEntry m_entry;
    QLabel *m_icon;
    QLabel *m_name;
    QLabel *m_state;
    QLabel *m_counts;
    QLabel *m_detail;
    QLabel *m_trend;
    SparklineWidget *m_sparkline;
    QLabel *m_polled;
    QLabel *m_alerts;
};

} // namespace Ui
