#include "screenshotter.h"

#include "fleet/dashboardpage.h"
#include "fleet/fleetpoller.h"
#include "mainwindow.h"
#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"
#include "pages/checkspage.h"
#include "pages/logpage.h"
#include "pages/queuepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <algorithm>

Screenshotter::Screenshotter(Ui::MainWindow *window, const Options &options)
    : QObject(window)
    , m_window(window)
    , m_options(options)
    , m_poll(new QTimer(this))
{
    connect(window, &Ui::MainWindow::queueLoaded, this, &Screenshotter::onLoaded);
    connect(m_poll, &QTimer::timeout, this, &Screenshotter::poll);
    m_poll->start(250);
    QTimer::singleShot(options.deadlineMs, this, &Screenshotter::shoot);
}

Screenshotter::~Screenshotter() = default;

void Screenshotter::useDarkPalette()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6a, 0xb0, 0xf3));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x55));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Light, QColor(0x45, 0x45, 0x4a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

void Screenshotter::onLoaded()
{
    if (m_loaded)
        return;
    if (++m_loads < m_options.refreshes) {
        QTimer::singleShot(m_options.refreshMs, m_window, &Ui::MainWindow::refresh);
        return;
    }
    m_loaded = true;
    if (!m_options.filter.isEmpty()) {
        if (auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit")))
            edit->setText(m_options.filter);
    }
    if (!m_options.selectSender.isEmpty()) {
        Ui::QueuePage *page = m_window->queuePage();
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("queueTable"));
        for (int r = 0; table && r < page->proxy()->rowCount(); ++r) {
            const QModelIndex source = page->proxy()->mapToSource(page->proxy()->index(r, 0));
            if (page->model()->message(source.row()).sender == m_options.selectSender) {
                table->setCurrentIndex(page->proxy()->index(r, 0));
                table->scrollTo(table->currentIndex(), QAbstractItemView::PositionAtCenter);
                break;
            }
        }
    }
    for (const QString &name : std::as_const(m_options.show))
        reveal(name);
    if (m_options.loadLog) {
        if (!m_window->logPage()->isLoading())
            m_window->logPage()->load();
        m_logStarted = true;
    }
    // queueLoaded() can come before the pages took the listing in (the Checks page needs it for
    // the content-filter endpoints): start one turn later.
    if (!m_options.runChecks.isEmpty())
        QTimer::singleShot(0, this, &Screenshotter::runChecks);
    // The filter is debounced and the account's rights arrive after the load: act a moment later.
    if (!m_options.trigger.isEmpty() || !m_options.set.isEmpty() || !m_options.click.isEmpty())
        QTimer::singleShot(1500, this, &Screenshotter::runDialogSteps);
    else
        m_dialogStepsDone = true;
}

QWidget *Screenshotter::findAnywhere(const QString &objectName) const
{
    if (auto *w = m_window->findChild<QWidget *>(objectName))
        return w;
    const QList<QWidget *> tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops) {
        if (top->objectName() == objectName)
            return top;
        if (auto *w = top->findChild<QWidget *>(objectName))
            return w;
    }
    return nullptr;
}

QWidget *Screenshotter::topDialog() const
{
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    QWidget *found = nullptr;
    const QList<QWidget *> tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops) {
        if (top != m_window && top->isVisible() && qobject_cast<QDialog *>(top))
            found = top;
    }
    return found;
}

void Screenshotter::runDialogSteps()
{
    for (const QString &name : std::as_const(m_options.trigger)) {
        QAction *action = m_window->findChild<QAction *>(name);
        if (!action) {
            qWarning("postdesk: --screenshot-trigger: no action named %s", qPrintable(name));
            continue;
        }
        // Menus bring their entries up to date when they open: do what opening would.
        const QList<QObject *> owners = action->associatedObjects();
        for (QObject *owner : owners) {
            if (auto *menu = qobject_cast<QMenu *>(owner))
                Q_EMIT menu->aboutToShow();
        }
        if (!action->isEnabled())
            qWarning("postdesk: --screenshot-trigger: %s is disabled (%s)", qPrintable(name),
                     qPrintable(action->toolTip()));
        action->trigger();
    }
    QTimer::singleShot(800, this, [this] {
        for (const QString &assignment : std::as_const(m_options.set)) {
            const qsizetype eq = assignment.indexOf(u'=');
            const QString name = assignment.left(eq);
            const QString text = eq < 0 ? QString() : assignment.mid(eq + 1);
            QWidget *w = findAnywhere(name);
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                edit->setText(text);
            else if (auto *spin = qobject_cast<QSpinBox *>(w))
                spin->setValue(text.toInt());
            else if (auto *combo = qobject_cast<QComboBox *>(w))
                combo->setCurrentIndex(qMax(0, combo->findText(text, Qt::MatchContains)));
            else
                qWarning("postdesk: --screenshot-set: no field named %s", qPrintable(name));
        }
        QTimer::singleShot(500, this, [this] {
            for (const QString &name : std::as_const(m_options.click)) {
                if (auto *button = qobject_cast<QAbstractButton *>(findAnywhere(name)))
                    button->click();
                else
                    qWarning("postdesk: --screenshot-click: no button named %s", qPrintable(name));
            }
            // Clicks may start remote work (a preview, a login test): give it time to answer.
            QTimer::singleShot(m_options.click.isEmpty() ? 300 : 4000, this,
                               [this] { m_dialogStepsDone = true; });
        });
    });
}

