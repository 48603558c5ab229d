#include "actionbanner.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

ActionBanner::ActionBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_detailsButton(new QPushButton(tr("Details…"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("actionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("actionResultText"));
    m_text->setTextFormat(Qt::PlainText); // carries addresses and server output: never rich text
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(100);
    m_busy->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("actionCancelButton"));
    m_cancel->setToolTip(tr("Stop the action (Esc). A postsuper that already ran is reported as it ended."));
    m_detailsButton->setObjectName(QStringLiteral("actionDetailsButton"));
    m_detailsButton->setCheckable(true);
    m_close->setObjectName(QStringLiteral("actionCloseButton"));
    m_details->setObjectName(QStringLiteral("actionDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setMaximumHeight(160);
    m_details->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_text, 1);
    row->addWidget(m_busy);
    row->addWidget(m_cancel);
    row->addWidget(m_detailsButton);
    row->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_cancel, &QPushButton::clicked, this, &ActionBanner::cancelRequested);
    connect(m_detailsButton, &QPushButton::toggled, m_details, &QWidget::setVisible);
    connect(m_close, &QPushButton::clicked, this, &ActionBanner::dismiss);
    hide();
}

ActionBanner::~ActionBanner() = default;

void ActionBanner::showRunning(const QString &step)
{
    m_tone = Tone::Running;
    m_text->setText(step);
    m_busy->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_detailsButton->hide();
    m_detailsButton->setChecked(false);
    m_close->hide();
    m_details->clear();
    applyTone();
    show();
}

void ActionBanner::showResult(const QString &text, const QString &details, Tone tone)
{
    m_tone = tone;
    m_text->setText(text);
    m_busy->hide();
    m_cancel->hide();
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_close->show();
    applyTone();
    show();
}

void ActionBanner::dismiss()
{
    m_detailsButton->setChecked(false);
    hide();
}

QString ActionBanner::text() const
{
    return m_text->text();
}

QString ActionBanner::details() const
{
    return m_details->toPlainText();
}

void ActionBanner::applyTone()
{
    // Soft backgrounds that read in light and dark palettes; the text keeps the palette's colour.
    QColor background;
    switch (m_tone) {
    case Tone::Running:
        background = palette().color(QPalette::AlternateBase);
        break;
    case Tone::Ok:
        background = QColor(46, 160, 67, 60);
        break;
    case Tone::Warning:
        background = QColor(210, 153, 34, 80);
        break;
    case Tone::Error:
        background = QColor(218, 54, 51, 80);
        break;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    setPalette(p);
}

} // namespace Ui
