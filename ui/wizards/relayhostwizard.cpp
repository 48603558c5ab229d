#include "relayhostwizard.h"

#include "actions/configchangerunner.h"
#include "fixes/fixtargets.h"
#include "fleet/credentialstore.h"
#include "relayhostafterpage.h"
#include "relayhostapplypage.h"
#include "relayhostloginpage.h"
#include "relayhostrelaypage.h"
#include "relayhostreviewpage.h"
#include "relaylogintester.h"
#include "remote/serversession.h"

namespace Ui {

RelayhostWizard::RelayhostWizard(Remote::ServerSession *session, Actions::AuditLog *audit,
                                 Fleet::CredentialStore *credentials, const Fleet::ServerProfile &profile,
                                 const QList<Postfix::QueuedMessage> &queue, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_credentials(credentials)
    , m_profile(profile)
    , m_queue(queue)
    , m_runner(new Actions::ConfigChangeRunner(session, audit, this))
    , m_tester(new RelayLoginTester(session, this))
{
    setObjectName(QStringLiteral("relayhostWizard"));
    setWindowTitle(tr("Send mail through a relay — %1").arg(profile.displayName()));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_runner->setServerName(profile.displayName());
    setPage(RelayPageId, new RelayhostRelayPage(this));
    setPage(LoginPageId, new RelayhostLoginPage(this));
    setPage(ReviewPageId, new RelayhostReviewPage(this));
    setPage(ApplyPageId, new RelayhostApplyPage(this));
    setPage(AfterPageId, new RelayhostAfterPage(this));
    setStartId(RelayPageId);
    resize(760, 600);
}

RelayhostWizard::~RelayhostWizard()
{
    // Closing the wizard mid-apply: the runner restores whatever was changed (its contract).
    if (m_runner->isRunning())
        m_runner->cancel();
}

Actions::RelayhostInput RelayhostWizard::input() const
{
    Actions::RelayhostInput in;
    in.host = field(QStringLiteral("relayHost")).toString().trimmed();
    in.port = field(QStringLiteral("relayPort")).toInt();
    in.security = RelayhostRelayPage::securityAt(field(QStringLiteral("relaySecurity")).toInt());
    in.mxLookup = field(QStringLiteral("relayMxLookup")).toBool();
    in.user = field(QStringLiteral("relayUser")).toString().trimmed();
    in.secret = field(QStringLiteral("relaySecret")).toString();
    return in;
}

Remote::ServerSession *RelayhostWizard::session() const
{
    return m_session;
}

Actions::ConfigChangeRunner *RelayhostWizard::runner() const
{
    return m_runner;
}

RelayLoginTester *RelayhostWizard::loginTester() const
{
    return m_tester;
}

bool RelayhostWizard::canRemember() const
{
    return m_credentials != nullptr && !m_profile.id.isNull();
}

QList<Postfix::QueuedMessage> RelayhostWizard::requeueCandidates() const
{
    return FixTargets::deferredByRelayProblems(m_queue);
}

void RelayhostWizard::setPlan(const Actions::ConfigChangePlan &plan)
{
    m_plan = plan;
}

const Actions::ConfigChangePlan &RelayhostWizard::plan() const
{
    return m_plan;
}

void RelayhostWizard::setResult(const Actions::ConfigChangeResult &result)
{
    m_result = result;
    if (!result.ok())
        return;
    const Actions::RelayhostInput in = input();
    if (canRemember() && field(QStringLiteral("relayRemember")).toBool() && !in.secret.isEmpty())
        m_credentials->write(m_profile.id, Fleet::CredentialStore::Kind::RelaySecret, in.secret);
    Q_EMIT applied(result);
}

const Actions::ConfigChangeResult &RelayhostWizard::result() const
{
    return m_result;
}

void RelayhostWizard::setLoginTestText(const QString &text, bool failed)
{
    m_loginTestText = text;
    m_loginTestFailed = failed;
}

QString RelayhostWizard::loginTestText() const
{
    return m_loginTestText;
}

bool RelayhostWizard::loginTestFailed() const
{
    return m_loginTestFailed;
}

} // namespace Ui
