#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// Typed, validated arguments for CommandCatalog. A value of one of these types can only be made
// through its parse() function, so holding one proves the text passed validation; the catalog
// still shell-quotes it. These are a family of tiny value types kept in one file pair on purpose:
// one file each would be noise.
namespace Remote {

// The outcome of a parse: a value, or a plain-words error for the user. Never both.
template <typename T>
struct Checked
{
    std::optional<T> value;
    QString error;

    bool ok() const { return value.has_value(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }
};

// A Postfix queue ID: short uppercase hex or long base-52 form (Postfix::isValidQueueId).
class QueueId
{
public:
    static Checked<QueueId> parse(QStringView text);
    const QByteArray &bytes() const { return m_bytes; }
    QString toString() const { return QString::fromLatin1(m_bytes); }

private:
    QByteArray m_bytes;
};

// One of the queue directories Postfix commands accept by name.
class QueueName
{
public:
    static Checked<QueueName> parse(QStringView text); // maildrop|incoming|active|deferred|hold
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// A DNS domain (LDH labels, IDN converted to its A-label form, lower-cased, <= 253 octets,
// labels <= 63) or, when allowed, an address literal "[192.0.2.1]" / "[ipv6:2001:db8::1]".
class Domain
{
public:
    enum class Literal { Reject, Allow };
    static Checked<Domain> parse(QStringView text, Literal literal = Literal::Reject);
    const QByteArray &bytes() const { return m_bytes; }
    bool isAddressLiteral() const { return m_bytes.startsWith('['); }

private:
    QByteArray m_bytes;
};

// local@domain. The local part is a dot-atom of printable ASCII (without ` and $, legal but only
// ever seen in attacks) or an RFC 5321 quoted string; no control characters, no newlines, not
// starting with '-'. The domain follows Domain::parse (address literals allowed).
class EmailAddress
{
public:
    static Checked<EmailAddress> parse(QStringView text);
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// An IPv4 or IPv6 address in canonical text form ("192.0.2.25", "2001:db8::1"); no scope IDs,
// no brackets, no prefix lengths. isV4() tells the families apart (reverse names, dig -4/-6).
class IpAddress
{
public:
    static Checked<IpAddress> parse(QStringView text);
    const QByteArray &bytes() const { return m_bytes; }
    QString toString() const { return QString::fromLatin1(m_bytes); }
    bool isV4() const { return m_v4; }

private:
    QByteArray m_bytes;
    bool m_v4 = true;
};

// A TCP port 1-65535.
class Port
{
public:
    static Checked<Port> parse(int port);
    int value() const { return m_value; }
    QByteArray bytes() const { return QByteArray::number(m_value); }

private:
    int m_value = 0;
};

} // namespace Remote
