#pragma once

#include "actions/configchange.h"

#include <QWizardPage>

namespace Ui {

class ConfigChangeView;

// Relayhost wizard, page 4: applies the reviewed plan (ConfigChangeRunner::apply) with the steps
// live, then shows the outcome — a rollback loudly. Complete once the runner finished; "Next"
// leads to the after page only when the change was applied.
class RelayhostApplyPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayhostApplyPage)

public:
    explicit RelayhostApplyPage(QWidget *parent = nullptr);
    ~RelayhostApplyPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void onFinished(const Actions::ConfigChangeResult &result);

    ConfigChangeView *m_view;
    bool m_running = false;
    bool m_done = false;
    bool m_connected = false;
};

} // namespace Ui
