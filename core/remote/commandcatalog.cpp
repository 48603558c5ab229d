#include "commandcatalog.h"

#include "serverprobe.h"
#include "shellquote.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

CatalogResult failure(const QString &error)
{
    return CatalogResult{RemoteCommand{}, error};
}

// Probed paths come from the server: accept only plain absolute paths.
bool isPlainAbsolutePath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^(/[A-Za-z0-9_.+-]+)+$"));
    return re.match(path).hasMatch() && !path.contains(QStringLiteral("/../"))
            && !path.endsWith(QStringLiteral("/.."));
}

bool isSimpleUserName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_-]{0,31}$"));
    return re.match(name).hasMatch();
}

} // namespace

CommandCatalog::CommandCatalog(const ServerCapabilities &capabilities)
    : m_caps(capabilities)
{
}

QString CommandCatalog::binaryPath(const QString &tool) const
{
    const QString probed = m_caps.binaries.value(tool);
    if (!probed.isEmpty() && isPlainAbsolutePath(probed))
        return probed;
    static const QStringList inUsrBin = {
        QStringLiteral("sudo"), QStringLiteral("systemctl"), QStringLiteral("journalctl"),
        QStringLiteral("find"), QStringLiteral("grep"),      QStringLiteral("zgrep"),
        QStringLiteral("zcat"), QStringLiteral("xzcat"),     QStringLiteral("cat"),
    };
    if (inUsrBin.contains(tool))
        return QStringLiteral("/usr/bin/") + tool;
    if (tool == QLatin1StringView("sh"))
        return QStringLiteral("/bin/sh"); // constant scripts of the action/config builders
    return QStringLiteral("/usr/sbin/") + tool;
}

bool CommandCatalog::hasTool(const QString &tool) const
{
    const QString probed = m_caps.binaries.value(tool);
    return !probed.isEmpty() && isPlainAbsolutePath(probed);
}

bool CommandCatalog::isPlainPath(const QString &path)
{
    return isPlainAbsolutePath(path);
}

RemoteCommand CommandCatalog::probe()
{
    RemoteCommand c;
    c.label = Tr::tr("probe server");
    c.shellLine = ServerProbe::script();
    c.privilege = Privilege::User;
    c.timeoutMs = 30000;
    c.maxOutputBytes = 64 * 1024;
    return c;
}

CatalogResult CommandCatalog::make(const QString &tool, const QList<QByteArray> &args,
                                   Privilege privilege, const QString &label,
                                   const QByteArray &stdinData) const
{
    const QString binary = binaryPath(tool);
    if (!isPlainAbsolutePath(binary))
        return failure(Tr::tr("The path of %1 on the server looks wrong: %2").arg(tool, binary));
    // Fixed options ("-qh", "--") go in as they are: they hold no shell characters, and typed
    // values can never start with '-'. Everything else is quoted.
    static const QRegularExpression option(QStringLiteral("^-[A-Za-z0-9-]*$"));
    auto line = ShellQuote::quote(binary);
    for (const QByteArray &arg : args) {
        const auto quoted = option.match(QString::fromLatin1(arg)).hasMatch() ? std::optional(arg)
                                                                               : ShellQuote::quote(QByteArrayView(arg));
        if (!line || !quoted)
            return failure(Tr::tr("An argument contains a NUL byte."));
        *line += ' ' + *quoted;
    }
    RemoteCommand c;
    c.label = label;
    c.shellLine = *line;
    c.stdinData = stdinData;
    c.privilege = privilege;
    return CatalogResult{c, {}};
}

CatalogResult CommandCatalog::mailVersion() const
{
    return make(QStringLiteral("postconf"), {"-h", "mail_version"}, Privilege::User,
                Tr::tr("Postfix version (postconf -h mail_version)"));
}

// Queue listings can be huge: streamed, and allowed five minutes.
static CatalogResult asListing(CatalogResult r)
{
    r.command.streamOutput = true;
    r.command.timeoutMs = 300000;
    return r;
}

