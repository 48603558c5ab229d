#include "queueformatter.h"

#include "diagnosis/reasonclassifier.h"

#include <QDateTime>

namespace {

void appendField(QByteArray &out, const char *name, const QString &value)
{
    out += ",\"";
    out += name;
    out += "\":";
    QueueFormatter::appendJsonString(out, value);
}

// The class key of a recipient's reason (delay reason first, else bounce reason); empty when none.
QByteArray classKey(const Postfix::Recipient &r)
{
    const QString &reason = r.delayReason.isEmpty() ? r.bounceReason : r.delayReason;
    if (reason.isEmpty())
        return {};
    return Diagnosis::reasonClassKey(Diagnosis::ReasonClassifier::instance().classOf(reason)).toLatin1();
}

QByteArray padded(const QByteArray &text, qsizetype width)
{
    return text.size() >= width ? text : text + QByteArray(width - text.size(), ' ');
}

} // namespace

void QueueFormatter::appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7f) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void QueueFormatter::appendJsonLine(QByteArray &out, const Postfix::QueuedMessage &m)
{
    out += "{\"queue_id\":";
    appendJsonString(out, m.queueId);
    appendField(out, "queue_name", Postfix::queueNameToString(m.queueName));
    out += ",\"arrival_time\":";
    out += QByteArray::number(m.arrivalTime);
    out += ",\"message_size\":";
    out += QByteArray::number(m.messageSize);
    appendField(out, "sender", m.sender);
    out += m.forcedExpire ? ",\"forced_expire\":true" : ",\"forced_expire\":false";
    out += ",\"recipients\":[";
    bool first = true;
    for (const Postfix::Recipient &r : m.recipients) {
        out += first ? "{\"address\":" : ",{\"address\":";
        first = false;
        appendJsonString(out, r.address);
        if (!r.origAddress.isEmpty())
            appendField(out, "orig_address", r.origAddress);
        if (!r.delayReason.isEmpty())
            appendField(out, "delay_reason", r.delayReason);
        if (!r.bounceReason.isEmpty())
            appendField(out, "bounce_reason", r.bounceReason);
        const QByteArray cls = classKey(r);
        if (!cls.isEmpty()) {
            out += ",\"class\":\"";
            out += cls; // a fixed ASCII key, nothing to escape
            out += '"';
        }
        out += '}';
    }
    out += "]}\n";
}

void QueueFormatter::appendTableHeader(QByteArray &out)
{
    out += padded("QUEUE ID", 18) + padded("QUEUE", 9) + padded("SIZE", 10)
        + padded("ARRIVED (local)", 20) + "SENDER / RECIPIENTS\n";
}

void QueueFormatter::appendTableRow(QByteArray &out, const Postfix::QueuedMessage &m)
{
    const QByteArray arrived = QDateTime::fromSecsSinceEpoch(m.arrivalTime)
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                   .toUtf8();
    QByteArray id = m.queueId.toUtf8();
    if (m.forcedExpire)
        id += '#';
    out += padded(id, 17) + ' ' + padded(Postfix::queueNameToString(m.queueName).toUtf8(), 8) + ' '
        + padded(QByteArray::number(m.messageSize), 9) + ' ' + padded(arrived, 19) + ' '
        + (m.sender.isEmpty() ? QByteArray("MAILER-DAEMON") : m.sender.toUtf8()) + '\n';
    for (const Postfix::Recipient &r : m.recipients) {
        out += QByteArray(56, ' ') + "-> " + r.address.toUtf8();
        const QString &reason = r.delayReason.isEmpty() ? r.bounceReason : r.delayReason;
        if (!reason.isEmpty())
            out += " [" + classKey(r) + "] (" + reason.simplified().toUtf8() + ')';
        out += '\n';
    }
}
