#pragma once

#include "actions/actionpreview.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Ui {

// What a queue action will do, before it does it: everything of Actions::ActionPreview — count,
// affected recipient domains and senders, a sample of the messages, the exact command
// (monospace, selectable), warnings, the messages left out, and for Delete the reversible /
// sender-notifying alternatives as buttons ("Hold instead", "Force-expire instead").
// Confirmation::Typed / Server: the run button stays disabled until the count / the server name
// is typed exactly. The run button names the action and the count ("Delete 12 messages").
//
// Shown with open() (never exec()); finished(int) carries the choice: QDialog::Rejected,
// QDialog::Accepted (run it), or AlternativeChosen (then alternative() says which).
// Stable objectNames: actionPreviewDialog, previewHeadline, previewExplanation, previewDomains,
// previewSenders, previewSample (table), previewExcluded, previewCommand, previewWarnings,
// previewUnavailable, previewConfirmLabel, confirmationEdit, previewRunButton, previewCancelButton,
// alternative_<queueActionKey> (e.g. alternative_hold).
class ActionPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionPreviewDialog)

public:
    static constexpr int AlternativeChosen = 2;

    ActionPreviewDialog(const Actions::ActionPreview &preview, const QString &serverName,
                        QWidget *parent = nullptr);
    ~ActionPreviewDialog() override;

    const Actions::ActionPreview &preview() const { return m_preview; }
    Actions::QueueActionKind alternative() const { return m_alternative; }

    // True when the run button may be pressed: the action can run and (for typed confirmations)
    // the typed text is the token.
    bool canConfirm() const;
    QString typedConfirmation() const;
    void setTypedConfirmation(const QString &text); // as if typed (test seam, answerer)
    QPushButton *runButton() const { return m_run; }

    // "Delete 12 messages", "Put 3 messages on hold", "Flush all deferred mail", "Flush this destination".
    static QString runButtonText(const Actions::ActionPreview &preview);
    // "1 message", "12 messages".
    static QString messagesText(int count);
    // "Hold instead", "Force-expire instead".
    static QString alternativeText(Actions::QueueActionKind kind);

public Q_SLOTS:
    void chooseAlternative(Actions::QueueActionKind kind);

private:
    void build(const QString &serverName);
    QWidget *buildSample();
    QWidget *buildConfirmation(const QString &serverName);
    void updateRunButton();

    Actions::ActionPreview m_preview;
    Actions::QueueActionKind m_alternative = Actions::QueueActionKind::Hold;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_run = nullptr;
};

} // namespace Ui
