#include "dnscommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace Remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Remote)
};

constexpr qint64 dnsOutputCap = 256 * 1024;
constexpr int marginMs = 5000;
constexpr int maxNameServers = 3; // MAXNS of the resolver library

CatalogResult failure(const QString &error)
{
    CatalogResult r;
    r.error = error;
    return r;
}

QByteArray fullyQualified(const Domain &name)
{
    return name.bytes() + '.';
}

int clampSeconds(int seconds)
{
    return std::clamp(seconds, 1, 30);
}

} // namespace

DnsCommands::DnsCommands(const ServerCapabilities &capabilities)
    : m_catalog(capabilities)
{
}

const QStringList &DnsCommands::recordTypes()
{
    static const QStringList types = {QStringLiteral("MX"),  QStringLiteral("A"),
                                      QStringLiteral("AAAA"), QStringLiteral("PTR"),
                                      QStringLiteral("TXT"), QStringLiteral("NS")};
    return types;
}

QString DnsCommands::missingToolText(const QString &tool)
{
    if (tool == u"dig" || tool == u"host")
        return Tr::tr("%1 is not installed on the server (package bind9-dnsutils on Debian/Ubuntu, "
                      "bind-utils on RHEL/Alma/Rocky).").arg(tool);
    if (tool == u"ip")
        return Tr::tr("ip is not installed on the server (package iproute2 on Debian/Ubuntu, "
                      "iproute on RHEL/Alma/Rocky).");
    if (tool == u"getent")
        return Tr::tr("getent is not installed on the server (package libc-bin on Debian/Ubuntu, "
                      "glibc-common on RHEL/Alma/Rocky).");
    if (tool == u"postconf")
        return Tr::tr("postconf is not installed on the server (package postfix).");
    return Tr::tr("%1 is not installed on the server.").arg(tool);
}

bool DnsCommands::hasDig() const
{
    return m_catalog.hasTool(QStringLiteral("dig"));
}

bool DnsCommands::hasHost() const
{
    return m_catalog.hasTool(QStringLiteral("host"));
}

bool DnsCommands::hasGetent() const
{
    return m_catalog.hasTool(QStringLiteral("getent"));
}

int DnsCommands::digTimeoutMs(int questions, int timeoutSeconds)
{
    return std::max(1, questions) * maxNameServers * clampSeconds(timeoutSeconds) * 1000 + marginMs;
}

CatalogResult DnsCommands::withLimits(CatalogResult built, int timeoutMs) const
{
    built.command.timeoutMs = timeoutMs;
    built.command.maxOutputBytes = dnsOutputCap;
    return built;
}

CatalogResult DnsCommands::requireTool(const QString &tool) const
{
    if (!m_catalog.hasTool(tool))
        return failure(missingToolText(tool));
    return {};
}

CatalogResult DnsCommands::dig(const QList<Question> &questions, int timeoutSeconds) const
{
    if (auto missing = requireTool(QStringLiteral("dig")); !missing.ok())
        return missing;
    if (questions.isEmpty())
        return failure(Tr::tr("No DNS question to ask."));
    const int seconds = clampSeconds(timeoutSeconds);
    QList<QByteArray> args = {"+noall", "+comments", "+question", "+answer", "+stats", "+tries=1",
                              "+time=" + QByteArray::number(seconds)};
    QStringList shown;
    for (const Question &q : questions) {
        if (!recordTypes().contains(q.second))
            return failure(Tr::tr("Unsupported DNS record type: %1").arg(q.second.left(16)));
        args << fullyQualified(q.first) << q.second.toLatin1();
        shown << q.second + u' ' + QString::fromLatin1(q.first.bytes());
    }
    auto built = m_catalog.make(QStringLiteral("dig"), args, Privilege::User,
                                Tr::tr("DNS lookup (dig %1)").arg(shown.join(QStringLiteral(", "))));
    return withLimits(built, digTimeoutMs(int(questions.size()), seconds));
}

CatalogResult DnsCommands::host(const Domain &name, const QString &type, int timeoutSeconds) const
{
    if (auto missing = requireTool(QStringLiteral("host")); !missing.ok())
        return missing;
    if (!recordTypes().contains(type))
        return failure(Tr::tr("Unsupported DNS record type: %1").arg(type.left(16)));
    const int seconds = clampSeconds(timeoutSeconds);
    auto built = m_catalog.make(QStringLiteral("host"),
                                {"-W", QByteArray::number(seconds), "-t", type.toLatin1(), fullyQualified(name)},
                                Privilege::User,
                                Tr::tr("DNS lookup (host %1 %2)").arg(type, QString::fromLatin1(name.bytes())));
    // host retries once after a timeout (two tries per server).
    return withLimits(built, 2 * maxNameServers * seconds * 1000 + marginMs);
}

CatalogResult DnsCommands::getentA(const Domain &name) const
{
    if (auto missing = requireTool(QStringLiteral("getent")); !missing.ok())
        return missing;
    auto built = m_catalog.make(QStringLiteral("getent"), {"ahostsv4", name.bytes()}, Privilege::User,
                                Tr::tr("Address lookup (getent ahostsv4 %1)").arg(QString::fromLatin1(name.bytes())));
    return withLimits(built, 30000 + marginMs);
}

CatalogResult DnsCommands::resolvConf() const
{
    if (auto missing = requireTool(QStringLiteral("cat")); !missing.ok())
        return missing;
    auto built = m_catalog.make(QStringLiteral("cat"), {"/etc/resolv.conf"}, Privilege::User,
                                Tr::tr("Resolver configuration (cat /etc/resolv.conf)"));
    return withLimits(built, 10000);
}

CatalogResult DnsCommands::bindAddresses() const
{
    auto built = m_catalog.postconfValues({QStringLiteral("smtp_bind_address"),
                                           QStringLiteral("smtp_bind_address6")});
    if (!built.ok())
        return built;
    return withLimits(built, 15000);
}

CatalogResult DnsCommands::myHostname() const
{
    auto built = m_catalog.postconfValues({QStringLiteral("myhostname")});
    if (!built.ok())
        return built;
    return withLimits(built, 15000);
}

CatalogResult DnsCommands::routeSource(bool ipv6) const
{
    if (auto missing = requireTool(QStringLiteral("ip")); !missing.ok())
        return missing;
    const QList<QByteArray> args = ipv6 ? QList<QByteArray>{"-o", "-6", "route", "get", "2001:db8::1"}
                                        : QList<QByteArray>{"-o", "route", "get", "192.0.2.1"};
    auto built = m_catalog.make(QStringLiteral("ip"), args, Privilege::User,
                                Tr::tr("Route lookup for the sending address (ip route get)"));
    return withLimits(built, 10000);
}

CatalogResult DnsCommands::globalAddresses() const
{
    if (auto missing = requireTool(QStringLiteral("ip")); !missing.ok())
        return missing;
    auto built = m_catalog.make(QStringLiteral("ip"), {"-o", "addr", "show", "scope", "global"},
                                Privilege::User, Tr::tr("Global addresses (ip -o addr show scope global)"));
    return withLimits(built, 10000);
}

} // namespace Remote
