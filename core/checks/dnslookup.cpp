#include "dnslookup.h"

#include "commandrunner.h"
#include "remote/dnscommands.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace Checks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Checks)
};

using Diagnosis::DnsReply;
using Question = QPair<QString, QString>;

// The state of one lookup() while its commands run.
struct Pending
{
    DnsLookupResult result;
    QList<int> indexes;                   // reply index of each question sent
    QList<Remote::DnsCommands::Question> sent;
    int outstanding = 0;
    DnsLookup::Done done;
};

QString neitherToolText()
{
    return Tr::tr("Neither dig nor host is installed on the server, so its resolver cannot be asked "
                  "(package bind9-dnsutils on Debian/Ubuntu, bind-utils on RHEL/Alma/Rocky).");
}

QString commandFailureText(const Remote::CommandResult &r)
{
    if (!r.error.isEmpty())
        return r.error;
    if (r.canceled)
        return Tr::tr("canceled");
    return {};
}

void finishLater(CommandRunner *runner, const std::shared_ptr<Pending> &pending)
{
    if (!runner)
        return;
    QTimer::singleShot(0, runner, [pending] { pending->done(pending->result); });
}

// A question whose command ended without usable output keeps a reply that says why.
void markUnanswered(DnsReply &reply, const Remote::CommandResult &r, int timeoutSeconds)
{
    if (r.timedOut) {
        reply.status = DnsReply::Status::Timeout;
        reply.statusText = Tr::tr("the lookup command did not finish in time (%1 s per question)").arg(timeoutSeconds);
    } else if (const QString failure = commandFailureText(r); !failure.isEmpty()) {
        reply.status = DnsReply::Status::OtherError;
        reply.statusText = failure;
    }
}

void runDig(CommandRunner &runner, const std::shared_ptr<Pending> &pending, int timeoutSeconds)
{
    const Remote::DnsCommands commands(runner.capabilities());
    const auto built = commands.dig(pending->sent, timeoutSeconds);
    pending->result.tool = QStringLiteral("dig");
    if (built.ok())
        pending->result.commands.append(CommandRunner::displayLine(built.command));
    runner.run(built, [pending, timeoutSeconds](const Remote::CommandResult &r) {
        if (r.failure == Remote::CommandResult::Failure::Refused
            || r.failure == Remote::CommandResult::Failure::PermissionDenied
            || (r.stdOut.isEmpty() && !r.error.isEmpty() && !r.timedOut)) {
            pending->result.error = commandFailureText(r);
            pending->done(pending->result);
            return;
        }
        QList<Question> asked;
        for (const auto &q : std::as_const(pending->sent))
            asked.append({QString::fromLatin1(q.first.bytes()), q.second});
        const QList<DnsReply> replies = Diagnosis::DnsOutput::parseDig(r.stdOut, asked);
        for (qsizetype i = 0; i < replies.size() && i < pending->indexes.size(); ++i) {
            DnsReply reply = replies.at(i);
            if (reply.lines.isEmpty())
                markUnanswered(reply, r, timeoutSeconds);
            pending->result.replies[pending->indexes.at(i)] = reply;
        }
        pending->done(pending->result);
    });
}

void runPerQuestion(CommandRunner &runner, const std::shared_ptr<Pending> &pending, int timeoutSeconds,
                    bool useHost)
{
    const Remote::DnsCommands commands(runner.capabilities());
    pending->result.tool = useHost ? QStringLiteral("host") : QStringLiteral("getent");
    QList<int> askIndexes;
    for (qsizetype i = 0; i < pending->sent.size(); ++i) {
        const auto &q = pending->sent.at(i);
        DnsReply &reply = pending->result.replies[pending->indexes.at(i)];
        if (!useHost && q.second != u"A") {
            reply.status = DnsReply::Status::NotAsked;
            reply.statusText = Tr::tr("Only A questions can be asked without dig or host: %1")
                                   .arg(Remote::DnsCommands::missingToolText(QStringLiteral("dig")));
            continue;
        }
        askIndexes.append(int(i));
    }
    if (askIndexes.isEmpty()) {
        pending->result.error = neitherToolText();
        finishLater(&runner, pending);
        return;
    }
    pending->outstanding = int(askIndexes.size());
    for (int i : std::as_const(askIndexes)) {
        const auto q = pending->sent.at(i);
        const auto built = useHost ? commands.host(q.first, q.second, timeoutSeconds) : commands.getentA(q.first);
        if (built.ok())
            pending->result.commands.append(CommandRunner::displayLine(built.command));
        const int replyIndex = pending->indexes.at(i);
        runner.run(built, [pending, q, replyIndex, useHost, timeoutSeconds](const Remote::CommandResult &r) {
            const QString name = QString::fromLatin1(q.first.bytes());
            DnsReply reply = useHost ? Diagnosis::DnsOutput::parseHost(r.stdOut, name, q.second, r.exitCode)
                                     : Diagnosis::DnsOutput::parseGetent(r.stdOut, name, r.exitCode);
            if (reply.lines.isEmpty())
                markUnanswered(reply, r, timeoutSeconds);
            pending->result.replies[replyIndex] = reply;
            if (--pending->outstanding == 0)
                pending->done(pending->result);
        });
    }
}

