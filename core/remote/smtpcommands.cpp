#include "smtpcommands.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

CatalogResult refuse(const QString &error)
{
    return CatalogResult{RemoteCommand{}, error};
}

// "127.0.0.1:25", "[2001:db8::1]:25"
QByteArray hostPort(const IpAddress &address, const Port &port)
{
    return (address.isV4() ? address.bytes() : '[' + address.bytes() + ']') + ':' + port.bytes();
}

constexpr int killGraceSeconds = 2;
constexpr int marginSeconds = 5;
constexpr qint64 outputCap = 256 * 1024;

} // namespace

const char *SmtpCommands::bashConnectScript()
{
    // A constant: the values arrive only as positional parameters. read -t returns > 128 when
    // its timeout fires; a multi-line greeting is read up to 40 lines.
    return "exec 3<>\"/dev/tcp/$1/$2\" || exit 3; echo pd-connected; n=0; "
           "while :; do if IFS= read -r -t \"$3\" l <&3; then printf 'pd-line %s\\n' \"$l\"; "
           "case $l in [0-9][0-9][0-9]-*) n=$((n+1)); [ \"$n\" -lt 40 ] || break;; *) break;; esac; "
           "else r=$?; [ -n \"$l\" ] && printf 'pd-line %s\\n' \"$l\"; "
           "if [ \"$r\" -gt 128 ]; then echo pd-no-greeting; else echo pd-closed; fi; exit 4; fi; done; "
           "printf 'QUIT\\r\\n' >&3; echo pd-done";
}

SmtpCommands::SmtpCommands(const ServerCapabilities &capabilities)
    : m_catalog(capabilities)
{
}

SmtpCommands::ConnectTool SmtpCommands::connectTool() const
{
    const bool timeout = m_catalog.hasTool(QStringLiteral("timeout"));
    if (timeout && m_catalog.hasTool(QStringLiteral("bash")))
        return ConnectTool::Bash;
    if (m_catalog.hasTool(QStringLiteral("nc")))
        return ConnectTool::Netcat;
    if (timeout && m_catalog.hasTool(QStringLiteral("openssl")))
        return ConnectTool::OpenSsl;
    return ConnectTool::None;
}

QStringList SmtpCommands::missingConnectTools() const
{
    QStringList missing;
    for (const char *tool : {"bash", "timeout", "nc", "openssl"}) {
        if (!m_catalog.hasTool(QString::fromLatin1(tool)))
            missing << QString::fromLatin1(tool);
    }
    return missing;
}

QString SmtpCommands::noConnectToolMessage()
{
    return Tr::tr("No tool to test a TCP connection exists on the server (bash with timeout, nc or openssl). "
                  "Install netcat-openbsd (Debian/Ubuntu) or nmap-ncat (RHEL), or coreutils and bash.");
}

CatalogResult SmtpCommands::bounded(const QString &tool, const QList<QByteArray> &args, int seconds,
                                    const QString &label, const QByteArray &stdinData) const
{
    if (!m_catalog.hasTool(QStringLiteral("timeout")))
        return refuse(Tr::tr("timeout is not installed on the server (package coreutils)."));
    if (!m_catalog.hasTool(tool))
        return refuse(Tr::tr("%1 is not installed on the server.").arg(tool));
    QList<QByteArray> all = {"-k", QByteArray::number(killGraceSeconds), QByteArray::number(seconds),
                             m_catalog.binaryPath(tool).toUtf8()};
    all << args;
    auto r = m_catalog.make(QStringLiteral("timeout"), all, Privilege::User, label, stdinData);
    r.command.timeoutMs = (seconds + killGraceSeconds + marginSeconds) * 1000;
    r.command.maxOutputBytes = outputCap;
    return r;
}

CatalogResult SmtpCommands::tcpConnect(const IpAddress &address, const Port &port, int timeoutSeconds,
                                       ConnectTool tool) const
{
    const int t = qBound(1, timeoutSeconds, 120);
    const int total = 2 * t + 1;
    const QString target = address.toString() + u':' + QString::number(port.value());
    switch (tool) {
    case ConnectTool::Bash:
        return bounded(QStringLiteral("bash"),
                       {"-c", bashConnectScript(), "pd", address.bytes(), port.bytes(),
                        QByteArray::number(t)},
                       total, Tr::tr("connect to %1 (bash /dev/tcp)").arg(target));
    case ConnectTool::Netcat: {
        if (!m_catalog.hasTool(QStringLiteral("nc")))
            return refuse(Tr::tr("nc is not installed on the server (package netcat-openbsd or nmap-ncat)."));
        const QList<QByteArray> args = {"-v", "-w", QByteArray::number(t), address.bytes(), port.bytes()};
        if (m_catalog.hasTool(QStringLiteral("timeout")))
            return bounded(QStringLiteral("nc"), args, total, Tr::tr("connect to %1 (nc)").arg(target));
        auto r = m_catalog.make(QStringLiteral("nc"), args, Privilege::User, Tr::tr("connect to %1 (nc)").arg(target));
        r.command.timeoutMs = (total + marginSeconds) * 1000;
        r.command.maxOutputBytes = outputCap;
        return r;
    }
    case ConnectTool::OpenSsl:
        return bounded(QStringLiteral("openssl"),
                       {"s_client", "-starttls", "smtp", "-connect", hostPort(address, port)}, total,
                       Tr::tr("connect to %1 (openssl s_client)").arg(target), "QUIT\r\n");
    case ConnectTool::None:
        break;
    }
    return refuse(noConnectToolMessage());
}

