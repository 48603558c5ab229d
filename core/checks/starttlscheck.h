#pragma once

#include "check.h"
#include "dnslookup.h"
#include "diagnosis/tlspolicy.h"
#include "diagnosis/tlssettings.h"

#include <functional>
#include <memory>

namespace Remote {
class Domain;
enum class Privilege;
}

namespace Checks {

// starttls: openssl s_client -starttls smtp -servername MX to each destination's first MX (one
// domain after the other): handshake, protocol, chain verification (with Postfix's
// smtp_tls_CAfile/CApath and nothing else), expiry, name match; plus smtp_tls_* settings and
// the domain's smtp_tls_policy_maps entry (postmap -q; as root when the map is not readable and
// the session may). The verdict is Diagnosis::TlsAssessment: judged under that policy (a
// policy demanding more than the peer offers is a classic cause). One result per domain,
// target = the domain.
class StartTlsCheck final : public Check
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartTlsCheck)

public:
    StartTlsCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent = nullptr);
    ~StartTlsCheck() override;

protected:
    void run() override;

private:
    // What the policy lookup found for one domain.
    struct PolicyState
    {
        Diagnosis::TlsPolicy policy;
        QStringList notes;    // "smtp_tls_policy_maps hash:/… needs root to read", for evidence
        bool uncertain = false; // a map could not be read: an entry may exist that we did not see
        QStringList commands;
    };
    using PolicyDone = std::function<void(const PolicyState &state)>;

    void readOpensslVersion();
    void nextDomain();
    void testDomain(const QString &domain);
    void testHost(const QString &domain, const MxHost &host, const QStringList &dnsCommands);
    void lookupPolicy(const Remote::Domain &domain, int mapIndex, Remote::Privilege privilege,
                      PolicyState state, PolicyDone done);
    void reportSimple(const QString &target, Diagnosis::Verdict verdict, const QString &summary,
                      const QString &advice, const QStringList &commands = {});

    std::unique_ptr<DnsLookup> m_dns;
    Diagnosis::TlsSettings m_settings;
    QStringList m_settingsCommands;
    QString m_settingsProblem;
    bool m_caStore = true;
    QStringList m_queue;
};

} // namespace Checks
