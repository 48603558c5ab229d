#include "proxyjump.h"

#include "shellquote.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

bool isHostName(const QString &host)
{
    static const QRegularExpression name(QStringLiteral(
        R"(^(?=.{1,253}$)[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})?(\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})?)*\.?$)"));
    static const QRegularExpression ipv6(QStringLiteral(R"(^[0-9A-Fa-f:.]{2,45}$)"));
    return name.match(host).hasMatch() || (host.contains(u':') && ipv6.match(host).hasMatch());
}

bool isUserName(const QString &user)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9._][A-Za-z0-9._-]{0,63}$)"));
    return re.match(user).hasMatch();
}

// Shell-quoted, then '%' doubled so libssh's %-expansion gives the value back unchanged.
QByteArray argument(const QString &value)
{
    QByteArray quoted = ShellQuote::quote(value).value_or(QByteArray());
    return quoted.replace('%', "%%");
}

} // namespace

std::optional<JumpHost> parseJumpHost(const QString &spec, QString *error)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:([^@]*)@)?(\[[^\]]*\]|[^:@\[\]]*)(?::([0-9]{1,5}))?$)"));
    const QRegularExpressionMatch m = re.match(spec.trimmed());
    JumpHost jump;
    if (m.hasMatch()) {
        jump.user = m.captured(1);
        jump.host = m.captured(2);
        if (jump.host.startsWith(u'['))
            jump.host = jump.host.mid(1, jump.host.size() - 2);
        if (!m.captured(3).isEmpty())
            jump.port = m.captured(3).toInt();
    }
    if (!m.hasMatch() || !isHostName(jump.host)) {
        *error = Tr::tr("jump host \"%1\" is not [user@]host[:port]").arg(spec.left(100));
        return std::nullopt;
    }
    if (m.hasCaptured(1) && !isUserName(jump.user)) {
        *error = Tr::tr("jump host user \"%1\" contains characters a user name cannot have").arg(jump.user.left(64));
        return std::nullopt;
    }
    if (jump.port < 1 || jump.port > 65535) {
        *error = Tr::tr("jump host port %1 is not in 1..65535").arg(m.captured(3));
        return std::nullopt;
    }
    return jump;
}

QByteArray proxyCommandFor(const QString &jumpSpec, const QString &targetHost,
                           const ProxyCommandOptions &options, QString *error)
{
    const std::optional<JumpHost> jump = parseJumpHost(jumpSpec, error);
    if (!jump)
        return {};
    if (!isHostName(targetHost)) {
        *error = Tr::tr("host \"%1\" cannot be reached through a jump host: not a host name or address")
                     .arg(targetHost.left(100));
        return {};
    }
    for (const QString &path : {options.knownHostsFile, options.identityFile, options.sshProgram}) {
        if (path.contains(QChar(0)) || path.contains(u'\n')) {
            *error = Tr::tr("a file name for the jump host contains a control character");
            return {};
        }
    }
    QList<QByteArray> line{argument(options.sshProgram), "-o", "BatchMode=yes", "-o",
                           "StrictHostKeyChecking=yes", "-o",
                           "ConnectTimeout=" + QByteArray::number(qMax(1, options.connectTimeoutSeconds))};
    if (!options.knownHostsFile.isEmpty())
        line << "-o" << argument(QStringLiteral("UserKnownHostsFile=") + options.knownHostsFile);
    if (!options.identityFile.isEmpty())
        line << "-i" << argument(options.identityFile);
    line << "-p" << QByteArray::number(jump->port);
    if (!jump->user.isEmpty())
        line << "-l" << argument(jump->user);
    // -W takes the target as libssh fills it in: [%h]:%p, quoted against the shell's globbing.
    line << "-W" << "'[%h]:%p'" << "--" << argument(jump->host);
    return line.join(' ');
}

QByteArray proxyCommandWithInstalledSsh(const QString &jumpSpec, const QString &targetHost,
                                        const QString &knownHostsFile, const QString &identityFile,
                                        int connectTimeoutSeconds, QString *error)
{
    ProxyCommandOptions options;
    options.sshProgram = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    if (options.sshProgram.isEmpty()) {
        *error = Tr::tr("the jump host %1 needs the OpenSSH client (ssh), which is not installed "
                        "on this computer").arg(jumpSpec.left(100));
        return {};
    }
    options.knownHostsFile = knownHostsFile;
    options.identityFile = identityFile;
    options.connectTimeoutSeconds = connectTimeoutSeconds;
    return proxyCommandFor(jumpSpec, targetHost, options, error);
}

} // namespace Remote
