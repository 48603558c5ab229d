#include "screenshotter.h"

#include "mainwindow.h"
#include "models/queuefilterproxymodel.h"
#include "models/queuetablemodel.h"
#include "pages/queuepage.h"

#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTimer>

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

void Screenshotter::onLoaded()
{
    if (m_loaded)
        return;
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
}

bool Screenshotter::previewSettled() const
{
    if (m_options.selectSender.isEmpty())
        return true;
    auto *preview = m_window->findChild<QPlainTextEdit *>(QStringLiteral("previewText"));
    return preview && !preview->toPlainText().startsWith(QStringLiteral("Loading"));
}

void Screenshotter::poll()
{
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("hostKeyDialog"));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("errorBanner"));
    const bool ready = (dialog && dialog->isVisible()) || (banner && banner->isVisible())
        || (m_loaded && previewSettled());
    // Two polls in a row (half a second): the debounced filter and the preview have painted.
    m_settledPolls = ready ? m_settledPolls + 1 : 0;
    if (m_settledPolls >= 2)
        shoot();
}

void Screenshotter::shoot()
{
    if (m_done)
        return;
    m_done = true;
    m_poll->stop();
    QPixmap image = m_window->grab();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("hostKeyDialog"));
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
