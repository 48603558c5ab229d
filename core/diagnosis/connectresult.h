#pragma once

#include "checkresult.h"
#include "smtpgreeting.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Diagnosis {

// What one TCP connect + greeting read to host:port showed, parsed from the output of the tool
// that did it on the server (Remote::SmtpCommands::tcpConnect). Pure; tested with output captured
// on the test server (tests/data/diagnostics/smtp/{bash,nc,openssl-connect}-*).
struct ConnectResult
{
    enum class Tool {
        Bash,    // timeout … bash -c SCRIPT pd HOST PORT SECONDS (Remote::SmtpCommands::bashConnectScript)
        Netcat,  // nc -v -w SECONDS HOST PORT (OpenBSD; traditional and Ncat messages recognised)
        OpenSsl, // openssl s_client -starttls smtp -connect HOST:PORT (TCP only, greeting not shown)
    };
    enum class Outcome {
        Greeting,    // connected and a complete reply came back (see greeting.code)
        NoGreeting,  // connected, nothing (or an incomplete reply) within the timeout
        ClosedEarly, // connected, the peer closed without a complete greeting
        Connected,   // connected; the tool cannot show the greeting (openssl)
        Refused,     // RST: nothing listens, or a firewall rejects
        TimedOut,    // no answer to the SYN within the timeout (typical of a blocked port 25)
        Unreachable, // no route / network unreachable / host unreachable
        Error,       // the tool failed in a way we do not recognise (evidence says how)
    };

    Tool tool = Tool::Bash;
    Outcome outcome = Outcome::Error;
    SmtpGreeting greeting; // Greeting (and what arrived before ClosedEarly / NoGreeting)
    QString detail;        // the tool's own words for the failure ("Connection refused")
    QStringList evidence;  // the deciding output lines (trimmed, at most ~20, no markers)

    // stdout, stderr and exit code of the command; exit 124 = the surrounding timeout(1) fired.
    static ConnectResult fromBash(QByteArrayView out, QByteArrayView err, int exitCode);
    static ConnectResult fromNetcat(QByteArrayView out, QByteArrayView err, int exitCode);
    static ConnectResult fromOpenSsl(QByteArrayView out, QByteArrayView err, int exitCode);

    // Verdict, one-line summary and advice for "host:port" (port 465 speaks TLS first, so
    // Connected/NoGreeting count as reachable there). timeoutSeconds is what the command allowed.
    struct Assessment
    {
        Verdict verdict = Verdict::Unknown;
        QString summary;
        QString advice;
    };
    Assessment assess(const QString &host, int port, int timeoutSeconds) const;

    static QString toolName(Tool tool); // "bash /dev/tcp", "nc", "openssl s_client"
};

} // namespace Diagnosis
