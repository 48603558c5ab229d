#include "relaylogintester.h"

#include "checks/relayauthcheck.h"

namespace Ui {

RelayLoginTester::RelayLoginTester(Remote::ServerSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

RelayLoginTester::~RelayLoginTester()
{
    cancel();
}

void RelayLoginTester::start(const QString &relay, const QString &user, const QString &secret)
{
    cancel();
    Checks::CheckOptions options;
    options.relay = relay;
    options.relayUser = user;
    options.relayPassword = secret;
    auto *check = new Checks::RelayAuthCheck(m_session, options, this);
    m_check = check;
    connect(check, &Checks::Check::progress, this, &RelayLoginTester::progress);
    connect(check, &Checks::Check::finished, this, [this, check] {
        const QList<Diagnosis::CheckResult> results = check->results();
        Diagnosis::CheckResult result;
        if (results.isEmpty()) {
            result.check = Diagnosis::CheckId::RelayAuth;
            result.verdict = Diagnosis::Verdict::Unknown;
            result.summary = tr("The login test gave no answer.");
        } else {
            result = results.first(); // the login test is reported first
        }
        check->deleteLater();
        Q_EMIT finished(result);
    });
    check->start();
}

void RelayLoginTester::cancel()
{
    if (m_check) {
        m_check->cancel();
        m_check->deleteLater();
        m_check = nullptr;
    }
}

bool RelayLoginTester::isRunning() const
{
    return m_check && m_check->isRunning();
}

QString RelayLoginTester::describe(const Diagnosis::CheckResult &result)
{
    QString text = Diagnosis::verdictTitle(result.verdict) + QStringLiteral(": ") + result.summary;
    if (!result.advice.isEmpty())
        text += QLatin1Char('\n') + result.advice;
    return text;
}

} // namespace Ui
