#include "relaycommands.h"

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

QString missingTool(const QString &tool, const QString &debian, const QString &rhel)
{
    return Tr::tr("%1 is not installed on the server (Debian/Ubuntu package %2, RHEL package %3).")
            .arg(tool, debian, rhel);
}

CatalogResult small(CatalogResult r, int timeoutMs)
{
    r.command.timeoutMs = timeoutMs;
    r.command.maxOutputBytes = 256 * 1024;
    return r;
}

} // namespace

RelayCommands::RelayCommands(const ServerCapabilities &capabilities)
    : m_catalog(capabilities)
{
}

CatalogResult RelayCommands::settings(const QStringList &names) const
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    if (names.isEmpty())
        return failure(Tr::tr("No Postfix parameter was named."));
    if (!m_catalog.hasTool(QStringLiteral("postconf")))
        return failure(missingTool(QStringLiteral("postconf"), QStringLiteral("postfix"), QStringLiteral("postfix")));
    QList<QByteArray> args = {"-x"};
    for (const QString &name : names) {
        if (!re.match(name).hasMatch())
            return failure(Tr::tr("\"%1\" is not a Postfix parameter name.").arg(name.left(64)));
        args << name.toLatin1();
    }
    return small(m_catalog.make(QStringLiteral("postconf"), args, Privilege::User,
                                Tr::tr("read the relay settings (postconf -x)")),
                 30000);
}

CatalogResult RelayCommands::statFiles(const QStringList &paths) const
{
    if (paths.isEmpty())
        return failure(Tr::tr("No file to look at."));
    if (!m_catalog.hasTool(QStringLiteral("stat")))
        return failure(missingTool(QStringLiteral("stat"), QStringLiteral("coreutils"), QStringLiteral("coreutils")));
    QList<QByteArray> args = {"-L", "-c", "%a %u %U %Y %n", "--"};
    for (const QString &path : paths) {
        if (!CommandCatalog::isPlainPath(path) || path.size() > 1024)
            return failure(Tr::tr("The path \"%1\" is not a plain absolute path.").arg(path.left(120)));
        args << path.toUtf8();
    }
    return small(m_catalog.make(QStringLiteral("stat"), args, Privilege::User,
                                Tr::tr("look at the password table files (stat)")),
                 20000);
}

CatalogResult RelayCommands::lookupKeys(const QString &type, const QString &path, const QStringList &keys) const
{
    static const QStringList types = {
        QStringLiteral("hash"),  QStringLiteral("btree"),  QStringLiteral("lmdb"),     QStringLiteral("cdb"),
        QStringLiteral("texthash"), QStringLiteral("regexp"), QStringLiteral("pcre"),  QStringLiteral("cidr"),
        QStringLiteral("mysql"), QStringLiteral("pgsql"),  QStringLiteral("sqlite"),   QStringLiteral("ldap"),
        QStringLiteral("memcache"),
    };
    if (!types.contains(type))
        return failure(Tr::tr("Postdesk does not read %1: tables.").arg(type.left(20)));
    if (!CommandCatalog::isPlainPath(path) || path.size() > 1024)
        return failure(Tr::tr("The table path is not a plain absolute path."));
    if (!m_catalog.hasTool(QStringLiteral("postmap")))
        return failure(missingTool(QStringLiteral("postmap"), QStringLiteral("postfix"), QStringLiteral("postfix")));
    static const QRegularExpression keyRe(QStringLiteral("^[A-Za-z0-9.:\\[\\]_-]{1,300}$"));
    QByteArray stdinData;
    for (const QString &key : keys) {
        if (!keyRe.match(key).hasMatch())
            return failure(Tr::tr("\"%1\" is not a relay key.").arg(key.left(80)));
        stdinData += key.toLatin1() + '\n';
    }
    if (stdinData.isEmpty())
        return failure(Tr::tr("No key to look up."));
    const QByteArray spec = (type + u':' + path).toUtf8();
    return small(m_catalog.make(QStringLiteral("postmap"), {"-q", "-", spec}, Privilege::Root,
                                Tr::tr("look up the stored relay login (postmap -q - %1)").arg(QString::fromUtf8(spec)),
                                stdinData),
                 20000);
}

CatalogResult RelayCommands::saslPlugins() const
{
    if (!m_catalog.hasTool(QStringLiteral("find")))
        return failure(missingTool(QStringLiteral("find"), QStringLiteral("findutils"), QStringLiteral("findutils")));
    return small(m_catalog.make(QStringLiteral("find"),
                                {"/usr/lib", "/usr/lib64", "/usr/local/lib", "-maxdepth", "3", "-path", "*/sasl2/*",
                                 "-name", "lib*"},
                                Privilege::User, Tr::tr("list the Cyrus SASL client plugins (find sasl2)")),
                 30000);
}

