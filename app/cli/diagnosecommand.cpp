#include "diagnosecommand.h"

#include "stdoutwriter.h"

#include "checks/diagnosetargets.h"
#include "checks/diagnosticsrunner.h"
#include "services/queueloader.h"

#include <QJsonDocument>

#include <cstdio>

using Diagnosis::CheckId;

namespace {

QList<CheckId> selectedChecks(const CliArguments &args)
{
    if (!args.onlyChecks.isEmpty())
        return args.onlyChecks;
    const auto all = Diagnosis::allCheckIds();
    return QList<CheckId>(all.begin(), all.end());
}

} // namespace

DiagnoseCommand::DiagnoseCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent)
    : CliCommand(parent)
    , m_args(args)
    , m_loader(new Services::QueueLoader(session, this))
    , m_runner(new Checks::DiagnosticsRunner(session, this))
{
    m_options.domains = args.domains;
    if (!args.dnsblZones.isEmpty())
        m_options.dnsblZones = args.dnsblZones;
    m_options.egressAddress = args.egressAddress;
    m_options.relay = args.relay;
    if (args.checkTimeoutSeconds > 0)
        m_options.connectTimeoutSeconds = args.checkTimeoutSeconds;
    connect(m_loader, &Services::QueueLoader::finished, this, &DiagnoseCommand::onQueue);
    connect(m_runner, &Checks::DiagnosticsRunner::resultReady, this, &DiagnoseCommand::print);
    connect(m_runner, &Checks::DiagnosticsRunner::finished, this, [this](bool canceled) {
        if (canceled || m_canceled)
            Q_EMIT done(ExitRemote, tr("canceled"));
        else
            Q_EMIT done(m_anyFailed ? ExitChecksFailed : ExitOk, QString());
    });
}

DiagnoseCommand::~DiagnoseCommand() = default;

bool DiagnoseCommand::needsQueue(const CliArguments &args)
{
    const QList<CheckId> checks = selectedChecks(args);
    const bool domainChecks = checks.contains(CheckId::SmtpReachability) || checks.contains(CheckId::Dns)
            || checks.contains(CheckId::StartTls);
    return (domainChecks && args.domains.isEmpty()) || checks.contains(CheckId::ContentFilter);
}

void DiagnoseCommand::start()
{
    if (needsQueue(m_args))
        m_loader->start();
    else
        runChecks();
}

void DiagnoseCommand::cancel()
{
    m_canceled = true;
    if (m_loader->isRunning()) {
        m_loader->cancel(); // onQueue reports the cancel
        return;
    }
    if (m_runner->isRunning())
        m_runner->cancel();
}

void DiagnoseCommand::onQueue(const Services::QueueSnapshot &snapshot)
{
    if (snapshot.canceled || m_canceled) {
        Q_EMIT done(ExitRemote, tr("canceled"));
        return;
    }
    if (snapshot.ok()) {
        const Checks::DiagnoseTargets targets = Checks::targetsFromQueue(snapshot.messages);
        if (m_options.domains.isEmpty())
            m_options.domains = targets.domains;
        m_options.filterEndpoints = targets.filterEndpoints;
    } else {
        // The checks still run: those that need a destination say that none was found.
        std::fputs(qPrintable(tr("warning: the queue could not be listed, so no destinations were "
                                 "taken from it: %1\n").arg(snapshot.error)), stderr);
    }
    runChecks();
}

void DiagnoseCommand::runChecks()
{
    m_runner->start(selectedChecks(m_args), m_options);
}

QByteArray DiagnoseCommand::formatJson(const Diagnosis::CheckResult &result)
{
    return QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

void DiagnoseCommand::print(const Diagnosis::CheckResult &result)
{
    if (result.verdict == Diagnosis::Verdict::Failed)
        m_anyFailed = true;
    StdoutWriter out;
    out.buffer() = m_args.json ? formatJson(result) : (result.toText() + u'\n').toUtf8();
    out.flush();
}
