#include "logeventbuilder.h"

#include "logfields.h"
#include "stringinterner.h"

#include <charconv>

using namespace Qt::StringLiterals;

namespace Postfix {

namespace {

QString text(QByteArrayView view)
{
    return view.isNull() ? QString() : QString::fromUtf8(view);
}

template <typename Number>
Number number(QByteArrayView value, Number fallback)
{
    Number result = fallback;
    if (value.isEmpty() || std::from_chars(value.data(), value.data() + value.size(), result).ec != std::errc())
        return fallback;
    return result;
}

} // namespace

LogEventBuilder::LogEventBuilder(StringInterner *interner)
    : m_interner(interner)
{
}

QString LogEventBuilder::shared(QByteArrayView view) const
{
    if (!m_interner || view.isEmpty())
        return text(view);
    return m_interner->intern(view, [](QByteArrayView raw) { return QString::fromUtf8(raw); });
}

// A present field stays "present" even when empty ("from=<>"), see LogEvent.
QString LogEventBuilder::field(QByteArrayView message, QByteArrayView key, bool *damaged,
                               Sharing sharing) const
{
    bool unterminated = false;
    const QByteArrayView value = LogFields::field(message, key, &unterminated);
    if (unterminated)
        *damaged = true;
    if (value.isNull())
        return QString();
    if (value.isEmpty())
        return u""_s;
    return sharing == Sharing::Shared ? shared(value) : QString::fromUtf8(value);
}

void LogEventBuilder::fillFromMessage(QByteArrayView message, LogEvent *out, bool *damaged) const
{
    QByteArrayView rest;
    const QByteArrayView queueId = LogFields::queueIdPrefix(message, &rest);
    out->queueId = text(queueId);
    out->message = QString::fromUtf8(rest);
    if (rest.isEmpty()) {
        *damaged = true; // "postfix/smtp[1]: " or "ID: " and nothing else
        return;
    }
    // Senders, relays and DSNs repeat; recipients, delays and IDs mostly do not.
    out->from = field(rest, "from", damaged, Sharing::Shared);
    out->to = field(rest, "to", damaged, Sharing::Unique);
    out->origTo = field(rest, "orig_to", damaged, Sharing::Unique);
    out->relay = field(rest, "relay", damaged, Sharing::Shared);
    out->dsn = field(rest, "dsn", damaged, Sharing::Shared);
    out->delays = field(rest, "delays", damaged, Sharing::Unique);
    out->client = field(rest, "client", damaged, Sharing::Unique);
    out->messageIdHeader = field(rest, "message-id", damaged, Sharing::Unique);
    out->origId = field(rest, "orig_id", damaged, Sharing::Unique);
    out->delay = number<double>(LogFields::field(rest, "delay"), -1.0);
    out->size = number<qint64>(LogFields::field(rest, "size"), -1);
    out->nrcpt = number<int>(LogFields::field(rest, "nrcpt"), -1);

    QByteArrayView reason;
    QByteArrayView word;
    bool unterminated = false;
    out->status = LogFields::status(rest, &reason, &word, &unterminated);
    if (out->status != LogStatus::None) {
        if (unterminated)
            *damaged = true;
        out->statusText = shared(word);
        out->reason = shared(reason); // deferral reasons repeat per destination
        if (out->status == LogStatus::Sent)
            out->nextQueueId = text(LogFields::nextQueueId(reason));
    } else if (LogFields::reject(rest, &reason, &word)) {
        out->status = LogStatus::Rejected;
        out->statusText = shared(word);
        out->reason = shared(reason);
    } else if (rest.startsWith("sender ") || rest.startsWith("postmaster ")) {
        out->nextQueueId = text(LogFields::nextQueueId(rest)); // bounce/delay notification
    } else if (rest == "removed" || rest.startsWith("removed ")) {
        out->removed = true;
    }
}

} // namespace Postfix
