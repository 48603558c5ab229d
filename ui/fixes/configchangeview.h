#pragma once

#include "actions/configchange.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Ui {

// The body every configuration change shows, in the same words everywhere (the confirm/apply
// dialog, the relayhost wizard's review and apply pages, the Changes dialog's rollback): the
// plan's title, its diff (monospace, selectable; secrets are already masked by
// ConfigChangePlan::diffText), the notes, the steps as they happen and the outcome. RolledBack and
// RollbackFailed are shown loudly (red banner) — the user must not miss that nothing changed, or
// that the server needs a human. Plain text only: values come from the server. GUI thread.
class ConfigChangeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigChangeView)

public:
    explicit ConfigChangeView(QWidget *parent = nullptr);
    ~ConfigChangeView() override;

    void showReading(const QString &text);              // "Reading the current settings…"
    void showPlan(const Actions::ConfigChangePlan &plan); // title, diff, notes
    void showError(const QString &error);              // preview/plan failed: nothing will change
    void clearSteps();
    void addStep(const QString &text);
    // successText replaces the Applied headline (a rollback says "Rolled back to …").
    void showResult(const Actions::ConfigChangeResult &result, const QString &successText = {});
    // A rollback has no plan to show: hide the diff and give the steps the room.
    void setDiffVisible(bool visible);

    QString outcomeText() const;
    QString diffText() const;
    QString stepsText() const;

    // The headline of an outcome, translated ("Applied and verified.", "The change failed and was
    // rolled back: …").
    static QString outcomeHeadline(const Actions::ConfigChangeResult &result);

private:
    void setBanner(const QString &text, const QString &style);

    QLabel *m_title;
    QLabel *m_diffLabel;
    QPlainTextEdit *m_diff;
    QLabel *m_notes;
    QPlainTextEdit *m_steps;
    QLabel *m_outcome;
};

} // namespace Ui
