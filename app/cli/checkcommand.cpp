#include "checkcommand.h"

#include "cliprofiles.h"
#include "queuepoll.h"
#include "stdoutwriter.h"

#include "fleet/historystore.h"
#include "fleet/monitoringoutput.h"

#include <cstdio>

CheckCommand::CheckCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent)
    : CliCommand(parent)
    , m_args(args)
    , m_poll(new QueuePoll(session, serverId(args), this))
{
    connect(m_poll, &QueuePoll::finished, this, &CheckCommand::onPolled);
}

CheckCommand::~CheckCommand() = default;

void CheckCommand::start()
{
    m_poll->start();
}

void CheckCommand::cancel()
{
    m_poll->cancel();
}

QString CheckCommand::serverLabel(const CliArguments &args)
{
    if (!args.serverName.isEmpty())
        return args.serverName;
    const Remote::ConnectionParams &c = args.connection;
    QString label = c.user.isEmpty() ? c.host : c.user + QLatin1Char('@') + c.host;
    if (c.port != 22)
        label += QLatin1Char(':') + QString::number(c.port);
    return label;
}

QUuid CheckCommand::serverId(const CliArguments &args)
{
    if (!args.profileId.isNull())
        return args.profileId;
    return QueuePoll::idForTarget(args.connection.user, args.connection.host, args.connection.port);
}

Fleet::AlertThresholds CheckCommand::thresholds(const CliArguments &args)
{
    Fleet::AlertThresholds base;
    if (!args.profileId.isNull()) {
        QString error;
        const Fleet::ServerProfile profile =
            CliProfiles(args.fleet.settingsFile).find(args.profileId.toString(), &error);
        if (profile.isValid())
            base = profile.alerts;
    }
    return args.fleet.thresholds(base);
}

void CheckCommand::onPolled(const Fleet::PollSummary &summary)
{
    const Fleet::AlertThresholds limits = thresholds(m_args);
    const std::optional<qint64> growth = summary.ok() ? growthFromHistory(summary, limits) : std::nullopt;
    const Fleet::NagiosResult result = Fleet::nagiosCheck(serverLabel(m_args), summary, limits, growth);
    StdoutWriter out;
    out.buffer() = result.line.toUtf8() + '\n';
    out.flush();
    // The line on stdout is the plugin's answer; the failure goes to stderr as well for people.
    Q_EMIT done(result.exitCode, summary.ok() ? QString() : summary.errorText);
}

std::optional<qint64> CheckCommand::growthFromHistory(const Fleet::PollSummary &summary,
                                                      const Fleet::AlertThresholds &thresholds)
{
    if (m_args.fleet.noHistory)
        return std::nullopt;
    const QString path = m_args.fleet.historyFile.isEmpty() ? Fleet::HistoryStore::defaultPath()
                                                            : m_args.fleet.historyFile;
    Fleet::HistoryStore history(path);
    QString error;
    if (!history.open(&error)) {
        std::fputs(qPrintable(tr("postdesk-cli: warning: growth unknown: %1\n").arg(error)), stderr);
        return std::nullopt;
    }
    const qint64 window = qint64(thresholds.growthWindowMinutes) * 60;
    const QDateTime target = summary.takenAt.addSecs(-window);
    // Candidates: at least half a window old, at most one and a half windows.
    const QList<Fleet::HistorySample> samples = history.samples(
        summary.server, summary.takenAt.addSecs(-window - window / 2), summary.takenAt.addSecs(-window / 2));
    std::optional<qint64> growth;
    qint64 bestDistance = -1;
    for (const Fleet::HistorySample &sample : samples) {
        const qint64 distance = qAbs(sample.at.secsTo(target));
        if (bestDistance < 0 || distance < bestDistance) {
            bestDistance = distance;
            growth = summary.total - sample.total;
        }
    }
    if (!history.record(summary))
        std::fputs(qPrintable(tr("postdesk-cli: warning: not recorded in the history: %1\n")
                                  .arg(history.lastError())), stderr);
    return growth;
}
