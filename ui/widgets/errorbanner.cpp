#include "errorbanner.h"

namespace Ui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setTextFormat(Qt::RichText); // only for the bold headline; built escaped in showMessage()
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setStyleSheet(QStringLiteral("QLabel { background: #b3261e; color: white; padding: 8px 12px; }"));
    hide();
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showMessage(const QString &text)
{
    if (text.isEmpty()) {
        clear();
        hide();
        return;
    }
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QString headline = newline < 0 ? text : text.left(newline);
    QString html = QStringLiteral("<b>") + headline.toHtmlEscaped() + QStringLiteral("</b>");
    if (newline >= 0) {
        html += QStringLiteral("<br>")
            + text.mid(newline + 1).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    }
    setText(html);
    show();
}

} // namespace Ui
