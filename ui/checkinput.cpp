#include "checkinput.h"

#include "remote/commandarguments.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ui::CheckInput)
};

QStringList split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

// Why `word` is not usable as a domain, empty when it is; its normal form goes to `normal`.
QString domainError(const QString &word, QString &normal)
{
    const Remote::Checked<Remote::Domain> parsed = Remote::Domain::parse(word);
    if (!parsed.ok())
        return parsed.error;
    normal = QString::fromLatin1(parsed->bytes());
    return {};
}

QString hostError(const QString &host)
{
    if (Remote::IpAddress::parse(host).ok())
        return {};
    QString ignored;
    return domainError(host, ignored);
}

} // namespace

CheckInput::Parsed CheckInput::domains(const QString &text)
{
    Parsed result;
    for (QString word : split(text)) {
        const qsizetype at = word.lastIndexOf(u'@');
        if (at >= 0)
            word = word.mid(at + 1);
        QString normal;
        const QString why = word.isEmpty() ? Tr::tr("nothing after the @") : domainError(word, normal);
        if (!why.isEmpty()) {
            result.error = Tr::tr("“%1” is not a domain name (%2). Nothing was sent to the server.")
                               .arg(word.left(80), why);
            return result;
        }
        if (!result.values.contains(normal))
            result.values.append(normal);
    }
    if (result.values.size() > maxDomains) {
        result.error = Tr::tr("At most %1 domains per run, please (%2 given).")
                           .arg(maxDomains)
                           .arg(result.values.size());
        result.values.clear();
    }
    return result;
}

CheckInput::Parsed CheckInput::dnsblZones(const QString &text)
{
    Parsed result;
    for (const QString &word : split(text)) {
        QString normal;
        const QString why = domainError(word, normal);
        if (!why.isEmpty()) {
            result.error = Tr::tr("DNSBL zone “%1” is not a domain name (%2).").arg(word.left(80), why);
            return result;
        }
        if (!result.values.contains(normal))
            result.values.append(normal);
    }
    if (result.values.size() > maxZones) {
        result.error = Tr::tr("At most %1 DNSBL zones, please (%2 given).").arg(maxZones).arg(result.values.size());
        result.values.clear();
    }
    return result;
}

QString CheckInput::egressAddressError(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const auto parsed = Remote::IpAddress::parse(trimmed);
    return parsed.ok() ? QString()
                       : Tr::tr("Egress address “%1” is not an IP address (%2).").arg(trimmed.left(80), parsed.error);
}

QString CheckInput::relayError(const QString &text)
{
    const QString relay = text.trimmed();
    if (relay.isEmpty())
        return {};
    QString host = relay;
    QString port;
    if (relay.startsWith(u'[')) {
        const qsizetype close = relay.indexOf(u']');
        if (close < 0)
            return Tr::tr("Relay “%1”: the ] is missing.").arg(relay.left(80));
        host = relay.mid(1, close - 1);
        const QString rest = relay.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return Tr::tr("Relay “%1”: expected :port after the ].").arg(relay.left(80));
            port = rest.mid(1);
        }
    } else if (const qsizetype colon = relay.lastIndexOf(u':'); colon >= 0) {
        host = relay.left(colon);
        port = relay.mid(colon + 1);
    }
    if (const QString why = hostError(host); !why.isEmpty())
        return Tr::tr("Relay host “%1” is not a host name or address (%2).").arg(host.left(80), why);
    if (!port.isNull()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        if (!digits.match(port).hasMatch() || !Remote::Port::parse(port.toInt()).ok())
            return Tr::tr("Relay port “%1” is not a port number (1–65535).").arg(port.left(20));
    }
    return {};
}

} // namespace Ui
