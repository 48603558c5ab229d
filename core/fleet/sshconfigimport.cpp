#include "sshconfigimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Fleet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Fleet)
};

constexpr int maxIncludeDepth = 16;

// One meaningful line of the config, with Include already replaced by the included lines.
struct ConfigLine
{
    QString where;      // "config:12" for issue texts
    QString keyword;    // lower case
    QStringList args;
};

// OpenSSH's argument splitting: whitespace separates, double quotes group (and are removed).
QStringList splitArguments(QStringView text, bool *ok)
{
    QStringList args;
    QString current;
    bool inQuotes = false;
    bool haveToken = false;
    for (const QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
            haveToken = true;
        } else if (!inQuotes && (c == u' ' || c == u'\t')) {
            if (haveToken)
                args.append(std::exchange(current, QString()));
            haveToken = false;
        } else {
            current.append(c);
            haveToken = true;
        }
    }
    if (haveToken)
        args.append(current);
    *ok = !inQuotes;
    return args;
}

// "Key Value", "Key=Value", "Key = Value"; false for a line without a keyword.
bool splitKeyword(QStringView line, QString &keyword, QStringView &rest)
{
    qsizetype i = 0;
    while (i < line.size() && !line.at(i).isSpace() && line.at(i) != u'=')
        ++i;
    if (i == 0)
        return false;
    keyword = line.left(i).toString().toLower();
    qsizetype j = i;
    while (j < line.size() && line.at(j).isSpace())
        ++j;
    if (j < line.size() && line.at(j) == u'=')
        ++j;
    while (j < line.size() && line.at(j).isSpace())
        ++j;
    rest = line.mid(j);
    return true;
}

bool isGlob(const QString &text)
{
    return text.contains(u'*') || text.contains(u'?') || text.contains(u'[');
}

QString expandTilde(const QString &path, const QString &home)
{
    if (path == u"~")
        return home;
    if (path.startsWith(u"~/"))
        return home + path.mid(1);
    return path;
}

class Reader
{
public:
    Reader(const SshConfigContext &context, SshConfigParse &result)
        : m_context(context), m_result(result) {}

    void read(QByteArrayView text, const QString &fileName, int depth)
    {
        const QString all = QString::fromUtf8(text);
        const QStringList lines = all.split(u'\n');
        for (qsizetype n = 0; n < lines.size(); ++n) {
            const QString where = fileName + u':' + QString::number(n + 1);
            const QString line = lines.at(n).trimmed(); // also drops a CR of CRLF files
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            QString keyword;
            QStringView rest;
            bool quotesOk = true;
            if (!splitKeyword(line, keyword, rest)) {
                issue(where, Tr::tr("not a keyword line, ignored"));
                continue;
            }
            const QStringList args = splitArguments(rest, &quotesOk);
            if (!quotesOk) {
                issue(where, Tr::tr("unbalanced quotes, line ignored"));
                continue;
            }
            if (keyword == u"include")
                include(args, where, depth);
            else
                m_lines.append({where, keyword, args});
        }
    }

    QList<ConfigLine> lines() const { return m_lines; }

private:
    void issue(const QString &where, const QString &text) { m_result.issues.append(where + u": " + text); }

    void include(const QStringList &patterns, const QString &where, int depth)
    {
        if (!m_context.readFile) {
            issue(where, Tr::tr("Include is not followed here, skipped"));
            return;
        }
        if (depth >= maxIncludeDepth) {
            issue(where, Tr::tr("Include nested deeper than %1 levels, skipped").arg(maxIncludeDepth));
            return;
        }
        for (const QString &pattern : patterns) {
            QString path = expandTilde(pattern, m_context.homeDir);
            if (QDir::isRelativePath(path))
                path = m_context.homeDir + u"/.ssh/" + path;
            QStringList files;
            if (isGlob(path))
                files = m_context.listFiles ? m_context.listFiles(path) : QStringList();
            else
                files = {path};
            for (const QString &file : std::as_const(files)) {
                bool ok = false;
                const QByteArray text = m_context.readFile(file, &ok);
                if (!ok) {
                    if (!isGlob(path))
                        issue(where, Tr::tr("cannot read included file %1").arg(file));
                    continue;
                }
                read(text, QFileInfo(file).fileName(), depth + 1);
            }
        }
    }

