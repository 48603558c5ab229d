#include "logstatscommand.h"

#include "stdoutwriter.h"

#include "diagnosis/reasonclass.h"
#include "services/locallogfiles.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QJsonValue isoTime(qint64 ms)
{
    return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate))
              : QJsonValue(QJsonValue::Null);
}

QJsonArray counts(const QList<Services::LogCount> &list, const QString &keyName, qint64 total = -1)
{
    QJsonArray array;
    for (const Services::LogCount &c : list) {
        QJsonObject o;
        o.insert(keyName, c.key);
        o.insert(QStringLiteral("count"), c.count);
        if (total >= 0)
            o.insert(QStringLiteral("share"), total > 0 ? double(c.count) / double(total) : 0.0);
        array.append(o);
    }
    return array;
}

} // namespace

LogStatsCommand::LogStatsCommand(Remote::ServerSession *session, const CliArguments &args, QObject *parent)
    : CliCommand(parent)
    , m_args(args)
{
    if (session && args.logFiles.isEmpty()) {
        m_loader = new Services::LogStatsLoader(session, this);
        connect(m_loader, &Services::LogStatsLoader::finished, this, &LogStatsCommand::onFinished);
    }
}

void LogStatsCommand::start()
{
    Services::LogWindow window;
    window.since = m_args.since;
    window.until = m_args.until;
    window.maxEvents = 0; // the CLI prints no event list
    window.top = m_args.top;
    if (m_loader) {
        m_loader->load(window);
        return;
    }
    const QStringList paths = m_args.logFiles;
    const int top = m_args.top;
    m_job.start(this, [paths, top, window](const std::atomic_bool *cancel) {
        QElapsedTimer clock;
        clock.start();
        Services::LocalLogFiles files(paths);
        Services::LogStatsResult result;
        result.window = window;
        result.searchedFiles = files.files();
        if (files.error().isEmpty()) {
            result.stats = files.statistics(window.since.isValid() ? window.since.toMSecsSinceEpoch() : 0,
                                            window.until.isValid() ? window.until.toMSecsSinceEpoch() : 0,
                                            top, 2, cancel);
        }
        result.error = files.error();
        result.permissionDenied = files.permissionDenied();
        result.bytesRead = files.bytesRead();
        result.elapsedMs = clock.elapsed();
        return result;
    }, [this](const Services::LogStatsResult &result) { onFinished(result); });
}

void LogStatsCommand::cancel()
{
    m_job.cancel();
    if (m_loader)
        m_loader->cancel();
    if (!std::exchange(m_finished, true))
        Q_EMIT done(ExitRemote, tr("canceled"));
}

