#pragma once

#include "actions/configchange.h"
#include "remote/commandarguments.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QPushButton;

namespace Actions {
class AuditLog;
class ConfigChangeRunner;
}
namespace Remote {
class ServerSession;
}

namespace Ui {

class ConfigChangeView;

// The one confirm → apply → result dialog every configuration change goes through (relay removal,
// retry presets, throttling; the wizard shows the same ConfigChangeView on its pages):
//   start(plan) or start(names, build): [read values → build the plan →] ConfigChangeRunner::
//   preview → the diff, notes and "Apply" → apply with the steps live → the outcome and backup id.
// Non-modal flow: show it with open()/show(); nothing here waits. Closing while a change runs
// cancels it (the runner restores the backup) and the dialog stays until the runner finished.
// objectName configChangeDialog; buttons configApplyButton / configCloseButton.
class ConfigChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigChangeDialog)

public:
    using PlanBuilder = std::function<Remote::Checked<Actions::ConfigChangePlan>(
        const QHash<QString, QString> &values)>;

    // session, audit: not owned, must outlive the dialog. serverName: for the audit record.
    ConfigChangeDialog(Remote::ServerSession *session, Actions::AuditLog *audit,
                       const QString &serverName, QWidget *parent = nullptr);
    ~ConfigChangeDialog() override;

    void start(const Actions::ConfigChangePlan &plan);
    // Reads `names` (postconf NAME…) first and builds the plan from what the server says; a
    // builder error is shown and nothing can be applied.
    void start(const QStringList &names, const PlanBuilder &build);
    // The plan was previewed already (old values filled, e.g. by a wizard page): straight to the
    // confirmation.
    void startPreviewed(const Actions::ConfigChangePlan &plan);
    // Shows why there is nothing to apply (e.g. "No relayhost is set.").
    void showProblem(const QString &title, const QString &problem);

    Actions::ConfigChangeRunner *runner() const; // test seam: tests may emit its signals
    ConfigChangeView *view() const;
    bool isApplying() const;
    const Actions::ConfigChangePlan &plan() const;

Q_SIGNALS:
    void changeFinished(const Actions::ConfigChangeResult &result); // any outcome
    void applied(const Actions::ConfigChangeResult &result);        // Outcome::Applied only

public Q_SLOTS:
    void reject() override;

private:
    void onValuesRead(const QHash<QString, QString> &values, const QString &error);
    void onPreview(const Actions::ConfigChangePlan &plan, const QString &error);
    void onFinished(const Actions::ConfigChangeResult &result);
    void applyPlan();

    Actions::ConfigChangeRunner *m_runner;
    ConfigChangeView *m_view;
    QPushButton *m_apply;
    QPushButton *m_close;
    Actions::ConfigChangePlan m_plan;
    PlanBuilder m_build;
    QString m_serverName;
    enum class Phase { Idle, Reading, Previewing, Ready, Applying, Done } m_phase = Phase::Idle;
    bool m_closeWhenDone = false;
};

} // namespace Ui