    const SshConfigContext &m_context;
    SshConfigParse &m_result;
    QList<ConfigLine> m_lines;
};

// OpenSSH's match_pattern: * any run, ? one character; host names compare case-insensitively.
bool globMatch(QStringView pattern, QStringView text)
{
    if (pattern.isEmpty())
        return text.isEmpty();
    if (pattern.front() == u'*') {
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (globMatch(pattern.mid(1), text.mid(i)))
                return true;
        }
        return false;
    }
    if (text.isEmpty())
        return false;
    if (pattern.front() != u'?' && pattern.front().toLower() != text.front().toLower())
        return false;
    return globMatch(pattern.mid(1), text.mid(1));
}

// A Host line applies when a positive pattern matches and no negated one does.
bool hostLineMatches(const QStringList &patterns, const QString &alias)
{
    bool matched = false;
    for (const QString &pattern : patterns) {
        if (pattern.startsWith(u'!')) {
            if (globMatch(QStringView(pattern).mid(1), alias))
                return false;
        } else if (globMatch(pattern, alias)) {
            matched = true;
        }
    }
    return matched;
}

bool isConcreteAlias(const QString &pattern)
{
    return !pattern.contains(u'*') && !pattern.contains(u'?') && !pattern.startsWith(u'!');
}

// The first value of each keyword that applies to one alias ("first obtained value wins").
struct Applied
{
    QHash<QString, ConfigLine> first;
};

Applied applyTo(const QList<ConfigLine> &lines, const QString &alias)
{
    Applied applied;
    bool active = true; // lines before the first Host apply to every host
    for (const ConfigLine &line : lines) {
        if (line.keyword == u"host") {
            active = hostLineMatches(line.args, alias);
        } else if (line.keyword == u"match") {
            active = false;
        } else if (active) {
            // ProxyJump and ProxyCommand exclude each other: the first of either wins.
            const QString slot = line.keyword == u"proxyjump" || line.keyword == u"proxycommand"
                ? QStringLiteral("proxy") : line.keyword;
            if (!applied.first.contains(slot))
                applied.first.insert(slot, line);
        }
    }
    return applied;
}

QString percentExpand(const QString &text, const QHash<QChar, QString> &tokens, QStringList *unknown)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'%' || i + 1 >= text.size()) {
            out.append(c);
            continue;
        }
        const QChar token = text.at(++i);
        if (token == u'%')
            out.append(u'%');
        else if (tokens.contains(token))
            out.append(tokens.value(token));
        else {
            out.append(c).append(token);
            unknown->append(QStringLiteral("%") + token);
        }
    }
    return out;
}

QString firstArg(const Applied &applied, const char *keyword)
{
    return applied.first.value(QLatin1String(keyword)).args.value(0);
}

void fillJump(SshConfigHost &host, const Applied &applied)
{
    const ConfigLine proxy = applied.first.value(QStringLiteral("proxy"));
    const QString value = proxy.args.join(u' ');
    if (value.isEmpty() || value.compare(u"none", Qt::CaseInsensitive) == 0)
        return;
    if (proxy.keyword == u"proxycommand") {
        host.warnings.append(Tr::tr("ProxyCommand is not carried over (%1)").arg(value));
        return;
    }
    const QStringList hops = value.split(u',', Qt::SkipEmptyParts);
    if (hops.size() > 1)
        host.warnings.append(Tr::tr("ProxyJump has %1 hops; only the first (%2) is used")
                                     .arg(hops.size()).arg(hops.first()));
    QString first = hops.value(0).trimmed();
    if (first.startsWith(u"ssh://"))
        first = first.mid(6);
    host.proxyJump = first;
}

