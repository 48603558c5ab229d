#include "reasonrules.h"

#include <QCoreApplication>

namespace Diagnosis {

namespace {

using C = ReasonClass;

// Words that say a connection to a local helper (filter, milter, socket) failed.
#define PD_FAILED "connection refused|timed out|time out|timeout|lost connection|unreachable" \
                  "|no such file or directory|connection reset|broken pipe|not responding|can't connect" \
                  "|cannot connect|unable to connect|read error|write error|unavailable|temporarily suspended"

// Order matters: specific causes before generic words, stated causes before SMTP codes.
constexpr ReasonRule rules[] = {
    // --- Content filter / milter down (before network: a refused 127.0.0.1:10024 is the filter) ---
    {"content-filter-port", C::ContentFilter,
     "]:10024|]:10025|]:10026|]:10027|]:10028|]:10029|]:11332|]:11334|]:2526 & " PD_FAILED, "",
     QT_TRANSLATE_NOOP("Diagnosis", "the next hop is a content-filter port (10024-10029, 11332) and it failed")},
    {"content-filter-milter", C::ContentFilter,
     "milter & " PD_FAILED "|can't read|failed|error & !milter-reject", "",
     QT_TRANSLATE_NOOP("Diagnosis", "a milter could not be reached or failed")},
    {"content-filter-milter-tempfail", C::ContentFilter,
     "service unavailable - try again later", "",
     QT_TRANSLATE_NOOP("Diagnosis", "Postfix's reply for a failed milter: \"Service unavailable - try again later\"")},
    {"content-filter-named", C::ContentFilter,
     "amavis|spamassassin|spamd|clamav|clamd|rspamd|rmilter|spamfilter|spam filter|content filter|content_filter"
     "|proxy filter|dspam|mailscanner|spampd|dkimproxy|opendkim|opendmarc & " PD_FAILED, "",
     QT_TRANSLATE_NOOP("Diagnosis", "a named filter (Amavis, SpamAssassin, rspamd, ClamAV, …) could not be reached")},
    {"content-filter-loopback-data", C::ContentFilter,
     "127.0.0.1]|[::1]|localhost] & end of data|message body & timed out|lost connection", "",
     QT_TRANSLATE_NOOP("Diagnosis", "a filter on this machine timed out while scanning the message")},

    // --- Local configuration stated by Postfix ---
    {"config-transport-unavailable", C::Config,
     "mail transport unavailable|unknown mail transport error|transport unavailable|failure -- see a previous", "",
     QT_TRANSLATE_NOOP("Diagnosis", "\"mail transport unavailable\": the delivery agent could not start")},
    {"config-loop", C::Config,
     "loops back to myself|greeted me with my own hostname|forwarding loop|mail loop|loop detected"
     "|too many hops|routing loop|hop count exceeded", "",
     QT_TRANSLATE_NOOP("Diagnosis", "a mail loop: the next hop is this server itself")},
    {"config-open-resolver", C::Config,
     "open resolver|public resolver|open dns resolver|query refused", "",
     QT_TRANSLATE_NOOP("Diagnosis", "the blocklist refuses this server's DNS resolver (\"open resolver\")")},
    {"config-bounce-service", C::Config,
     "bounce or trace service failure|bounce service failure|trace service failure|defer service failure", "",
     QT_TRANSLATE_NOOP("Diagnosis", "Postfix's own bounce/trace service failed")},
    {"config-deferred-transport", C::Config, "deferred transport", "",
     QT_TRANSLATE_NOOP("Diagnosis", "the transport is listed in defer_transports")},
    {"config-backup-mx", C::Config,
     "primary mx doesn't accept|primary mx does not accept|doesn't accept mail from us", "",
     QT_TRANSLATE_NOOP("Diagnosis", "a backup MX is set up without the primary's consent")},
    {"config-local-setup", C::Config,
     "do not list domain|both mydestination and|mailbox ownership|strict_mailbox_ownership|not owned by recipient"
     "|cannot update mailbox|unsupported dictionary type|unknown dictionary type|permission denied"
     "|is not a regular file|unable to create lock file|configuration error|misconfigur|no such file or directory"
     "|address rejected: [|unknown transport|connect to transport|command died with|command time limit exceeded|cannot open|network protocols are disabled & !certificate|private key|tls|quota|file too large", "",
     QT_TRANSLATE_NOOP("Diagnosis", "a local setup error (socket or file missing, ownership, mydestination)")},
    {"other-internal-ipc", C::Other,
     "problem talking to service|private/scache|private/anvil|private/tlsmgr|private/verify|public/qmgr"
     "|private/rewrite|private/bounce|internal protocol error", "",
     QT_TRANSLATE_NOOP("Diagnosis", "an internal Postfix service did not answer")},
    {"policy-postscreen", C::PolicyBlock,
     "service currently unavailable|protocol error|pregreet|dnsbl rank", "local",
     QT_TRANSLATE_NOOP("Diagnosis", "postscreen refused the client after its tests")},

    // --- DNS ---
    {"dns-lookup", C::Dns,
     "name service error|host or domain name not found|malformed dns server reply|dns lookup|dns query"
     "|dnsblog_query|temporary failure in name resolution|name or service not known|no address associated"
     "|no mx host|no mx record|mx lookup|servfail|nxdomain|domain not found|host not found|unable to look up"
     "|dns timeout|dns error|dns problem|dns failure|dns temporary|could not resolve|cannot resolve"
     "|unable to resolve|unresolvable|does not resolve|domain does not exist|no such domain"
     "|domain name not found|unknown domain|dns query failed|no data record|name server reply|name server failure|malformed name|has no address record", "",
     QT_TRANSLATE_NOOP("Diagnosis", "a DNS lookup failed (\"Name service error\", \"Host or domain name not found\")")},
    {"dns-reverse", C::Dns,
     "cannot find your hostname|cannot find your reverse hostname|reverse dns|reverse hostname|ptr record|no ptr"
     "|reverse lookup|unverified client host|rp:rdn|reverse mapping|forward-confirmed|fcrdns|hostname does not match", "",
     QT_TRANSLATE_NOOP("Diagnosis", "the receiver's reverse-DNS (PTR) check of this server failed")},
    {"config-table-lookup", C::Config,
     "map lookup problem|lookup failure|table lookup|lookup table|dict_|ldap|mysql|pgsql|sqlite|proxymap"
     "|alias database unavailable|alias database|database unavailable|lookup error|lookup failed", "",
     QT_TRANSLATE_NOOP("Diagnosis", "a lookup table or database (map, LDAP, SQL) failed")},

    // --- TLS ---
    {"tls-required", C::Tls,
     "tls is required|must issue a starttls|starttls command first|encryption required|requires tls"
     "|tls required|requiretls|tls not available|tls encryption is required|must use starttls"
     "|starttls is required|tls engine is unavailable", "",
     QT_TRANSLATE_NOOP("Diagnosis", "TLS is required by policy but the other side does not offer it")},
    {"tls-handshake", C::Tls,
     "cannot start tls|ssl_connect error|ssl_accept error|tls handshake|handshake failure|handshake failed"
     "|tls library problem|ssl routines|tlsv1 alert|sslv3 alert|tls alert|wrong version number|no shared cipher"
     "|appropriate tls channel|starttls failed|tls negotiation|tls failure|tls error|ssl error|ssl3_|tls_"
     "|dh key too small|unsupported protocol", "",
     QT_TRANSLATE_NOOP("Diagnosis", "the TLS handshake failed (\"SSL_connect error\", \"Cannot start TLS\")")},
    {"tls-certificate", C::Tls,
     "certificate verification failed|certificate not verified|certificate verify failed"
     "|unable to get local issuer|self-signed certificate|self signed certificate|untrusted issuer"
     "|certificate has expired|certificate expired|certificate rejected|cannot load certificate"
     "|unable to load certificate|cannot load rsa|cannot load ecdsa|certificate from file|private key|certificate", "",
     QT_TRANSLATE_NOOP("Diagnosis", "a certificate was not trusted or could not be loaded")},

    // --- Relay permission and SMTP AUTH ---
    {"auth-relay-denied", C::AuthRelay,
     "relay access denied|relaying denied|relay denied|relay not permitted|relaying not permitted"
     "|relaying not allowed|relay not allowed|not permitted to relay|not allowed to relay|unable to relay"
     "|cannot relay|we do not relay|do not relay|relaying disallowed|relaying prohibited|relay prohibited"
     "|relaying is not allowed|relaying to|not authorized to relay|relay access", "",
     QT_TRANSLATE_NOOP("Diagnosis", "the other server refuses to relay (\"Relay access denied\")")},
    {"policy-sender-authentication", C::PolicyBlock,
     "spf|dkim|dmarc|unauthenticated|sender policy framework|domainkeys", "",
     QT_TRANSLATE_NOOP("Diagnosis", "the receiver requires SPF/DKIM/DMARC that did not pass")},
    {"auth-sasl", C::AuthRelay,
     "sasl|authentication failed|authentication unsuccessful|authentication required|authentication is required"
     "|authentication credentials|authentication mechanism|not authenticated|must authenticate|auth info"
     "|no mechanism available|invalid credentials|username and password not accepted|password not accepted"
     "|bad credentials|authentication error|auth failed|smtp auth|not owned by user|not logged in"
     "|sender login mismatch|login denied|authentication rejected", "",
     QT_TRANSLATE_NOOP("Diagnosis", "SMTP authentication failed or is missing (SASL, 535, 530)")},

    // --- Network (TCP level) ---
    {"network-connect", C::Network,
     "connection refused|connection timed out|operation timed out|no route to host|network is unreachable"
     "|host is unreachable|network unreachable|cannot assign requested address|connection reset"
     "|timed out while|lost connection|conversation with|broken pipe|server dropped connection"
     "|timeout waiting for client input|connection closed|connection timeout|connect timeout|read timeout"
     "|timeout exceeded|timed out|unexpected eof|address family not supported|connect to", "",
     QT_TRANSLATE_NOOP("Diagnosis", "the connection to the next hop was refused, timed out or dropped")},

    // --- Throttling with a stated cause ---
    {"throttling-greylist", C::Throttling,
     "greylist|graylist|grey list|gray list|grey-list|postgrey", "",
     QT_TRANSLATE_NOOP("Diagnosis", "greylisting: the receiver wants a later retry")},
    {"throttling-rate", C::Throttling,
     "rate limit|ratelimit|rate-limit|unusual rate|receiving mail at a rate|sending rate|message rate"
     "|connection rate|too many connections|too many messages|too many concurrent|too many sessions"
     "|too many recipients|too much mail|too many mails|too many emails|too fast|slow down|throttl|tss0"
     "|temporarily deferred|deferred due to|screening ports are busy|ports busy|too busy|server busy"
     "|server is busy|4.7.651|exceeded the rate|sending quota|send quota|outbound quota|too many errors"
     "|too many invalid|too many simultaneous|connection limit|concurrency limit|too quickly|at a rate", "",
     QT_TRANSLATE_NOOP("Diagnosis", "the receiver limits the rate or number of connections/messages")},
    {"throttling-bounces-deferred", C::Throttling, "too many bounces|send later", "class=4",
     QT_TRANSLATE_NOOP("Diagnosis", "a temporary refusal because of too many bounces")},

    // --- Mailbox full ---
    {"mailbox-full", C::MailboxFull,
     "over quota|overquota|quota exceeded|exceeded quota|exceeds quota|quota exceed|disk quota|mailbox is full"
     "|mailbox full|full mailbox|mailbox has exceeded|mailbox size limit|mailbox quota|storage space"
     "|out of storage|insufficient storage|not enough storage|storage limit|storage quota|mailbox is over"
     "|exceeded storage|exceeded the storage|inbox is full|account is full|user is over|quota|file too large"
     "|mailbox exceeds|mailbox exceeded|mailbox too large|exceeded the limit", "",
     QT_TRANSLATE_NOOP("Diagnosis", "the recipient's mailbox is full or over quota")},

    // --- Recipient does not exist ---
    {"recipient-directory-edge", C::RecipientUnknown, "access denied", "status=5.4.1",
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft's directory-based edge blocking (550 5.4.1 Access denied)")},
    {"recipient-unknown", C::RecipientUnknown,
     "user unknown|unknown user|no such user|no such recipient|no such mailbox|no such person|no such address"
     "|no such account|no such local user|does not exist|doesn't exist|not exist|mailbox unavailable"
     "|mailbox not found|mailbox is currently disabled|mailbox disabled|mailbox is disabled|account disabled|is disabled|been disabled|user disabled"
     "|account has been disabled|account is disabled|disabled or discontinued|inactive recipient|inactive user"
     "|inactive account|unrouteable address|unroutable address|invalid recipient|invalid mailbox|invalid address"
     "|recipient unknown|unknown recipient|recipient not found|address unknown|unknown address"
     "|unknown email address|unknown or illegal alias|undeliverable address|no mailbox|user not found"
     "|user invalid|invalid user|unknown local part|recipient table|virtual alias table|virtual mailbox table"
     "|unverified address|doesn't have a|does not have a|no longer|not a valid|bad recipient"
     "|recipient rejected|mailbox does not|not our customer|no user|undeliverable-but-not-cached"
     "|address not found|mailbox name not allowed|unknown mailbox|unknown account|no such|illegal alias", "",
     QT_TRANSLATE_NOOP("Diagnosis", "the recipient address does not exist or is disabled")},
    {"recipient-syntax", C::RecipientUnknown,
     "syntax error|syntax|malformed address|bad address|illegal address & rcpt to|recipient", "",
     QT_TRANSLATE_NOOP("Diagnosis", "the recipient address was refused as invalid syntax")},

    // --- Remote internal errors ---
    {"other-remote-error", C::Other,
     "internal error|local error in processing|qq read error|qq write error|temporary error|requested action aborted"
     "|try that server first|primary server|system error|server error|service currently unavailable"
     "|unable to deliver|temporary local problem|local problem|database error|internal failure|disk full"
     "|insufficient system storage|temporary system problem|system problem", "",
     QT_TRANSLATE_NOOP("Diagnosis", "the other server reports its own internal error")},

    // --- Policy: blocklists, reputation, spam, deliberate refusal ---
    {"policy-blocklist", C::PolicyBlock,
     "blocked using|blocklist|blacklist|block list|black list|denylist|listed in|listed at|listed on|listed by"
     "|spamhaus|spamcop|sorbs|barracuda|dnsbl|uceprotect|abuseat|poor reputation|reputation|spam|unsolicited"
     "|junk|bulk mail|virus|malware|infected|phishing|suspicious|dt:spm|helo command rejected"
     "|need fully-qualified|need fully qualified|fully qualified|non-fqdn|invalid helo|bad helo|dynamic ip"
     "|dynamic address|residential|dial-up|dialup|client host rejected|client host blocked|multi-recipient bounce"
     "|blocked for|has been blocked|message blocked|is blocked|are blocked|banned|abuse|complaint"
     "|rejected for policy|policy reasons|policy violation|content rejected|message content rejected", "",
     QT_TRANSLATE_NOOP("Diagnosis", "a blocklist, spam or reputation check, or a HELO policy refused the mail")},
    {"throttling-try-later", C::Throttling,
     "try again later|try later|please send later|send later|come back later|please retry|retry later"
     "|try again in|temporarily unavailable|temporarily rejected|temporarily refused|temporary rejection"
     "|please try again", "class=4",
     QT_TRANSLATE_NOOP("Diagnosis", "a temporary \"try again later\" without another stated cause")},
    {"policy-refused", C::PolicyBlock,
     "access denied|not allowed|prohibited|forbidden|policy rejection|denied|command rejected|blocked"
     "|too many bounces|protocol error|sender address rejected|not accepted|rejected due to", "",
     QT_TRANSLATE_NOOP("Diagnosis", "the receiver deliberately refused the mail (access or policy)")},
    {"throttling-generic", C::Throttling,
     "try again later|try later|send later|come back later|retry later|temporarily unavailable", "",
     QT_TRANSLATE_NOOP("Diagnosis", "\"try again later\" without another stated cause")},

    // --- Fallbacks on the SMTP codes (no cause stated in words) ---
    {"code-mailbox-full", C::MailboxFull, "", "status=x.2.2",
     QT_TRANSLATE_NOOP("Diagnosis", "enhanced status X.2.2 (mailbox full)")},
    {"code-recipient-unknown", C::RecipientUnknown, "", "status=x.1.1|x.1.0|x.1.3|x.1.6|x.1.10|5.2.1",
     QT_TRANSLATE_NOOP("Diagnosis", "enhanced status X.1.1 and similar (bad destination mailbox)")},
    {"code-dns", C::Dns, "", "status=x.1.2|x.1.8|x.4.3",
     QT_TRANSLATE_NOOP("Diagnosis", "enhanced status X.1.2/X.4.3 (destination system or DNS problem)")},
    {"code-loop", C::Config, "", "status=x.4.6|x.3.5",
     QT_TRANSLATE_NOOP("Diagnosis", "enhanced status X.4.6 / X.3.5 (routing loop, system misconfigured)")},
    {"code-auth", C::AuthRelay, "", "reply=535|530|538|534",
     QT_TRANSLATE_NOOP("Diagnosis", "SMTP reply 530/535 (authentication required or failed)")},
    {"code-auth-status", C::AuthRelay, "", "status=x.7.8|x.7.57|x.7.139|x.7.0 reply=530|535|454",
     QT_TRANSLATE_NOOP("Diagnosis", "enhanced status X.7.8 (authentication)")},
    {"code-network", C::Network, "", "status=x.4.1|x.4.2",
     QT_TRANSLATE_NOOP("Diagnosis", "enhanced status X.4.1/X.4.2 (no answer, bad connection)")},
    {"code-throttling", C::Throttling, "", "status=4.7.x",
     QT_TRANSLATE_NOOP("Diagnosis", "a temporary 4.7.x refusal without another stated cause")},
    {"code-throttling-421", C::Throttling, "", "reply=421",
     QT_TRANSLATE_NOOP("Diagnosis", "SMTP reply 421 (service not available, try later)")},
    {"code-policy", C::PolicyBlock, "", "status=5.7.x",
     QT_TRANSLATE_NOOP("Diagnosis", "a permanent 5.7.x refusal (delivery not authorized)")},
    {"code-recipient-rcpt", C::RecipientUnknown, "rcpt to", "reply=550|553",
     QT_TRANSLATE_NOOP("Diagnosis", "550/553 in reply to RCPT TO without another stated cause")},
    {"code-policy-data", C::PolicyBlock, "end of data|data command", "class=5",
     QT_TRANSLATE_NOOP("Diagnosis", "a permanent refusal of the message content (after DATA)")},
};

#undef PD_FAILED

} // namespace

std::span<const ReasonRule> ReasonRules::all()
{
    return rules;
}

} // namespace Diagnosis