CatalogResult CommandCatalog::listQueueJson() const
{
    return asListing(make(QStringLiteral("postqueue"), {"-j"}, Privilege::User,
                          Tr::tr("list queue (postqueue -j)")));
}

CatalogResult CommandCatalog::listQueueText() const
{
    return asListing(make(QStringLiteral("postqueue"), {"-p"}, Privilege::User,
                          Tr::tr("list queue (postqueue -p)")));
}

CatalogResult CommandCatalog::showMessage(const QueueId &id, PostcatParts parts) const
{
    if (!parts)
        return failure(Tr::tr("Choose at least one part of the message to show."));
    QByteArray flags = "-q";
    if (parts & Body)
        flags += 'b';
    if (parts & Envelope)
        flags += 'e';
    if (parts & Header)
        flags += 'h';
    // -q takes no value: "postcat -qeh ID" searches the queue for ID.
    auto r = make(QStringLiteral("postcat"), {flags, id.bytes()}, Privilege::MailOwner,
                  Tr::tr("show message %1 (postcat %2)")
                          .arg(id.toString(), QString::fromLatin1(flags)));
    r.command.maxOutputBytes = postcatOutputCap;
    r.command.timeoutMs = 60000;
    return r;
}

CatalogResult CommandCatalog::showMessage(QStringView queueId, PostcatParts parts) const
{
    const auto id = QueueId::parse(queueId);
    if (!id.ok())
        return failure(id.error);
    return showMessage(*id, parts);
}

CatalogResult CommandCatalog::postconfValues(const QStringList &names) const
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,63}$"));
    if (names.isEmpty())
        return failure(Tr::tr("No Postfix parameter was named."));
    QList<QByteArray> args;
    for (const QString &name : names) {
        if (!re.match(name).hasMatch())
            return failure(Tr::tr("\"%1\" is not a Postfix parameter name.").arg(name.left(64)));
        args << name.toLatin1();
    }
    auto r = make(QStringLiteral("postconf"), args, Privilege::User,
                  Tr::tr("read settings (postconf %1)").arg(names.join(u' ')));
    r.command.timeoutMs = 30000;
    r.command.maxOutputBytes = 1024 * 1024;
    return r;
}

CatalogResult CommandCatalog::queueFileTimes() const
{
    const QString queueDir = m_caps.queueDirectory.isEmpty() ? QStringLiteral("/var/spool/postfix")
                                                             : m_caps.queueDirectory;
    if (!isPlainAbsolutePath(queueDir))
        return failure(Tr::tr("The queue directory reported by the server looks wrong: %1").arg(queueDir.left(200)));
    auto r = make(QStringLiteral("find"),
                  {(queueDir + QStringLiteral("/deferred")).toUtf8(), "-type", "f", "-printf", "%f %T@\\n"},
                  Privilege::MailOwner, Tr::tr("read next retry times (find deferred -printf)"));
    r.command.timeoutMs = 120000;
    r.command.maxOutputBytes = 256LL * 1024 * 1024;
    return r;
}

CatalogResult CommandCatalog::sudoCheck() const
{
    return make(QStringLiteral("sudo"), {"-n", "true"}, Privilege::User,
                Tr::tr("check sudo (sudo -n true)"));
}

CatalogResult CommandCatalog::sudoListRights() const
{
    return make(QStringLiteral("sudo"), {"-n", "-l"}, Privilege::User,
                Tr::tr("list sudo rights (sudo -n -l)"));
}

