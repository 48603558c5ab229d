#pragma once

#include "checkresult.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace Diagnosis {

// The output of the relay login test (Remote::RelayCommands::loginTest): a constant bash script
// that talks to the relay through `openssl s_client -quiet -crlf [-starttls smtp]` and prints
//   "C: LINE"  what it sent (AUTH payloads already printed as ********)
//   "S: LINE"  each reply line of the relay
//   "X: N"     the exit status of timeout/openssl (124: timeout fired, 143: the script gave up
//              waiting for a reply and stopped it)
// on stdout, while openssl's own messages (connect errors, handshake alerts, "Didn't find
// STARTTLS") arrive on stderr. Pure: parse() never fails; garbage gives Outcome::NoAnswer.
class SmtpTranscript
{
public:
    enum class Outcome {
        Accepted,          // 235: the login works
        Rejected,          // 535 (or another 5xx) to AUTH: wrong user name or password
        TemporaryFailure,  // 4xx to AUTH (454 "temporary authentication failure")
        NoAuthOffered,     // the EHLO reply after TLS lists no AUTH
        NoUsableMechanism, // AUTH offered, but neither PLAIN nor LOGIN
        NotTried,          // everything up to AUTH fine, no login was given to try
        Refused,           // TCP connection refused
        TimedOut,          // no connection / no answer before the timeout
        Unreachable,       // no route, network unreachable, name not found
        NoStartTls,        // the relay does not offer STARTTLS
        TlsFailed,         // the TLS handshake failed
        GreetingRejected,  // 4xx/5xx greeting or EHLO reply
        NoAnswer,          // anything else (connection closed, garbage)
    };

    struct Reply
    {
        int code = 0;
        QStringList lines; // as the relay sent them ("250-AUTH PLAIN LOGIN")
    };

    static SmtpTranscript parse(QByteArrayView stdOut, QByteArrayView stdErr);

    Outcome outcome() const { return m_outcome; }
    QStringList mechanisms() const { return m_mechanisms; } // upper case, from the last EHLO reply
    bool ehloSucceeded() const { return m_ehloOk; }
    Reply authReply() const { return m_authReply; }         // code 0 when no AUTH was sent
    int exitStatus() const { return m_exit; }               // -1 when "X:" is missing
    // The dialogue for results: C:/S: lines (any AUTH payload masked again, in case) plus the
    // deciding openssl lines; at most ~20 lines.
    QStringList evidence() const { return m_evidence; }

    // Verdict, summary and advice for the login test of `relayName` ("relay.example.com:587",
    // "[2001:db8::1]:587"). Refused / timed out / unreachable use the reachability wording of
    // the smtp_reachability check (ConnectResult::assess), so both checks say it the same way.
    CheckResult evaluate(const QString &relayName, int timeoutSeconds) const;

private:
    Outcome m_outcome = Outcome::NoAnswer;
    QStringList m_mechanisms;
    bool m_ehloOk = false;
    Reply m_authReply;
    Reply m_failedReply; // greeting/EHLO refusal
    int m_exit = -1;
    bool m_nameNotFound = false;
    QString m_connectDetail; // openssl's words for a failed connect ("Connection refused")
    QStringList m_evidence;
    QString m_tlsDetail;
};

} // namespace Diagnosis
