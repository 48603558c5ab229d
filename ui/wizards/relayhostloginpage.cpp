#include "relayhostloginpage.h"

#include "actions/relayhostplan.h"
#include "relayhostwizard.h"
#include "relaylogintester.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Ui {

namespace {

bool hasLineBreaking(const QString &text)
{
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || text.contains(QChar(u'\0'));
}

} // namespace

RelayhostLoginPage::RelayhostLoginPage(QWidget *parent)
    : QWizardPage(parent)
    , m_user(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in this computer's keychain"), this))
    , m_test(new QPushButton(tr("&Test login now"), this))
    , m_testResult(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Login"));
    setSubTitle(tr("The user name and password (or API key) the relay expects. They are written to "
                   "sasl_passwd on the server (readable by root only). Leave both empty when the "
                   "relay accepts this server by its IP address."));
    m_user->setObjectName(QStringLiteral("relayUser"));
    m_user->setPlaceholderText(tr("user name or API user"));
    m_secret->setObjectName(QStringLiteral("relaySecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("password or API key"));
    m_remember->setObjectName(QStringLiteral("relayRemember"));
    m_test->setObjectName(QStringLiteral("relayTestButton"));
    m_test->setToolTip(tr("Log in to the relay from the server with these credentials, before "
                          "anything is changed. Optional."));
    m_testResult->setObjectName(QStringLiteral("relayTestResult"));
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("relayLoginProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color:#b71c1c;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password or API key:"), m_secret);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_problem);
    form->addRow(QString(), m_test);
    form->addRow(tr("Login test:"), m_testResult);

    registerField(QStringLiteral("relayUser"), m_user);
    registerField(QStringLiteral("relaySecret"), m_secret);
    registerField(QStringLiteral("relayRemember"), m_remember);
    connect(m_user, &QLineEdit::textChanged, this, &RelayhostLoginPage::loginEdited);
    connect(m_secret, &QLineEdit::textChanged, this, &RelayhostLoginPage::loginEdited);
    connect(m_test, &QPushButton::clicked, this, &RelayhostLoginPage::testLogin);
}

RelayhostLoginPage::~RelayhostLoginPage() = default;

void RelayhostLoginPage::initializePage()
{
    auto *w = qobject_cast<RelayhostWizard *>(wizard());
    const bool canRemember = w && w->canRemember();
    m_remember->setEnabled(canRemember);
    m_remember->setToolTip(canRemember ? tr("Kept so the relay check can test the login later "
                                            "without asking.")
                                       : tr("No system keychain is available."));
    if (!m_connected) {
        m_connected = true;
        connect(w->loginTester(), &RelayLoginTester::finished, this, &RelayhostLoginPage::onTested);
        connect(w->loginTester(), &RelayLoginTester::progress, this, [this](const QString &text) {
            if (wizard()->currentId() == RelayhostWizard::LoginPageId)
                m_testResult->setText(text);
        });
    }
    forgetTest(); // the relay page may have changed since
    updateProblem();
}

void RelayhostLoginPage::loginEdited()
{
    forgetTest();
    updateProblem();
}

// A test result belongs to the relay and login it was run with: any edit makes it stale.
void RelayhostLoginPage::forgetTest()
{
    m_testResult->clear();
    if (auto *w = qobject_cast<RelayhostWizard *>(wizard())) {
        w->loginTester()->cancel();
        w->setLoginTestText({}, false);
    }
}

void RelayhostLoginPage::cleanupPage()
{
    if (auto *w = qobject_cast<RelayhostWizard *>(wizard()))
        w->loginTester()->cancel();
}

bool RelayhostLoginPage::isComplete() const
{
    return validateLogin(m_user->text(), m_secret->text()).isEmpty();
}

QString RelayhostLoginPage::validateLogin(const QString &user, const QString &secret)
{
    const QString u = user.trimmed();
    if (!secret.isEmpty() && u.isEmpty())
        return tr("Enter the user name that goes with the password.");
    if (!u.isEmpty() && secret.isEmpty())
        return tr("Enter the password or API key for %1.").arg(u);
    for (const QChar c : u) {
        if (c.isSpace() || c == QLatin1Char(':') || c.unicode() < 0x20)
            return tr("The user name cannot contain spaces, colons or control characters.");
    }
    if (hasLineBreaking(secret))
        return tr("The password cannot contain line breaks.");
    return {};
}

void RelayhostLoginPage::updateProblem()
{
    const QString problem = validateLogin(m_user->text(), m_secret->text());
    // "Enter the password" while the user is still typing the user name is noise.
    m_problem->setText(m_user->text().isEmpty() && m_secret->text().isEmpty() ? QString() : problem);
    m_test->setEnabled(problem.isEmpty());
    Q_EMIT completeChanged();
}

void RelayhostLoginPage::testLogin()
{
    auto *w = qobject_cast<RelayhostWizard *>(wizard());
    if (!w)
        return;
    const Actions::RelayhostInput in = w->input();
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing the login from the server…"));
    w->loginTester()->start(Actions::RelayhostPlan::relayhostValue(in), in.user, in.secret);
}

void RelayhostLoginPage::onTested(const Diagnosis::CheckResult &result)
{
    if (wizard()->currentId() != RelayhostWizard::LoginPageId)
        return; // the after page's test
    const QString text = RelayLoginTester::describe(result);
    m_testResult->setText(text);
    m_testResult->setStyleSheet(result.verdict == Diagnosis::Verdict::Ok
                                    ? QStringLiteral("color:#1b5e20;")
                                    : QStringLiteral("color:#b71c1c;"));
    if (auto *w = qobject_cast<RelayhostWizard *>(wizard()))
        w->setLoginTestText(text, result.verdict != Diagnosis::Verdict::Ok);
    m_test->setEnabled(true);
}

} // namespace Ui