QString stripDot(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

} // namespace

DnsLookup::DnsLookup(CommandRunner &runner, const CheckOptions &options)
    : m_runner(&runner)
    , m_options(options)
{
}

void DnsLookup::lookup(const QList<QPair<QString, QString>> &questions, Done done)
{
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    for (const auto &q : questions) {
        DnsReply reply;
        reply.name = stripDot(q.first).toLower();
        reply.type = q.second.toUpper();
        const auto domain = Remote::Domain::parse(stripDot(q.first));
        if (!domain.ok()) {
            reply.status = DnsReply::Status::OtherError;
            reply.statusText = domain.error;
        } else if (!Remote::DnsCommands::recordTypes().contains(reply.type)) {
            reply.status = DnsReply::Status::OtherError;
            reply.statusText = Tr::tr("Unsupported DNS record type: %1").arg(reply.type.left(16));
        } else {
            reply.name = QString::fromLatin1(domain->bytes());
            pending->indexes.append(int(pending->result.replies.size()));
            pending->sent.append({*domain, reply.type});
        }
        pending->result.replies.append(reply);
    }
    CommandRunner *runner = m_runner.data();
    if (!runner)
        return;
    const Remote::DnsCommands commands(runner->capabilities());
    if (pending->sent.isEmpty()) {
        if (questions.isEmpty())
            pending->result.error = Tr::tr("No DNS question to ask.");
        finishLater(runner, pending);
    } else if (commands.hasDig()) {
        runDig(*runner, pending, m_options.dnsTimeoutSeconds);
    } else if (commands.hasHost() || commands.hasGetent()) {
        runPerQuestion(*runner, pending, m_options.dnsTimeoutSeconds, commands.hasHost());
    } else {
        pending->result.error = neitherToolText();
        finishLater(runner, pending);
    }
}

void DnsLookup::resolveMx(const QString &domainText, MxDone done)
{
    CommandRunner *runner = m_runner.data();
    if (!runner)
        return;
    MxResolution base;
    const auto domain = Remote::Domain::parse(stripDot(domainText));
    base.domain = domain.ok() ? QString::fromLatin1(domain->bytes()) : domainText.left(253);
    if (!domain.ok()) {
        base.error = domain.error;
        QTimer::singleShot(0, runner, [done, base] { done(base); });
        return;
    }
    QPointer<CommandRunner> guard(runner);
    const CheckOptions options = m_options;
    const QString name = base.domain;
    // The domain's own A is asked with its MX: it is the implicit MX when there is none.
    lookup({{name, QStringLiteral("MX")}, {name, QStringLiteral("A")}},
           [guard, options, base, done](const DnsLookupResult &first) {
        MxResolution res = base;
        res.commands = first.commands;
        res.error = first.error;
        if (!first.ok() || first.replies.size() < 2) {
            done(res);
            return;
        }
        res.mxReply = first.replies.at(0);
        if (res.mxReply.status == DnsReply::Status::NotAsked) {
            res.error = res.mxReply.statusText;
            done(res);
            return;
        }
        if (!res.mxReply.answered()) {
            done(res);
            return;
        }
        QList<MxHost> hosts;
        for (const QString &data : res.mxReply.dataOf(QStringLiteral("MX"))) {
            MxHost host;
            if (Diagnosis::DnsOutput::splitMx(data, &host.preference, &host.name))
                hosts.append(host);
        }
        if (hosts.isEmpty()) {
            MxHost implicit;
            implicit.name = res.domain;
            implicit.implicit = true;
            implicit.addresses = first.replies.at(1).dataOf(QStringLiteral("A"));
            res.hosts.append(implicit);
            res.addressReplies.append(first.replies.at(1));
            done(res);
            return;
        }
        if (std::any_of(hosts.cbegin(), hosts.cend(), [](const MxHost &h) { return h.name == u"."; })) {
            res.error = Tr::tr("%1 publishes a null MX (\"0 .\"): it does not accept mail at all (RFC 7505).")
                            .arg(res.domain);
            done(res);
            return;
        }
        std::stable_sort(hosts.begin(), hosts.end(),
                         [](const MxHost &a, const MxHost &b) { return a.preference < b.preference; });
        QList<QPair<QString, QString>> questions;
        for (const MxHost &h : std::as_const(hosts)) {
            if (res.hosts.size() >= std::max(1, options.maxMxHosts))
                break;
            if (std::any_of(res.hosts.cbegin(), res.hosts.cend(), [&](const MxHost &o) { return o.name == h.name; }))
                continue;
            res.hosts.append(h);
            questions.append({h.name, QStringLiteral("A")});
        }
        if (!guard) {
            return;
        }
        DnsLookup(*guard, options).lookup(questions, [res, done](const DnsLookupResult &second) mutable {
            res.commands += second.commands;
            if (!second.ok())
                res.error = second.error;
            res.addressReplies = second.replies;
            for (qsizetype i = 0; i < res.hosts.size() && i < second.replies.size(); ++i)
                res.hosts[i].addresses = second.replies.at(i).dataOf(QStringLiteral("A"));
            done(res);
        });
    });
}

} // namespace Checks
