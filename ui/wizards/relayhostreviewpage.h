#pragma once

#include "actions/configchange.h"

#include <QHash>
#include <QWizardPage>

class QLabel;

namespace Ui {

class ConfigChangeView;

// Relayhost wizard, page 3: reads default_database_type, config_directory and
// smtp_sasl_password_maps from the server, builds Actions::RelayhostPlan::set and shows the
// runner's preview (diff, notes, the login test result when it failed). A commit page: its
// "Apply" button leads to the apply page, which runs exactly the previewed plan.
class RelayhostReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayhostReviewPage)

public:
    explicit RelayhostReviewPage(QWidget *parent = nullptr);
    ~RelayhostReviewPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // The parameters read before building the plan.
    static QStringList namesToRead();

private:
    void onValuesRead(const QHash<QString, QString> &values, const QString &error);
    void onPreview(const Actions::ConfigChangePlan &plan, const QString &error);

    ConfigChangeView *m_view;
    QLabel *m_loginWarning;
    enum class Phase { Idle, Reading, Previewing, Ready, Failed } m_phase = Phase::Idle;
    bool m_connected = false;
};

} // namespace Ui
