#include "dnsreply.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <cctype>
#include <optional>

namespace Diagnosis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
};

constexpr int maxEvidenceLines = 20;
constexpr int maxAnswers = 500;

QStringList splitLines(const QByteArray &output)
{
    QStringList lines = QString::fromUtf8(output).split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return lines;
}

QString withoutDot(QString name)
{
    if (name.size() > 1 && name.endsWith(u'.'))
        name.chop(1);
    return name.toLower();
}

// dig and host print TXT data as one or more quoted strings with \" \\ and \DDD escapes; the
// strings of one record are concatenated (RFC 7208 §3.3). The bytes are decoded as UTF-8.
QString unquoteTxt(QStringView data)
{
    QByteArray bytes;
    bool quoted = false;
    bool sawQuote = false;
    const QByteArray raw = data.toUtf8();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '"') {
            quoted = !quoted;
            sawQuote = true;
        } else if (c == '\\' && i + 1 < raw.size()) {
            if (i + 3 < raw.size() && std::isdigit(uchar(raw.at(i + 1))) && std::isdigit(uchar(raw.at(i + 2)))
                && std::isdigit(uchar(raw.at(i + 3)))) {
                bytes += char(raw.mid(i + 1, 3).toInt() & 0xff);
                i += 3;
            } else {
                bytes += raw.at(++i);
            }
        } else if (quoted || !sawQuote) {
            if (quoted || c != ' ')
                bytes += c;
        }
    }
    return QString::fromUtf8(bytes);
}

QString normalizedData(const QString &type, const QString &data)
{
    if (type == u"MX") {
        int preference = 0;
        QString host;
        if (DnsOutput::splitMx(data, &preference, &host))
            return QString::number(preference) + u' ' + host;
        return data;
    }
    if (type == u"PTR" || type == u"CNAME" || type == u"NS")
        return withoutDot(data);
    if (type == u"TXT")
        return unquoteTxt(data);
    return data;
}

bool isDnsClass(QStringView field)
{
    return field == u"IN" || field == u"CH" || field == u"HS" || field == u"ANY"
           || field.startsWith(u"CLASS");
}

// "oldcorp.example.	0	IN	MX	10 mail.oldcorp.example."
std::optional<DnsRecord> parseRecord(const QString &line)
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    const QStringList f = line.split(ws, Qt::SkipEmptyParts);
    if (f.size() < 4)
        return std::nullopt;
    bool ttlOk = false;
    const qint64 ttl = f.at(1).toLongLong(&ttlOk);
    if (!ttlOk)
        return std::nullopt;
    int typeIndex = isDnsClass(f.at(2)) ? 3 : 2;
    if (typeIndex >= f.size() - 1)
        return std::nullopt;
    DnsRecord r;
    r.name = withoutDot(f.at(0));
    r.ttl = ttl;
    r.type = f.at(typeIndex).toUpper();
    // The data is the rest of the line as printed (TXT keeps its inner spaces).
    qsizetype pos = 0;
    for (int i = 0; i <= typeIndex; ++i) {
        pos = line.indexOf(f.at(i), pos) + f.at(i).size();
    }
    r.data = normalizedData(r.type, line.mid(pos).trimmed());
    return r;
}

DnsReply::Status statusFromName(QStringView name)
{
    if (name == u"NOERROR")
        return DnsReply::Status::NoError;
    if (name == u"NXDOMAIN")
        return DnsReply::Status::NxDomain;
    if (name == u"SERVFAIL")
        return DnsReply::Status::ServFail;
    if (name == u"REFUSED")
        return DnsReply::Status::Refused;
    return DnsReply::Status::OtherError;
}

bool isNoise(const QString &line)
{
    return line.isEmpty() || line.startsWith(u";; Got answer:") || line.startsWith(u";; OPT PSEUDOSECTION")
           || line.startsWith(u"; EDNS:") || line.startsWith(u";; QUESTION SECTION")
           || line.startsWith(u";; ANSWER SECTION") || line.startsWith(u";; WHEN:")
           || line.startsWith(u";; MSG SIZE");
}

void addEvidence(DnsReply &reply, const QString &line)
{
    if (reply.lines.size() < maxEvidenceLines && !isNoise(line))
        reply.lines.append(line.left(300));
}

