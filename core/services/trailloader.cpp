#include "trailloader.h"

#include "maillogsourceloader.h"
#include "remote/commandcatalog.h"
#include "remote/serversession.h"
#include "streamlines.h"
#include "trailcollector.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Services {

namespace {

using Remote::CommandCatalog;

struct Search
{
    int fileRank = 0;  // 0 = oldest file; the journal is 0 too
    QString path;      // empty for the journal
    StreamLines lines;
    QList<QByteArray> ids; // journal only: the IDs of this round, filtered here
};

bool permissionProblem(const Remote::CommandResult &result)
{
    return result.failure == Remote::CommandResult::Failure::PermissionDenied
        || result.stdErr.contains("Permission denied");
}

bool missingFile(const Remote::CommandResult &result)
{
    return result.stdErr.contains("No such file or directory");
}

} // namespace

class TrailLoader::Private
{
public:
    TrailLoader *q = nullptr;
    QPointer<Remote::ServerSession> session;
    MailLogSourceLoader *sources = nullptr;
    MailLogSources located;
    std::unique_ptr<TrailCollector> collector;
    QElapsedTimer clock;
    bool running = false;

    TrailResult result;
    int round = 0;
    QHash<quint64, Search> searches;
    int readOk = 0;
    QStringList denied;
    QStringList missing;

    void start(const MailLogSources &sources);
    void startRound(const QStringList &ids, int oldestRank);
    void onOutput(quint64 id, const QByteArray &chunk);
    void onFinished(quint64 id, const Remote::CommandResult &commandResult);
    void processLine(const Search &search, QByteArrayView line);
    void roundDone();
    void finish();
    void fail(const QString &error);
    void cancelSearches();
};

TrailLoader::TrailLoader(Remote::ServerSession *session, QObject *parent)
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

TrailLoader::~TrailLoader()
{
    cancel();
}

void TrailLoader::load(const QString &queueId)
{
    cancel();
    d->clock.start();
    d->result = TrailResult();
    d->result.queueId = queueId;
    d->collector.reset();
    d->round = 0;
    d->readOk = 0;
    d->denied.clear();
    d->missing.clear();
    d->running = true;
    if (!Remote::QueueId::parse(queueId).ok()) {
        const QString error = tr("\"%1\" is not a valid Postfix queue ID.").arg(queueId.left(64));
        QTimer::singleShot(0, this, [this, error] { d->fail(error); });
        return;
    }
    d->sources->load();
}

void TrailLoader::cancel()
{
    d->running = false;
    d->sources->cancel();
    d->cancelSearches();
}

bool TrailLoader::isRunning() const
{
    return d->running;
}

void TrailLoader::Private::cancelSearches()
{
    const QList<quint64> ids = searches.keys();
    searches.clear();
    if (!session)
        return;
    for (quint64 id : ids)
        session->cancel(id);
}

void TrailLoader::Private::start(const MailLogSources &sources)
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
    const qint64 nowMs = caps.serverNow > 0 ? caps.serverNow * 1000 : QDateTime::currentMSecsSinceEpoch();
    collector = std::make_unique<TrailCollector>(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC),
                                                 caps.serverTimeZone(), TrailLoader::maxIds);
    for (const MailLogFile &file : sources.files)
        result.searchedFiles << file.path;
    if (sources.journald)
        result.searchedFiles << QStringLiteral("journal");
    collector->follow(result.queueId);
    startRound(collector->takeNewIds(), 0);
}

void TrailLoader::Private::startRound(const QStringList &ids, int oldestRank)
{
    ++round;
    QList<Remote::QueueId> typed;
    for (const QString &id : ids) {
        const auto checked = Remote::QueueId::parse(id);
        if (checked.ok())
            typed << *checked;
    }
    const Remote::ServerCapabilities &caps = session->capabilities();
    const CommandCatalog catalog(caps);
    const auto privilegeFor = [&](bool readable) {
        return readable ? Remote::Privilege::User : Remote::Privilege::Root;
    };
    const int count = int(located.files.size());
    for (int i = 0; i < count; ++i) {
        if (count - 1 - i < oldestRank)
            continue; // older than any line that named these IDs
        const MailLogFile &file = located.files.at(i);
        const auto compression = file.xz ? CommandCatalog::LogCompression::Xz
            : file.compressed             ? CommandCatalog::LogCompression::Gzip
                                          : CommandCatalog::LogCompression::None;
        Remote::CatalogResult built = catalog.searchMailLog(typed, file.path, compression,
                                                            privilegeFor(file.readable), located.xzgrep);
        if (!built.ok()) {
            result.notes << built.error;
            continue;
        }
        built.command.keepStdout = false;
        result.commands << QString::fromUtf8(built.command.shellLine);
        Search search;
        search.fileRank = count - 1 - i;
        search.path = file.path;
        searches.insert(session->run(built.command), search);
    }
    if (located.journald) {
        const qint64 since = (caps.serverNow > 0 ? caps.serverNow : QDateTime::currentSecsSinceEpoch())
                - qint64(TrailLoader::journalDays) * 86400;
        Remote::CatalogResult built = catalog.readMailJournal(since, 0, privilegeFor(located.journalReadable),
                                                              located.journalctl);
        if (built.ok()) {
            built.command.maxOutputBytes = 4LL * 1024 * 1024 * 1024;
            built.command.timeoutMs = 600000;
            result.commands << QString::fromUtf8(built.command.shellLine);
            Search search;
            for (const Remote::QueueId &id : std::as_const(typed))
                search.ids << id.bytes();
            searches.insert(session->run(built.command), search);
        } else {
            result.notes << built.error;
        }
    }
    if (searches.isEmpty())
        roundDone();
}