void Screenshotter::runChecks()
{
    Ui::ChecksPage *page = m_window->checksPage();
    reveal(page->objectName());
    if (auto *domains = page->findChild<QLineEdit *>(QStringLiteral("checkDomains")))
        domains->setText(m_options.runChecks);
    connect(page, &Ui::ChecksPage::runFinished, this, [this] { m_checksDone = true; });
    m_checksStarted = page->runAll();
    m_checksTried = true;
    if (!m_checksStarted)
        qWarning("postdesk: --screenshot-run-checks: %s", qPrintable(page->inputError()));
}

bool Screenshotter::checksSettled() const
{
    return m_options.runChecks.isEmpty() || (m_checksTried && (!m_checksStarted || m_checksDone));
}

// Makes the widget current in every QTabWidget / QStackedWidget above it.
void Screenshotter::reveal(const QString &objectName)
{
    QWidget *target = m_window->findChild<QWidget *>(objectName);
    if (!target) {
        qWarning("postdesk: --screenshot-show: no widget named %s", qPrintable(objectName));
        return;
    }
    for (QWidget *child = target; child && child != m_window; child = child->parentWidget()) {
        QWidget *parent = child->parentWidget();
        if (auto *stack = qobject_cast<QStackedWidget *>(parent)) {
            if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
                tabs->setCurrentWidget(child);
            else
                stack->setCurrentWidget(child);
        }
    }
}

bool Screenshotter::logSettled() const
{
    return !m_options.loadLog || (m_logStarted && !m_window->logPage()->isLoading());
}

bool Screenshotter::previewSettled() const
{
    if (m_options.selectSender.isEmpty())
        return true;
    auto *preview = m_window->findChild<QPlainTextEdit *>(QStringLiteral("previewText"));
    return preview && !preview->toPlainText().startsWith(QStringLiteral("Loading"));
}

bool Screenshotter::dashboardSettled() const
{
    const QList<Fleet::FleetPoller::ServerStatus> statuses = m_window->fleetPoller()->statuses();
    if (statuses.isEmpty() || !m_window->dashboard()->isVisible())
        return false;
    return std::all_of(statuses.cbegin(), statuses.cend(),
                       [](const auto &s) { return s.pollsDone > 0; });
}

void Screenshotter::poll()
{
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("hostKeyDialog"));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("errorBanner"));
    const bool ready = m_options.dashboard ? dashboardSettled()
        : (dialog && dialog->isVisible()) || (banner && banner->isVisible())
        || (m_loaded && previewSettled() && logSettled() && checksSettled() && m_dialogStepsDone);
    // Polls in a row (settleMs, at least half a second): the debounced filter, the preview and
    // the charts have painted.
    m_settledPolls = ready ? m_settledPolls + 1 : 0;
    if (m_settledPolls >= qMax(2, m_options.settleMs / 250))
        shoot();
}

void Screenshotter::shoot()
{
    if (m_done)
        return;
    m_done = true;
    m_poll->stop();
    QPixmap image = m_window->grab();
    QWidget *dialog = m_window->findChild<QDialog *>(QStringLiteral("hostKeyDialog"));
    if (!dialog || !dialog->isVisible())
        dialog = topDialog();
    if (dialog && dialog->isVisible()) {
        // Offscreen, the dialog is its own top-level: draw it over the dimmed window.
        QPainter painter(&image);
        painter.fillRect(image.rect(), QColor(0, 0, 0, 90));
        const QPixmap shot = dialog->grab();
        painter.drawPixmap((image.width() - shot.width()) / 2, (image.height() - shot.height()) / 3,
                           shot);
    }
    const bool ok = image.save(m_options.file);
    if (!ok)
        qWarning("postdesk: could not write the screenshot %s", qPrintable(m_options.file));
    QCoreApplication::exit(ok ? 0 : 1);
}