// One dig reply block while it is read.
struct DigBlock
{
    DnsReply reply;
    bool hasHeader = false;
    bool inAnswer = false;
    bool expectQuestion = false;
    bool failed = false;
    bool timedOut = false;
    QString questionName;
    QString questionType;
    QStringList errors;

    bool isEmpty() const { return !hasHeader && errors.isEmpty(); }
};

void readDigLine(DigBlock &b, const QString &line)
{
    static const QRegularExpression header(QStringLiteral("status: ([A-Z0-9]+)"));
    static const QRegularExpression queryTime(QStringLiteral("^;; Query time: (\\d+) (m|u)?sec"));
    addEvidence(b.reply, line.trimmed());
    if (line.startsWith(u";; ->>HEADER<<-")) {
        b.hasHeader = true;
        const auto m = header.match(line);
        b.reply.statusText = m.hasMatch() ? m.captured(1) : QString();
        b.reply.status = statusFromName(b.reply.statusText);
    } else if (line.startsWith(u";; QUESTION SECTION")) {
        b.expectQuestion = true;
    } else if (line.startsWith(u";; ANSWER SECTION")) {
        b.inAnswer = true;
    } else if (line.startsWith(u";; Query time:")) {
        const auto m = queryTime.match(line);
        if (m.hasMatch())
            b.reply.queryTimeMs = m.captured(2) == u"u" ? m.captured(1).toInt() / 1000 : m.captured(1).toInt();
    } else if (line.startsWith(u";; SERVER:")) {
        b.reply.server = line.mid(10).trimmed().section(u' ', 0, 0);
    } else if (line.trimmed().isEmpty()) {
        b.inAnswer = false;
        b.expectQuestion = false;
    } else if (b.expectQuestion && line.startsWith(u';')) {
        const QStringList f = line.mid(1).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (f.size() >= 2) {
            b.questionName = withoutDot(f.first());
            b.questionType = f.last().toUpper();
        }
    } else if (b.inAnswer && !line.startsWith(u';')) {
        if (b.reply.answers.size() < maxAnswers) {
            if (auto record = parseRecord(line))
                b.reply.answers.append(*record);
        }
    } else if (line.startsWith(u";; ") && !b.hasHeader) {
        // ";; communications error to 127.0.0.1#53: timed out", ";; Connection to … failed:
        // timed out.", ";; connection timed out; no servers could be reached"
        b.errors.append(line.mid(3).trimmed());
        if (line.contains(u"timed out"))
            b.timedOut = true;
        if (line.contains(u"no servers could be reached"))
            b.failed = true;
    }
}

bool sameQuestion(const QPair<QString, QString> &q, const QString &name, const QString &type)
{
    return withoutDot(q.first) == name && q.second.compare(type, Qt::CaseInsensitive) == 0;
}

void finishDigBlock(DigBlock &b)
{
    if (b.hasHeader)
        return;
    b.reply.status = b.timedOut ? DnsReply::Status::Timeout : DnsReply::Status::OtherError;
    b.reply.statusText = b.errors.join(QStringLiteral("; "));
}

} // namespace

QStringList DnsReply::dataOf(const QString &recordType) const
{
    QStringList out;
    for (const DnsRecord &record : answers) {
        if (record.type == recordType)
            out.append(record.data);
    }
    return out;
}

QString DnsReply::explanation() const
{
    switch (status) {
    case Status::NoError:
        return {};
    case Status::NxDomain:
        return Tr::tr("The domain does not exist (NXDOMAIN).");
    case Status::ServFail:
        return Tr::tr("The resolver could not get an answer (SERVFAIL): the domain's name servers are broken or "
                      "unreachable, or its DNSSEC signatures do not validate.");
    case Status::Refused:
        return Tr::tr("The resolver refused to answer (REFUSED): it does not serve this server or this name.");
    case Status::Timeout:
        return Tr::tr("No answer in time: the resolver in /etc/resolv.conf does not respond (%1).").arg(statusText);
    case Status::OtherError:
        return statusText.isEmpty() ? Tr::tr("The lookup failed without a reason.")
                                    : Tr::tr("The lookup failed: %1").arg(statusText);
    case Status::NotAsked:
        return statusText.isEmpty() ? Tr::tr("This question was not asked.") : statusText;
    }
    return {};
}

