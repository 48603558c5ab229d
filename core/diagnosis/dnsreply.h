#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Diagnosis {

struct DnsRecord
{
    QString name;   // owner name without the trailing dot, lower-case
    QString type;   // "MX", "A", "AAAA", "PTR", "TXT", "CNAME", …
    qint64 ttl = -1;
    QString data;   // "10 mx.example.com" for MX (no trailing dot), the address, the text (unquoted)

    friend bool operator==(const DnsRecord &, const DnsRecord &) = default;
};

// The answer to one question, as the server's resolver gave it.
struct DnsReply
{
    enum class Status { NoError, NxDomain, ServFail, Refused, Timeout, OtherError, NotAsked };

    QString name;          // the question
    QString type;
    Status status = Status::NotAsked;
    QString statusText;    // as the tool printed it ("NXDOMAIN", "connection timed out; no servers could be reached")
    QList<DnsRecord> answers; // answer section only
    int queryTimeMs = -1;  // dig's ";; Query time:", else -1
    QString server;        // dig's ";; SERVER:" ("127.0.0.53#53(127.0.0.53)"), else empty
    QStringList lines;     // the tool's output lines for this question (evidence)

    bool answered() const { return status == Status::NoError; }
    QStringList dataOf(const QString &recordType) const; // answers of that type, in order
    // Plain words for a reply that is not NoError ("the domain does not exist", "the resolver
    // answered SERVFAIL: …"); empty for NoError.
    QString explanation() const;
    // "NOERROR 4 ms", "SERVFAIL", "timed out": a short status for summaries.
    QString shortStatus() const;

    friend bool operator==(const DnsReply &, const DnsReply &) = default;
};

// Parsers for what DnsCommands runs (pure; tested with captured output of dig 9.18 and host).
namespace DnsOutput {
// dig +noall +comments +answer +stats … with one or several questions: one reply per question, in
// order. `questions` are the (name, type) pairs asked, so timeouts (";; connection timed out",
// no header) are matched to their question.
QList<DnsReply> parseDig(const QByteArray &output, const QList<QPair<QString, QString>> &questions);
// host -W N -t TYPE NAME: one question per command; exitCode as the command returned.
DnsReply parseHost(const QByteArray &output, const QString &name, const QString &type, int exitCode);
// getent ahostsv4 NAME (A only, no timing): NoError with A records, or NxDomain on exit 2.
DnsReply parseGetent(const QByteArray &output, const QString &name, int exitCode);
// The "nameserver"/"search"/"options" lines of /etc/resolv.conf, comments dropped.
QStringList resolverLines(const QByteArray &resolvConf);
// The reverse-lookup name of an IPv4/IPv6 address ("192.0.2.25" → "25.2.0.192.in-addr.arpa");
// empty for a non-address. `zone` replaces the arpa suffix for DNSBL queries ("25.2.0.192.zen.spamhaus.org").
QString reverseName(const QString &address, const QString &zone = QString());
// The data of an MX record split into preference and host ("0 ." → 0, "."); false when malformed.
bool splitMx(const QString &data, int *preference, QString *host);
}

} // namespace Diagnosis
