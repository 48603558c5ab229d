#include "relayhostreviewpage.h"

#include "actions/configchangerunner.h"
#include "actions/relayhostplan.h"
#include "fixes/configchangeview.h"
#include "relayhostwizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Ui {

RelayhostReviewPage::RelayhostReviewPage(QWidget *parent)
    : QWizardPage(parent)
    , m_view(new ConfigChangeView(this))
    , m_loginWarning(new QLabel(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("This is exactly what will change on the server. main.cf and sasl_passwd are "
                   "backed up first; if postfix check, the reload or the verification fails, the "
                   "backup is restored automatically."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Apply"));
    m_loginWarning->setObjectName(QStringLiteral("relayReviewLoginWarning"));
    m_loginWarning->setTextFormat(Qt::PlainText);
    m_loginWarning->setWordWrap(true);
    m_loginWarning->setStyleSheet(QStringLiteral("color:#b71c1c;"));
    m_loginWarning->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_loginWarning);
    layout->addWidget(m_view);
}

RelayhostReviewPage::~RelayhostReviewPage() = default;

QStringList RelayhostReviewPage::namesToRead()
{
    return {QStringLiteral("default_database_type"), QStringLiteral("config_directory"),
            QStringLiteral("smtp_sasl_password_maps")};
}

void RelayhostReviewPage::initializePage()
{
    auto *w = qobject_cast<RelayhostWizard *>(wizard());
    if (!m_connected) {
        m_connected = true;
        connect(w->runner(), &Actions::ConfigChangeRunner::valuesRead, this, &RelayhostReviewPage::onValuesRead);
        connect(w->runner(), &Actions::ConfigChangeRunner::previewReady, this, &RelayhostReviewPage::onPreview);
    }
    const QString loginText = w->loginTestText();
    m_loginWarning->setText(tr("The login test failed — applying will probably not help until the "
                               "login works:\n%1").arg(loginText));
    m_loginWarning->setVisible(w->loginTestFailed());
    m_view->clearSteps();
    m_view->showReading(tr("Reading the current settings…"));
    m_phase = Phase::Reading;
    Q_EMIT completeChanged();
    if (w->runner()->isRunning())
        w->runner()->cancel(); // a read of a previous visit (Back, Next)
    w->runner()->readValues(namesToRead());
}

bool RelayhostReviewPage::isComplete() const
{
    return m_phase == Phase::Ready;
}

void RelayhostReviewPage::onValuesRead(const QHash<QString, QString> &values, const QString &error)
{
    if (m_phase != Phase::Reading)
        return;
    auto *w = qobject_cast<RelayhostWizard *>(wizard());
    if (!error.isEmpty()) {
        m_phase = Phase::Failed;
        m_view->showError(error);
        Q_EMIT completeChanged();
        return;
    }
    const Remote::Checked<Actions::ConfigChangePlan> plan = Actions::RelayhostPlan::set(
        w->input(), values.value(QStringLiteral("default_database_type")),
        values.value(QStringLiteral("config_directory")),
        values.value(QStringLiteral("smtp_sasl_password_maps")));
    if (!plan.ok()) {
        m_phase = Phase::Failed;
        m_view->showError(plan.error);
        Q_EMIT completeChanged();
        return;
    }
    m_phase = Phase::Previewing;
    w->runner()->preview(*plan);
}

void RelayhostReviewPage::onPreview(const Actions::ConfigChangePlan &plan, const QString &error)
{
    if (m_phase != Phase::Previewing)
        return;
    auto *w = qobject_cast<RelayhostWizard *>(wizard());
    if (!error.isEmpty()) {
        m_phase = Phase::Failed;
        m_view->showError(error);
    } else {
        m_phase = Phase::Ready;
        w->setPlan(plan);
        m_view->showPlan(plan);
    }
    Q_EMIT completeChanged();
}

} // namespace Ui
