#include "metricscommand.h"

#include "checkcommand.h"
#include "cliprofiles.h"
#include "queuepoll.h"
#include "stdoutwriter.h"

#include "fleet/credentialstore.h"
#include "fleet/fleetpoller.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

MetricsCommand::MetricsCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent)
    : CliCommand(parent)
    , m_args(args)
{
    if (!session)
        return;
    m_poll = new QueuePoll(session, CheckCommand::serverId(args), this);
    connect(m_poll, &QueuePoll::finished, this, [this](const Fleet::PollSummary &summary) {
        QString message;
        const int code = publish(m_args, {{CheckCommand::serverLabel(m_args), summary}}, &message);
        Q_EMIT done(code, summary.ok() ? message : summary.errorText);
    });
}

MetricsCommand::~MetricsCommand() = default;

void MetricsCommand::start()
{
    if (m_poll)
        m_poll->start();
    else
        startAll();
}

void MetricsCommand::cancel()
{
    if (m_poll) {
        m_poll->cancel();
        return;
    }
    if (m_poller)
        m_poller->stop();
    if (!std::exchange(m_finished, true))
        Q_EMIT done(ExitConnection, tr("canceled"));
}

int MetricsCommand::publish(const CliArguments &args, const QList<Fleet::MetricsEntry> &entries,
                            QString *message)
{
    const QByteArray text = Fleet::prometheusExposition(entries);
    const bool anyUp = std::any_of(entries.cbegin(), entries.cend(),
                                   [](const Fleet::MetricsEntry &e) { return e.summary.ok(); });
    if (args.fleet.file.isEmpty()) {
        StdoutWriter out;
        out.buffer() = text;
        if (!out.flush()) {
            *message = tr("stdout is closed");
            return ExitRemote;
        }
    } else {
        QSaveFile file(args.fleet.file);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
            *message = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(args.fleet.file), file.errorString());
            return ExitRemote;
        }
    }
    if (!anyUp) {
        *message = entries.isEmpty() ? tr("no saved servers to poll")
                                     : tr("no server could be polled");
        return ExitConnection;
    }
    return ExitOk;
}

void MetricsCommand::startAll()
{
    const QList<Fleet::ServerProfile> profiles = CliProfiles(m_args.fleet.settingsFile).all();
    if (profiles.isEmpty()) {
        QString message;
        const int code = publish(m_args, {}, &message);
        m_finished = true;
        Q_EMIT done(code, message);
        return;
    }
    QSet<QString> used;
    for (const Fleet::ServerProfile &p : profiles) {
        // The server label must be unique, or two profiles would make duplicate series.
        QString name = p.displayName();
        if (used.contains(name))
            name += QStringLiteral(" (%1)").arg(p.id.toString(QUuid::WithoutBraces).left(8));
        used.insert(name);
        m_order << p.id;
        m_names.insert(p.id, name);
    }
    m_credentials = new Fleet::CredentialStore(this);
    Fleet::FleetPoller::Options options;
    options.maxConcurrent = qMax(1, m_args.fleet.concurrency);
    options.credentials = m_credentials;
    m_poller = new Fleet::FleetPoller(options, this);
    connect(m_poller, &Fleet::FleetPoller::polled, this, &MetricsCommand::onPolled);
    m_poller->setProfiles(profiles);
    m_poller->pollAll();
}

void MetricsCommand::onPolled(const Fleet::PollSummary &summary)
{
    if (m_finished || !m_names.contains(summary.server) || m_results.contains(summary.server))
        return;
    m_results.insert(summary.server, summary);
    if (m_results.size() == m_order.size())
        finishAll();
}

void MetricsCommand::finishAll()
{
    m_finished = true;
    m_poller->stop();
    QList<Fleet::MetricsEntry> entries;
    for (const QUuid &id : std::as_const(m_order))
        entries.append({m_names.value(id), m_results.value(id)});
    QString message;
    const int code = publish(m_args, entries, &message);
    Q_EMIT done(code, message);
}
