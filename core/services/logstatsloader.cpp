#include "logstatsloader.h"

#include "maillogsourceloader.h"
#include "postfix/maillogparser.h"
#include "remote/commandcatalog.h"
#include "remote/serversession.h"
#include "streamlines.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace Services {

namespace {

using Remote::CommandCatalog;

struct Read
{
    QString path; // empty: the journal
    bool readable = true;
    CommandCatalog::LogCompression compression = CommandCatalog::LogCompression::None;
};

} // namespace

class LogStatsLoader::Private
{
public:
    LogStatsLoader *q = nullptr;
    QPointer<Remote::ServerSession> session;
    MailLogSourceLoader *sources = nullptr;
    MailLogSources located;
    std::unique_ptr<Postfix::MailLogParser> parser;
    std::unique_ptr<LogStatisticsBuilder> builder;
    QElapsedTimer clock;
    bool running = false;
    LogStatsResult result;
    QList<Read> queue;       // oldest first
    Read current;
    quint64 commandId = 0;
    StreamLines lines;
    std::deque<QByteArray> kept; // raw delivery/reject lines, newest maxEvents
    qint64 eventLines = 0;       // all of them, kept or not
    // Envelope sender per queue ID from qmgr's "from=<…>, size=…, nrcpt=…" lines: delivery lines
    // do not name the sender, the log view wants it. Bounded; cleared when it grows too large.
    QHash<QByteArray, QByteArray> senders;
    static constexpr qsizetype maxSenders = 200000;
    int readOk = 0;
    QStringList denied;

    void start(const MailLogSources &sources);
    void next();
    void onOutput(quint64 id, const QByteArray &chunk);
    void onFinished(quint64 id, const Remote::CommandResult &commandResult);
    void processLine(QByteArrayView line);
    void finish();
    void fail(const QString &error);
};

LogStatsLoader::LogStatsLoader(Remote::ServerSession *session, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->session = session;
    d->sources = new MailLogSourceLoader(session, this);
    connect(d->sources, &MailLogSourceLoader::finished, this,
            [this](const MailLogSources &sources) { d->start(sources); });
    if (session) {
        connect(session, &Remote::ServerSession::output, this,
                [this](quint64 id, const QByteArray &chunk) { d->onOutput(id, chunk); });
        connect(session, &Remote::ServerSession::finished, this,
                [this](quint64 id, const Remote::CommandResult &r) { d->onFinished(id, r); });
    }
}

LogStatsLoader::~LogStatsLoader()
{
    d->running = false;
    d->sources->cancel();
    if (const quint64 id = std::exchange(d->commandId, 0); id && d->session)
        d->session->cancel(id);
}

void LogStatsLoader::load(const LogWindow &window)
{
    if (const quint64 id = std::exchange(d->commandId, 0); id && d->session)
        d->session->cancel(id);
    d->sources->cancel();
    d->clock.start();
    d->result = LogStatsResult();
    d->result.window = window;
    d->queue.clear();
    d->kept.clear();
    d->senders.clear();
    d->eventLines = 0;
    d->lines.clear();
    d->readOk = 0;
    d->denied.clear();
    d->running = true;
    d->sources->load();
}

// Cancel ends the remote command and reports at once: the statistics so far are not shown.
void LogStatsLoader::cancel()
{
    if (!d->running)
        return;
    d->sources->cancel();
    if (const quint64 id = std::exchange(d->commandId, 0); id && d->session)
        d->session->cancel(id);
    d->result.canceled = true;
    d->finish();
}

bool LogStatsLoader::isRunning() const
{
    return d->running;
}

void LogStatsLoader::Private::start(const MailLogSources &sources)
{
    if (!running)
        return;
    if (!sources.ok()) {
        fail(sources.error);
        return;
    }
    located = sources;
    result.notes = sources.notes;
    const Remote::ServerCapabilities &caps = session->capabilities();
    const qint64 nowS = caps.serverNow > 0 ? caps.serverNow : QDateTime::currentSecsSinceEpoch();
    parser = std::make_unique<Postfix::MailLogParser>(QDateTime::fromSecsSinceEpoch(nowS, Qt::UTC),
                                                      caps.serverTimeZone());
    const LogWindow &w = result.window;
    const qint64 since = w.since.isValid() ? w.since.toSecsSinceEpoch() : 0;
    const qint64 until = w.until.isValid() ? w.until.toSecsSinceEpoch() : 0;
    builder = std::make_unique<LogStatisticsBuilder>(since * 1000, until * 1000);

    // Files newest first: file i holds lines written after file i+1's mtime up to its own mtime.
    const QList<MailLogFile> &files = sources.files;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const MailLogFile &f = files.at(i);
        const qint64 end = i == 0 ? nowS : f.mtime;
        const qint64 begin = i + 1 < files.size() ? files.at(i + 1).mtime : 0;
        if (!w.since.isValid() && i > 0)
            break;
        if ((since > 0 && end < since) || (until > 0 && begin > until))
            continue;
        Read read;
        read.path = f.path;
        read.readable = f.readable;
        read.compression = f.xz ? CommandCatalog::LogCompression::Xz
            : f.compressed      ? CommandCatalog::LogCompression::Gzip
                                : CommandCatalog::LogCompression::None;
        queue.prepend(read);
        result.searchedFiles.prepend(f.path);
    }
    if (sources.journald) {
        Read read;
        read.readable = sources.journalReadable;
        queue << read;
        result.searchedFiles << QStringLiteral("journal");
    }
    next();
}

