#include "chartwidget.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>
#include <utility>

namespace Ui {

namespace {
std::optional<QString> &nextExportFileName()
{
    static std::optional<QString> name;
    return name;
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

struct ChartWidget::Private
{
    QString title;
    QLabel *titleLabel = nullptr;
    QStackedWidget *stack = nullptr;
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QLabel *empty = nullptr;
    bool dark = false;
    bool themed = false;
};

ChartWidget::ChartWidget(const QString &title, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->title = title;
    d->titleLabel = new QLabel(title, this);
    d->titleLabel->setObjectName(QStringLiteral("chartTitle"));
    d->titleLabel->setTextFormat(Qt::PlainText);
    QFont bold = d->titleLabel->font();
    bold.setBold(true);
    d->titleLabel->setFont(bold);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("chartExportButton"));
    exportButton->setText(tr("Export PNG…"));
    exportButton->setToolTip(tr("Save this chart as a PNG image"));
    exportButton->setAutoRaise(true);
    connect(exportButton, &QToolButton::clicked, this, &ChartWidget::exportInteractively);

    d->chart = new QChart;
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->setBackgroundRoundness(0);
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->view = new QChartView(d->chart, this); // owns the chart
    d->view->setObjectName(QStringLiteral("chartView"));
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setContextMenuPolicy(Qt::NoContextMenu); // the widget's own menu
    d->empty = new QLabel(this);
    d->empty->setObjectName(QStringLiteral("chartEmptyState"));
    d->empty->setAlignment(Qt::AlignCenter);
    d->empty->setWordWrap(true);
    d->empty->setTextFormat(Qt::PlainText);
    d->empty->setMargin(12);
    d->stack = new QStackedWidget(this);
    d->stack->addWidget(d->view);
    d->stack->addWidget(d->empty);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 0, 0, 0);
    header->addWidget(d->titleLabel, 1);
    header->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(d->stack, 1);
    setMinimumSize(260, 180);
    applyTheme();
}

ChartWidget::~ChartWidget() = default;

QString ChartWidget::title() const
{
    return d->title;
}

bool ChartWidget::isShowingEmptyState() const
{
    return d->stack->currentWidget() == d->empty;
}

QString ChartWidget::emptyText() const
{
    return isShowingEmptyState() ? d->empty->text() : QString();
}

bool ChartWidget::isDarkTheme() const
{
    return d->dark;
}

QChart *ChartWidget::chart() const
{
    return d->chart;
}

QChartView *ChartWidget::chartView() const
{
    return d->view;
}

void ChartWidget::showEmptyState(const QString &text)
{
    d->empty->setText(text);
    d->stack->setCurrentWidget(d->empty);
}

void ChartWidget::showPlot()
{
    d->stack->setCurrentWidget(d->view);
}

void ChartWidget::removeEverything()
{
    d->chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = d->chart->axes();
    for (QAbstractAxis *axis : axes) {
        d->chart->removeAxis(axis);
        delete axis;
    }
}

void ChartWidget::styleAxis(QAbstractAxis *axis) const
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    axis->setLabelsColor(text);
    axis->setTitleBrush(text);
    axis->setLinePenColor(blend(base, text, 0.55));
    axis->setGridLineColor(blend(base, text, 0.18));
    axis->setMinorGridLineColor(blend(base, text, 0.08));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    axis->setLabelsFont(small);
    axis->setTitleFont(small);
}

void ChartWidget::applyTheme()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    if (d->themed && dark == d->dark && d->chart->backgroundBrush().color() == pal.color(QPalette::Base))
        return;
    d->themed = true;
    d->dark = dark;
    // The theme first (it resets colors and fonts), then the palette's own colors over it.
    d->chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    d->chart->setBackgroundRoundness(0);
    d->chart->setBackgroundBrush(pal.color(QPalette::Base));
    d->chart->setBackgroundPen(Qt::NoPen);
    d->chart->setPlotAreaBackgroundVisible(false);
    d->chart->legend()->setLabelColor(pal.color(QPalette::Text));
    d->chart->legend()->setFont(font());
    d->chart->setTitleBrush(pal.color(QPalette::Text));
    d->view->setBackgroundBrush(pal.color(QPalette::Base));
}

void ChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        const bool wasThemed = d->themed;
        applyTheme();
        if (wasThemed)
            rebuild(); // series colors and axes again over the new theme
    }
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    auto *menu = new QMenu(this); // popup(), not exec(): no nested event loop
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Export PNG…"), this, &ChartWidget::exportInteractively);
    menu->popup(event->globalPos());
}

bool ChartWidget::exportPng(const QString &file) const
{
    if (file.isEmpty())
        return false;
    const QPixmap image = d->stack->currentWidget()->grab();
    return !image.isNull() && image.save(file, "PNG");
}

void ChartWidget::setNextExportFileName(const QString &file)
{
    nextExportFileName() = file;
}

void ChartWidget::exportInteractively()
{
    auto finish = [this](const QString &file) {
        const bool ok = exportPng(file);
        if (!ok) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export chart"),
                                        tr("Could not write %1.").arg(file), QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        Q_EMIT exported(file, ok);
    };
    if (std::optional<QString> answer = std::exchange(nextExportFileName(), std::nullopt)) {
        QTimer::singleShot(0, this, [finish, file = *answer] { finish(file); });
        return;
    }
    QString suggested = d->title.toLower();
    suggested.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    auto *dialog = new QFileDialog(this, tr("Export chart"),
                                   dir + u'/' + suggested + QStringLiteral(".png"),
                                   tr("PNG images (*.png)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, finish);
    dialog->open();
}

} // namespace Ui
