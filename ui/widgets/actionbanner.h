#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Ui {

// The queue page's strip for a queue action ("actionBanner"): while an action runs it shows the
// step and a busy bar with Cancel ("actionCancelButton"); when it ends it shows the one-line
// result ("actionResultText") with "Details…" ("actionDetailsButton", toggles the inline details
// "actionDetails": dropped messages, the exact command, the server's output) and a close button
// ("actionCloseButton"). Never a modal box: the user keeps working while it is shown.
class ActionBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionBanner)

public:
    enum class Tone { Running, Ok, Warning, Error };

    explicit ActionBanner(QWidget *parent = nullptr);
    ~ActionBanner() override;

    void showRunning(const QString &step);                // shows the banner, Cancel enabled
    void showResult(const QString &text, const QString &details, Tone tone);
    void dismiss();

    QString text() const;
    QString details() const;
    Tone tone() const { return m_tone; }

Q_SIGNALS:
    void cancelRequested();

private:
    void applyTone();

    QLabel *m_text;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QPushButton *m_detailsButton;
    QPushButton *m_close;
    QPlainTextEdit *m_details;
    Tone m_tone = Tone::Running;
};

} // namespace Ui
