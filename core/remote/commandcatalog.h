#pragma once

#include "commandarguments.h"
#include "remotecommand.h"
#include "servercapabilities.h"

#include <QFlags>
#include <QList>
#include <QStringList>

namespace Remote {

// A command or the reason it could not be built. Check ok() before using command.
struct CatalogResult
{
    RemoteCommand command;
    QString error; // plain words for the user; empty on success

    bool ok() const { return error.isEmpty(); }
};

// The ONLY place that builds RemoteCommand::shellLine (with its friends DnsCommands, SmtpCommands,
// RelayCommands and ServiceCommands, which build the diagnostics' commands through make()).
//
// Every command is one simple command "ABSOLUTE-BINARY ARG…": the binary comes from the probe
// (ServerCapabilities::binaries, default /usr/sbin/NAME), each argument is either a fixed literal
// or a typed, validated value (QueueId, QueueName, Domain, EmailAddress) and is POSIX-quoted.
// Because privileged lines are single simple commands, ServerSession can prefix "sudo -n -u
// postfix --" (see sudoWrap) and sudoers allowlists match them.
//
// Usage:
//     Remote::CommandCatalog catalog(session->capabilities());
//     auto built = catalog.showMessage(u"4F2A3B1C9D", Remote::CommandCatalog::Header);
//     if (!built.ok()) { showError(built.error); return; }
//     session->run(built.command);
//
// Adding a command (postsuper -d with IDs on stdin, postqueue -i ID, postconf -e …): write a
// method that takes typed arguments and calls make("postsuper", {"-d", "-"}, Privilege::Root,
// label, stdinData). Never accept a raw QString that ends up in argv.
class CommandCatalog
{
public:
    enum PostcatPart { Envelope = 0x1, Header = 0x2, Body = 0x4 };
    Q_DECLARE_FLAGS(PostcatParts, PostcatPart)

    explicit CommandCatalog(const ServerCapabilities &capabilities = {});

    // Probed absolute path of a tool, or the default (/usr/sbin/NAME; /usr/bin/sudo for sudo).
    QString binaryPath(const QString &tool) const;
    // True when the probe found the tool (ServerProbe::toolNames()). Diagnostic commands refuse
    // to build for a missing tool, so checks can say "dig is not installed" instead of failing.
    bool hasTool(const QString &tool) const;
    const ServerCapabilities &capabilities() const { return m_caps; }
    // "/etc/postfix/sasl_passwd"-like: absolute, [A-Za-z0-9_.+-] components, no "..".
    static bool isPlainPath(const QString &path);

    static RemoteCommand probe(); // ServerProbe::script(), Privilege::User, never wrapped

    CatalogResult mailVersion() const;    // postconf -h mail_version
    CatalogResult listQueueJson() const;  // postqueue -j, streamed (large queues)
    CatalogResult listQueueText() const;  // postqueue -p (Postfix < 3.1)
    // postcat -q ID with the chosen parts (-e/-h/-b); needs MailOwner; output capped at 64 MB.
    CatalogResult showMessage(const QueueId &id, PostcatParts parts) const;
    CatalogResult showMessage(QStringView queueId, PostcatParts parts) const; // validates first
    // postconf NAME… ("name = value" lines); names must be plain parameter names.
    CatalogResult postconfValues(const QStringList &names) const;
    // The deferred queue files' mtimes = next retry: find QUEUE_DIR/deferred -type f -printf
    // '%f %T@\n' as the mail owner (queue_directory from the probe). One command for all IDs.
    CatalogResult queueFileTimes() const;
    CatalogResult sudoCheck() const;      // sudo -n true: exit 0 when sudo needs no password
    CatalogResult sudoListRights() const; // sudo -n -l: what sudoers allows (no password)

    // --- Mail log (log engine). Paths come from locateMailLog() on the server and are accepted
    // only as plain absolute paths (isPlainLogPath); queue IDs only as validated QueueIds.
    enum class LogCompression { None, Gzip, Xz };

    // True for "/var/log/mail.log.2.gz"-like paths: absolute, [A-Za-z0-9_.+-] components, no "..".
    static bool isPlainLogPath(const QString &path);

    // A fixed, input-free script (Privilege::User, never wrapped) that prints KEY=VALUE lines:
    //   maillog_file=PATH                (postconf -h maillog_file; may be empty)
    //   file=R SIZE MTIME PATH           (R = 1 readable by the login account; one per candidate:
    //                                     /var/log/maillog*, /var/log/mail.log*,
    //                                     /var/log/mail/mail.log*, the maillog_file and its rotations)
    //   journalctl=PATH  zgrep=PATH  xzgrep=PATH   (empty when missing)
    //   groups=adm sudo …               (id -Gn)
    //   locate_end=1
    // logFileOverride (a profile's log file, a plain absolute path) takes the place of
    // maillog_file, so that file and its rotations are listed; empty = ask postconf.
    RemoteCommand locateMailLog(const QString &logFileOverride = {}) const;

    // grep -a -F -n --line-buffered -e ID… -- FILE (zgrep for .gz, xzgrepPath for .xz): every
    // line that mentions one of the IDs, "LINENO:" prefixed, each sent as soon as it is found. Streamed; 64 MB cap; 5 min timeout.
    CatalogResult searchMailLog(const QList<QueueId> &ids, const QString &file,
                                LogCompression compression, Privilege privilege,
                                const QString &xzgrepPath = {}) const;
    // grep -a -F -e ' status=' -e 'reject:' -e ', nrcpt=' -- FILE: the lines statistics need.
    // Streamed without keeping stdout (the caller parses chunks); 64 GB cap; 1 h timeout.
    CatalogResult filterMailLogForStats(const QString &file, LogCompression compression,
                                        Privilege privilege, const QString &xzgrepPath = {}) const;
    // journalctl SYSLOG_FACILITY=2 -o short-iso --no-pager -q [--since @S] [--until @U] (epoch
    // seconds; 0 = open). Streamed without keeping stdout; the caller filters.
    CatalogResult readMailJournal(qint64 sinceEpoch, qint64 untilEpoch, Privilege privilege,
                                  const QString &journalctlPath = {}) const;

    static constexpr qint64 logSearchOutputCap = 64LL * 1024 * 1024;

    // The sudo prefix ServerSession puts in front of a privileged command. targetUser empty →
    // root. password empty → "sudo -n …"; otherwise "sudo -S -p '' …" and the password plus "\n"
    // is prepended to stdinData (never in the line). Fails for a non-simple-name target user.
    CatalogResult sudoWrap(const RemoteCommand &command, const QString &targetUser,
                           const QByteArray &password) const;

    static constexpr qint64 postcatOutputCap = 64LL * 1024 * 1024;

private:
    // The diagnostics' command builders (core/remote, one per area of checks) share make(): they
    // are the only other places that build shell lines, under the same rules as this class.
    friend class DnsCommands;
    friend class SmtpCommands;
    friend class RelayCommands;
    friend class ServiceCommands;
    friend class ActionCommands; // queue actions (postsuper, postqueue -i/-f/-s)
    friend class ConfigCommands; // configuration changes, backups, service restarts

    CatalogResult make(const QString &tool, const QList<QByteArray> &args, Privilege privilege,
                       const QString &label, const QByteArray &stdinData = {}) const;

    ServerCapabilities m_caps;
};

} // namespace Remote

Q_DECLARE_OPERATORS_FOR_FLAGS(Remote::CommandCatalog::PostcatParts)
