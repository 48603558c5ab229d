#include "trailcommand.h"

#include "stdoutwriter.h"

#include "services/locallogfiles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QDateTime eventTime(const Postfix::LogEvent &e)
{
    return QDateTime::fromMSecsSinceEpoch(e.timeMs, QTimeZone(e.utcOffsetSeconds));
}

QJsonValue orNull(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

TrailCommand::TrailCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent)
    : CliCommand(parent)
    , m_args(args)
{
    if (session && args.logFiles.isEmpty()) {
        m_loader = new Services::TrailLoader(session, this);
        connect(m_loader, &Services::TrailLoader::finished, this, &TrailCommand::onFinished);
    }
}

void TrailCommand::start()
{
    if (m_loader) {
        m_loader->load(m_args.queueId);
        return;
    }
    const CliArguments args = m_args;
    m_job.start(this, [args](const std::atomic_bool *cancel) {
        Services::LocalLogFiles files(args.logFiles);
        if (files.error().isEmpty())
            return files.trail(args.queueId, cancel);
        Services::TrailResult result;
        result.queueId = args.queueId;
        result.error = files.error();
        result.permissionDenied = files.permissionDenied();
        return result;
    }, [this](const Services::TrailResult &result) { onFinished(result); });
}

void TrailCommand::cancel()
{
    m_job.cancel();
    if (m_loader)
        m_loader->cancel(); // emits nothing for a canceled load: report here
    if (!std::exchange(m_finished, true))
        Q_EMIT done(ExitRemote, tr("canceled"));
}

void TrailCommand::onFinished(const Services::TrailResult &result)
{
    m_job.join();
    if (std::exchange(m_finished, true))
        return;
    if (!result.error.isEmpty() || result.permissionDenied) {
        const bool usage = !m_args.logFiles.isEmpty() && !result.permissionDenied
                && result.error.endsWith(tr("no such file"));
        Q_EMIT done(usage ? ExitUsage : ExitRemote, result.error);
        return;
    }
    StdoutWriter out;
    out.buffer() = m_args.json ? toJson(result) : toText(result);
    if (!out.flush()) {
        Q_EMIT done(ExitRemote, tr("stdout is closed"));
        return;
    }
    for (const QString &note : result.notes)
        std::fputs(qPrintable(QStringLiteral("postdesk-cli: note: ") + note + u'\n'), stderr);
    Q_EMIT done(ExitOk, result.truncated ? tr("warning: only the newest %1 lines are shown").arg(result.events.size())
                                         : QString());
}

QByteArray TrailCommand::toText(const Services::TrailResult &result)
{
    QByteArray out;
    if (result.events.isEmpty()) {
        out += tr("No log lines for %1 in %2\n")
                       .arg(result.queueId, result.searchedFiles.join(QStringLiteral(", ")))
                       .toUtf8();
        return out;
    }
    for (const Postfix::LogEvent &e : result.events) {
        const QString time = e.timeMs ? eventTime(e).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                      : QStringLiteral("-");
        const QString message = e.queueId.isEmpty() ? e.message : e.queueId + QStringLiteral(": ") + e.message;
        out += (time + QStringLiteral("  ") + e.program + QStringLiteral("  ") + message + u'\n').toUtf8();
    }
    return out;
}

QByteArray TrailCommand::toJson(const Services::TrailResult &result)
{
    QJsonArray events;
    for (const Postfix::LogEvent &e : result.events) {
        QJsonObject o;
        o.insert(QStringLiteral("time"), e.timeMs ? QJsonValue(eventTime(e).toString(Qt::ISODateWithMs))
                                                  : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("program"), e.program);
        o.insert(QStringLiteral("queue_id"), orNull(e.queueId.isEmpty() ? QString() : e.queueId));
        o.insert(QStringLiteral("status"), orNull(e.status == Postfix::LogStatus::None ? QString() : e.statusText));
        o.insert(QStringLiteral("to"), orNull(e.to));
        o.insert(QStringLiteral("relay"), orNull(e.relay));
        o.insert(QStringLiteral("dsn"), orNull(e.dsn));
        o.insert(QStringLiteral("reason"), orNull(e.reason));
        o.insert(QStringLiteral("line"), e.rawLine);
        events.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("queue_id"), result.queueId);
    root.insert(QStringLiteral("followed_ids"), QJsonArray::fromStringList(result.followedIds));
    root.insert(QStringLiteral("files"), QJsonArray::fromStringList(result.searchedFiles));
    root.insert(QStringLiteral("events"), events);
    root.insert(QStringLiteral("truncated"), result.truncated);
    root.insert(QStringLiteral("elapsed_ms"), result.elapsedMs);
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}