CatalogResult CommandCatalog::sudoWrap(const RemoteCommand &command, const QString &targetUser,
                                       const QByteArray &password) const
{
    if (!targetUser.isEmpty() && !isSimpleUserName(targetUser))
        return failure(Tr::tr("The mail owner \"%1\" reported by the server is not a plain user name.")
                               .arg(targetUser.left(40)));
    if (password.contains('\n') || password.contains('\0'))
        return failure(Tr::tr("The sudo password cannot contain a line break."));
    QList<QByteArray> args;
    if (password.isEmpty())
        args << "-n";
    else
        args << "-S" << "-p" << "";
    if (!targetUser.isEmpty())
        args << "-u" << targetUser.toLatin1();
    args << "--";
    auto r = make(QStringLiteral("sudo"), args, command.privilege, command.label);
    if (!r.ok())
        return r;
    RemoteCommand wrapped = command;
    wrapped.shellLine = r.command.shellLine + ' ' + command.shellLine;
    if (!password.isEmpty())
        wrapped.stdinData = password + '\n' + command.stdinData;
    return CatalogResult{wrapped, {}};
}

// --- Mail log ---------------------------------------------------------------------------------

bool CommandCatalog::isPlainLogPath(const QString &path)
{
    return path.size() <= 1024 && isPlainAbsolutePath(path);
}

RemoteCommand CommandCatalog::locateMailLog(const QString &logFileOverride) const
{
    // The values spliced in are the probed postconf path or the override, validated and quoted.
    QString postconf = binaryPath(QStringLiteral("postconf"));
    if (!isPlainAbsolutePath(postconf))
        postconf = QStringLiteral("/usr/sbin/postconf");
    const QByteArray pc = ShellQuote::quote(postconf).value_or("/usr/sbin/postconf");
    const QByteArray mf = isPlainLogPath(logFileOverride)
        ? ShellQuote::quote(logFileOverride).value_or(QByteArray())
        : "$(" + pc + " -h maillog_file 2>/dev/null)";
    QByteArray s = "LC_ALL=C; export LC_ALL; mf=" + mf + "; "
                   "echo \"maillog_file=$mf\"; "
                   "set -- /var/log/maillog* /var/log/mail.log* /var/log/mail/mail.log*; "
                   "case \"$mf\" in /dev/*|'') ;; /*) set -- \"$@\" \"$mf\"*;; esac; "
                   "for f in \"$@\"; do [ -f \"$f\" ] || continue; "
                   "s=$(stat -c '%s %Y' -- \"$f\" 2>/dev/null) || continue; "
                   "if [ -r \"$f\" ]; then r=1; else r=0; fi; echo \"file=$r $s $f\"; done; "
                   "for t in journalctl zgrep xzgrep; do p=''; "
                   "for d in /usr/bin /bin /usr/sbin /sbin /usr/local/bin; do "
                   "if [ -x \"$d/$t\" ]; then p=\"$d/$t\"; break; fi; done; echo \"$t=$p\"; done; "
                   "echo \"groups=$(id -Gn 2>/dev/null)\"; echo locate_end=1";
    RemoteCommand c;
    c.label = Tr::tr("locate the mail log");
    c.shellLine = s;
    c.privilege = Privilege::User;
    c.timeoutMs = 30000;
    c.maxOutputBytes = 1024 * 1024;
    return c;
}

namespace {

// The grep flavour that reads a log file of this compression (tool name, override path).
struct LogGrepTool
{
    QString tool;
    QString path;
};

std::optional<LogGrepTool> logGrepTool(CommandCatalog::LogCompression compression,
                                              const QString &xzgrepPath)
{
    switch (compression) {
    case CommandCatalog::LogCompression::None:
        return LogGrepTool{QStringLiteral("grep"), {}};
    case CommandCatalog::LogCompression::Gzip:
        return LogGrepTool{QStringLiteral("zgrep"), {}};
    case CommandCatalog::LogCompression::Xz:
        if (xzgrepPath.isEmpty() || !isPlainAbsolutePath(xzgrepPath))
            return std::nullopt;
        return LogGrepTool{QStringLiteral("xzgrep"), xzgrepPath};
    }
    return std::nullopt;
}

} // namespace

