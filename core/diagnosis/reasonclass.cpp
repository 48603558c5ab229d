#include "reasonclass.h"

#include <QCoreApplication>

namespace Diagnosis {

namespace {

constexpr const char16_t *keys[reasonClassCount] = {
    u"network",      u"dns",          u"tls",            u"auth_relay",
    u"throttling",   u"mailbox_full", u"recipient_unknown", u"content_filter",
    u"config",       u"policy_block", u"other",
};

} // namespace

QString reasonClassKey(ReasonClass cls)
{
    const int i = int(cls);
    if (i < 0 || i >= reasonClassCount)
        return QStringLiteral("other");
    return QString::fromUtf16(keys[i]);
}

bool reasonClassFromKey(QStringView key, ReasonClass *cls)
{
    for (int i = 0; i < reasonClassCount; ++i) {
        if (key == QStringView(keys[i])) {
            *cls = ReasonClass(i);
            return true;
        }
    }
    return false;
}

namespace {

struct Text
{
    const char *title;
    const char *explanation;
    const char *fixHint;
};

// Written for support staff: what it means for the stuck mail, and the first thing to check.
constexpr Text texts[reasonClassCount] = {
    {QT_TRANSLATE_NOOP("Diagnosis", "Network / port 25"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "This server could not open or keep a connection to the receiving mail server: "
                       "it was refused, timed out or dropped. Postfix keeps retrying until the mail expires."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "If every destination times out, the hosting provider or a firewall is probably "
                       "blocking outgoing port 25: ask them to open it, or send through a relay host on "
                       "port 587. If only one destination fails, that server is down; wait or contact its admin.")},
    {QT_TRANSLATE_NOOP("Diagnosis", "DNS"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "A DNS lookup failed: the recipient domain (or its MX) could not be resolved, or the "
                       "receiving server's check of this server's reverse DNS failed."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the recipient domain for typos. Test the server's resolver (e.g. dig MX "
                       "domain on the server). For reverse-DNS refusals, ask the hosting provider to set a "
                       "PTR record for the server's IP that matches its host name.")},
    {QT_TRANSLATE_NOOP("Diagnosis", "TLS / certificates"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The encrypted connection could not be set up: TLS is required but not offered, the "
                       "handshake failed, or a certificate was not trusted."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Look at the TLS policy for this destination (smtp_tls_security_level, "
                       "smtp_tls_policy_maps) and the remote certificate. Do not lower security for a bank "
                       "or partner without agreement; ask the other side to fix their certificate or TLS.")},
    {QT_TRANSLATE_NOOP("Diagnosis", "Authentication / relay"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Logging in to the relay host failed (wrong password, missing SASL support), or a "
                       "server refused to relay the mail for this sender."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the relay credentials in sasl_passwd (and run postmap on it), make sure the "
                       "SASL modules are installed (libsasl2-modules / cyrus-sasl-plain), and that the relay "
                       "allows this sender address.")},
    {QT_TRANSLATE_NOOP("Diagnosis", "Throttling / greylisting"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The receiving server asked to try again later: greylisting, a rate limit or too many "
                       "connections. This usually clears by itself."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Usually nothing to do but wait: Postfix retries. If it persists, reduce sending "
                       "speed to that domain (destination concurrency/rate delay) and check whether the "
                       "server is sending unusual volumes (a compromised account).")},
    {QT_TRANSLATE_NOOP("Diagnosis", "Mailbox full"),
     QT_TRANSLATE_NOOP("Diagnosis", "The recipient's mailbox is over its quota, so the receiver refuses new mail."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Nothing to fix on this server. Tell the sender; the recipient must free space or get "
                       "a larger quota. If the mailbox is local, raise the quota or clean it up.")},
    {QT_TRANSLATE_NOOP("Diagnosis", "Recipient unknown"),
     QT_TRANSLATE_NOOP("Diagnosis", "The recipient address does not exist, is disabled or is not a valid address."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the address for typos with the sender. If the address is local, check the "
                       "virtual/alias tables. Deleting such mail from the queue is usually safe.")},
    {QT_TRANSLATE_NOOP("Diagnosis", "Content filter"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The local content filter or milter (Amavis, SpamAssassin, rspamd, ClamAV) is not "
                       "answering, so Postfix cannot hand mail to it."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Restart the filter service (e.g. amavis on 127.0.0.1:10024) and check its log; it "
                       "often dies for lack of memory. Then flush the queue. Check content_filter and "
                       "smtpd_milters in main.cf point to a running service.")},
    {QT_TRANSLATE_NOOP("Diagnosis", "Configuration"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "A setting on this server is wrong: a transport or lookup table is broken, a socket "
                       "is missing, or mail loops back to this server."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Look for warning:/fatal: lines of the same transport in the mail log, run "
                       "postfix check, and check master.cf, the maps (postmap) and mydestination / "
                       "virtual domains. Fix, reload Postfix, then flush the queue.")},
    {QT_TRANSLATE_NOOP("Diagnosis", "Blocked by policy"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The receiver refused the mail on purpose: the server's IP is on a blocklist, its "
                       "reputation is poor, SPF/DKIM/DMARC failed, or the message looked like spam."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the server IP on blocklists (Spamhaus etc.) and request delisting after fixing "
                       "the cause; check SPF, DKIM and DMARC records of the sender domain; look for a "
                       "compromised account sending spam.")},
    {QT_TRANSLATE_NOOP("Diagnosis", "Other"),
     QT_TRANSLATE_NOOP("Diagnosis", "No known cause was recognised in the reason text, or the other server reported an internal error."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Read the full reason and the mail log lines of this message. Temporary errors of the "
                       "other server usually clear by themselves; otherwise contact its administrator.")},
};

} // namespace

ReasonClassInfo reasonClassInfo(ReasonClass cls)
{
    int i = int(cls);
    if (i < 0 || i >= reasonClassCount)
        i = int(ReasonClass::Other);
    const Text &t = texts[i];
    return {QCoreApplication::translate("Diagnosis", t.title),
            QCoreApplication::translate("Diagnosis", t.explanation),
            QCoreApplication::translate("Diagnosis", t.fixHint)};
}

std::array<ReasonClass, reasonClassCount> allReasonClasses()
{
    std::array<ReasonClass, reasonClassCount> all{};
    for (int i = 0; i < reasonClassCount; ++i)
        all[std::size_t(i)] = ReasonClass(i);
    return all;
}

} // namespace Diagnosis
