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
    return QStringLiteral("/usr/sbin/") + tool;
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
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
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

} // namespace Remote
