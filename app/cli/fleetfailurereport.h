#pragma once

#include "cliarguments.h"

#include "fleet/pollsummary.h"

#include <QObject>

namespace Remote {
class ServerSession;
}

// check and metrics stay monitoring output when the connection fails: check prints its one
// "POSTDESK UNKNOWN - …" line on stdout, metrics writes postdesk_up 0 with postdesk_poll_error.
// Watches the session from the start so that it knows why it failed (host key changed or
// unknown, secret missing, unreachable, timeout, login refused). CliRunner calls report() one
// event-loop turn after CliSession::failed() (the transport error is seen by then).
class FleetFailureReport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetFailureReport)

public:
    FleetFailureReport(const CliArguments &args, Remote::ServerSession *session, QObject *parent = nullptr);

    static bool appliesTo(const CliArguments &args);
    // Writes the output for the failure and returns the exit code (3, or 4 when --output failed).
    int report(const QString &message);

private:
    CliArguments m_args;
    // Without a transport error or host key question, CliSession gave up on its own: a password,
    // passphrase or sudo password was needed and neither the environment nor the keychain had it.
    Fleet::PollError m_error = Fleet::PollError::SecretMissing;
    bool m_reported = false;
};
