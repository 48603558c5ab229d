#pragma once

#include "actions/accountrights.h"
#include "fleet/serverprofile.h"

#include <QObject>
#include <QPointer>

namespace Remote {
class ServerSession;
}

namespace Ui {

// What the connected account can do (Actions::AccountRights), for the Actions menu: computed
// from the probe as soon as the session is ready, then refined once per connection by
// `sudo -n -l` (CommandCatalog::sudoListRights) when the account is not root and the profile
// allows sudo. GUI thread; never waits; a failing `sudo -n -l` keeps the probe's answer.
class AccountRightsProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountRightsProbe)

public:
    explicit AccountRightsProbe(QObject *parent = nullptr);
    ~AccountRightsProbe() override;

    void setServer(Remote::ServerSession *session, const Fleet::ServerProfile &profile);
    bool isKnown() const { return m_known; }       // the session was ready at least once
    bool sudoListed() const { return m_listed; }   // `sudo -n -l` output is included
    const Actions::AccountRights &rights() const { return m_rights; }

Q_SIGNALS:
    void changed();

private:
    void onStateChanged();
    void compute(QByteArrayView sudoList);

    QPointer<Remote::ServerSession> m_session;
    Fleet::ServerProfile m_profile;
    Actions::AccountRights m_rights;
    quint64 m_command = 0;
    bool m_known = false;
    bool m_listed = false;
    bool m_asked = false; // sudo -n -l sent for this connection
};

} // namespace Ui