CatalogResult CommandCatalog::searchMailLog(const QList<QueueId> &ids, const QString &file,
                                            LogCompression compression, Privilege privilege,
                                            const QString &xzgrepPath) const
{
    if (ids.isEmpty())
        return failure(Tr::tr("No queue ID to search for."));
    if (!isPlainLogPath(file))
        return failure(Tr::tr("The log file path reported by the server looks wrong: %1").arg(file.left(200)));
    const auto tool = logGrepTool(compression, xzgrepPath);
    if (!tool)
        return failure(Tr::tr("%1 is xz-compressed and the server has no xzgrep.").arg(file));
    // --line-buffered: a match reaches the desktop at once, so a linked ID's grep can start
    // while this one still reads the rest of the file (few lines match; the cost is nil).
    QList<QByteArray> args = {"-a", "-F", "-n", "--line-buffered"};
    QStringList shown;
    for (const QueueId &id : ids) {
        args << "-e" << id.bytes();
        shown << id.toString();
    }
    args << "--" << file.toUtf8();
    ServerCapabilities caps = m_caps;
    if (!tool->path.isEmpty())
        caps.binaries.insert(tool->tool, tool->path);
    auto r = CommandCatalog(caps).make(tool->tool, args, privilege,
                                       Tr::tr("search the mail log for %1 (%2 %3)")
                                               .arg(shown.join(u' '), tool->tool, file));
    r.command.streamOutput = true;
    r.command.timeoutMs = 300000;
    r.command.maxOutputBytes = logSearchOutputCap;
    return r;
}

CatalogResult CommandCatalog::filterMailLogForStats(const QString &file, LogCompression compression,
                                                    Privilege privilege, const QString &xzgrepPath) const
{
    if (!isPlainLogPath(file))
        return failure(Tr::tr("The log file path reported by the server looks wrong: %1").arg(file.left(200)));
    const auto tool = logGrepTool(compression, xzgrepPath);
    if (!tool)
        return failure(Tr::tr("%1 is xz-compressed and the server has no xzgrep.").arg(file));
    ServerCapabilities caps = m_caps;
    if (!tool->path.isEmpty())
        caps.binaries.insert(tool->tool, tool->path);
    auto r = CommandCatalog(caps).make(tool->tool,
                                       {"-a", "-F", "-e", " status=", "-e", "reject:", "-e", ", nrcpt=",
                                        "--", file.toUtf8()},
                                       privilege,
                                       Tr::tr("read delivery lines of the mail log (%1 %2)").arg(tool->tool, file));
    r.command.streamOutput = true;
    r.command.keepStdout = false;
    r.command.timeoutMs = 3600000;
    r.command.maxOutputBytes = 64LL * 1024 * 1024 * 1024;
    return r;
}

CatalogResult CommandCatalog::readMailJournal(qint64 sinceEpoch, qint64 untilEpoch, Privilege privilege,
                                              const QString &journalctlPath) const
{
    QList<QByteArray> args = {"SYSLOG_FACILITY=2", "-o", "short-iso", "--no-pager", "-q"};
    if (sinceEpoch > 0)
        args << "--since" << '@' + QByteArray::number(sinceEpoch);
    if (untilEpoch > 0)
        args << "--until" << '@' + QByteArray::number(untilEpoch);
    ServerCapabilities caps = m_caps;
    if (!journalctlPath.isEmpty() && isPlainAbsolutePath(journalctlPath))
        caps.binaries.insert(QStringLiteral("journalctl"), journalctlPath);
    auto r = CommandCatalog(caps).make(QStringLiteral("journalctl"), args, privilege,
                                       Tr::tr("read the mail journal (journalctl SYSLOG_FACILITY=2)"));
    r.command.streamOutput = true;
    r.command.keepStdout = false;
    r.command.timeoutMs = 3600000;
    r.command.maxOutputBytes = 64LL * 1024 * 1024 * 1024;
    return r;
}

} // namespace Remote
