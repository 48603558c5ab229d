#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Diagnosis {

// The diagnostics Postdesk runs *on* a server (over SSH). Order = the order they run and are listed.
enum class CheckId {
    SmtpReachability, // TCP to port 25 of the destination's MX hosts (and 587/465 of a relay)
    Dns,              // resolver, MX/A answers and timing, own PTR vs myhostname
    StartTls,         // STARTTLS handshake, chain, expiry, name; smtp_tls_* and the policy entry
    RelayAuth,        // SASL AUTH against the relayhost with the stored credentials; sasl_passwd
    Rbl,              // the egress IP on DNS blocklists (RFC 5782 test entries, Spamhaus codes)
    ContentFilter,    // content_filter (Amavis 127.0.0.1:10024): listening, service, recent errors
    Services,         // postfix status / postfix check, amavis, dovecot, Plesk
    Limits,           // lifetimes, backoff, concurrency, rate delays, recipient limits (read only)
};
inline constexpr int checkIdCount = int(CheckId::Limits) + 1;
std::array<CheckId, checkIdCount> allCheckIds();

// Stable machine keys used by the CLI (--only, JSON "check") and settings; never translated:
// smtp_reachability, dns, starttls, relay_auth, rbl, content_filter, services, limits.
QString checkKey(CheckId id);
std::optional<CheckId> checkFromKey(QStringView key);
QString checkTitle(CheckId id);       // translated: "Outbound SMTP (port 25)"
QString checkDescription(CheckId id); // translated: one sentence of what it looks at

// Ordered from best to worst for worst(): Ok < Unknown < Warning < Failed.
enum class Verdict {
    Ok,      // checked, fine
    Unknown, // could not be decided (tool missing, no permission, a list that does not answer)
    Warning, // works, but something is off (expires soon, PTR mismatch, 0644 sasl_passwd)
    Failed,  // broken: this explains stuck mail
};
QString verdictKey(Verdict verdict);   // "ok", "warning", "failed", "unknown"
std::optional<Verdict> verdictFromKey(QStringView key);
QString verdictTitle(Verdict verdict); // translated: "OK", "Warning", "Failed", "Unknown"
Verdict worst(Verdict a, Verdict b);

// One result of one check for one target. A check may report several (one per domain, per MX
// host, per DNSBL…). Everything here is plain text from the server or from us: the UI must show it
// as plain text (never rich text) and never fetch anything named in it.
struct CheckResult
{
    CheckId check = CheckId::Services;
    QString target;       // what was checked: "example.com", "mx1.example.com:25", "zen.spamhaus.org", "" for the server
    Verdict verdict = Verdict::Unknown;
    QString summary;      // one line in plain words: "Port 25 of mx.example.com is blocked (timed out after 5 s)"
    QStringList evidence; // the output lines that decided it, trimmed; secrets never appear here
    QStringList commands; // the exact commands run on the server for this result, as sent (no stdin, no sudo prefix)
    QString advice;       // what to do next, plain words; empty when nothing is needed

    // {"check","target","verdict","summary","evidence":[…],"command":"…","commands":[…],"advice"}
    // "command" is the commands joined with "\n" (the field), "commands" the list.
    QJsonObject toJson() const;
    // For a ticket: "[FAILED] Outbound SMTP (port 25) — mx.example.com:25\n  summary\n  Evidence:…"
    QString toText() const;

    friend bool operator==(const CheckResult &, const CheckResult &) = default;
};

// Several results as ticket text, with a header line naming the server and time.
QString resultsToText(const QList<CheckResult> &results, const QString &serverName);

} // namespace Diagnosis

Q_DECLARE_METATYPE(Diagnosis::CheckId)
Q_DECLARE_METATYPE(Diagnosis::Verdict)
Q_DECLARE_METATYPE(Diagnosis::CheckResult)
