#include "connectresult.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace Diagnosis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

constexpr int maxEvidence = 20;

QStringList splitLines(QByteArrayView bytes)
{
    QStringList lines;
    const QString text = QString::fromUtf8(bytes.first(qMin(bytes.size(), qsizetype(64 * 1024))));
    for (QString line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        lines << line;
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

void addEvidence(QStringList &evidence, const QString &line)
{
    const QString t = line.trimmed().left(300);
    if (!t.isEmpty() && evidence.size() < maxEvidence)
        evidence << t;
}

// The failure words every flavour prints (bash, nc, Ncat, openssl's BIO and errno lines).
std::optional<ConnectResult::Outcome> failureIn(const QString &line, QString *detail)
{
    using O = ConnectResult::Outcome;
    struct Pattern
    {
        const char16_t *text;
        O outcome;
    };
    static constexpr Pattern patterns[] = {
        {u"Connection refused", O::Refused},        {u"errno=111", O::Refused},
        {u"Connection timed out", O::TimedOut},     {u"timed out", O::TimedOut},
        {u"TIMEOUT", O::TimedOut},                  {u"errno=110", O::TimedOut},
        {u"Network is unreachable", O::Unreachable}, {u"No route to host", O::Unreachable},
        {u"Host is unreachable", O::Unreachable},   {u"Network unreachable", O::Unreachable},
        {u"errno=101", O::Unreachable},             {u"errno=113", O::Unreachable},
    };
    for (const Pattern &p : patterns) {
        const QString text = QString::fromUtf16(p.text);
        if (line.contains(text)) {
            *detail = text.startsWith(u"errno") || text == u"TIMEOUT" ? line.trimmed() : text;
            return p.outcome;
        }
    }
    return std::nullopt;
}

// The first recognised failure in the lines (stderr of bash/nc/openssl); else Error with the
// first line (or the exit code) as detail.
void classifyFailure(const QStringList &lines, int exitCode, ConnectResult &r)
{
    for (const QString &line : lines) {
        if (const auto outcome = failureIn(line, &r.detail)) {
            r.outcome = *outcome;
            return;
        }
    }
    r.outcome = ConnectResult::Outcome::Error;
    r.detail = lines.isEmpty() ? Tr::tr("exit code %1 and no message").arg(exitCode)
                               : lines.first().trimmed().left(300);
}

} // namespace

ConnectResult ConnectResult::fromBash(QByteArrayView out, QByteArrayView err, int exitCode)
{
    ConnectResult r;
    r.tool = Tool::Bash;
    bool connected = false;
    bool done = false;
    bool noGreeting = false;
    bool closed = false;
    QStringList greetingLines;
    for (const QString &line : splitLines(out)) {
        if (line == u"pd-connected")
            connected = true;
        else if (line.startsWith(u"pd-line ")) {
            greetingLines << line.mid(8);
            addEvidence(r.evidence, line.mid(8));
        } else if (line == u"pd-done")
            done = true;
        else if (line == u"pd-no-greeting")
            noGreeting = true;
        else if (line == u"pd-closed")
            closed = true;
        else
            addEvidence(r.evidence, line);
    }
    const QStringList errLines = splitLines(err);
    for (const QString &line : errLines)
        addEvidence(r.evidence, line);
    r.greeting = SmtpGreeting::parseLines(greetingLines);
    if (connected) {
        if (r.greeting.complete && r.greeting.isReply() && (done || closed || noGreeting))
            r.outcome = Outcome::Greeting;
        else if (closed)
            r.outcome = Outcome::ClosedEarly;
        else if (noGreeting || exitCode == 124 || exitCode == 4)
            r.outcome = Outcome::NoGreeting;
        else if (done)
            r.outcome = Outcome::Greeting; // a complete line that is not SMTP: assess() says so
        else
            r.detail = Tr::tr("the script stopped after connecting (exit %1)").arg(exitCode);
        return r;
    }
    if (exitCode == 124) {
        r.outcome = Outcome::TimedOut;
        return r;
    }
    classifyFailure(errLines, exitCode, r);
    return r;
}

ConnectResult ConnectResult::fromNetcat(QByteArrayView out, QByteArrayView err, int exitCode)
{
    ConnectResult r;
    r.tool = Tool::Netcat;
    const QStringList errLines = splitLines(err);
    const QStringList outLines = splitLines(out);
    bool connected = !outLines.isEmpty();
    for (const QString &line : errLines) {
        addEvidence(r.evidence, line);
        // OpenBSD "… succeeded!", traditional "… open", Ncat "Ncat: Connected to …".
        if (line.contains(u"succeeded") || line.endsWith(u" open") || line.contains(u"Ncat: Connected"))
            connected = true;
    }
    for (const QString &line : outLines)
        addEvidence(r.evidence, line);
    if (connected) {
        r.greeting = SmtpGreeting::parseLines(outLines);
        r.outcome = r.greeting.complete || (!outLines.isEmpty() && r.greeting.code == 0)
                ? Outcome::Greeting
                : Outcome::NoGreeting;
        return r;
    }
    if (exitCode == 124 && !errLines.join(u' ').contains(u"refused", Qt::CaseInsensitive)) {
        r.outcome = Outcome::TimedOut;
        return r;
    }
    classifyFailure(errLines, exitCode, r);
    return r;
}

ConnectResult ConnectResult::fromOpenSsl(QByteArrayView out, QByteArrayView err, int exitCode)
{
    ConnectResult r;
    r.tool = Tool::OpenSsl;
    const QStringList outLines = splitLines(out);
    const QStringList errLines = splitLines(err);
    bool connected = false;
    for (const QString &line : outLines) {
        if (line.startsWith(u"CONNECTED(")) {
            connected = true;
            addEvidence(r.evidence, line);
        }
    }
    static const QRegularExpression errorPrefix(QStringLiteral("^[0-9A-F]{8,}:error:"));
    for (const QString &line : errLines) {
        if (line.contains(u"STARTTLS") || line.startsWith(u"connect:") || errorPrefix.match(line).hasMatch())
            addEvidence(r.evidence, line);
    }
    if (connected) {
        r.outcome = Outcome::Connected;
        return r;
    }
    if (exitCode == 124) {
        // openssl's stdout is buffered and lost when timeout(1) kills it: a connect that hangs
        // and a peer that never greets look the same here.
        r.outcome = Outcome::TimedOut;
        r.detail = Tr::tr("no answer within the time limit (openssl cannot tell a blocked connect from a missing greeting)");
        return r;
    }
    classifyFailure(errLines, exitCode, r);
    return r;
}

QString ConnectResult::toolName(Tool tool)
{
    switch (tool) {
    case Tool::Bash:
        return QStringLiteral("bash /dev/tcp");
    case Tool::Netcat:
        return QStringLiteral("nc");
    case Tool::OpenSsl:
        return QStringLiteral("openssl s_client");
    }
    return {};
}

} // namespace Diagnosis

