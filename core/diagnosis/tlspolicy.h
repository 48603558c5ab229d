#pragma once

#include "tlssettings.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Diagnosis {

// The TLS policy Postfix applies to one destination domain: the smtp_tls_policy_maps entry for
// it (looked up with `postmap -q - MAP`, keys on stdin: Remote::SmtpCommands::policyLookupKeys) or the
// global smtp_tls_security_level. Pure.
struct TlsPolicy
{
    enum class Level { None, May, Encrypt, Dane, DaneOnly, Fingerprint, Verify, Secure, Invalid };

    Level level = Level::None;
    QString levelText;      // as written ("secure", or the bad word for Invalid)
    QStringList match;      // the names/fingerprints a certificate must match (match= or defaults)
    QString entry;          // the map entry "KEY VALUE" as found, empty for the global level
    QString map;            // the map it came from ("texthash:/etc/postfix/tls_policy")
    QString problem;        // why an entry is Invalid (plain words)

    bool fromMap() const { return !map.isEmpty(); }
    // Postfix defers instead of sending in plain text: encrypt and everything that verifies.
    bool requiresTls() const;
    // The certificate must verify (chain and name, or fingerprint): fingerprint, verify, secure, dane-only.
    bool requiresVerification() const;
    // "policy secure in smtp_tls_policy_maps" / "smtp_tls_security_level = may"
    QString describe() const;

    static Level levelFromText(QStringView text); // Invalid for anything else
    static QString levelName(Level level);

    // The global policy (no map entry).
    static TlsPolicy fromSettings(const TlsSettings &settings);
    // A map entry "LEVEL [name=value…]"; defaults for match= come from settings.
    static TlsPolicy fromEntry(const QString &key, const QString &value, const QString &map,
                               const TlsSettings &settings);
};

// The result of `postmap -q - MAP` with the lookup keys on stdin. Pure.
struct TlsPolicyLookup
{
    enum class Status {
        Found,            // key/value hold the most specific match
        NotFound,         // exit 1, nothing printed: the global level applies
        PermissionDenied, // "open database …: Permission denied": needs root
        Unsupported,      // "unsupported dictionary type: lmdb" (package missing)
        Error,            // anything else (missing .db file, syntax…), see message
    };
    Status status = Status::Error;
    QString key;
    QString value;
    QString message; // postmap's own words for the failure (first fatal/warning line)

    static TlsPolicyLookup parse(QByteArrayView out, QByteArrayView err, int exitCode,
                                 const QStringList &keysInOrder);
};

} // namespace Diagnosis
