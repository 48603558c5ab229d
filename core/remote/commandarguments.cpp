#include "commandarguments.h"

#include "postfix/queueparsers.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace Remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

template <typename T>
Checked<T> reject(const QString &error)
{
    return Checked<T>{std::nullopt, error};
}

bool isAsciiPrintable(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

bool isLdhLabel(QByteArrayView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
        return false;
    for (char c : label) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

bool isDotAtomChar(QChar c)
{
    if (c.unicode() > 0x7e || c.unicode() < 0x21)
        return false;
    const char ch = char(c.unicode());
    if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
        return true;
    return QByteArrayView("!#%&'*+/=?^_{|}~-.").contains(ch);
}

bool isValidLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > 64)
        return false;
    if (local.startsWith(u'"')) {
        if (local.size() < 2 || !local.endsWith(u'"'))
            return false;
        bool escaped = false;
        for (QChar c : local.mid(1, local.size() - 2)) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7e)
                return false; // control characters, newlines, DEL, non-ASCII
            if (escaped) {
                escaped = false;
            } else if (c == u'\\') {
                escaped = true;
            } else if (c == u'"') {
                return false; // an unescaped quote ends the string early
            }
        }
        return !escaped;
    }
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QStringLiteral("..")))
        return false;
    for (QChar c : local) {
        if (!isDotAtomChar(c))
            return false;
    }
    return true;
}

} // namespace

Checked<QueueId> QueueId::parse(QStringView text)
{
    if (text.isEmpty())
        return reject<QueueId>(Tr::tr("The queue ID is empty."));
    if (text.size() > 40 || !isAsciiPrintable(text) || !Postfix::isValidQueueId(text))
        return reject<QueueId>(Tr::tr("\"%1\" is not a Postfix queue ID.").arg(text.left(60)));
    QueueId id;
    id.m_bytes = text.toLatin1();
    return Checked<QueueId>{id, {}};
}

Checked<QueueName> QueueName::parse(QStringView text)
{
    static const char *const names[] = {"maildrop", "incoming", "active", "deferred", "hold"};
    for (const char *name : names) {
        if (text == QLatin1StringView(name)) {
            QueueName q;
            q.m_bytes = name;
            return Checked<QueueName>{q, {}};
        }
    }
    return reject<QueueName>(
            Tr::tr("\"%1\" is not a queue name (maildrop, incoming, active, deferred, hold).")
                    .arg(text.left(60)));
}

Checked<Domain> Domain::parse(QStringView text, Literal literal)
{
    const auto invalid = [&] {
        return reject<Domain>(Tr::tr("\"%1\" is not a valid domain name.").arg(text.left(80)));
    };
    if (text.isEmpty())
        return reject<Domain>(Tr::tr("The domain is empty."));
    if (text.startsWith(u'[')) {
        if (literal == Literal::Reject)
            return reject<Domain>(Tr::tr("An address literal is not allowed here: %1").arg(text.left(80)));
        if (!text.endsWith(u']') || !isAsciiPrintable(text))
            return invalid();
        QStringView inner = text.mid(1, text.size() - 2);
        const bool v6 = inner.startsWith(QLatin1StringView("ipv6:"), Qt::CaseInsensitive);
        if (v6)
            inner = inner.mid(5);
        QHostAddress address;
        if (!address.setAddress(inner.toString()) || !address.scopeId().isEmpty())
            return invalid();
        if (v6 != (address.protocol() == QAbstractSocket::IPv6Protocol))
            return invalid();
        Domain d;
        d.m_bytes = (v6 ? QByteArray("[ipv6:") : QByteArray("[")) + address.toString().toLatin1() + ']';
        return Checked<Domain>{d, {}};
    }
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.isSpace())
            return invalid();
    }
    const QByteArray ace = QUrl::toAce(text.toString()).toLower();
    if (ace.isEmpty() || ace.size() > 253)
        return invalid();
    for (QByteArrayView label : ace.split('.')) {
        if (!isLdhLabel(label))
            return invalid();
    }
    Domain d;
    d.m_bytes = ace;
    return Checked<Domain>{d, {}};
}

Checked<EmailAddress> EmailAddress::parse(QStringView text)
{
    const auto invalid = [&] {
        return reject<EmailAddress>(Tr::tr("\"%1\" is not a valid e-mail address.").arg(text.left(80)));
    };
    const qsizetype at = text.lastIndexOf(u'@');
    if (at <= 0 || text.size() > 254 || text.startsWith(u'-'))
        return invalid();
    const QStringView local = text.left(at);
    if (!isValidLocalPart(local))
        return invalid();
    const auto domain = Domain::parse(text.mid(at + 1), Domain::Literal::Allow);
    if (!domain.ok())
        return invalid();
    EmailAddress a;
    a.m_bytes = local.toLatin1() + '@' + domain->bytes();
    return Checked<EmailAddress>{a, {}};
}

Checked<IpAddress> IpAddress::parse(QStringView text)
{
    const auto invalid = [&] {
        return reject<IpAddress>(Tr::tr("\"%1\" is not an IP address.").arg(text.left(80)));
    };
    if (text.isEmpty() || text.size() > 45 || text.contains(u'%') || text.contains(u'/'))
        return invalid();
    QHostAddress address;
    if (!address.setAddress(text.toString()))
        return invalid();
    const auto protocol = address.protocol();
    if (protocol != QAbstractSocket::IPv4Protocol && protocol != QAbstractSocket::IPv6Protocol)
        return invalid();
    IpAddress a;
    a.m_v4 = protocol == QAbstractSocket::IPv4Protocol;
    a.m_bytes = address.toString().toLatin1();
    return Checked<IpAddress>{a, {}};
}

Checked<Port> Port::parse(int port)
{
    if (port < 1 || port > 65535)
        return reject<Port>(Tr::tr("%1 is not a TCP port.").arg(port));
    Port p;
    p.m_value = port;
    return Checked<Port>{p, {}};
}

} // namespace Remote
