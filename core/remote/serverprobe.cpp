#include "serverprobe.h"

#include <QStringList>

namespace Remote {

const QStringList &ServerProbe::toolNames()
{
    static const QStringList names = {
        QStringLiteral("postqueue"), QStringLiteral("postconf"),  QStringLiteral("postcat"),
        QStringLiteral("postsuper"), QStringLiteral("postfix"),   QStringLiteral("postmap"),
        QStringLiteral("sudo"),      QStringLiteral("systemctl"), QStringLiteral("journalctl"),
        QStringLiteral("find"),      QStringLiteral("grep"),      QStringLiteral("zgrep"),
        QStringLiteral("zcat"),      QStringLiteral("xzcat"),     QStringLiteral("cat"),
        // Diagnostics (checks say which are missing and fall back to what exists).
        QStringLiteral("bash"),      QStringLiteral("timeout"),   QStringLiteral("nc"),
        QStringLiteral("openssl"),   QStringLiteral("dig"),       QStringLiteral("host"),
        QStringLiteral("getent"),    QStringLiteral("ss"),        QStringLiteral("ip"),
        QStringLiteral("stat"),      QStringLiteral("ps"),        QStringLiteral("plesk"),
    };
    return names;
}

QByteArray ServerProbe::script()
{
    // Keep it one line of plain sh: it is sent as is, and sudo never wraps it.
    QByteArray s = "LC_ALL=C; export LC_ALL; echo \"uid=$(id -u)\"; echo \"user=$(id -un)\"; "
                   "find_tool() { for d in /usr/sbin /usr/local/sbin /usr/bin /sbin /bin /opt/*/sbin; "
                   "do if [ -f \"$d/$1\" ] && [ -x \"$d/$1\" ]; then echo \"$d/$1\"; return 0; fi; "
                   "done; return 1; }; ";
    for (const QString &tool : toolNames()) {
        const QByteArray t = tool.toLatin1();
        s += "p_" + t + "=$(find_tool " + t + "); echo \"bin." + t + "=$p_" + t + "\"; ";
    }
    s += "if [ -n \"$p_postconf\" ]; then "
         "echo \"mail_version=$(\"$p_postconf\" -h mail_version 2>/dev/null)\"; "
         "echo \"myhostname=$(\"$p_postconf\" -h myhostname 2>/dev/null)\"; "
         "echo \"mail_owner=$(\"$p_postconf\" -h mail_owner 2>/dev/null)\"; "
         "echo \"queue_directory=$(\"$p_postconf\" -h queue_directory 2>/dev/null)\"; fi; "
         "echo \"now=$(date +%s)\"; echo \"utc_offset=$(date +%z)\"; "
         "if [ -r /etc/timezone ]; then echo \"tz=$(head -n 1 /etc/timezone)\"; "
         "elif [ -L /etc/localtime ]; then echo \"tz=$(readlink /etc/localtime)\"; fi; "
         "if [ -n \"$p_sudo\" ] && \"$p_sudo\" -n true </dev/null >/dev/null 2>&1; "
         "then echo sudo_nopasswd=1; else echo sudo_nopasswd=0; fi; echo probe_end=1";
    return s;
}

namespace {

// date +%z: "+0100", "-0530" → seconds east of UTC; garbage → 0.
int parseUtcOffset(const QString &text)
{
    if (text.size() != 5 || (text.at(0) != u'+' && text.at(0) != u'-'))
        return 0;
    bool okH = false;
    bool okM = false;
    const int hours = text.mid(1, 2).toInt(&okH);
    const int minutes = text.mid(3, 2).toInt(&okM);
    if (!okH || !okM || hours > 14 || minutes > 59)
        return 0;
    const int seconds = hours * 3600 + minutes * 60;
    return text.at(0) == u'-' ? -seconds : seconds;
}

} // namespace

ServerCapabilities ServerProbe::parse(QByteArrayView output)
{
    ServerCapabilities caps;
    QString user;
    const QList<QByteArray> lines = output.toByteArray().split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (key == "uid") {
            bool ok = false;
            const int uid = value.toInt(&ok);
            caps.uid = ok ? uid : -1;
        } else if (key == "user") {
            user = value;
        } else if (key.startsWith("bin.")) {
            const QString tool = QString::fromLatin1(key.mid(4));
            if (toolNames().contains(tool) && value.startsWith(u'/'))
                caps.binaries.insert(tool, value);
        } else if (key == "mail_version") {
            caps.postfixVersion = QVersionNumber::fromString(value);
        } else if (key == "myhostname") {
            caps.hostname = value;
        } else if (key == "mail_owner") {
            if (!value.isEmpty())
                caps.mailOwner = value;
        } else if (key == "queue_directory") {
            caps.queueDirectory = value;
        } else if (key == "now") {
            caps.serverNow = value.toLongLong();
        } else if (key == "utc_offset") {
            caps.utcOffsetSeconds = parseUtcOffset(value);
        } else if (key == "tz") {
            // "Europe/Berlin" or a zoneinfo link target "/usr/share/zoneinfo/Europe/Berlin"
            const qsizetype at = value.indexOf(QStringLiteral("zoneinfo/"));
            caps.timeZoneId = at >= 0 ? value.mid(at + 9) : value;
        } else if (key == "sudo_nopasswd") {
            caps.sudoNoPassword = value == u"1";
        }
    }
    if (!caps.hasPostfix())
        caps.postfixVersion = {};
    caps.canRoot = caps.uid == 0 || caps.sudoNoPassword;
    caps.loginUser = user;
    caps.canMailOwner = caps.canRoot || (!user.isEmpty() && user == caps.mailOwner);
    return caps;
}

} // namespace Remote