void LogStatsCommand::onFinished(const Services::LogStatsResult &result)
{
    m_job.join();
    if (std::exchange(m_finished, true))
        return;
    if (!result.ok()) {
        const bool usage = !m_args.logFiles.isEmpty() && !result.permissionDenied
                && result.error.endsWith(tr("no such file"));
        Q_EMIT done(usage ? ExitUsage : ExitRemote, result.canceled ? tr("canceled") : result.error);
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
    Q_EMIT done(ExitOk, QString());
}

QByteArray LogStatsCommand::toJson(const Services::LogStatsResult &result)
{
    const Services::LogStatistics &s = result.stats;
    QJsonObject root;
    root.insert(QStringLiteral("since"), result.window.since.isValid() ? QJsonValue(result.window.since.toString(Qt::ISODate))
                                                                        : QJsonValue(QJsonValue::Null));
    root.insert(QStringLiteral("until"), result.window.until.isValid() ? QJsonValue(result.window.until.toString(Qt::ISODate))
                                                                        : QJsonValue(QJsonValue::Null));
    root.insert(QStringLiteral("first"), isoTime(s.firstMs));
    root.insert(QStringLiteral("last"), isoTime(s.lastMs));
    root.insert(QStringLiteral("lines"), s.lines);
    root.insert(QStringLiteral("postfix_lines"), s.postfixLines);
    root.insert(QStringLiteral("damaged_lines"), s.damagedLines);
    root.insert(QStringLiteral("received"), s.received);
    root.insert(QStringLiteral("sent"), s.sent);
    root.insert(QStringLiteral("forwarded"), s.forwarded);
    root.insert(QStringLiteral("filter_hops"), s.filterHops);
    root.insert(QStringLiteral("deferred"), s.deferred);
    root.insert(QStringLiteral("deferred_messages"), s.deferredMessages);
    root.insert(QStringLiteral("bounced"), s.bounced);
    root.insert(QStringLiteral("rejected"), s.rejected);
    root.insert(QStringLiteral("expired"), s.expired);
    QJsonArray hours;
    for (const Services::LogHour &h : s.perHour) {
        QJsonObject o;
        o.insert(QStringLiteral("hour"), isoTime(h.hourStartMs));
        o.insert(QStringLiteral("received"), h.received);
        o.insert(QStringLiteral("sent"), h.sent);
        o.insert(QStringLiteral("deferred"), h.deferred);
        o.insert(QStringLiteral("bounced"), h.bounced);
        o.insert(QStringLiteral("rejected"), h.rejected);
        o.insert(QStringLiteral("expired"), h.expired);
        hours.append(o);
    }
    root.insert(QStringLiteral("per_hour"), hours);
    root.insert(QStringLiteral("top_senders"), counts(s.topSenders, QStringLiteral("sender"), s.received));
    root.insert(QStringLiteral("top_deferred_domains"), counts(s.topDeferredDomains, QStringLiteral("domain")));
    root.insert(QStringLiteral("top_bounced_domains"), counts(s.topBouncedDomains, QStringLiteral("domain")));
    root.insert(QStringLiteral("top_rejected_domains"), counts(s.topRejectedDomains, QStringLiteral("domain")));
    QJsonObject classes;
    for (Diagnosis::ReasonClass cls : Diagnosis::allReasonClasses())
        classes.insert(Diagnosis::reasonClassKey(cls), s.deferredByClass[std::size_t(cls)]);
    root.insert(QStringLiteral("deferred_by_class"), classes);
    root.insert(QStringLiteral("files"), QJsonArray::fromStringList(result.searchedFiles));
    root.insert(QStringLiteral("bytes_read"), result.bytesRead);
    root.insert(QStringLiteral("elapsed_ms"), result.elapsedMs);
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray LogStatsCommand::toText(const Services::LogStatsResult &result)
{
    const Services::LogStatistics &s = result.stats;
    QString out;
    const auto line = [&out](const QString &label, qint64 value) {
        out += QStringLiteral("%1  %2\n").arg(value, 10).arg(label);
    };
    const auto stamp = [](qint64 ms) {
        return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
    };
    out += tr("Mail log %1 … %2 (%3)\n").arg(stamp(s.firstMs), stamp(s.lastMs), result.searchedFiles.join(QStringLiteral(", ")));
    line(tr("received (messages)"), s.received);
    line(tr("sent (deliveries)"), s.sent);
    if (s.filterHops)
        line(tr("  of them to a local content filter"), s.filterHops);
    line(tr("forwarded"), s.forwarded);
    line(tr("deferred (messages)"), s.deferredMessages);
    line(tr("deferrals"), s.deferred);
    line(tr("bounced"), s.bounced);
    line(tr("rejected"), s.rejected);
    line(tr("expired"), s.expired);
    const auto list = [&out](const QString &title, const QList<Services::LogCount> &counts, qint64 total) {
        if (counts.isEmpty())
            return;
        out += u'\n' + title + u'\n';
        for (const Services::LogCount &c : counts) {
            if (total > 0)
                out += QStringLiteral("%1  %2 %  %3\n").arg(c.count, 10).arg(100.0 * double(c.count) / double(total), 5, 'f', 1).arg(c.key);
            else
                out += QStringLiteral("%1  %2\n").arg(c.count, 10).arg(c.key);
        }
    };
    list(tr("Top senders (messages, share of received)"), s.topSenders, s.received);
    list(tr("Top deferred domains (deferrals)"), s.topDeferredDomains, 0);
    list(tr("Top bounced domains"), s.topBouncedDomains, 0);
    bool anyClass = false;
    for (qint64 n : s.deferredByClass)
        anyClass = anyClass || n > 0;
    if (anyClass) {
        out += u'\n' + tr("Deferrals, bounces and rejects by class") + u'\n';
        for (Diagnosis::ReasonClass cls : Diagnosis::allReasonClasses()) {
            if (const qint64 n = s.deferredByClass[std::size_t(cls)])
                out += QStringLiteral("%1  %2\n").arg(n, 10).arg(Diagnosis::reasonClassKey(cls));
        }
    }
    return out.toUtf8();
}
