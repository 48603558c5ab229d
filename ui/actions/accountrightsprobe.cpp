#include "accountrightsprobe.h"

#include "remote/commandcatalog.h"
#include "remote/serversession.h"

namespace Ui {

AccountRightsProbe::AccountRightsProbe(QObject *parent)
    : QObject(parent)
{
}

AccountRightsProbe::~AccountRightsProbe() = default;

void AccountRightsProbe::setServer(Remote::ServerSession *session, const Fleet::ServerProfile &profile)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        if (m_command)
            m_session->cancel(m_command);
    }
    m_session = session;
    m_profile = profile;
    m_rights = {};
    m_command = 0;
    m_known = m_listed = m_asked = false;
    if (session) {
        connect(session, &Remote::ServerSession::stateChanged, this, &AccountRightsProbe::onStateChanged);
        connect(session, &Remote::ServerSession::finished, this,
                [this](quint64 id, const Remote::CommandResult &result) {
                    if (id != m_command)
                        return;
                    m_command = 0;
                    const bool ok = result.error.isEmpty() && result.exitCode == 0 && !result.canceled;
                    m_listed = ok;
                    compute(ok ? QByteArrayView(result.stdOut) : QByteArrayView());
                });
    }
    onStateChanged();
}

void AccountRightsProbe::onStateChanged()
{
    using State = Remote::ServerSession::State;
    if (!m_session || m_session->state() != State::Ready) {
        // A new connection probes again (sudoers may have changed meanwhile).
        if (m_session && m_session->state() == State::Connecting)
            m_asked = false;
        return;
    }
    compute({});
    const Remote::ServerCapabilities &caps = m_session->capabilities();
    const bool sudoAllowed = m_profile.sudoMode != Remote::SudoMode::None;
    if (m_asked || caps.uid == 0 || !sudoAllowed || !caps.binaries.contains(QStringLiteral("sudo")))
        return;
    const Remote::CatalogResult built = Remote::CommandCatalog(caps).sudoListRights();
    if (!built.ok())
        return;
    m_asked = true;
    m_command = m_session->run(built.command);
}

void AccountRightsProbe::compute(QByteArrayView sudoList)
{
    if (!m_session)
        return;
    const bool passwordKnown = m_profile.sudoMode == Remote::SudoMode::Password;
    m_rights = Actions::AccountRights::from(m_session->capabilities(), m_profile.sudoMode,
                                            passwordKnown, sudoList);
    m_known = true;
    Q_EMIT changed();
}

} // namespace Ui
