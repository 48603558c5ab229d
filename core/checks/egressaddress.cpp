#include "egressaddress.h"

#include "commandrunner.h"
#include "remote/dnscommands.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace Checks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Checks)
};

QString canonical(const QString &text)
{
    const auto ip = Remote::IpAddress::parse(text.trimmed());
    return ip.ok() ? ip->toString() : QString();
}

QString firstLine(const QByteArray &output)
{
    return QString::fromUtf8(output).section(u'\n', 0, 0).trimmed().left(300);
}

// The steps after the option: bind address, route, interface — each only when the previous
// one found nothing.
struct Search
{
    QPointer<CommandRunner> runner;
    EgressResult result;
    EgressAddress::Done done;

    void finish(const QString &address, EgressResult::Source source)
    {
        result.address = address;
        result.source = source;
        result.isPrivate = EgressAddress::isPrivateAddress(address);
        done(result);
    }
};

void tryInterfaces(const std::shared_ptr<Search> &s)
{
    if (!s->runner)
        return;
    const Remote::DnsCommands commands(s->runner->capabilities());
    const auto built = commands.globalAddresses();
    if (built.ok())
        s->result.commands.append(CommandRunner::displayLine(built.command));
    s->runner->run(built, [s](const Remote::CommandResult &r) {
        const QString address = EgressAddress::firstGlobalAddress(r.stdOut);
        if (!r.stdOut.isEmpty())
            s->result.evidence.append(firstLine(r.stdOut));
        if (!address.isEmpty()) {
            s->finish(address, EgressResult::Source::Interface);
            return;
        }
        const QString why = !r.error.isEmpty() ? r.error : firstLine(r.stdErr);
        s->result.error = Tr::tr("The server's sending address could not be found: no smtp_bind_address, no "
                                 "route source and no global address%1.")
                              .arg(why.isEmpty() ? QString() : QStringLiteral(" (") + why + u')');
        s->done(s->result);
    });
}

void tryRoute(const std::shared_ptr<Search> &s)
{
    if (!s->runner)
        return;
    const Remote::DnsCommands commands(s->runner->capabilities());
    const auto built = commands.routeSource(false);
    if (!built.ok()) { // no ip: nothing else to try
        s->result.error = built.error;
        s->done(s->result);
        return;
    }
    s->result.commands.append(CommandRunner::displayLine(built.command));
    s->runner->run(built, [s](const Remote::CommandResult &r) {
        const QString address = EgressAddress::routeSource(r.stdOut);
        const QString line = firstLine(r.stdOut.isEmpty() ? r.stdErr : r.stdOut);
        if (!line.isEmpty())
            s->result.evidence.append(line);
        if (!address.isEmpty())
            s->finish(address, EgressResult::Source::Route);
        else
            tryInterfaces(s);
    });
}

} // namespace

EgressAddress::EgressAddress(CommandRunner &runner, const CheckOptions &options)
    : m_runner(&runner)
    , m_options(options)
{
}

void EgressAddress::find(Done done)
{
    CommandRunner *runner = m_runner.data();
    if (!runner)
        return;
    auto s = std::make_shared<Search>();
    s->runner = runner;
    s->done = std::move(done);
    if (!m_options.egressAddress.trimmed().isEmpty()) {
        const auto ip = Remote::IpAddress::parse(m_options.egressAddress.trimmed());
        QTimer::singleShot(0, runner, [s, ip] {
            if (!ip.ok()) {
                s->result.error = ip.error;
                s->done(s->result);
                return;
            }
            s->result.evidence.append(Tr::tr("egress address given in the check options: %1").arg(ip->toString()));
            s->finish(ip->toString(), EgressResult::Source::Option);
        });
        return;
    }
    const Remote::DnsCommands commands(runner->capabilities());
    const auto built = commands.bindAddresses();
    if (!built.ok()) {
        QTimer::singleShot(0, runner, [s] { tryRoute(s); });
        return;
    }
    s->result.commands.append(CommandRunner::displayLine(built.command));
    runner->run(built, [s](const Remote::CommandResult &r) {
        for (const QString &name : {QStringLiteral("smtp_bind_address"), QStringLiteral("smtp_bind_address6")}) {
            const QString value = postconfValue(r.stdOut, name);
            s->result.evidence.append(name + QStringLiteral(" = ") + value.left(100));
            if (const QString address = canonical(value); !address.isEmpty()) {
                s->finish(address, EgressResult::Source::BindAddress);
                return;
            }
        }
        tryRoute(s);
    });
}

QString EgressAddress::postconfValue(const QByteArray &postconfOutput, const QString &name)
{
    for (const QString &line : QString::fromUtf8(postconfOutput).split(u'\n')) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0 && line.left(eq).trimmed() == name)
            return line.mid(eq + 1).trimmed();
    }
    return {};
}

QString EgressAddress::routeSource(const QByteArray &ipRouteGet)
{
    static const QRegularExpression src(QStringLiteral("\\bsrc\\s+(\\S+)"));
    const auto m = src.match(QString::fromUtf8(ipRouteGet));
    return m.hasMatch() ? canonical(m.captured(1)) : QString();
}

QString EgressAddress::firstGlobalAddress(const QByteArray &ipAddrShow)
{
    static const QRegularExpression inet(QStringLiteral("\\binet(6?)\\s+([0-9A-Fa-f.:]+)/\\d+"));
    QString v6;
    auto it = inet.globalMatch(QString::fromUtf8(ipAddrShow));
    while (it.hasNext()) {
        const auto m = it.next();
        const QString address = canonical(m.captured(2));
        if (address.isEmpty())
            continue;
        if (m.captured(1).isEmpty())
            return address;
        if (v6.isEmpty())
            v6 = address;
    }
    return v6;
}

bool EgressAddress::isPrivateAddress(const QString &address)
{
    QHostAddress a;
    if (!a.setAddress(address))
        return false;
    if (a.isLoopback() || a.isLinkLocal() || a.isUniqueLocalUnicast() || a.isSiteLocal())
        return true;
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        static const QList<QPair<QHostAddress, int>> ranges = {
            QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
            QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
            QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
            QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        };
        for (const auto &range : ranges) {
            if (a.isInSubnet(range))
                return true;
        }
    }
    return false;
}

QString EgressAddress::privateAdvice()
{
    return Tr::tr("The server sends from a private address, so its public address is behind NAT and cannot "
                  "be seen from the server. Enter the public sending address as the egress address in the "
                  "check options (the provider or the router's status page shows it).");
}

} // namespace Checks
