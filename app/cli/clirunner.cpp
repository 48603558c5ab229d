#include "clirunner.h"

#include "actioncommand.h"
#include "auditcommand.h"
#include "changescommand.h"
#include "checkcommand.h"
#include "classifycommand.h"
#include "diagnosecommand.h"
#include "fleetfailurereport.h"
#include "clisession.h"
#include "logstatscommand.h"
#include "metricscommand.h"
#include "queuecommand.h"
#include "relayhostcommand.h"
#include "rollbackcommand.h"
#include "serverscommand.h"
#include "shapecommand.h"
#include "showcommand.h"
#include "trailcommand.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>

CliRunner::CliRunner(const CliArguments &args, QObject *parent)
    : QObject(parent)
    , m_args(args)
    , m_session(new CliSession(args, this))
{
    connect(m_session, &CliSession::ready, this, &CliRunner::onReady);
    if (!FleetFailureReport::appliesTo(args)) {
        connect(m_session, &CliSession::failed, this, &CliRunner::finish);
        return;
    }
    // check/metrics: a failed connection is still one Nagios line / postdesk_up 0. One turn
    // later, so the report has seen the transport error too; a running command reports itself.
    auto *report = new FleetFailureReport(args, m_session->session(), this);
    connect(m_session, &CliSession::failed, this, [this, report](int, const QString &message) {
        QTimer::singleShot(0, this, [this, report, message] {
            if (!m_command)
                finish(report->report(message), message);
        });
    });
}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    if (m_args.needsServer()) {
        m_session->start();
        return;
    }
    switch (m_args.command) {
    case CliArguments::Command::Classify:
        m_command = new ClassifyCommand(m_args.explain, m_args.json, this);
        break;
    case CliArguments::Command::Trail:
        m_command = new TrailCommand(nullptr, m_args, this);
        break;
    case CliArguments::Command::Action: // audit: the only local one
        m_command = new AuditCommand(m_args, this);
        break;
    case CliArguments::Command::Servers:
        m_command = new ServersCommand(m_args, this);
        break;
    case CliArguments::Command::Metrics: // --all: polls every profile itself
        m_command = new MetricsCommand(nullptr, m_args, this);
        break;
    default:
        m_command = new LogStatsCommand(nullptr, m_args, this);
        break;
    }
    startCommand();
}

void CliRunner::interrupt(int signalNumber)
{
    m_signal = signalNumber;
    if (m_command)
        m_command->cancel();
    else
        finish(128 + signalNumber, QString());
}

void CliRunner::onReady()
{
    Remote::ServerSession *session = m_session->session();
    switch (m_args.command) {
    case CliArguments::Command::Queue:
        m_command = new QueueCommand(session, m_args.json ? QueueCommand::Mode::JsonLines
                                                          : QueueCommand::Mode::Table, this);
        break;
    case CliArguments::Command::Summary:
        m_command = new QueueCommand(session, m_args.json ? QueueCommand::Mode::SummaryJson
                                                          : QueueCommand::Mode::Summary, this);
        break;
    case CliArguments::Command::Show: {
        Services::PreviewParts parts = Services::PreviewPart::Headers;
        if (m_args.envelope)
            parts |= Services::PreviewPart::Envelope;
        if (m_args.body)
            parts |= Services::PreviewPart::Body;
        m_command = new ShowCommand(session, m_args.queueId, parts, m_args.json, this);
        break;
    }
    case CliArguments::Command::Trail:
        m_command = new TrailCommand(session, m_args, this);
        break;
    case CliArguments::Command::LogStats:
        m_command = new LogStatsCommand(session, m_args, this);
        break;
    case CliArguments::Command::Shape:
        m_command = new ShapeCommand(session, m_args, this);
        break;
    case CliArguments::Command::Diagnose:
        m_command = new DiagnoseCommand(session, m_args, this);
        break;
    case CliArguments::Command::Classify:
        m_command = new ClassifyCommand(m_args.explain, m_args.json, this);
        break;
    case CliArguments::Command::Action:
        m_command = createActionCommand(session);
        break;
    case CliArguments::Command::Check:
        m_command = new CheckCommand(session, m_args, this);
        break;
    case CliArguments::Command::Metrics:
        m_command = new MetricsCommand(session, m_args, this);
        break;
    default:
        break;
    }
    startCommand();
}

CliCommand *CliRunner::createActionCommand(Remote::ServerSession *session)
{
    switch (m_args.action.verb) {
    case ActionArguments::Verb::Relayhost:
        return new RelayhostCommand(session, m_args, this);
    case ActionArguments::Verb::Changes:
        return new ChangesCommand(session, m_args, this);
    case ActionArguments::Verb::Rollback:
        return new RollbackCommand(session, m_args, this);
    case ActionArguments::Verb::Audit:
        return new AuditCommand(m_args, this);
    case ActionArguments::Verb::QueueAction:
    case ActionArguments::Verb::Flush:
    case ActionArguments::Verb::None:
        break;
    }
    return new ActionCommand(session, m_args, this);
}

void CliRunner::startCommand()
{
    connect(m_command, &CliCommand::done, this, [this](int exitCode, const QString &message) {
        // A command that died with the connection reports through the session's failed(),
        // which follows the command's finished(): give it one turn to arrive.
        QTimer::singleShot(0, this, [this, exitCode, message] {
            int code = exitCode;
            if (code == ExitRemote && m_args.needsServer() && m_session->session()->state() == Remote::ServerSession::State::Failed)
                code = ExitConnection;
            finish(code, message);
        });
    });
    m_command->start();
}

void CliRunner::finish(int exitCode, const QString &message)
{
    if (std::exchange(m_finished, true))
        return;
    QString line = message;
    if (m_signal) {
        exitCode = 128 + m_signal;
        line = tr("interrupted by %1; the remote command was canceled")
                   .arg(m_signal == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"));
    }
    if (!line.isEmpty()) {
        const QString text = QStringLiteral("postdesk-cli: ") + line.simplified() + QLatin1Char('\n');
        std::fputs(text.toLocal8Bit().constData(), stderr);
    }
    if (m_args.needsServer())
        m_session->session()->disconnectFromServer();
    QCoreApplication::exit(exitCode);
}