QString DnsReply::shortStatus() const
{
    switch (status) {
    case Status::NoError:
        return queryTimeMs >= 0 ? Tr::tr("NOERROR in %1 ms").arg(queryTimeMs) : QStringLiteral("NOERROR");
    case Status::NxDomain:
        return QStringLiteral("NXDOMAIN");
    case Status::ServFail:
        return QStringLiteral("SERVFAIL");
    case Status::Refused:
        return QStringLiteral("REFUSED");
    case Status::Timeout:
        return Tr::tr("timed out");
    case Status::OtherError:
        return statusText.isEmpty() ? Tr::tr("failed") : statusText.left(80);
    case Status::NotAsked:
        return Tr::tr("not asked");
    }
    return {};
}

namespace DnsOutput {

QList<DnsReply> parseDig(const QByteArray &output, const QList<QPair<QString, QString>> &questions)
{
    QList<DnsReply> replies;
    for (const auto &q : questions) {
        DnsReply r;
        r.name = withoutDot(q.first);
        r.type = q.second.toUpper();
        r.status = DnsReply::Status::OtherError;
        r.statusText = Tr::tr("dig printed no reply for this question");
        replies.append(r);
    }
    qsizetype next = 0;
    const auto assign = [&](DigBlock &b) {
        if (b.isEmpty())
            return;
        finishDigBlock(b);
        qsizetype index = next;
        if (!b.questionName.isEmpty()) {
            for (qsizetype i = next; i < questions.size(); ++i) {
                if (sameQuestion(questions.at(i), b.questionName, b.questionType)) {
                    index = i;
                    break;
                }
            }
        }
        if (index < replies.size()) {
            DnsReply &r = replies[index];
            b.reply.name = r.name;
            b.reply.type = r.type;
            r = b.reply;
            next = index + 1;
        }
        b = DigBlock();
    };

    DigBlock block;
    for (const QString &line : splitLines(output)) {
        if (line.startsWith(u";; Got answer:") && block.hasHeader)
            assign(block); // a reply without the stats lines (other options, older dig)
        readDigLine(block, line);
        if (line.startsWith(u";; MSG SIZE") || (block.failed && !block.hasHeader))
            assign(block);
    }
    if (block.hasHeader)
        assign(block);
    return replies;
}

DnsReply parseHost(const QByteArray &output, const QString &name, const QString &type, int exitCode)
{
    static const QRegularExpression notFound(QStringLiteral("^Host (\\S+) not found: (\\d+)\\(([A-Z]+)\\)"));
    static const QRegularExpression mx(QStringLiteral("^(\\S+) mail is handled by (\\d+) (\\S+)$"));
    static const QRegularExpression address(QStringLiteral("^(\\S+) has (IPv6 )?address (\\S+)$"));
    static const QRegularExpression ptr(QStringLiteral("^(\\S+) domain name pointer (\\S+)$"));
    static const QRegularExpression txt(QStringLiteral("^(\\S+) descriptive text (.*)$"));
    static const QRegularExpression ns(QStringLiteral("^(\\S+) name server (\\S+)$"));
    static const QRegularExpression alias(QStringLiteral("^(\\S+) is an alias for (\\S+)$"));
    static const QRegularExpression noRecord(QStringLiteral("^(\\S+) has no \\S+ record$"));

    DnsReply r;
    r.name = withoutDot(name);
    r.type = type.toUpper();
    r.status = DnsReply::Status::OtherError;
    bool decided = false;
    QStringList errors;
    const auto add = [&](const QString &owner, const QString &recordType, const QString &data) {
        if (r.answers.size() >= maxAnswers)
            return;
        DnsRecord record;
        record.name = withoutDot(owner);
        record.type = recordType;
        record.data = normalizedData(recordType, data);
        r.answers.append(record);
        r.status = DnsReply::Status::NoError;
        r.statusText = QStringLiteral("NOERROR");
        decided = true;
    };
    for (const QString &raw : splitLines(output)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        addEvidence(r, line);
        QRegularExpressionMatch m;
        if ((m = notFound.match(line)).hasMatch()) {
            r.statusText = m.captured(3);
            r.status = statusFromName(r.statusText);
            decided = true;
        } else if ((m = mx.match(line)).hasMatch()) {
            add(m.captured(1), QStringLiteral("MX"), m.captured(2) + u' ' + m.captured(3));
        } else if ((m = address.match(line)).hasMatch()) {
            add(m.captured(1), m.captured(2).isEmpty() ? QStringLiteral("A") : QStringLiteral("AAAA"), m.captured(3));
        } else if ((m = ptr.match(line)).hasMatch()) {
            add(m.captured(1), QStringLiteral("PTR"), m.captured(2));
        } else if ((m = txt.match(line)).hasMatch()) {
            add(m.captured(1), QStringLiteral("TXT"), m.captured(2));
        } else if ((m = ns.match(line)).hasMatch()) {
            add(m.captured(1), QStringLiteral("NS"), m.captured(2));
        } else if ((m = alias.match(line)).hasMatch()) {
            add(m.captured(1), QStringLiteral("CNAME"), m.captured(2));
        } else if (noRecord.match(line).hasMatch()) {
            if (!decided) {
                r.status = DnsReply::Status::NoError;
                r.statusText = QStringLiteral("NOERROR");
            }
            decided = true;
        } else if (line.startsWith(u";; ")) {
            errors.append(line.mid(3));
        }
    }
    if (!decided) {
        const QString joined = errors.join(QStringLiteral("; "));
        r.status = joined.contains(u"timed out") ? DnsReply::Status::Timeout : DnsReply::Status::OtherError;
        r.statusText = !joined.isEmpty() ? joined
                       : exitCode == 0   ? Tr::tr("host printed nothing it could be understood by")
                                         : Tr::tr("host failed (exit code %1)").arg(exitCode);
    }
    return r;
}

DnsReply parseGetent(const QByteArray &output, const QString &name, int exitCode)
{
    DnsReply r;
    r.name = withoutDot(name);
    r.type = QStringLiteral("A");
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    for (const QString &raw : splitLines(output)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        addEvidence(r, line);
        const QString first = line.section(ws, 0, 0);
        QHostAddress address;
        if (!address.setAddress(first) || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        if (!r.dataOf(QStringLiteral("A")).contains(first) && r.answers.size() < maxAnswers)
            r.answers.append(DnsRecord{r.name, QStringLiteral("A"), -1, first});
    }
    if (exitCode == 0 && !r.answers.isEmpty()) {
        r.status = DnsReply::Status::NoError;
        r.statusText = QStringLiteral("NOERROR");
    } else if (exitCode == 2) {
        r.status = DnsReply::Status::NxDomain;
        r.statusText = Tr::tr("not found (getent cannot tell a missing name from a failing resolver)");
    } else {
        r.status = DnsReply::Status::OtherError;
        r.statusText = Tr::tr("getent failed (exit code %1)").arg(exitCode);
    }
    return r;
}

QStringList resolverLines(const QByteArray &resolvConf)
{
    static const QRegularExpression keyword(QStringLiteral("^(nameserver|search|domain|options|sortlist)\\s"));
    QStringList out;
    for (const QString &raw : splitLines(resolvConf)) {
        QString line = raw;
        const qsizetype comment = line.indexOf(QRegularExpression(QStringLiteral("[#;]")));
        if (comment >= 0)
            line.truncate(comment);
        line = line.simplified();
        if (keyword.match(line + u' ').hasMatch() && out.size() < 50)
            out.append(line.left(300));
    }
    return out;
}

QString reverseName(const QString &address, const QString &zone)
{
    QHostAddress host;
    if (address.contains(u'%') || address.contains(u'/') || !host.setAddress(address))
        return {};
    QStringList labels;
    QString suffix;
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = host.toIPv4Address();
        for (int shift = 0; shift < 32; shift += 8)
            labels.append(QString::number((v4 >> shift) & 0xff));
        suffix = QStringLiteral("in-addr.arpa");
    } else if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR v6 = host.toIPv6Address();
        for (int i = 15; i >= 0; --i) {
            labels.append(QString::number(v6[i] & 0x0f, 16));
            labels.append(QString::number(v6[i] >> 4, 16));
        }
        suffix = QStringLiteral("ip6.arpa");
    } else {
        return {};
    }
    const QString tail = zone.isEmpty() ? suffix : withoutDot(zone);
    return labels.join(u'.') + u'.' + tail;
}

bool splitMx(const QString &data, int *preference, QString *host)
{
    const QStringList f = data.simplified().split(u' ');
    if (f.size() != 2)
        return false;
    bool ok = false;
    const int pref = f.first().toInt(&ok);
    if (!ok || pref < 0 || pref > 65535)
        return false;
    *preference = pref;
    *host = withoutDot(f.last());
    return true;
}

} // namespace DnsOutput

} // namespace Diagnosis
