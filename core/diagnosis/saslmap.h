#pragma once

#include "checkresult.h"
#include "relayhost.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Diagnosis {

// One table of smtp_sasl_password_maps ("hash:/etc/postfix/sasl_passwd", "lmdb:…",
// "proxy:hash:…", "texthash:…", "static:user:password") and the pure evaluations of what the
// relay_auth check reads about it on the server: stat of the files, postmap -q answers, the
// Cyrus SASL client plugins. No I/O here; the check runs the commands (Remote::RelayCommands).
//
// Secrets: a static:/inline: table holds the login in the parameter itself, and postmap -q
// answers are "user:password". Nothing here puts a password into a result (spec() of an inline
// table is "static:********"); the login is returned only as a SaslLogin value for the login test.
class SaslMap
{
public:
    // Splits the parameter (commas/white space) into tables. A bare path without "type:" is
    // invalid (Postfix needs the type; error() names the fix).
    static QList<SaslMap> parseList(QStringView value);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString type() const { return m_type; }   // "hash", "lmdb", "texthash", "static", "mysql", …
    QString path() const { return m_path; }   // the source file / client config; empty for inline
    // What postmap -q takes ("proxy:" removed: postmap reads the table directly). For an inline
    // table this holds the login: use lookupSpec() only for the command, never for display.
    QString lookupSpec() const { return m_lookupSpec; }
    QString displaySpec() const;              // for results: inline logins masked
    bool holdsLoginInline() const { return m_type == u"static" || m_type == u"inline"; }
    // A file whose compiled index postmap writes: hash/btree → ".db", lmdb → ".lmdb", cdb → ".cdb";
    // empty for tables read as they are (texthash, regexp, pcre, cidr) or not files at all.
    QString indexSuffix() const;
    bool isPlainFile() const; // the source is a local file whose mode/owner matter

    // --- stat -L -c '%a %u %U %Y %n' -- PATH PATH.db PATH.lmdb  (missing files: absent lines)
    struct FileInfo
    {
        QString path;
        int mode = 0;      // permission bits (0600)
        int uid = -1;
        QString owner;
        qint64 mtime = 0;
    };
    static QHash<QString, FileInfo> parseStat(QByteArrayView output);
    // exists / index built / 0600 root / index newer than the text. Warning for loose modes or
    // owners and a stale index; Failed when the index postmap should have made is missing.
    CheckResult evaluateFiles(const QHash<QString, FileInfo> &files) const;

    // --- postmap -q - SPEC with the candidate keys on stdin: "key<white space>value" per found key.
    // Returns key (lower case) → value. Values are logins: keep them in memory only.
    static QHash<QString, QString> parseLookup(QByteArrayView output);
    // The stored login for this relay (Postfix's own lookup order), or the precise mismatch:
    // "sasl_passwd has [relay]:25 but relayhost is [relay]:587".
    static CheckResult evaluateKeys(const RelayHost &relay, const QHash<QString, QString> &found,
                                    const QString &mapName, bool senderDependent);

private:
    QString m_type;
    QString m_path;
    QString m_lookupSpec;
    QString m_error;
};

// A user name and password from a sasl_passwd value "user:password" (split at the first ':', as
// Postfix does). Lives in memory only.
struct SaslLogin
{
    QString user;
    QString password;

    static std::optional<SaslLogin> fromMapValue(const QString &value);
    // The login test's stdin: base64 AUTH PLAIN blob, base64 user, base64 password (one a line).
    QByteArray authStdin() const;
};

// Cyrus SASL client plugins: the output of `find /usr/lib /usr/lib64 /usr/local/lib -maxdepth 3
// -path '*/sasl2/*' -name 'lib*'`. Without libplain/liblogin Postfix logs "no mechanism
// available" (Debian: libsasl2-modules, RHEL: cyrus-sasl-plain).
CheckResult evaluateSaslPlugins(QByteArrayView findOutput);

} // namespace Diagnosis
