#pragma once

#include "commandcatalog.h"

#include <QStringList>

namespace Remote {

// The relay_auth check's commands (a friend of CommandCatalog, same rules: one simple command per
// line, values only typed/validated or fixed, the tool's absence refused with the package name).
//
// Secrets: the relay login travels only in loginTest()'s stdinData (base64 lines the constant
// script reads with `read`); lookupKeys()'s output holds logins too — callers keep it in memory
// and never show it. Neither is ever in a shell line, a label or the command log.
class RelayCommands
{
public:
    explicit RelayCommands(const ServerCapabilities &capabilities = {});

    // postconf -x NAME… (values with $name expanded); any user.
    CatalogResult settings(const QStringList &names) const;
    // stat -L -c '%a %u %U %Y %n' -- PATH…; any user (only the directories must be searchable).
    // Missing files are reported on stderr and exit 1; the found ones still print.
    CatalogResult statFiles(const QStringList &paths) const;
    // postmap -q - TYPE:PATH with `keys` on stdin, one a line; prints "key<TAB>value" per found key,
    // exit 1 when none is found. Root: the table is root-only. Refuses inline (static:) tables:
    // their "path" is the login itself.
    CatalogResult lookupKeys(const QString &type, const QString &path, const QStringList &keys) const;
    // find /usr/lib /usr/lib64 /usr/local/lib -maxdepth 3 -path '*/sasl2/*' -name 'lib*': the Cyrus
    // SASL plugins (libplain, liblogin…). Missing folders make find exit 1; the rest still prints.
    CatalogResult saslPlugins() const;

    enum class TlsMode { StartTls, Wrapper };
    // The login test: `openssl s_client -quiet -crlf [-starttls smtp] -connect HOST:PORT
    // [-servername HOST]` under `timeout`, driven by a constant bash script that waits for each
    // reply (relays may drop pipelined clients), sends EHLO, then AUTH PLAIN (or LOGIN) only when
    // the relay offers it, then QUIT. `authStdin` is SaslLogin::authStdin() or empty (EHLO only).
    // host: a host name or an IP address (validated here). Output: see Diagnosis::SmtpTranscript.
    CatalogResult loginTest(const QString &host, int port, TlsMode mode, const QByteArray &authStdin,
                            int stepTimeoutSeconds, const QString &ehloName) const;
    // The constant script (tests compare it; nothing is ever spliced into it).
    static QByteArray loginScript();

private:
    CommandCatalog m_catalog;
};

} // namespace Remote
