#include "maillogsourceloader.h"

#include "remote/commandcatalog.h"
#include "remote/serversession.h"

#include <QDateTime>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QVariant>

#include <algorithm>

namespace Services {

namespace {

constexpr char cacheProperty[] = "_postdesk_maillogsources";
constexpr char overrideProperty[] = "_postdesk_logfileoverride";

const QStringList &standardBases()
{
    static const QStringList bases = {QStringLiteral("/var/log/maillog"), QStringLiteral("/var/log/mail.log"),
                                      QStringLiteral("/var/log/mail/mail.log")};
    return bases;
}

// ".1", ".2.gz", "-20260101", ".20260101-120000.gz" (postfix logrotate), "-20260101.xz"
bool isRotationSuffix(QStringView suffix, QString *compression)
{
    static const QRegularExpression re(QStringLiteral("^[.-][0-9]{1,8}(?:-[0-9]{6})?(?:\\.(gz|xz|bz2))?$"));
    const auto m = re.match(suffix);
    if (!m.hasMatch())
        return false;
    *compression = m.captured(1);
    return true;
}

struct Candidate
{
    MailLogFile file;
    QString base;
    bool bz2 = false;
};

// Newest first; the live file before its rotations; equal mtimes by path (".1" before ".2.gz").
bool newerFirst(const Candidate &a, const Candidate &b)
{
    if (a.file.live != b.file.live)
        return a.file.live;
    if (a.file.mtime != b.file.mtime)
        return a.file.mtime > b.file.mtime;
    if (a.file.path.size() != b.file.path.size())
        return a.file.path.size() < b.file.path.size();
    return a.file.path < b.file.path;
}

// With a profile's log file, only that family counts: no silent fallback to another log or the
// journal, which would show the wrong server's story.
void applyOverride(MailLogSources &sources, const QString &logFile)
{
    if (logFile.isEmpty() || !sources.ok())
        return;
    sources.journald = false;
    if (sources.files.isEmpty() || !sources.files.first().path.startsWith(logFile)) {
        sources.files.clear();
        sources.error = MailLogSourceLoader::tr("The log file set in the server profile, %1, was not found on "
                                                "the server.").arg(logFile);
    }
}

} // namespace

MailLogSources MailLogSourceLoader::parse(QByteArrayView output)
{
    MailLogSources sources;
    QList<Candidate> candidates;
    QStringList rawPaths;
    bool ended = false;
    QString groups;
    const QList<QByteArray> lines = output.toByteArray().split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (key == "maillog_file") {
            if (Remote::CommandCatalog::isPlainLogPath(value))
                sources.maillogFile = value;
        } else if (key == "file") {
            // "R SIZE MTIME PATH": the path is last so a space in it cannot shift the numbers.
            const QStringList parts = value.split(u' ');
            if (parts.size() < 4)
                continue;
            const QString path = parts.mid(3).join(u' ');
            rawPaths << path;
            Candidate c;
            c.file.path = path;
            c.file.readable = parts.at(0) == u"1";
            c.file.size = parts.at(1).toLongLong();
            c.file.mtime = parts.at(2).toLongLong();
            candidates << c;
        } else if (key == "journalctl" || key == "zgrep" || key == "xzgrep") {
            const QString path = Remote::CommandCatalog::isPlainLogPath(value) ? value : QString();
            if (key == "journalctl")
                sources.journalctl = path;
            else if (key == "zgrep")
                sources.zgrep = path;
            else
                sources.xzgrep = path;
        } else if (key == "groups") {
            groups = value;
        } else if (key == "locate_end") {
            ended = true;
        }
    }
    if (!ended) {
        sources.error = tr("The mail log could not be located: the search on the server did not finish.");
        return sources;
    }
    const QStringList groupList = groups.split(u' ', Qt::SkipEmptyParts);
    sources.journalReadable = groupList.contains(u"root") || groupList.contains(u"adm")
            || groupList.contains(u"systemd-journal") || groupList.contains(u"wheel");

    QStringList bases = standardBases();
    if (!sources.maillogFile.isEmpty() && !bases.contains(sources.maillogFile))
        bases.prepend(sources.maillogFile);

    // Assign each valid candidate to its log family; drop odd names with a note.
    QHash<QString, QList<Candidate>> families;
    QSet<QString> seen;
    for (Candidate &c : candidates) {
        if (seen.contains(c.file.path))
            continue;
        seen.insert(c.file.path);
        if (!Remote::CommandCatalog::isPlainLogPath(c.file.path)) {
            sources.notes << tr("Left out a log file with an unusual name: %1").arg(c.file.path.left(120).toHtmlEscaped());
            continue;
        }
        QString matchedBase;
        QString compression;
        for (const QString &base : std::as_const(bases)) {
            if (c.file.path == base) {
                matchedBase = base;
                c.file.live = true;
                break;
            }
            if (c.file.path.startsWith(base) && isRotationSuffix(QStringView(c.file.path).mid(base.size()), &compression)
                && (matchedBase.isEmpty() || base.size() > matchedBase.size()))
                matchedBase = base;
        }
        if (matchedBase.isEmpty()) {
            sources.notes << tr("Left out %1: not a mail log or one of its rotations.").arg(c.file.path);
            continue;
        }
        c.base = matchedBase;
        c.file.compressed = !compression.isEmpty();
        c.file.xz = compression == u"xz";
        c.bz2 = compression == u"bz2";
        families[matchedBase] << c;
    }

