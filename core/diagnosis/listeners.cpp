#include "listeners.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace Diagnosis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
};

constexpr int maxIssues = 50;

// "[::1]:25", "127.0.0.1:25", "*:25", "127.0.0.53%lo:53", "[fe80::1]%eth0:22" → address, port
std::optional<QPair<QString, int>> splitAddressPort(QStringView text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return std::nullopt;
    QString address = text.left(colon).toString();
    const qsizetype percent = address.indexOf(u'%');
    if (percent >= 0)
        address.truncate(percent);
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    const qsizetype innerPercent = address.indexOf(u'%');
    if (innerPercent >= 0)
        address.truncate(innerPercent);
    if (address.isEmpty())
        return std::nullopt;
    return QPair<QString, int>(address.toLower(), port);
}

QString stripHostDecoration(QString host)
{
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host.startsWith(QStringLiteral("ipv6:"), Qt::CaseInsensitive))
        host = host.mid(5);
    return host.toLower();
}

// "[host]:port", "[host]", "host:port", "host" (IPv6 only inside brackets) → target
FilterTarget parseHostPort(QStringView text, FilterTarget t)
{
    static const QRegularExpression bracketed(QStringLiteral("^\\[([^\\]]+)\\](?::(\\d{1,5}))?$"));
    static const QRegularExpression plain(QStringLiteral("^([A-Za-z0-9_.-]+)(?::(\\d{1,5}))?$"));
    const QString s = text.toString();
    auto m = bracketed.match(s);
    if (!m.hasMatch())
        m = plain.match(s);
    if (!m.hasMatch()) {
        t.kind = FilterTarget::Kind::Invalid;
        t.error = Tr::tr("\"%1\" is not a host or host:port.").arg(s.left(200));
        return t;
    }
    t.host = stripHostDecoration(m.captured(1));
    t.port = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    if (t.port > 65535) {
        t.kind = FilterTarget::Kind::Invalid;
        t.error = Tr::tr("Port %1 is out of range.").arg(m.captured(2));
        return t;
    }
    t.kind = FilterTarget::Kind::Inet;
    return t;
}

// The part after "inet:" / "unix:" (LMTP and smtpd_proxy_filter spell the socket type).
FilterTarget parseSocket(QStringView rest, FilterTarget t)
{
    if (rest.startsWith(u"unix:")) {
        t.path = rest.mid(5).toString();
        t.kind = t.path.startsWith(u'/') || !t.path.isEmpty() ? FilterTarget::Kind::Unix : FilterTarget::Kind::Invalid;
        if (t.kind == FilterTarget::Kind::Invalid)
            t.error = Tr::tr("The UNIX socket path is empty.");
        return t;
    }
    if (rest.startsWith(u"inet:"))
        rest = rest.mid(5);
    return parseHostPort(rest, t);
}

} // namespace

bool Listener::isWildcard() const
{
    return address == u"*" || address == u"0.0.0.0" || address == u"::";
}

QString FilterTarget::endpoint() const
{
    switch (kind) {
    case Kind::Inet: {
        const QString h = host.contains(u':') ? u'[' + host + u']' : host;
        return port > 0 ? h + u':' + QString::number(port) : h;
    }
    case Kind::Unix:
        return QStringLiteral("unix:") + path;
    case Kind::TransportOnly:
        return Tr::tr("transport %1").arg(transport);
    case Kind::Invalid:
        break;
    }
    return raw;
}

namespace Listeners {

Postfix::Parsed<Listener> parseSs(QByteArrayView output)
{
    Postfix::Parsed<Listener> parsed;
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    const QString text = QString::fromUtf8(output);
    qsizetype number = 0;
    for (QStringView raw : QStringView(text).split(u'\n')) {
        ++number;
        const QString line = raw.trimmed().toString();
        if (line.isEmpty() || line.startsWith(QStringLiteral("State")) || line.startsWith(QStringLiteral("Recv-Q")))
            continue;
        QStringList fields = line.split(ws, Qt::SkipEmptyParts);
        if (!fields.isEmpty() && !fields.first().at(0).isDigit())
            fields.removeFirst(); // the State column ("LISTEN")
        // Recv-Q Send-Q Local Peer [Process]
        const auto local = fields.size() >= 4 ? splitAddressPort(fields.at(2)) : std::nullopt;
        if (!local) {
            if (parsed.issues.size() < maxIssues)
                parsed.issues.append({number, Tr::tr("Not an ss listener line: %1").arg(line.left(200))});
            continue;
        }
        parsed.values.append({local->first, local->second, line});
    }
    return parsed;
}

FilterTarget parseContentFilter(QStringView value)
{
    FilterTarget t;
    t.raw = value.trimmed().toString();
    const qsizetype colon = t.raw.indexOf(u':');
    if (t.raw.isEmpty() || colon == 0) {
        t.error = Tr::tr("\"%1\" does not name a transport (transport:nexthop).").arg(t.raw.left(200));
        return t;
    }
    if (colon < 0) {
        // A bare transport name: Postfix takes it as "transport:" (the transport's default next hop).
        t.transport = t.raw;
        t.kind = FilterTarget::Kind::TransportOnly;
        return t;
    }
    t.transport = t.raw.left(colon);
    const QStringView rest = QStringView(t.raw).mid(colon + 1);
    if (rest.isEmpty()) {
        t.kind = FilterTarget::Kind::TransportOnly;
        return t;
    }
    return parseSocket(rest, t);
}

FilterTarget parseProxyFilter(QStringView value)
{
    FilterTarget t;
    t.raw = value.trimmed().toString();
    if (t.raw.isEmpty()) {
        t.error = Tr::tr("The proxy filter setting is empty.");
        return t;
    }
    // "10024" alone means localhost:10024 in old configurations.
    bool numeric = false;
    const int port = t.raw.toInt(&numeric);
    if (numeric) {
        t.kind = port > 0 && port <= 65535 ? FilterTarget::Kind::Inet : FilterTarget::Kind::Invalid;
        t.host = QStringLiteral("localhost");
        t.port = port;
        if (t.kind == FilterTarget::Kind::Invalid)
            t.error = Tr::tr("Port %1 is out of range.").arg(t.raw);
        return t;
    }
    return parseSocket(t.raw, t);
}

bool isLoopback(const QString &host)
{
    const QString h = stripHostDecoration(host);
    if (h == u"localhost" || h == u"localhost.localdomain")
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

QList<Listener> accepting(const QList<Listener> &listeners, const QString &host, int port)
{
    const QString h = stripHostDecoration(host);
    const bool localhost = h == u"localhost" || h == u"localhost.localdomain";
    const QHostAddress wanted(h);
    const bool v6 = !wanted.isNull() && wanted.protocol() == QAbstractSocket::IPv6Protocol;
    QList<Listener> found;
    for (const Listener &l : listeners) {
        if (l.port != port)
            continue;
        bool match = false;
        if (l.address == u"*" || l.address == u"::")
            match = true; // dual-stack unless bindv6only, which ss does not show
        else if (l.address == u"0.0.0.0")
            match = localhost || !v6;
        else if (localhost)
            match = l.address == u"127.0.0.1" || l.address == u"::1";
        else
            match = !wanted.isNull() && QHostAddress(l.address).isEqual(wanted);
        if (match)
            found.append(l);
    }
    return found;
}

QString wellKnownName(const QString &host, int port)
{
    if (!isLoopback(host))
        return {};
    if (port == 10024)
        return Tr::tr("Amavis");
    if (port == 10025)
        return Tr::tr("Amavis re-injection (Postfix smtpd)");
    return {};
}

} // namespace Listeners

} // namespace Diagnosis
