#pragma once

#include "check.h"

#include "diagnosis/relayhost.h"
#include "diagnosis/relayhostsettings.h"
#include "diagnosis/saslmap.h"

#include <optional>

namespace Checks {

// relay_auth: with a relayhost (or CheckOptions::relay): connect, STARTTLS (or TLS on 465), SASL
// AUTH with the credentials stored on the server (postmap -q, read as root, sent on stdin, never
// logged): 235 / 535 / no mechanism (missing SASL modules). Also sasl_passwd and its .db/.lmdb:
// present, 0600 root, key in the same bracket/port form as relayhost.
//
// Sequence: postconf -x (settings) → in parallel: find (SASL plugins), stat (table files),
// postmap -q - (the stored login, root) → the login test (openssl s_client through a constant
// bash script, the login on stdin). No relayhost: one Ok result and nothing else is run.
// Results, in this order: login test (target "relay:port"), settings ("main.cf"), stored login
// (the table), table files (the path), SASL plugins. CheckOptions::relayUser/relayPassword, when
// set, replace the stored login for the test (the key-form check still runs).
class RelayAuthCheck final : public Check
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayAuthCheck)

public:
    RelayAuthCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent = nullptr);
    ~RelayAuthCheck() override;

protected:
    void run() override;

private:
    void onSettings(const Remote::CommandResult &result, const QString &line);
    void startTableChecks(const Diagnosis::SaslMap &map);
    void onLookup(const Remote::CommandResult &result, const QString &line, const Diagnosis::SaslMap &map);
    void startLoginTest();
    void stepDone();
    void reportAll();

    Diagnosis::RelayHostSettings m_settings;
    Diagnosis::RelayHost m_relay;
    QString m_settingsLine;
    std::optional<Diagnosis::SaslLogin> m_login; // memory only; dropped once the test is sent
    QString m_noLoginReason;
    QStringList m_mechanisms;
    std::optional<Diagnosis::CheckResult> m_loginResult;
    std::optional<Diagnosis::CheckResult> m_keyResult;
    std::optional<Diagnosis::CheckResult> m_filesResult;
    std::optional<Diagnosis::CheckResult> m_pluginsResult;
    int m_pending = 0;
};

} // namespace Checks
