#pragma once

#include "diagnosis/checkresult.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {

// Relayhost wizard, page 2: the relay login (user and password or API key; both empty = the relay
// accepts this server by IP), "remember in the keychain", and the optional "Test login now" (the
// relay_auth check with these credentials, before anything is written). Fields: relayUser,
// relaySecret, relayRemember.
class RelayhostLoginPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayhostLoginPage)

public:
    explicit RelayhostLoginPage(QWidget *parent = nullptr);
    ~RelayhostLoginPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // Plain-words problem with the login; empty when usable (including "no login").
    static QString validateLogin(const QString &user, const QString &secret);

private:
    void loginEdited();
    void forgetTest();
    void updateProblem();
    void testLogin();
    void onTested(const Diagnosis::CheckResult &result);

    QLineEdit *m_user;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_problem;
    bool m_connected = false;
};

} // namespace Ui
