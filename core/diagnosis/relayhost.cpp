#include "relayhost.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace Diagnosis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

bool isHostName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral(
            "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"));
    return name.size() <= 253 && re.match(name).hasMatch();
}

// A numeric port or one of the SMTP service names Postfix resolves through /etc/services.
int portFromText(const QString &text)
{
    if (text == u"smtp")
        return 25;
    if (text == u"submission")
        return 587;
    if (text == u"submissions" || text == u"smtps")
        return 465;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    if (!digits.match(text).hasMatch())
        return 0;
    const int port = text.toInt();
    return port >= 1 && port <= 65535 ? port : 0;
}

} // namespace

QStringList RelayHost::splitList(QStringView value)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return value.toString().split(separators, Qt::SkipEmptyParts);
}

RelayHost RelayHost::parse(QStringView input)
{
    RelayHost r;
    r.m_text = input.trimmed().toString();
    const QString text = r.m_text;
    const auto fail = [&r](const QString &why) {
        r.m_error = why;
        return r;
    };
    if (text.isEmpty())
        return fail(Tr::tr("No relay was given."));
    if (text.size() > 300)
        return fail(Tr::tr("The relay name is too long."));
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return fail(Tr::tr("\"%1\" contains spaces or characters a relay name cannot have.").arg(text.left(80)));
    }

    QString hostPart;
    QString rest;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return fail(Tr::tr("\"%1\" has \"[\" without \"]\".").arg(text));
        r.m_bracketed = true;
        hostPart = text.mid(1, close - 1);
        rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return fail(Tr::tr("\"%1\": only \":port\" may follow \"]\".").arg(text));
    } else {
        if (text.contains(u']'))
            return fail(Tr::tr("\"%1\" has \"]\" without \"[\".").arg(text));
        const qsizetype colon = text.indexOf(u':');
        if (colon >= 0 && text.indexOf(u':', colon + 1) >= 0)
            return fail(Tr::tr("\"%1\": an IPv6 relay must be written as [ipv6:ADDRESS].").arg(text));
        hostPart = colon < 0 ? text : text.left(colon);
        rest = colon < 0 ? QString() : text.mid(colon);
    }
    if (rest.startsWith(u':')) {
        r.m_portText = rest.mid(1).toLower();
        r.m_port = portFromText(r.m_portText);
        if (r.m_port == 0)
            return fail(Tr::tr("\"%1\" is not a valid port.").arg(rest.mid(1).left(20)));
    }

    r.m_hostAsWritten = hostPart;
    QString host = hostPart.toLower();
    if (host.isEmpty())
        return fail(Tr::tr("\"%1\" names no host.").arg(text));
    if (r.m_bracketed && host.startsWith(u"ipv6:")) {
        const QHostAddress address(host.mid(5));
        if (address.protocol() != QAbstractSocket::IPv6Protocol || host.contains(u'%'))
            return fail(Tr::tr("\"%1\" is not a valid IPv6 address.").arg(hostPart.mid(5)));
        r.m_kind = Kind::Ipv6;
        r.m_host = address.toString();
        return r;
    }
    if (host.contains(u':')) {
        const QHostAddress address(host);
        if (!r.m_bracketed || address.protocol() != QAbstractSocket::IPv6Protocol || host.contains(u'%'))
            return fail(Tr::tr("\"%1\" is not a valid host.").arg(hostPart));
        r.m_kind = Kind::Ipv6;
        r.m_host = address.toString();
        return r;
    }
    static const QRegularExpression ipv4(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"));
    if (ipv4.match(host).hasMatch()) {
        const QHostAddress address(host);
        if (address.protocol() != QAbstractSocket::IPv4Protocol)
            return fail(Tr::tr("\"%1\" is not a valid IPv4 address.").arg(hostPart));
        r.m_kind = Kind::Ipv4;
        r.m_host = address.toString();
        return r;
    }
    if (host.endsWith(u'.'))
        host.chop(1);
    if (!isHostName(host))
        return fail(Tr::tr("\"%1\" is not a valid host name.").arg(hostPart.left(80)));
    r.m_host = host;
    return r;
}

QString RelayHost::connectAddress() const
{
    const QString host = m_kind == Kind::Ipv6 ? u'[' + m_host + u']' : m_host;
    return host + u':' + QString::number(m_port);
}

QString RelayHost::displayName() const
{
    return connectAddress();
}

QString RelayHost::bracketedHost() const
{
    return u'[' + m_hostAsWritten.toLower() + u']';
}

QStringList RelayHost::lookupKeys() const
{
    if (!isValid())
        return {};
    QStringList keys;
    // The server's host name as Postfix knows it: the address itself for [address] forms.
    keys << m_host;
    const QString exact = m_text.toLower();
    if (!keys.contains(exact))
        keys << exact;
    return keys;
}

QStringList RelayHost::otherKeyForms() const
{
    if (!isValid())
        return {};
    const QString plainHost = m_kind == Kind::Name ? m_host : QString();
    const QString port = m_portText.isEmpty() ? QStringLiteral("25") : m_portText;
    QStringList forms;
    const auto add = [&](const QString &form) {
        if (!form.isEmpty() && !forms.contains(form) && !lookupKeys().contains(form))
            forms << form;
    };
    add(bracketedHost() + u':' + port);
    add(bracketedHost());
    if (!plainHost.isEmpty()) {
        add(plainHost + u':' + port);
        add(plainHost);
    }
    if (port != u"587")
        add(bracketedHost() + QStringLiteral(":587"));
    if (port != u"465")
        add(bracketedHost() + QStringLiteral(":465"));
    if (!m_portText.isEmpty() && m_portText != QString::number(m_port)) {
        add(bracketedHost() + u':' + QString::number(m_port)); // "submission" written, 587 in the map
        if (!plainHost.isEmpty())
            add(plainHost + u':' + QString::number(m_port));
    }
    return forms;
}

} // namespace Diagnosis
