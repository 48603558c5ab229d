#pragma once

#include "servercapabilities.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Remote {

// The one probe command run after connecting, and the pure parser of its output.
//
// script() is a fixed POSIX sh line with no outside input. It prints KEY=VALUE lines:
//   uid=0  user=root
//   bin.postqueue=/usr/sbin/postqueue  (one per tool; empty value when not found; searched in
//                                       /usr/sbin /usr/local/sbin /usr/bin /sbin /bin /opt/*/sbin,
//                                       never through PATH, which lacks sbin for non-root users)
//   mail_version=3.7.11  myhostname=mx.example  mail_owner=postfix  (only when postconf exists)
//   sudo_nopasswd=1|0                  (sudo -n true succeeded)
//   probe_end=1                        (the script ran to the end)
class ServerProbe
{
public:
    static QByteArray script();
    static const QStringList &toolNames();

    // Unknown keys are ignored; missing keys leave the defaults. canRoot / canMailOwner are
    // computed from uid, user and sudo_nopasswd only (a sudo password is the session's business).
    static ServerCapabilities parse(QByteArrayView output);
};

} // namespace Remote