CatalogResult SmtpCommands::startTls(const IpAddress &address, const Port &port, const Domain &serverName,
                                     const Trust &trust, int timeoutSeconds, const Domain *heloName) const
{
    if (!m_catalog.hasTool(QStringLiteral("openssl")))
        return refuse(Tr::tr("openssl is not installed on the server (package openssl), so STARTTLS cannot be tested."));
    if (serverName.isAddressLiteral())
        return refuse(Tr::tr("An address literal cannot be used as the TLS server name."));
    QList<QByteArray> args = {"s_client", "-starttls", "smtp", "-connect", hostPort(address, port),
                              "-servername", serverName.bytes(), "-showcerts"};
    if (heloName && !heloName->isAddressLiteral())
        args << "-name" << heloName->bytes();
    // Judge the chain with exactly the CAs Postfix uses: OpenSSL's default locations only when
    // tls_append_default_CA = yes.
    if (!trust.appendDefaultCa) {
        args << "-no-CAfile" << "-no-CApath";
        if (trust.opensslHasCaStore)
            args << "-no-CAstore";
    }
    for (const auto &[option, path] : {std::pair{"-CAfile", trust.caFile}, std::pair{"-CApath", trust.caPath}}) {
        if (path.isEmpty())
            continue;
        if (!CommandCatalog::isPlainPath(path))
            return refuse(Tr::tr("The path %1 in the Postfix settings is not a plain path; Postdesk does not pass it on.").arg(path.left(200)));
        args << option << path.toUtf8();
    }
    const int t = qBound(2, 2 * timeoutSeconds + 1, 240);
    const QString target = address.toString() + u':' + QString::number(port.value());
    return bounded(QStringLiteral("openssl"), args, t,
                   Tr::tr("STARTTLS to %1 (openssl s_client)").arg(target), "QUIT\r\n");
}

CatalogResult SmtpCommands::tlsSettings(const QStringList &names) const
{
    static const QRegularExpression re(QStringLiteral("^[a-z][A-Za-z0-9_]{0,63}$"));
    QList<QByteArray> args;
    for (const QString &name : names) {
        if (!re.match(name).hasMatch())
            return refuse(Tr::tr("\"%1\" is not a Postfix parameter name.").arg(name.left(64)));
        args << name.toLatin1();
    }
    auto r = m_catalog.make(QStringLiteral("postconf"), args, Privilege::User, Tr::tr("read TLS settings (postconf)"));
    r.command.timeoutMs = 30000;
    r.command.maxOutputBytes = outputCap;
    return r;
}

CatalogResult SmtpCommands::opensslVersion() const
{
    if (!m_catalog.hasTool(QStringLiteral("openssl")))
        return refuse(Tr::tr("openssl is not installed on the server (package openssl), so STARTTLS cannot be tested."));
    auto r = m_catalog.make(QStringLiteral("openssl"), {"version"}, Privilege::User,
                            Tr::tr("OpenSSL version (openssl version)"));
    r.command.timeoutMs = 15000;
    r.command.maxOutputBytes = 16 * 1024;
    return r;
}

bool SmtpCommands::versionHasCaStore(const QByteArray &versionOutput)
{
    static const QRegularExpression re(QStringLiteral("^OpenSSL (\\d+)\\."));
    const auto m = re.match(QString::fromLatin1(versionOutput.trimmed()));
    return m.hasMatch() && m.captured(1).toInt() >= 3;
}

QStringList SmtpCommands::policyLookupKeys(const Domain &domain)
{
    QStringList keys;
    const QString d = QString::fromLatin1(domain.bytes());
    if (domain.isAddressLiteral() || d.isEmpty())
        return keys;
    keys << d;
    for (qsizetype dot = d.indexOf(u'.'); dot >= 0; dot = d.indexOf(u'.', dot + 1))
        keys << d.mid(dot);
    return keys;
}

bool SmtpCommands::isSupportedPolicyMap(const QString &map)
{
    static const QRegularExpression re(QStringLiteral("^(texthash|hash|btree|lmdb|cdb|dbm|sdbm):(/.*)$"));
    const auto m = re.match(map);
    return m.hasMatch() && CommandCatalog::isPlainPath(m.captured(2));
}

CatalogResult SmtpCommands::policyLookup(const QString &map, const Domain &domain, Privilege privilege) const
{
    if (!isSupportedPolicyMap(map))
        return refuse(Tr::tr("Postdesk looks up policies only in file maps (texthash:, hash:, lmdb:, btree:, cdb:) "
                             "with a plain path; %1 is not one.").arg(map.left(200)));
    if (!m_catalog.hasTool(QStringLiteral("postmap")))
        return refuse(Tr::tr("postmap is not installed on the server (package postfix)."));
    if (domain.isAddressLiteral())
        return refuse(Tr::tr("An address literal has no TLS policy entry of its own."));
    QByteArray keys;
    for (const QString &key : policyLookupKeys(domain))
        keys += key.toLatin1() + '\n';
    auto r = m_catalog.make(QStringLiteral("postmap"), {"-q", "-", map.toUtf8()}, privilege,
                            Tr::tr("TLS policy of %1 (postmap -q)").arg(QString::fromLatin1(domain.bytes())), keys);
    r.command.timeoutMs = 20000;
    r.command.maxOutputBytes = outputCap;
    return r;
}

} // namespace Remote
