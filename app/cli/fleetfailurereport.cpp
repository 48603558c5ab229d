#include "fleetfailurereport.h"

#include "checkcommand.h"
#include "metricscommand.h"
#include "stdoutwriter.h"

#include "fleet/monitoringoutput.h"
#include "remote/serversession.h"

FleetFailureReport::FleetFailureReport(const CliArguments &args, Remote::ServerSession *session, QObject *parent)
    : QObject(parent)
    , m_args(args)
{
    using Remote::TransportError;
    connect(session, &Remote::ServerSession::hostKeyNeedsApproval, this, [this](const Remote::HostKeyInfo &info) {
        m_error = info.status == Remote::HostKeyStatus::Unknown ? Fleet::PollError::HostKeyUnknown
                                                               : Fleet::PollError::HostKeyChanged;
    });
    connect(session, &Remote::ServerSession::failed, this, [this](const TransportError &error) {
        switch (error.kind) {
        case TransportError::Kind::Unreachable:
        case TransportError::Kind::ConnectionLost:
            m_error = Fleet::PollError::Unreachable;
            break;
        case TransportError::Kind::Timeout:
            m_error = Fleet::PollError::Timeout;
            break;
        case TransportError::Kind::HostKeyChanged:
            m_error = Fleet::PollError::HostKeyChanged;
            break;
        case TransportError::Kind::HostKeyRejected:
            m_error = Fleet::PollError::HostKeyUnknown;
            break;
        case TransportError::Kind::AuthFailed:
            m_error = Fleet::PollError::AuthFailed;
            break;
        case TransportError::Kind::Protocol:
            if (m_error != Fleet::PollError::HostKeyChanged && m_error != Fleet::PollError::HostKeyUnknown)
                m_error = Fleet::PollError::Remote;
            break;
        }
    });
}

bool FleetFailureReport::appliesTo(const CliArguments &args)
{
    return args.needsServer()
        && (args.command == CliArguments::Command::Check || args.command == CliArguments::Command::Metrics);
}

int FleetFailureReport::report(const QString &message)
{
    if (std::exchange(m_reported, true))
        return ExitConnection;
    Fleet::PollSummary summary;
    summary.server = CheckCommand::serverId(m_args);
    summary.takenAt = QDateTime::currentDateTimeUtc();
    summary.error = m_error;
    summary.errorText = message;
    if (m_args.command == CliArguments::Command::Metrics) {
        QString ignored;
        const int code = MetricsCommand::publish(m_args, {{CheckCommand::serverLabel(m_args), summary}}, &ignored);
        return code == ExitRemote ? ExitRemote : ExitConnection;
    }
    StdoutWriter out;
    out.buffer() = Fleet::nagiosCheck(CheckCommand::serverLabel(m_args), summary, {}, std::nullopt).line.toUtf8() + '\n';
    out.flush();
    return ExitConnection;
}
