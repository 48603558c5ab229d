#pragma once

#include "actions/configchange.h"
#include "actions/relayhostplan.h"
#include "fleet/serverprofile.h"
#include "postfix/queuedmessage.h"

#include <QWizard>

namespace Actions {
class AuditLog;
class ConfigChangeRunner;
}
namespace Fleet {
class CredentialStore;
}
namespace Remote {
class ServerSession;
}

namespace Ui {

class RelayLoginTester;

// The relayhost wizard (objectName relayhostWizard): relay (host, port presets 587 STARTTLS /
// 465 TLS / 25, MX lookup off) → login (user, password or API key, remember in the keychain,
// optional "Test login now") → review (ConfigChangeRunner::preview: diff and notes; "Apply" is
// the commit button) → apply (steps live, the outcome; RolledBack loudly) → after (test the login
// again, requeue the mail deferred by relay/network/auth problems → requeueRequested).
// Shown with open()/show(); never waits. The secret lives in the line edit, the plan (stdin of the
// map edit) and, when the user asks, the keychain (Kind::RelaySecret) — nowhere else.
class RelayhostWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayhostWizard)

public:
    enum PageId { RelayPageId, LoginPageId, ReviewPageId, ApplyPageId, AfterPageId };

    // session, audit: not owned, outlive the wizard. credentials: may be null (no keychain).
    RelayhostWizard(Remote::ServerSession *session, Actions::AuditLog *audit,
                    Fleet::CredentialStore *credentials, const Fleet::ServerProfile &profile,
                    const QList<Postfix::QueuedMessage> &queue, QWidget *parent = nullptr);
    ~RelayhostWizard() override;

    Actions::RelayhostInput input() const; // from the pages' fields
    Remote::ServerSession *session() const;
    Actions::ConfigChangeRunner *runner() const; // test seam
    RelayLoginTester *loginTester() const;
    bool canRemember() const;                  // a keychain is available
    QList<Postfix::QueuedMessage> requeueCandidates() const;

    // The plan the review page previewed; the apply page applies exactly this.
    void setPlan(const Actions::ConfigChangePlan &plan);
    const Actions::ConfigChangePlan &plan() const;
    // The apply page reports here: keychain write (remember), applied().
    void setResult(const Actions::ConfigChangeResult &result);
    const Actions::ConfigChangeResult &result() const;
    // The last "Test login now" outcome (shown again on the review page); empty when not tested.
    void setLoginTestText(const QString &text, bool failed);
    QString loginTestText() const;
    bool loginTestFailed() const;

Q_SIGNALS:
    void applied(const Actions::ConfigChangeResult &result);
    void requeueRequested(const QList<Postfix::QueuedMessage> &messages);

private:
    Remote::ServerSession *m_session;
    Fleet::CredentialStore *m_credentials;
    Fleet::ServerProfile m_profile;
    QList<Postfix::QueuedMessage> m_queue;
    Actions::ConfigChangeRunner *m_runner;
    RelayLoginTester *m_tester;
    Actions::ConfigChangePlan m_plan;
    Actions::ConfigChangeResult m_result;
    QString m_loginTestText;
    bool m_loginTestFailed = false;
};

} // namespace Ui
