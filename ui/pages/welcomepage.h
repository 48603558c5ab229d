#pragma once

#include <QWidget>

namespace Ui {

// First run: a call to action instead of an empty window. The button is "addServerButton".
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

Q_SIGNALS:
    void addServerRequested();
};

} // namespace Ui
