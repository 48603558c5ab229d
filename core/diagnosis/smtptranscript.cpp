#include "smtptranscript.h"

#include "connectresult.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Diagnosis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

constexpr int maxEvidenceLines = 20;

QStringList textLines(QByteArrayView bytes)
{
    QStringList lines;
    for (QByteArray raw : bytes.toByteArray().split('\n')) {
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (!raw.isEmpty())
            lines << QString::fromUtf8(raw.left(2000));
    }
    return lines;
}

// Client lines are printed masked by the script; mask again so that a changed script can never
// put a login into a result.
QString maskClientLine(const QString &line)
{
    const QString sent = line.mid(3);
    const QString verb = sent.section(u' ', 0, 0).toUpper();
    if (verb == u"AUTH") {
        const QString mechanism = sent.section(u' ', 1, 1);
        const bool hasPayload = !sent.section(u' ', 2).isEmpty();
        return QStringLiteral("C: AUTH ") + mechanism + (hasPayload ? QStringLiteral(" ********") : QString());
    }
    if (verb == u"EHLO" || verb == u"HELO" || verb == u"QUIT")
        return line;
    return QStringLiteral("C: ********");
}

bool isStderrClue(const QString &line)
{
    return line.contains(QStringLiteral("error:")) || line.startsWith(QStringLiteral("connect:"))
            || line.contains(QStringLiteral("Didn't find STARTTLS")) || line.contains(QStringLiteral("verify error"));
}

} // namespace

