#pragma once

#include <QMetaType>
#include <QString>

#include <array>

namespace Diagnosis {

// Why mail is stuck, in the words support staff need. One class per kind of cause, each with its
// own checks and fixes later on (walkthroughs, diagnostics). Order = the order the UI lists them.
enum class ReasonClass {
    Network,          // refused, timed out, lost connection, greeting timeout (port 25 blocked)
    Dns,              // domain/MX not found, SERVFAIL, no address
    Tls,              // TLS required but missing, handshake failure, certificate not verified
    AuthRelay,        // SASL failures, relay access denied, no mechanism available
    Throttling,       // 421/450/451 4.7.x, rate limits, greylisting
    MailboxFull,      // 452/552 quota, over quota, insufficient storage
    RecipientUnknown, // user unknown, no such mailbox, address rejected
    ContentFilter,    // Amavis / 127.0.0.1:10024 and similar filters down or rejecting
    Config,           // mail transport unavailable, loops back to myself, table lookup failures
    PolicyBlock,      // RBL/blocklist, reputation, SPF/DMARC policy rejections
    Other,
};
inline constexpr int reasonClassCount = int(ReasonClass::Other) + 1;

// Stable machine keys ("network", "dns", "tls", "auth_relay", "throttling", "mailbox_full",
// "recipient_unknown", "content_filter", "config", "policy_block", "other") — used in JSON, the
// CLI, settings and the labelled corpus. Never translated.
QString reasonClassKey(ReasonClass cls);
// Key → class; false when the key is unknown (cls untouched).
bool reasonClassFromKey(QStringView key, ReasonClass *cls);

// What the UI shows for a class; translated (tr context "Diagnosis").
struct ReasonClassInfo
{
    QString title;       // short: "Network / port 25"
    QString explanation; // one or two plain sentences: what this means for the stuck mail
    QString fixHint;     // what support staff should do or check first
};
ReasonClassInfo reasonClassInfo(ReasonClass cls);

// All classes in display order (for combo boxes, legends, tables).
std::array<ReasonClass, reasonClassCount> allReasonClasses();

} // namespace Diagnosis

Q_DECLARE_METATYPE(Diagnosis::ReasonClass)