namespace Diagnosis {

ConnectResult::Assessment ConnectResult::assess(const QString &host, int port, int timeoutSeconds) const
{
    Assessment a;
    const QString target = host + u':' + QString::number(port);
    const bool tlsFirst = port == 465; // implicit TLS: the greeting comes only after a handshake
    switch (outcome) {
    case Outcome::Greeting:
        if (greeting.isPositive()) {
            a.verdict = Verdict::Ok;
            a.summary = Tr::tr("%1 answers: %2").arg(target, greeting.lines.value(0).left(200));
        } else if (greeting.isTransient()) {
            a.verdict = Verdict::Failed;
            a.summary = Tr::tr("%1 accepts the connection but refuses service for now: %2")
                                .arg(target, greeting.lines.value(0).left(200));
            a.advice = Tr::tr("The destination is overloaded or limits this server; Postfix keeps retrying. "
                              "If it lasts, send the greeting text to the destination's postmaster.");
        } else if (greeting.isPermanent()) {
            a.verdict = Verdict::Failed;
            a.summary = Tr::tr("%1 refuses this server in its greeting: %2")
                                .arg(target, greeting.lines.value(0).left(200));
            a.advice = Tr::tr("A 5xx greeting usually means this server's address is blocked there "
                              "(run the RBL check). Send the greeting text to the destination's postmaster.");
        } else if (tlsFirst) {
            a.verdict = Verdict::Ok;
            a.summary = Tr::tr("%1 accepts connections (it speaks TLS from the first byte)").arg(target);
        } else {
            a.verdict = Verdict::Warning;
            a.summary = Tr::tr("%1 accepts the connection but does not answer like a mail server")
                                .arg(target);
            a.advice = Tr::tr("Something other than SMTP answers on that port (a proxy, a captive "
                              "portal or a wrong service). Compare the evidence with a normal \"220\" greeting.");
        }
        break;
    case Outcome::NoGreeting:
    case Outcome::ClosedEarly:
        if (tlsFirst) {
            a.verdict = Verdict::Ok;
            a.summary = Tr::tr("%1 accepts connections (it speaks TLS from the first byte)").arg(target);
            break;
        }
        a.verdict = Verdict::Failed;
        a.summary = outcome == Outcome::ClosedEarly
                ? Tr::tr("%1 accepts the connection but closes it without a greeting").arg(target)
                : Tr::tr("%1 accepts the connection but sends no greeting within %2 s").arg(target).arg(timeoutSeconds);
        a.advice = Tr::tr("The destination is overloaded or delays its greeting on purpose (tarpitting), "
                          "or a firewall or proxy in between holds the connection. Postfix waits "
                          "smtp_helo_timeout before it gives up; if other MX hosts answer, mail goes there.");
        break;
    case Outcome::Connected:
        a.verdict = Verdict::Ok;
        a.summary = Tr::tr("%1 accepts connections (%2 cannot show the greeting)").arg(target, toolName(tool));
        break;
    case Outcome::Refused:
        a.verdict = Verdict::Failed;
        a.summary = Tr::tr("%1 refuses the connection (%2)").arg(target, detail);
        a.advice = port == 25
                ? Tr::tr("Nothing accepts mail there right now: the destination's mail server is down, or a "
                         "firewall (theirs or this server's) rejects the connection. Postfix retries; if it "
                         "lasts and every MX refuses, contact the destination.")
                : Tr::tr("The relay does not accept connections on this port: check the relayhost port "
                         "(587 submission, 465 TLS) and that this server is allowed to connect.");
        break;
    case Outcome::TimedOut:
        a.verdict = Verdict::Failed;
        a.summary = Tr::tr("%1 does not answer: the connection timed out after %2 s")
                            .arg(target).arg(timeoutSeconds);
        a.advice = port == 25
                ? Tr::tr("This is the typical sign of a provider or firewall blocking outbound port 25. "
                         "Ask the provider to open port 25, or configure a relayhost on port 587 "
                         "(Fixes → Relayhost). If only this destination times out, it is down or filters this server.")
                : Tr::tr("The relay does not answer on this port: a firewall blocks it or the relay is down. "
                         "Check the relayhost and the outbound firewall rules.");
        break;
    case Outcome::Unreachable:
        a.verdict = Verdict::Failed;
        a.summary = Tr::tr("%1 cannot be reached from this server (%2)").arg(target, detail);
        a.advice = Tr::tr("The server has no route to that address: check its network configuration "
                          "(default route; an IPv6 address without IPv6 connectivity).");
        break;
    case Outcome::Error:
        a.verdict = Verdict::Unknown;
        a.summary = Tr::tr("The connection test to %1 with %2 failed: %3").arg(target, toolName(tool), detail);
        a.advice = Tr::tr("See the evidence for what the tool printed.");
        break;
    }
    return a;
}

} // namespace Diagnosis
