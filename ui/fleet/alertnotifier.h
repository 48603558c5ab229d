#pragma once

#include "fleet/alertevaluator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUuid>

#include <functional>

class QListWidget;
class QSystemTrayIcon;
class QTimer;

namespace Ui {

// Tells the user about alert changes while the window may be in the background: a desktop
// notification (QSystemTrayIcon::showMessage) when an alert is raised or escalated and when a
// server's alerts clear; lowered-but-still-on alerts are not worth an interruption. At most one
// message per server per coalesce interval (default 60 s): what arrives in between is merged
// into one message sent when the interval is over. Every message is also added to the in-window
// alert list (alertList, given by the owner), which is the only place they show when the desktop
// has no system tray (offscreen, some window managers). notified(title, text) is emitted for
// every message sent (tests spy it). GUI thread.
class AlertNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertNotifier)

public:
    explicit AlertNotifier(QObject *parent = nullptr);
    ~AlertNotifier() override;

    void setAlertList(QListWidget *list);   // not owned
    void setCoalesceSeconds(int seconds);   // 0 = every change at once
    void setClock(std::function<qint64()> monotonicMs); // test seam
    bool usesTray() const;                  // a tray exists on this desktop

    // The changes one poll of `server` caused (AlertEvaluator::update). Nothing happens for an
    // empty list or for changes that only lower a still-raised alert.
    void notify(const QUuid &server, const QString &serverName, const QList<Fleet::AlertChange> &changes);

    static QString titleFor(const QString &serverName, const QList<Fleet::AlertChange> &changes);
    static QString lineFor(const Fleet::AlertChange &change);

Q_SIGNALS:
    void notified(const QString &title, const QString &text);

private:
    struct Pending
    {
        QString title;
        QStringList lines;
        Fleet::Severity severity = Fleet::Severity::Ok;
    };
    void send(const QUuid &server, const Pending &message);
    void flush();

    QPointer<QListWidget> m_list;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_flush;
    std::function<qint64()> m_clock;
    QElapsedTimer m_elapsed;
    qint64 m_coalesceMs = 60'000;
    QHash<QUuid, qint64> m_lastSent;   // monotonic ms
    QHash<QUuid, Pending> m_pending;
};

} // namespace Ui
