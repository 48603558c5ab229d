#include "relayhostapplypage.h"

#include "actions/configchangerunner.h"
#include "fixes/configchangeview.h"
#include "relayhostwizard.h"

#include <QVBoxLayout>

namespace Ui {

RelayhostApplyPage::RelayhostApplyPage(QWidget *parent)
    : QWizardPage(parent)
    , m_view(new ConfigChangeView(this))
{
    setTitle(tr("Apply"));
    setSubTitle(tr("Backing up, applying, checking, reloading and verifying on the server."));
    m_view->setDiffVisible(false); // the review page showed it; here the steps matter
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

RelayhostApplyPage::~RelayhostApplyPage() = default;

void RelayhostApplyPage::initializePage()
{
    auto *w = qobject_cast<RelayhostWizard *>(wizard());
    if (!m_connected) {
        m_connected = true;
        connect(w->runner(), &Actions::ConfigChangeRunner::step, this, [this](const QString &text) {
            if (m_running)
                m_view->addStep(text);
        });
        connect(w->runner(), &Actions::ConfigChangeRunner::finished, this, &RelayhostApplyPage::onFinished);
    }
    m_view->showPlan(w->plan());
    m_view->clearSteps();
    m_running = true;
    m_done = false;
    Q_EMIT completeChanged();
    w->runner()->apply(w->plan());
}

bool RelayhostApplyPage::isComplete() const
{
    return m_done;
}

int RelayhostApplyPage::nextId() const
{
    auto *w = qobject_cast<RelayhostWizard *>(wizard());
    return w && m_done && w->result().ok() ? int(RelayhostWizard::AfterPageId) : -1;
}

void RelayhostApplyPage::onFinished(const Actions::ConfigChangeResult &result)
{
    if (!m_running)
        return;
    m_running = false;
    m_done = true;
    m_view->showResult(result);
    setSubTitle(ConfigChangeView::outcomeHeadline(result));
    if (auto *w = qobject_cast<RelayhostWizard *>(wizard()))
        w->setResult(result);
    Q_EMIT completeChanged();
}

} // namespace Ui