void LogStatsLoader::Private::next()
{
    while (!queue.isEmpty()) {
        current = queue.takeFirst();
        const CommandCatalog catalog(session->capabilities());
        const Remote::Privilege privilege = current.readable ? Remote::Privilege::User : Remote::Privilege::Root;
        Remote::CatalogResult built;
        if (current.path.isEmpty()) {
            const LogWindow &w = result.window;
            const qint64 nowS = session->capabilities().serverNow > 0 ? session->capabilities().serverNow
                                                                       : QDateTime::currentSecsSinceEpoch();
            const qint64 since = w.since.isValid() ? w.since.toSecsSinceEpoch() : nowS - 86400;
            built = catalog.readMailJournal(since, w.until.isValid() ? w.until.toSecsSinceEpoch() : 0,
                                            privilege, located.journalctl);
        } else {
            built = catalog.filterMailLogForStats(current.path, current.compression, privilege, located.xzgrep);
        }
        if (!built.ok()) {
            result.notes << built.error;
            continue;
        }
        built.command.keepStdout = false;
        result.commands << QString::fromUtf8(built.command.shellLine);
        lines.clear();
        commandId = session->run(built.command);
        return;
    }
    finish();
}

void LogStatsLoader::Private::onOutput(quint64 id, const QByteArray &chunk)
{
    if (id == 0 || id != commandId)
        return;
    result.bytesRead += chunk.size();
    lines.feed(chunk, [this](QByteArrayView line) { processLine(line); });
    Q_EMIT q->progress(result.bytesRead);
}

void LogStatsLoader::Private::processLine(QByteArrayView line)
{
    Postfix::LogLineView view;
    bool damaged = false;
    if (!parser->parseLine(line, &view, &damaged)) {
        if (damaged)
            builder->addDamaged();
        else
            builder->addNonPostfix();
        return;
    }
    if (!builder->addLine(view)) {
        if (view.service == "qmgr" && view.message.startsWith("from=<") && !view.queueId.isEmpty()
            && view.message.contains(", nrcpt=")) {
            if (senders.size() >= maxSenders)
                senders.clear();
            senders.insert(view.queueId.toByteArray(),
                           Postfix::MailLogParser::field(view.message, "from").toByteArray());
        }
        return;
    }
    ++eventLines;
    kept.emplace_back(line.toByteArray());
    if (qsizetype(kept.size()) > qsizetype(result.window.maxEvents))
        kept.pop_front();
}

void LogStatsLoader::Private::onFinished(quint64 id, const Remote::CommandResult &commandResult)
{
    if (id == 0 || id != commandId)
        return;
    commandId = 0;
    if (commandResult.canceled)
        return;
    lines.finish([this](QByteArrayView line) { processLine(line); });
    const QString what = current.path.isEmpty() ? LogStatsLoader::tr("the mail journal") : current.path;
    const bool journalDenied = current.path.isEmpty() && commandResult.stdErr.contains("insufficient permissions");
    if (commandResult.ok() || (commandResult.error.isEmpty() && !commandResult.timedOut && commandResult.exitCode == 1)) {
        if (journalDenied)
            denied << what;
        else
            ++readOk;
    } else if (commandResult.failure == Remote::CommandResult::Failure::PermissionDenied
               || commandResult.stdErr.contains("Permission denied")) {
        denied << what;
    } else if (commandResult.stdErr.contains("No such file or directory")) {
        result.notes << LogStatsLoader::tr("%1 disappeared (rotated?) before it could be read.").arg(what);
        MailLogSourceLoader::forget(session);
    } else {
        const QString detail = commandResult.error.isEmpty()
            ? QString::fromUtf8(commandResult.stdErr).trimmed().section(u'\n', 0, 0)
            : commandResult.error;
        result.notes << LogStatsLoader::tr("Reading %1 failed: %2").arg(what, detail.left(200));
    }
    next();
}

void LogStatsLoader::Private::finish()
{
    if (!running)
        return;
    running = false;
    for (const QString &file : std::as_const(denied))
        result.notes << LogStatsLoader::tr("This account may not read %1; it needs root (sudo) or the adm group.").arg(file);
    // An error from fail() (no log located, the profile's log file missing) stands as it is.
    if (!result.canceled && readOk == 0 && result.error.isEmpty()) {
        if (!denied.isEmpty()) {
            result.permissionDenied = true;
            result.error = LogStatsLoader::tr("This account may not read %1; it needs root (sudo) or the adm group.")
                                   .arg(denied.join(QStringLiteral(", ")));
        } else if (!result.notes.isEmpty()) {
            result.error = result.notes.last();
        } else if (result.searchedFiles.isEmpty()) {
            result.error = LogStatsLoader::tr("No mail log covers this time window.");
        }
    }
    if (builder) {
        result.stats = builder->result(result.window.top);
        result.events.reserve(qsizetype(kept.size()));
        for (const QByteArray &raw : kept) {
            Postfix::LogEvent event;
            if (!parser->parseEvent(raw, &event))
                continue;
            if (event.from.isNull() && !event.queueId.isEmpty()) {
                const auto sender = senders.constFind(event.queueId.toUtf8());
                if (sender != senders.constEnd())
                    event.from = sender->isEmpty() ? QStringLiteral("") : QString::fromUtf8(*sender);
            }
            result.events.append(std::move(event));
        }
        result.eventsTruncated = eventLines > qint64(kept.size());
    }
    kept.clear();
    senders.clear();
    builder.reset();
    result.elapsedMs = clock.elapsed();
    LogStatsResult done = std::move(result);
    result = LogStatsResult();
    Q_EMIT q->finished(done);
}

void LogStatsLoader::Private::fail(const QString &error)
{
    result.error = error;
    finish();
}

} // namespace Services
