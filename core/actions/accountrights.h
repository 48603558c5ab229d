#pragma once

#include "remote/servercapabilities.h"
#include "remote/serversession.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Actions {

// What the SSH account can really do on the server — the real boundary for support staff (a
// read-only profile only hides buttons). Derived from the probe (uid, mail owner, sudo -n true)
// and, when available, `sudo -n -l` output (CommandCatalog::sudoListRights): a sudoers rule that
// allows only some commands (e.g. postsuper but not postconf) is recognised per tool.
struct AccountRights
{
    enum class Via { Root, MailOwner, SudoNoPassword, SudoPassword, None };

    QString account;          // login account
    Via via = Via::None;
    bool listQueue = false;   // postqueue -j / -p
    bool readContents = false; // postcat (root or mail owner)
    bool queueActions = false; // postsuper (root)
    bool flush = false;        // postqueue -f/-i/-s (any user by default)
    bool configChanges = false; // postconf -e, postfix reload, maps (root)
    bool restartServices = false;
    bool passwordNeeded = false; // sudo asks for a password (the profile must have one stored)
    QStringList notes;        // plain sentences ("sudo allows only: /usr/sbin/postsuper, …")

    // sudoPasswordKnown: a sudo password is set for the session. sudoList: stdout of `sudo -n -l`
    // (empty when not run or failed).
    static AccountRights from(const Remote::ServerCapabilities &capabilities, Remote::SudoMode mode,
                              bool sudoPasswordKnown, QByteArrayView sudoList = {});
    // "pdviewer: can list the queue and flush; cannot read messages, act on the queue or change
    // the configuration (no sudo)." One or two sentences, translated.
    QString summaryText() const;
};

} // namespace Actions