void TrailLoader::Private::onOutput(quint64 id, const QByteArray &chunk)
{
    auto it = searches.find(id);
    if (it == searches.end())
        return;
    Search &search = *it;
    search.lines.feed(chunk, [&](QByteArrayView line) { processLine(search, line); });
    // Start the next round as soon as a linked ID shows up: its grep runs while this one is still
    // reading the rest of the file (a content filter's "queued as" sits next to the ID's own
    // lines), instead of a second full pass after the first. `search` is not used after this.
    if (round < TrailLoader::maxRounds && collector->hasNewIds()) {
        int oldestRank = 0;
        const QStringList ids = collector->takeNewIds(&oldestRank);
        startRound(ids, oldestRank);
    }
}

void TrailLoader::Private::processLine(const Search &search, QByteArrayView line)
{
    if (search.path.isEmpty()) {
        bool mentioned = false;
        for (const QByteArray &id : search.ids)
            mentioned = mentioned || line.contains(id);
        if (mentioned)
            collector->addLine(0, 0, line, QStringLiteral("journal"));
        return;
    }
    // grep -n: "LINENO:text"
    const qsizetype colon = line.indexOf(':');
    bool ok = false;
    const qint64 lineNo = colon > 0 ? line.first(colon).toLongLong(&ok) : 0;
    if (ok)
        collector->addLine(search.fileRank, lineNo, line.sliced(colon + 1), search.path);
}

void TrailLoader::Private::onFinished(quint64 id, const Remote::CommandResult &commandResult)
{
    auto it = searches.find(id);
    if (it == searches.end())
        return;
    Search search = *it;
    searches.erase(it);
    if (commandResult.canceled)
        return;
    search.lines.finish([&](QByteArrayView line) { processLine(search, line); });
    const QString what = search.path.isEmpty() ? TrailLoader::tr("the mail journal") : search.path;
    // grep: 0 = found, 1 = nothing found; 2 = trouble (stderr says which).
    const bool ranOk = commandResult.error.isEmpty() && !commandResult.timedOut
            && (commandResult.exitCode == 0 || commandResult.exitCode == 1);
    if (ranOk && !(search.path.isEmpty() && commandResult.stdErr.contains("insufficient permissions"))) {
        ++readOk;
    } else if (permissionProblem(commandResult)
               || (search.path.isEmpty() && commandResult.stdErr.contains("insufficient permissions"))) {
        denied << what;
    } else if (missingFile(commandResult)) {
        missing << what;
        MailLogSourceLoader::forget(session); // rotated meanwhile: locate again next time
    } else if (commandResult.timedOut) {
        result.notes << TrailLoader::tr("Searching %1 timed out.").arg(what);
    } else {
        const QString detail = commandResult.error.isEmpty()
            ? QString::fromUtf8(commandResult.stdErr).trimmed().section(u'\n', 0, 0)
            : commandResult.error;
        result.notes << TrailLoader::tr("Searching %1 failed: %2").arg(what, detail.left(200));
    }
    if (searches.isEmpty())
        roundDone();
}

void TrailLoader::Private::roundDone()
{
    int oldestRank = 0;
    const QStringList nextIds = collector->takeNewIds(&oldestRank);
    if (!nextIds.isEmpty() && readOk > 0) {
        if (round < TrailLoader::maxRounds) {
            startRound(nextIds, oldestRank);
            return;
        }
        result.notes << TrailLoader::tr("Stopped following linked messages after %1 rounds; not searched: %2")
                                .arg(TrailLoader::maxRounds)
                                .arg(nextIds.join(u' '));
    }
    finish();
}

void TrailLoader::Private::finish()
{
    for (const QString &file : std::as_const(denied))
        result.notes << TrailLoader::tr("This account may not read %1; it needs root (sudo) or the adm group.").arg(file);
    for (const QString &file : std::as_const(missing))
        result.notes << TrailLoader::tr("%1 disappeared (rotated?) before it could be searched.").arg(file);
    if (readOk == 0) {
        if (!denied.isEmpty()) {
            result.permissionDenied = true;
            result.error = TrailLoader::tr("This account may not read %1; it needs root (sudo) or the adm group.")
                                   .arg(denied.join(QStringLiteral(", ")));
        } else if (!missing.isEmpty()) {
            result.error = TrailLoader::tr("The mail log is missing: %1").arg(missing.join(QStringLiteral(", ")));
        } else {
            result.error = result.notes.isEmpty() ? TrailLoader::tr("No mail log could be searched.")
                                                  : result.notes.last();
        }
    }
    result.events = collector->events(TrailLoader::maxEvents, &result.truncated);
    result.followedIds = collector->followedIds();
    result.issues = collector->issues();
    collector.reset();
    running = false;
    result.elapsedMs = clock.elapsed();
    TrailResult done = std::move(result);
    result = TrailResult();
    Q_EMIT q->finished(done);
}

void TrailLoader::Private::fail(const QString &error)
{
    if (!running)
        return;
    result.error = error;
    running = false;
    result.elapsedMs = clock.isValid() ? clock.elapsed() : 0;
    TrailResult done = std::move(result);
    result = TrailResult();
    Q_EMIT q->finished(done);
}

} // namespace Services
