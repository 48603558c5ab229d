#pragma once

#include <QByteArrayView>

namespace Postfix {

// The program part of a syslog line ("postfix/smtp[1234]: "): finding it, and deciding whether it
// is Postfix. Postfix programs: "postfix", names starting with "postfix" ("postfix/smtp",
// "postfix-out/smtp", "postfix-incoming/smtpd"), and instance names with a '/' whose last
// component is a Postfix daemon or command ("example.com/smtp", "server1-1/smtp": a syslog_name
// set to something else, seen in real logs).
class LogProgram
{
public:
    enum class Match {
        None,      // not a program token
        Program,   // *name, *pid (-1 for "name: "), *after = the message start
        Truncated, // the line ends inside the token ("postfix/smtpd[108")
    };

    // The token at p (not past end): "name[pid]: ", or "name: " for a name with a '/'.
    static Match match(const char *p, const char *end, QByteArrayView *name, qint64 *pid,
                       const char **after);

    static bool isPostfix(QByteArrayView program);
    // The last component: "postfix/amavis/smtp" → "smtp", "postfix" → "postfix".
    static QByteArrayView service(QByteArrayView program);
    // Does `text` hold a Postfix program token ("postfix/…" or "postfix[" at the start of a word)?
    // Paths ("/etc/postfix/main.cf", "libexec/postfix/smtpd") do not count.
    static bool mentionedIn(QByteArrayView text);
    // Characters of program, instance and compose service names.
    static bool isNameChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/'
            || c == '-' || c == '_' || c == '.';
    }
};

} // namespace Postfix