SshConfigHost resolve(const QList<ConfigLine> &lines, const QString &alias, const SshConfigContext &context,
                      QStringList &issues)
{
    const Applied applied = applyTo(lines, alias);
    SshConfigHost host;
    host.alias = alias;
    QStringList unknown;
    host.hostName = firstArg(applied, "hostname");
    host.hostName = host.hostName.isEmpty() ? alias : percentExpand(host.hostName, {{u'h', alias}}, &unknown);
    const ConfigLine portLine = applied.first.value(QStringLiteral("port"));
    if (!portLine.args.isEmpty()) {
        bool ok = false;
        const int port = portLine.args.first().toInt(&ok);
        if (ok && port >= 1 && port <= 65535)
            host.port = port;
        else
            issues.append(portLine.where + u": " + Tr::tr("Port %1 is not in 1..65535, 22 used for %2")
                                                           .arg(portLine.args.first(), alias));
    }
    host.user = firstArg(applied, "user");
    const QString remoteUser = host.user.isEmpty() ? context.localUser : host.user;
    const QHash<QChar, QString> tokens = {{u'd', context.homeDir}, {u'u', context.localUser},
                                          {u'h', host.hostName}, {u'r', remoteUser},
                                          {u'n', alias}, {u'p', QString::number(host.port)}};
    const QString identity = firstArg(applied, "identityfile");
    if (!identity.isEmpty() && identity.compare(u"none", Qt::CaseInsensitive) != 0)
        host.identityFile = expandTilde(percentExpand(identity, tokens, &unknown), context.homeDir);
    const QString knownHosts = firstArg(applied, "userknownhostsfile");
    if (!knownHosts.isEmpty() && knownHosts.compare(u"none", Qt::CaseInsensitive) != 0)
        host.userKnownHostsFile = expandTilde(percentExpand(knownHosts, tokens, &unknown), context.homeDir);
    fillJump(host, applied);
    for (const QString &token : std::as_const(unknown))
        host.warnings.append(Tr::tr("%1 is not expanded").arg(token));
    return host;
}

} // namespace

ServerProfile SshConfigHost::toProfile() const
{
    ServerProfile profile = ServerProfile::create();
    profile.name = alias;
    profile.host = hostName;
    profile.port = port;
    profile.user = user;
    profile.auth = identityFile.isEmpty() ? Remote::AuthMethod::Agent : Remote::AuthMethod::KeyFile;
    profile.keyFile = identityFile;
    profile.proxyJump = proxyJump;
    profile.knownHostsFile = userKnownHostsFile;
    return profile;
}

SshConfigParse parseSshConfig(QByteArrayView text, const SshConfigContext &context)
{
    SshConfigParse result;
    Reader reader(context, result);
    reader.read(text, context.fileName, 0);
    const QList<ConfigLine> lines = reader.lines();

    QStringList aliases;
    for (const ConfigLine &line : lines) {
        if (line.keyword == u"match") {
            result.issues.append(line.where + u": " + Tr::tr("Match blocks are not supported, skipped"));
        } else if (line.keyword == u"host") {
            for (const QString &pattern : std::as_const(line.args)) {
                if (isConcreteAlias(pattern) && !aliases.contains(pattern))
                    aliases.append(pattern);
            }
        }
    }
    for (const QString &alias : std::as_const(aliases))
        result.hosts.append(resolve(lines, alias, context, result.issues));
    result.issues.removeDuplicates(); // a bad Port under Host * is reported once, not per alias
    return result;
}

SshConfigParse readSshConfig(const QString &path)
{
    SshConfigContext context;
    context.homeDir = QDir::homePath();
    context.localUser = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    const QString file = path.isEmpty() ? context.homeDir + QStringLiteral("/.ssh/config") : path;
    context.fileName = QFileInfo(file).fileName();
    context.readFile = [](const QString &name, bool *ok) {
        QFile f(name);
        *ok = f.open(QIODevice::ReadOnly);
        return *ok ? f.readAll() : QByteArray();
    };
    // Globs in the last path component (the common "config.d/*" form).
    context.listFiles = [](const QString &pattern) {
        const QFileInfo info(pattern);
        const QDir dir = info.dir();
        QStringList out;
        const QStringList names = dir.entryList({info.fileName()}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : names)
            out.append(dir.filePath(name));
        return out;
    };
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        SshConfigParse result;
        result.issues.append(Tr::tr("cannot read %1: %2").arg(file, f.errorString()));
        return result;
    }
    return parseSshConfig(f.readAll(), context);
}

} // namespace Fleet
