#pragma once

#include "commandcatalog.h"

#include <QStringList>

namespace Remote {

// The commands of the smtp_reachability and starttls checks, built through CommandCatalog::make
// (a friend) under its rules: one simple command, values only from typed arguments or fixed
// literals, every command bounded by timeout(1) and RemoteCommand::timeoutMs, Privilege::User
// unless a map needs root. Refuses to build when a tool is missing, naming the package.
class SmtpCommands
{
public:
    // How tcpConnect() reaches HOST:PORT, best first. Bash and OpenSsl need timeout(1) too.
    enum class ConnectTool { Bash, Netcat, OpenSsl, None };

    explicit SmtpCommands(const ServerCapabilities &capabilities);

    // postconf NAME… for the TLS settings. Not CommandCatalog::postconfValues: its name check
    // is lower-case only and rejects smtp_tls_CAfile / smtp_tls_CApath / tls_append_default_CA.
    CatalogResult tlsSettings(const QStringList &names) const;

    // The best tool the probe found (bash+timeout, else nc, else openssl+timeout), or None.
    ConnectTool connectTool() const;
    // The connect tools the server lacks, as "bash", "nc", "openssl", "timeout" (for the result).
    QStringList missingConnectTools() const;
    // Plain words naming the packages to install when connectTool() is None.
    static QString noConnectToolMessage();

    // The constant script of the Bash tool; values only as $1 host, $2 port, $3 greeting timeout
    // in seconds. Prints "pd-connected", each greeting line as "pd-line TEXT", then "pd-done" |
    // "pd-no-greeting" | "pd-closed". Exit 3 = connect failed (bash says why on stderr), 4 = no
    // complete greeting, 124 = killed by timeout(1) (still connecting).
    static const char *bashConnectScript();

    // TCP connect + greeting read with at most timeoutSeconds for the connect and as much for
    // the greeting. Output is parsed by Diagnosis::ConnectResult::from{Bash,Netcat,OpenSsl}.
    //   bash:    timeout -k 2 2T+1 bash -c CONSTANT pd IP PORT T
    //   nc:      timeout -k 2 2T+1 nc -v -w T IP PORT        (nc alone when timeout is missing)
    //   openssl: timeout -k 2 2T+1 openssl s_client -starttls smtp -connect IP:PORT (stdin QUIT)
    CatalogResult tcpConnect(const IpAddress &address, const Port &port, int timeoutSeconds,
                             ConnectTool tool) const;

    // Where s_client takes its trust anchors from: exactly Postfix's (smtp_tls_CAfile/CApath,
    // validated plain paths), with OpenSSL's defaults off unless tls_append_default_CA = yes.
    struct Trust
    {
        QString caFile;
        QString caPath;
        bool appendDefaultCa = false;
        bool opensslHasCaStore = true; // OpenSSL ≥ 3.0 (-no-CAstore exists); see opensslVersion()
    };
    // timeout -k 2 T openssl s_client -starttls smtp -connect IP:PORT -servername NAME -showcerts
    // [-name HELO] -no-CAfile -no-CApath [-no-CAstore] [-CAfile F] [-CApath D], stdin "QUIT\r\n"
    // so it ends after the handshake. Parsed by Diagnosis::TlsClientOutput::parse.
    CatalogResult startTls(const IpAddress &address, const Port &port, const Domain &serverName,
                           const Trust &trust, int timeoutSeconds, const Domain *heloName = nullptr) const;
    CatalogResult opensslVersion() const; // openssl version ("OpenSSL 3.0.19 27 Jan 2026 …")
    // True for "OpenSSL 3.x"/later output (so -no-CAstore may be passed).
    static bool versionHasCaStore(const QByteArray &versionOutput);

    // postmap -q - MAP with the policy keys of the domain on stdin ("d", ".parent"…). The map must
    // be TYPE:PATH with TYPE one of texthash hash btree lmdb cdb dbm sdbm and a plain path;
    // anything else (mysql:, proxy:, pcre:) is refused with plain words.
    CatalogResult policyLookup(const QString &map, const Domain &domain, Privilege privilege) const;
    static bool isSupportedPolicyMap(const QString &map);
    // The keys Postfix tries for a destination domain, most specific first ("mail.example.com",
    // ".example.com", ".com"): what policyLookup() sends, for Diagnosis::TlsPolicyLookup::parse.
    static QStringList policyLookupKeys(const Domain &domain);

private:
    CatalogResult bounded(const QString &tool, const QList<QByteArray> &args, int seconds,
                          const QString &label, const QByteArray &stdinData = {}) const;

    CommandCatalog m_catalog;
};

} // namespace Remote
