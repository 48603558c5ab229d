#pragma once

#include <QHash>
#include <QString>
#include <QTimeZone>
#include <QVersionNumber>

namespace Remote {

// What the probe found on the server. Filled by ServerSession before ready().
struct ServerCapabilities
{
    QHash<QString, QString> binaries; // "postqueue" → "/usr/sbin/postqueue"; missing ones absent
    QVersionNumber postfixVersion;    // null when Postfix is missing or postconf failed
    QString hostname;                 // postconf -h myhostname, to qualify queue IDs
    QString mailOwner = QStringLiteral("postfix");
    int uid = -1;
    QString loginUser;                // id -un of the login account
    QString queueDirectory;           // postconf -h queue_directory ("/var/spool/postfix")
    qint64 serverNow = 0;             // the server's clock at probe time (epoch s), 0 unknown
    int utcOffsetSeconds = 0;         // date +%z at probe time
    QString timeZoneId;               // IANA name when the server names one ("Europe/Berlin")
    bool sudoNoPassword = false;      // sudo -n true succeeded
    bool canMailOwner = false;        // root, the mail owner, or sudo available
    bool canRoot = false;             // root, or sudo available

    // The zone the server writes classic (yearless, offset-less) log and -p stamps in: the named
    // IANA zone when this machine knows it, else the probed fixed offset.
    QTimeZone serverTimeZone() const
    {
        if (!timeZoneId.isEmpty()) {
            const QTimeZone named(timeZoneId.toLatin1());
            if (named.isValid())
                return named;
        }
        return QTimeZone(utcOffsetSeconds);
    }

    bool hasPostfix() const { return binaries.contains(QStringLiteral("postqueue")); }
    bool supportsJsonQueue() const { return postfixVersion >= QVersionNumber(3, 1); }
    bool supportsForceExpire() const { return postfixVersion >= QVersionNumber(3, 5); }
};

} // namespace Remote
