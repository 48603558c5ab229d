#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Diagnosis {

// An SMTP server reply as read from the wire (RFC 5321 §4.2): "CODE-text" continuation lines and
// a last "CODE text" (or bare "CODE") line. Used for the 220 greeting of the reachability check;
// RELAY's transcript parser may reuse it for any reply. Pure; never trusts the input: bytes are
// decoded as UTF-8 with replacement, CR/LF stripped, at most maxLines lines kept.
struct SmtpGreeting
{
    int code = 0;           // 220, 421, 554…; 0 when the first line is not "DDD" + [ -] or end
    QStringList lines;      // the reply lines as received (CR stripped), at most maxLines
    bool complete = false;  // the last line kept ended the reply ("220 …", not "220-…")
    bool consistent = true; // every line carried the same code

    static constexpr int maxLines = 40;

    bool isReply() const { return code >= 200 && code <= 599; }
    bool isPositive() const { return code >= 200 && code < 300; }
    bool isTransient() const { return code >= 400 && code < 500; } // 421 "try again later"
    bool isPermanent() const { return code >= 500 && code < 600; } // 554 "no service for you"
    // The text after the codes, lines joined with a space ("mx.example.com ESMTP Postfix").
    QString text() const;

    // Lines of a reply, one per "\n" (a trailing "\r" is dropped). Empty or garbage input gives
    // code 0 and the (capped) lines as they were, so evidence still shows what came back.
    static SmtpGreeting parse(QByteArrayView replyLines);
    static SmtpGreeting parseLines(const QStringList &replyLines);
};

} // namespace Diagnosis