SmtpTranscript SmtpTranscript::parse(QByteArrayView stdOut, QByteArrayView stdErr)
{
    SmtpTranscript t;
    enum class Stage { Greeting, Ehlo, Auth, Quit, Other };
    Stage stage = Stage::Greeting;
    Reply current;
    QStringList dialogue;
    static const QRegularExpression replyLine(QStringLiteral("^([0-9]{3})([ -]|$)"));

    for (const QString &line : textLines(stdOut)) {
        if (line.startsWith(u"C: ")) {
            const QString masked = maskClientLine(line);
            dialogue << masked;
            const QString verb = masked.mid(3).section(u' ', 0, 0).toUpper();
            if (verb == u"EHLO" || verb == u"HELO")
                stage = Stage::Ehlo;
            else if (verb == u"AUTH")
                stage = Stage::Auth;
            else if (verb == u"QUIT")
                stage = Stage::Quit;
            else if (stage != Stage::Auth)
                stage = Stage::Other;
            current = {};
        } else if (line.startsWith(u"S: ")) {
            const QString text = line.mid(3);
            dialogue << line;
            const auto m = replyLine.match(text);
            if (!m.hasMatch())
                continue;
            current.lines << text;
            if (m.captured(2) == u"-")
                continue;
            current.code = m.captured(1).toInt();
            switch (stage) {
            case Stage::Greeting:
                if (current.code != 220)
                    t.m_failedReply = current;
                break;
            case Stage::Ehlo:
                if (current.code == 250) {
                    t.m_ehloOk = true;
                    t.m_mechanisms.clear();
                    static const QRegularExpression auth(QStringLiteral("^250[ -]AUTH[ =](.*)$"),
                                                         QRegularExpression::CaseInsensitiveOption);
                    for (const QString &l : std::as_const(current.lines)) {
                        const auto a = auth.match(l);
                        if (!a.hasMatch())
                            continue;
                        for (const QString &mech : a.captured(1).toUpper().split(u' ', Qt::SkipEmptyParts)) {
                            if (!t.m_mechanisms.contains(mech))
                                t.m_mechanisms << mech;
                        }
                    }
                } else {
                    t.m_failedReply = current;
                }
                break;
            case Stage::Auth:
                t.m_authReply = current; // 334 continuations are replaced by the final reply
                break;
            case Stage::Quit:
            case Stage::Other:
                break;
            }
            current = {};
        } else if (line.startsWith(u"X: ")) {
            bool ok = false;
            const int status = line.mid(3).trimmed().toInt(&ok);
            if (ok)
                t.m_exit = status;
        }
    }

    const QStringList errors = textLines(stdErr);
    const auto errorHas = [&errors](const QString &needle) {
        for (const QString &e : errors) {
            if (e.contains(needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    QStringList clues;
    for (const QString &e : errors) {
        if (isStderrClue(e) && clues.size() < 4)
            clues << e.left(300);
    }

    const int authCode = t.m_authReply.code;
    if (authCode == 235)
        t.m_outcome = Outcome::Accepted;
    else if (authCode >= 500 && authCode < 600)
        t.m_outcome = Outcome::Rejected;
    else if (authCode >= 400 && authCode < 500)
        t.m_outcome = Outcome::TemporaryFailure;
    else if (authCode == 0 && t.m_failedReply.code != 0)
        t.m_outcome = Outcome::GreetingRejected;
    else if (authCode == 0 && t.m_ehloOk) {
        if (t.m_mechanisms.isEmpty())
            t.m_outcome = Outcome::NoAuthOffered;
        else if (!t.m_mechanisms.contains(u"PLAIN") && !t.m_mechanisms.contains(u"LOGIN"))
            t.m_outcome = Outcome::NoUsableMechanism;
        else
            t.m_outcome = Outcome::NotTried;
    } else if (authCode != 0) {
        t.m_outcome = Outcome::NoAnswer; // AUTH sent, dialogue ended on a 334 or nothing
    } else if (errorHas(QStringLiteral("Didn't find STARTTLS"))) {
        t.m_outcome = Outcome::NoStartTls;
    } else if (errorHas(QStringLiteral("Connection refused")) || errorHas(QStringLiteral("errno=111"))) {
        t.m_outcome = Outcome::Refused;
        t.m_connectDetail = QStringLiteral("Connection refused");
    } else if (errorHas(QStringLiteral("No route to host")) || errorHas(QStringLiteral("Network is unreachable"))) {
        t.m_outcome = Outcome::Unreachable;
        t.m_connectDetail = errorHas(QStringLiteral("No route to host")) ? QStringLiteral("No route to host")
                                                                         : QStringLiteral("Network is unreachable");
    } else if (errorHas(QStringLiteral("Name or service not known"))
               || errorHas(QStringLiteral("Temporary failure in name resolution"))
               || errorHas(QStringLiteral("BIO_lookup"))) {
        t.m_outcome = Outcome::Unreachable;
        t.m_nameNotFound = true;
    } else if (errorHas(QStringLiteral("Connection timed out")) || errorHas(QStringLiteral("errno=110"))
               || ((t.m_exit == 124 || t.m_exit == 143) && dialogue.filter(QStringLiteral("S: ")).isEmpty())) {
        t.m_outcome = Outcome::TimedOut;
    } else if (errorHas(QStringLiteral("SSL routines")) || errorHas(QStringLiteral("alert"))
               || errorHas(QStringLiteral("handshake"))) {
        t.m_outcome = Outcome::TlsFailed;
    } else if (t.m_exit == 124 || t.m_exit == 143) {
        t.m_outcome = Outcome::TimedOut;
    }
    for (const QString &c : std::as_const(clues)) {
        if (c.contains(QStringLiteral("SSL routines")) && t.m_tlsDetail.isEmpty())
            t.m_tlsDetail = c.section(u':', 5, 5); // "wrong version number"
    }

    if (dialogue.size() > maxEvidenceLines - 2)
        dialogue = dialogue.mid(0, maxEvidenceLines - 4) + QStringList{QStringLiteral("…")} + dialogue.mid(dialogue.size() - 2);
    t.m_evidence = dialogue;
    // openssl's lines matter when the dialogue did not get far.
    if (!t.m_ehloOk || t.m_outcome == Outcome::NoAnswer)
        t.m_evidence += clues;
    return t;
}

CheckResult SmtpTranscript::evaluate(const QString &relayName, int timeoutSeconds) const
{
    CheckResult r;
    r.evidence = m_evidence;
    const auto set = [&r](Verdict v, const QString &summary, const QString &advice) {
        r.verdict = v;
        r.summary = summary;
        r.advice = advice;
    };
    const QString lastAuth = m_authReply.lines.isEmpty() ? QString() : m_authReply.lines.last();
    switch (m_outcome) {
    case Outcome::Accepted:
        set(Verdict::Ok, Tr::tr("The relay %1 accepted the login (%2).").arg(relayName, lastAuth), {});
        break;
    case Outcome::Rejected:
        set(Verdict::Failed, Tr::tr("The relay rejected the user name or password: %1").arg(lastAuth),
            Tr::tr("Check the user name and password with the relay's provider (some need an app password or "
                   "SMTP AUTH enabled for the mailbox), correct sasl_passwd, run postmap and postfix reload, "
                   "then postqueue -f."));
        break;
    case Outcome::TemporaryFailure:
        set(Verdict::Failed, Tr::tr("The relay refused the login for now: %1").arg(lastAuth),
            Tr::tr("A temporary refusal (4xx) is the relay's problem or a rate limit: try again later or ask the "
                   "relay's provider."));
        break;
    case Outcome::NoAuthOffered:
        set(Verdict::Failed, Tr::tr("The relay offers no login mechanism on this connection (no AUTH in its EHLO reply)."),
            Tr::tr("Use the relay's submission port (587 with STARTTLS, or 465 with smtp_tls_wrappermode = yes); "
                   "on port 25 most relays accept no login. Ask the provider whether this account may send "
                   "through it."));
        break;
    case Outcome::NoUsableMechanism:
        set(Verdict::Unknown, Tr::tr("The relay offers only AUTH %1; Postdesk tests PLAIN and LOGIN.")
                    .arg(m_mechanisms.join(u' ')),
            Tr::tr("Postfix can use these mechanisms only with the matching Cyrus SASL plugins installed "
                   "(libsasl2-modules on Debian, cyrus-sasl-md5 / cyrus-sasl-scram on RHEL)."));
        break;
    case Outcome::NotTried:
        set(Verdict::Unknown, Tr::tr("The relay offers AUTH %1; the login itself was not tested.")
                    .arg(m_mechanisms.join(u' ')), {});
        break;
    case Outcome::Refused:
    case Outcome::TimedOut:
    case Outcome::Unreachable:
        if (m_nameNotFound) {
            set(Verdict::Failed, Tr::tr("%1 cannot be reached from the server: its name does not resolve.").arg(relayName),
                Tr::tr("Check the relay's name in relayhost (the DNS check shows the server's resolver)."));
            break;
        } else {
            ConnectResult connect;
            connect.tool = ConnectResult::Tool::OpenSsl;
            connect.outcome = m_outcome == Outcome::Refused ? ConnectResult::Outcome::Refused
                    : m_outcome == Outcome::TimedOut        ? ConnectResult::Outcome::TimedOut
                                                            : ConnectResult::Outcome::Unreachable;
            connect.detail = m_connectDetail;
            const qsizetype colon = relayName.lastIndexOf(u':');
            QString host = relayName.left(colon);
            if (host.startsWith(u'[') && host.endsWith(u']'))
                host = host.mid(1, host.size() - 2);
            const auto a = connect.assess(host, relayName.mid(colon + 1).toInt(), timeoutSeconds);
            set(a.verdict, a.summary, a.advice);
        }
        break;
    case Outcome::NoStartTls:
        set(Verdict::Failed, Tr::tr("%1 does not offer STARTTLS, so the login cannot be protected.").arg(relayName),
            Tr::tr("Use the relay's submission port 587 (STARTTLS) or 465 (set smtp_tls_wrappermode = yes)."));
        break;
    case Outcome::TlsFailed:
        set(Verdict::Failed, m_tlsDetail.isEmpty()
                    ? Tr::tr("The TLS handshake with %1 failed.").arg(relayName)
                    : Tr::tr("The TLS handshake with %1 failed: %2.").arg(relayName, m_tlsDetail),
            Tr::tr("Port 465 needs smtp_tls_wrappermode = yes, port 587 needs it off (STARTTLS). \"wrong version "
                   "number\" means the two sides disagree about that."));
        break;
    case Outcome::GreetingRejected:
        set(Verdict::Failed, Tr::tr("The relay refused the session: %1")
                    .arg(m_failedReply.lines.isEmpty() ? QString() : m_failedReply.lines.last()),
            Tr::tr("The relay does not accept this server (blocked address or wrong host name): ask its provider."));
        break;
    case Outcome::NoAnswer:
        set(Verdict::Unknown, Tr::tr("%1 closed the connection without a usable answer.").arg(relayName),
            Tr::tr("Run the check again; if it repeats, look at the relay's answer in the evidence."));
        break;
    }
    return r;
}

} // namespace Diagnosis
