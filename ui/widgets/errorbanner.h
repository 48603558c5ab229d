#pragma once

#include <QLabel>

namespace Ui {

// The red banner over the main window ("errorBanner"): a changed host key and other refusals.
// showMessage(text): the first line is the bold headline, the rest wraps below it; the text is
// selectable (users copy fingerprints and paths from it) and always shown literally (escaped:
// it carries host names and file paths). An empty text hides the banner.
class ErrorBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;

    void showMessage(const QString &text);
};

} // namespace Ui
