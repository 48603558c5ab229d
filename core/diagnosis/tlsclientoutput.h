#pragma once

#include "connectresult.h"

#include <QByteArrayView>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace Diagnosis {

// What `openssl s_client -starttls smtp -connect IP:PORT -servername NAME -showcerts` printed
// (OpenSSL 1.1.1 and 3.x layouts), parsed. Pure; tested with output captured on the test server
// (tests/data/diagnostics/smtp/starttls-*). Owned by the SMTP/TLS checks; RELAY may reuse it for
// its own s_client runs (the parser only looks at s_client's own lines, never at SMTP replies
// after the handshake).
//
//     const auto tls = TlsClientOutput::parse(result.stdOut, result.stdErr, result.exitCode);
//     if (!tls.connect.outcome == ConnectResult::Outcome::Connected) …   // refused / timed out
//     if (!tls.starttlsOffered) …                    // "Didn't find STARTTLS in server response"
//     if (tls.handshakeOk()) tls.protocol, tls.cipher, tls.verifyCode, tls.certificates …
struct TlsClientOutput
{
    struct ChainEntry
    {
        int depth = 0;
        QString subject;  // " 0 s:CN = mx.example.com" → "CN = mx.example.com"
        QString issuer;   // "   i:…"
        QString validity; // "   v:NotBefore: …; NotAfter: …" (OpenSSL 3 only)
    };

    ConnectResult connect;       // the TCP part (Connected, Refused, TimedOut…), as fromOpenSsl
    bool starttlsOffered = true; // false: the EHLO reply had no STARTTLS
    QString protocol;            // "TLSv1.3"; empty when no session was made
    QString cipher;              // "TLS_AES_256_GCM_SHA384"; empty or "(NONE)" without a session
    int verifyCode = -1;         // "Verify return code: 18 (…)" → 18; -1 when absent
    QString verifyText;          // "self-signed certificate"
    QList<ChainEntry> chain;     // "Certificate chain" section
    QList<QSslCertificate> certificates; // the PEM blocks of -showcerts, leaf first (never shown raw)
    QString peerSubject;         // "subject=CN = …" of "Server certificate"
    QString peerIssuer;
    QStringList errors;          // OpenSSL error reasons ("wrong version number", "handshake failure")
    QStringList evidence;        // the deciding lines, ≤ 20, never PEM
    bool timedOut = false;       // exit 124 (timeout(1) fired)

    bool handshakeOk() const
    {
        return !protocol.isEmpty() && !cipher.isEmpty() && cipher != u"(NONE)" && protocol != u"(NONE)";
    }
    bool verified() const { return verifyCode == 0 && handshakeOk(); }

    static TlsClientOutput parse(QByteArrayView out, QByteArrayView err, int exitCode);
};

} // namespace Diagnosis
