#include "configchangedialog.h"

#include "actions/configchangerunner.h"
#include "fixes/configchangeview.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

ConfigChangeDialog::ConfigChangeDialog(Remote::ServerSession *session, Actions::AuditLog *audit,
                                       const QString &serverName, QWidget *parent)
    : QDialog(parent)
    , m_runner(new Actions::ConfigChangeRunner(session, audit, this))
    , m_view(new ConfigChangeView(this))
    , m_serverName(serverName)
{
    setObjectName(QStringLiteral("configChangeDialog"));
    setWindowTitle(tr("Change the configuration of %1").arg(serverName));
    m_runner->setServerName(serverName);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("configApplyButton"));
    m_apply->setEnabled(false);
    m_apply->setToolTip(tr("Back up main.cf and the files this change touches on the server, apply, "
                           "run postfix check, reload and verify; any failure restores the backup."));
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("configCloseButton"));
    layout->addWidget(buttons);
    connect(m_apply, &QPushButton::clicked, this, &ConfigChangeDialog::applyPlan);
    connect(m_close, &QPushButton::clicked, this, &ConfigChangeDialog::reject);
    connect(m_runner, &Actions::ConfigChangeRunner::valuesRead, this, &ConfigChangeDialog::onValuesRead);
    connect(m_runner, &Actions::ConfigChangeRunner::previewReady, this, &ConfigChangeDialog::onPreview);
    connect(m_runner, &Actions::ConfigChangeRunner::step, this,
            [this](const QString &text) { m_view->addStep(text); });
    connect(m_runner, &Actions::ConfigChangeRunner::finished, this, &ConfigChangeDialog::onFinished);
    resize(720, 560);
}

ConfigChangeDialog::~ConfigChangeDialog() = default;

void ConfigChangeDialog::start(const Actions::ConfigChangePlan &plan)
{
    m_plan = plan;
    m_phase = Phase::Previewing;
    m_view->showReading(tr("Reading the current settings of %1…").arg(m_serverName));
    m_runner->preview(plan);
}

void ConfigChangeDialog::start(const QStringList &names, const PlanBuilder &build)
{
    m_build = build;
    m_phase = Phase::Reading;
    m_view->showReading(tr("Reading the current settings of %1…").arg(m_serverName));
    m_runner->readValues(names);
}

void ConfigChangeDialog::startPreviewed(const Actions::ConfigChangePlan &plan)
{
    m_plan = plan;
    m_phase = Phase::Previewing;
    onPreview(plan, {});
}

void ConfigChangeDialog::showProblem(const QString &title, const QString &problem)
{
    m_phase = Phase::Done;
    m_view->showReading(title);
    m_view->showError(problem);
    m_apply->setEnabled(false);
    m_close->setText(tr("Close"));
}

Actions::ConfigChangeRunner *ConfigChangeDialog::runner() const
{
    return m_runner;
}

ConfigChangeView *ConfigChangeDialog::view() const
{
    return m_view;
}

bool ConfigChangeDialog::isApplying() const
{
    return m_phase == Phase::Applying;
}

const Actions::ConfigChangePlan &ConfigChangeDialog::plan() const
{
    return m_plan;
}

void ConfigChangeDialog::reject()
{
    if (m_phase == Phase::Applying) {
        // Never leave a half-applied change behind: the runner restores, then finished() closes.
        m_closeWhenDone = true;
        m_close->setEnabled(false);
        m_view->addStep(tr("Canceling: restoring anything already changed…"));
        m_runner->cancel();
        return;
    }
    if (m_runner->isRunning())
        m_runner->cancel(); // a read or preview: nothing was changed
    QDialog::reject();
}

void ConfigChangeDialog::onValuesRead(const QHash<QString, QString> &values, const QString &error)
{
    if (m_phase != Phase::Reading)
        return;
    if (!error.isEmpty()) {
        showProblem(tr("Could not read the current settings"), error);
        return;
    }
    const Remote::Checked<Actions::ConfigChangePlan> plan = m_build(values);
    if (!plan.ok()) {
        showProblem(tr("This change cannot be made"), plan.error);
        return;
    }
    start(*plan);
}

void ConfigChangeDialog::onPreview(const Actions::ConfigChangePlan &plan, const QString &error)
{
    if (m_phase != Phase::Previewing)
        return;
    if (!error.isEmpty()) {
        showProblem(m_plan.title, error);
        return;
    }
    m_plan = plan;
    m_phase = Phase::Ready;
    m_view->showPlan(plan);
    m_apply->setEnabled(!plan.isEmpty());
    m_apply->setText(tr("&Apply on %1").arg(m_serverName));
    m_apply->setDefault(true);
}

void ConfigChangeDialog::applyPlan()
{
    if (m_phase != Phase::Ready)
        return;
    m_phase = Phase::Applying;
    m_apply->setEnabled(false);
    m_view->clearSteps();
    m_runner->apply(m_plan);
}

void ConfigChangeDialog::onFinished(const Actions::ConfigChangeResult &result)
{
    if (m_phase != Phase::Applying)
        return;
    m_phase = Phase::Done;
    m_view->showResult(result);
    m_apply->hide();
    m_close->setEnabled(true);
    m_close->setText(tr("Close"));
    Q_EMIT changeFinished(result);
    if (result.ok())
        Q_EMIT applied(result);
    if (m_closeWhenDone)
        QDialog::reject();
}

} // namespace Ui
