#pragma once

#include <QHash>
#include <QString>
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
    bool sudoNoPassword = false;      // sudo -n true succeeded
    bool canMailOwner = false;        // root, the mail owner, or sudo available
    bool canRoot = false;             // root, or sudo available

    bool hasPostfix() const { return binaries.contains(QStringLiteral("postqueue")); }
    bool supportsJsonQueue() const { return postfixVersion >= QVersionNumber(3, 1); }
    bool supportsForceExpire() const { return postfixVersion >= QVersionNumber(3, 5); }
};

} // namespace Remote