    QString chosen;
    if (!sources.maillogFile.isEmpty() && families.contains(sources.maillogFile)) {
        chosen = sources.maillogFile;
    } else {
        qint64 newest = -1;
        for (const QString &base : std::as_const(bases)) {
            for (const Candidate &c : families.value(base)) {
                if (c.file.mtime > newest) {
                    newest = c.file.mtime;
                    chosen = base;
                }
            }
        }
    }
    if (!chosen.isEmpty()) {
        QList<Candidate> family = families.value(chosen);
        std::sort(family.begin(), family.end(), newerFirst);
        for (const Candidate &c : std::as_const(family)) {
            if (c.bz2) {
                sources.notes << tr("Left out %1: bzip2-compressed logs are not searched.").arg(c.file.path);
                continue;
            }
            if (c.file.xz && sources.xzgrep.isEmpty()) {
                sources.notes << tr("Left out %1: the server has no xzgrep to search xz-compressed logs.").arg(c.file.path);
                continue;
            }
            if (sources.files.size() >= maxFiles) {
                sources.notes << tr("Only the newest %1 log files are searched.").arg(maxFiles);
                break;
            }
            sources.files << c.file;
        }
        for (auto it = families.cbegin(); it != families.cend(); ++it) {
            if (it.key() != chosen)
                sources.notes << tr("Also found %1 (not used: %2 is newer or configured).").arg(it.key(), chosen);
        }
    }
    sources.journald = sources.files.isEmpty() && !sources.journalctl.isEmpty();
    if (sources.files.isEmpty() && !sources.journald) {
        QStringList looked = standardBases();
        if (!sources.maillogFile.isEmpty() && !looked.contains(sources.maillogFile))
            looked << sources.maillogFile;
        sources.error = tr("No mail log found on this server: none of %1 exists and journalctl is missing.")
                                .arg(looked.join(QStringLiteral(", ")));
    }
    return sources;
}

class MailLogSourceLoader::Private
{
public:
    MailLogSourceLoader *q = nullptr;
    QPointer<Remote::ServerSession> session;
    quint64 commandId = 0;
    QString command;
    bool running = false;

    void finish(MailLogSources sources)
    {
        running = false;
        commandId = 0;
        Q_EMIT q->finished(sources);
    }
};

MailLogSourceLoader::MailLogSourceLoader(Remote::ServerSession *session, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->session = session;
    if (!session)
        return;
    connect(session, &Remote::ServerSession::finished, this,
            [this](quint64 id, const Remote::CommandResult &result) {
                if (id == 0 || id != d->commandId)
                    return;
                d->commandId = 0;
                if (result.canceled)
                    return;
                MailLogSources sources;
                if (!result.ok()) {
                    sources.error = result.error.isEmpty()
                        ? tr("Locating the mail log failed (exit code %1): %2")
                                  .arg(result.exitCode)
                                  .arg(QString::fromUtf8(result.stdErr).trimmed().left(200))
                        : tr("Locating the mail log failed: %1").arg(result.error);
                } else {
                    sources = parse(result.stdOut);
                    applyOverride(sources, logFileOverride(d->session));
                }
                sources.command = d->command;
                sources.locatedAtMs = QDateTime::currentMSecsSinceEpoch();
                if (sources.ok() && d->session)
                    d->session->setProperty(cacheProperty, QVariant::fromValue(sources));
                d->finish(sources);
            });
}

MailLogSourceLoader::~MailLogSourceLoader()
{
    cancel();
}

MailLogSources MailLogSourceLoader::cached(const Remote::ServerSession *session)
{
    if (!session)
        return {};
    const QVariant v = session->property(cacheProperty);
    if (!v.canConvert<MailLogSources>())
        return {};
    const MailLogSources sources = v.value<MailLogSources>();
    if (QDateTime::currentMSecsSinceEpoch() - sources.locatedAtMs > cacheLifetimeMs)
        return {};
    return sources;
}

void MailLogSourceLoader::forget(Remote::ServerSession *session)
{
    if (session)
        session->setProperty(cacheProperty, QVariant());
}

void MailLogSourceLoader::setLogFileOverride(Remote::ServerSession *session, const QString &path)
{
    if (!session)
        return;
    session->setProperty(overrideProperty, path.isEmpty() ? QVariant() : QVariant(path));
    forget(session);
}

QString MailLogSourceLoader::logFileOverride(const Remote::ServerSession *session)
{
    return session ? session->property(overrideProperty).toString() : QString();
}

void MailLogSourceLoader::load(bool refresh)
{
    cancel();
    d->running = true;
    if (!d->session) {
        QTimer::singleShot(0, this, [this] {
            MailLogSources sources;
            sources.error = tr("Not connected to a server.");
            d->finish(sources);
        });
        return;
    }
    if (!refresh) {
        const MailLogSources sources = cached(d->session);
        if (!sources.command.isEmpty()) {
            QTimer::singleShot(0, this, [this, sources] {
                if (d->running && d->commandId == 0)
                    d->finish(sources);
            });
            return;
        }
    }
    const QString logFile = logFileOverride(d->session);
    if (!logFile.isEmpty() && !Remote::CommandCatalog::isPlainLogPath(logFile)) {
        QTimer::singleShot(0, this, [this, logFile] {
            MailLogSources sources;
            sources.error = tr("The log file of this server profile is not a plain absolute path: %1")
                                    .arg(logFile.left(200).simplified());
            d->finish(sources);
        });
        return;
    }
    const Remote::RemoteCommand command = Remote::CommandCatalog(d->session->capabilities()).locateMailLog(logFile);
    d->command = QString::fromUtf8(command.shellLine);
    d->commandId = d->session->run(command);
}

void MailLogSourceLoader::cancel()
{
    d->running = false;
    const quint64 id = std::exchange(d->commandId, 0);
    if (id && d->session)
        d->session->cancel(id);
}

bool MailLogSourceLoader::isRunning() const
{
    return d->running;
}

} // namespace Services
