#include "alertnotifier.h"

#include "severityicon.h"

#include <QApplication>
#include <QDateTime>
#include <QListWidget>
#include <QSystemTrayIcon>
#include <QTimer>

#include <algorithm>
#include <iterator>

namespace Ui {

namespace {
bool worthTelling(const Fleet::AlertChange &change)
{
    return change.raised() || change.state.severity == Fleet::Severity::Ok;
}
} // namespace

AlertNotifier::AlertNotifier(QObject *parent)
    : QObject(parent)
    , m_flush(new QTimer(this))
{
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    m_flush->setSingleShot(true);
    connect(m_flush, &QTimer::timeout, this, &AlertNotifier::flush);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Postdesk"));
        m_tray->show();
    }
}

AlertNotifier::~AlertNotifier() = default;

void AlertNotifier::setAlertList(QListWidget *list)
{
    m_list = list;
}

void AlertNotifier::setCoalesceSeconds(int seconds)
{
    m_coalesceMs = qint64(std::max(0, seconds)) * 1000;
}

void AlertNotifier::setClock(std::function<qint64()> monotonicMs)
{
    m_clock = std::move(monotonicMs);
}

bool AlertNotifier::usesTray() const
{
    return m_tray != nullptr;
}

QString AlertNotifier::lineFor(const Fleet::AlertChange &change)
{
    const Fleet::AlertState &s = change.state;
    if (s.severity == Fleet::Severity::Ok)
        return tr("Cleared: %1").arg(s.text);
    return tr("%1: %2").arg(Fleet::severityTitle(s.severity), s.text);
}

QString AlertNotifier::titleFor(const QString &serverName, const QList<Fleet::AlertChange> &changes)
{
    Fleet::Severity worst = Fleet::Severity::Ok;
    for (const Fleet::AlertChange &c : changes)
        worst = std::max(worst, c.state.severity);
    if (worst == Fleet::Severity::Ok)
        return tr("%1: alert cleared").arg(serverName);
    return tr("%1: %2").arg(serverName, Fleet::severityTitle(worst));
}

void AlertNotifier::notify(const QUuid &server, const QString &serverName,
                           const QList<Fleet::AlertChange> &changes)
{
    QList<Fleet::AlertChange> told;
    std::copy_if(changes.cbegin(), changes.cend(), std::back_inserter(told), worthTelling);
    if (told.isEmpty())
        return;
    Pending &pending = m_pending[server];
    pending.title = titleFor(serverName, told);
    for (const Fleet::AlertChange &c : std::as_const(told)) {
        pending.lines << lineFor(c);
        pending.severity = std::max(pending.severity, c.state.severity);
    }
    const qint64 now = m_clock();
    const auto last = m_lastSent.constFind(server);
    const qint64 due = last == m_lastSent.constEnd() ? now : *last + m_coalesceMs;
    if (due <= now) {
        const Pending message = m_pending.take(server);
        send(server, message);
        return;
    }
    if (!m_flush->isActive() || m_flush->remainingTime() > due - now)
        m_flush->start(int(due - now));
}

void AlertNotifier::flush()
{
    const qint64 now = m_clock();
    qint64 next = -1;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        const qint64 due = m_lastSent.value(it.key()) + m_coalesceMs;
        if (due <= now) {
            const QUuid server = it.key();
            const Pending message = it.value();
            it = m_pending.erase(it);
            send(server, message);
            continue;
        }
        next = next < 0 ? due - now : std::min(next, due - now);
        ++it;
    }
    if (next >= 0)
        m_flush->start(int(next));
}

void AlertNotifier::send(const QUuid &server, const Pending &message)
{
    m_lastSent.insert(server, m_clock());
    const QString text = message.lines.join(u'\n');
    if (m_tray) {
        const auto icon = message.severity == Fleet::Severity::Critical ? QSystemTrayIcon::Critical
            : message.severity == Fleet::Severity::Warning              ? QSystemTrayIcon::Warning
                                                                        : QSystemTrayIcon::Information;
        m_tray->showMessage(message.title, text, icon);
    }
    if (m_list) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"));
        auto *item = new QListWidgetItem(QIcon(SeverityIcon::pixmap(message.severity, 16)),
                                         stamp + QStringLiteral("  ") + message.title + u'\n' + text);
        item->setData(Qt::UserRole, server);
        item->setToolTip(text);
        m_list->insertItem(0, item);
        while (m_list->count() > 200)
            delete m_list->takeItem(m_list->count() - 1);
    }
    Q_EMIT notified(message.title, text);
}

} // namespace Ui
