#pragma once

#include "diagnosis/checkresult.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Ui {

// Relayhost wizard, page 5 (after a successful apply): test the login again with what is now on
// the server (relayhost and sasl_passwd), and "Requeue the N messages deferred by relay/network/
// auth problems" → RelayhostWizard::requeueRequested (the main window opens the requeue preview).
class RelayhostAfterPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayhostAfterPage)

public:
    explicit RelayhostAfterPage(QWidget *parent = nullptr);
    ~RelayhostAfterPage() override;

    void initializePage() override;

private:
    void onTested(const Diagnosis::CheckResult &result);

    QLabel *m_summary;
    QPushButton *m_retest;
    QLabel *m_retestResult;
    QPushButton *m_requeue;
    bool m_connected = false;
};

} // namespace Ui
