#include "dnsreply.h"

// Skeleton: the DNS/RBL owner replaces this file with the real parsers.
namespace Diagnosis {

QStringList DnsReply::dataOf(const QString &recordType) const
{
    QStringList out;
    for (const DnsRecord &record : answers) {
        if (record.type == recordType)
            out.append(record.data);
    }
    return out;
}

namespace DnsOutput {

QList<DnsReply> parseDig(const QByteArray &, const QList<QPair<QString, QString>> &questions)
{
    QList<DnsReply> replies;
    for (const auto &q : questions) {
        DnsReply r;
        r.name = q.first;
        r.type = q.second;
        replies.append(r);
    }
    return replies;
}

DnsReply parseHost(const QByteArray &, const QString &name, const QString &type, int)
{
    DnsReply r;
    r.name = name;
    r.type = type;
    return r;
}

DnsReply parseGetent(const QByteArray &, const QString &name, int)
{
    DnsReply r;
    r.name = name;
    r.type = QStringLiteral("A");
    return r;
}

QStringList resolverLines(const QByteArray &)
{
    return {};
}

QString reverseName(const QString &, const QString &)
{
    return QString();
}

} // namespace DnsOutput

} // namespace Diagnosis