QByteArray RelayCommands::loginScript()
{
    // $1 openssl  $2 timeout  $3 total seconds  $4 seconds per reply  $5 starttls|tls
    // $6 HOST:PORT  $7 SNI name or ''  $8 EHLO name. stdin: AUTH PLAIN blob, user, password
    // (base64, one a line; empty: EHLO only). Credentials go to openssl through printf (a bash
    // builtin) and are never printed: "C:" lines show ******** instead.
    return "o=$1 t=$2 u=$3 s=$4 m=$5 c=$6 n=$7 h=$8\n"
           "IFS= read -r p; IFS= read -r lu; IFS= read -r lp\n"
           "a=(s_client -quiet -crlf -connect \"$c\")\n"
           "[ \"$m\" = starttls ] && a+=(-starttls smtp)\n"
           "[ -n \"$n\" ] && a+=(-servername \"$n\")\n"
           "trap '' PIPE\n"
           "coproc S { exec \"$t\" \"$u\" \"$o\" \"${a[@]}\"; }\n"
           "pid=$S_PID; exec {i}<&\"${S[0]}\" {w}>&\"${S[1]}\"\n"
           "r() { x=; z=; while IFS= read -r -t \"$s\" l <&\"$i\"; do l=${l%$'\\r'}; printf 'S: %s\\n' \"$l\"; "
           "z+=\"$l\"$'\\n'; case $l in [0-9][0-9][0-9]-*) ;; [0-9][0-9][0-9]*) x=${l:0:3}; return 0;; esac; done; "
           "return 1; }\n"
           "q() { printf 'C: %s\\n' \"$1\"; printf '%s\\n' \"$2\" >&\"$w\"; r; }\n"
           "e() { exec {w}>&-; [ \"$1\" = k ] && kill \"$pid\" 2>/dev/null; wait \"$pid\"; printf 'X: %s\\n' \"$?\"; "
           "exit 0; }\n"
           "if [ \"$m\" = tls ]; then r || e k; fi\n"
           "q \"EHLO $h\" \"EHLO $h\" || e k\n"
           "k=' '; while IFS= read -r l; do l=${l:4}; l=${l^^}; case $l in AUTH[\\ =]*) k+=\"${l:5} \";; esac; "
           "done <<<\"$z\"\n"
           "if [ \"$x\" = 250 ] && [ -n \"$p\" ]; then\n"
           "  case $k in\n"
           "    *' PLAIN '*) q 'AUTH PLAIN ********' \"AUTH PLAIN $p\" || e k ;;\n"
           "    *' LOGIN '*) q 'AUTH LOGIN' 'AUTH LOGIN' || e k\n"
           "      [ \"$x\" = 334 ] && { q '********' \"$lu\" || e k; }\n"
           "      [ \"$x\" = 334 ] && { q '********' \"$lp\" || e k; } ;;\n"
           "  esac\n"
           "fi\n"
           "q QUIT QUIT || e k\n"
           "e\n";
}

CatalogResult RelayCommands::loginTest(const QString &host, int port, TlsMode mode, const QByteArray &authStdin,
                                       int stepTimeoutSeconds, const QString &ehloName) const
{
    for (const QString &tool : {QStringLiteral("openssl"), QStringLiteral("bash"), QStringLiteral("timeout")}) {
        if (m_catalog.hasTool(tool))
            continue;
        if (tool == u"openssl")
            return failure(missingTool(tool, QStringLiteral("openssl"), QStringLiteral("openssl")));
        if (tool == u"bash")
            return failure(missingTool(tool, QStringLiteral("bash"), QStringLiteral("bash")));
        return failure(missingTool(tool, QStringLiteral("coreutils"), QStringLiteral("coreutils")));
    }
    const auto checkedPort = Port::parse(port);
    if (!checkedPort.ok())
        return failure(checkedPort.error);
    QByteArray connect;
    QByteArray sni;
    if (const auto ip = IpAddress::parse(host); ip.ok()) {
        connect = (ip->isV4() ? ip->bytes() : '[' + ip->bytes() + ']') + ':' + checkedPort->bytes();
    } else {
        const auto name = Domain::parse(host);
        if (!name.ok())
            return failure(name.error);
        connect = name->bytes() + ':' + checkedPort->bytes();
        sni = name->bytes();
    }
    const auto ehlo = Domain::parse(ehloName);
    const QByteArray helo = ehlo.ok() && !ehlo->isAddressLiteral() ? ehlo->bytes() : QByteArray("localhost");
    if (authStdin.count('\n') > 3)
        return failure(Tr::tr("The relay login has an unexpected form."));
    const int step = qBound(1, stepTimeoutSeconds, 120);
    const int total = step * 4;
    auto r = m_catalog.make(QStringLiteral("bash"),
                            {"-c", loginScript(), "pd", m_catalog.binaryPath(QStringLiteral("openssl")).toUtf8(),
                             m_catalog.binaryPath(QStringLiteral("timeout")).toUtf8(), QByteArray::number(total),
                             QByteArray::number(step), mode == TlsMode::StartTls ? "starttls" : "tls", connect, sni,
                             helo},
                            Privilege::User,
                            Tr::tr("test the relay login (openssl s_client %1)").arg(QString::fromLatin1(connect)),
                            authStdin);
    r.command.timeoutMs = (total + 10) * 1000;
    r.command.maxOutputBytes = 256 * 1024;
    return r;
}

} // namespace Remote
