#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Remote {

// Who must run a command on the server. The session turns this into a sudo wrapper (or nothing,
// when the login account already has the right) — callers never build sudo lines themselves.
enum class Privilege {
    User,      // the login account is enough (postqueue -j, postconf -h)
    MailOwner, // root or $mail_owner: sudo -u postfix (postcat -q, stat of queue files)
    Root,      // postsuper, postconf -e, postfix reload
};

// A command ready to send: a complete POSIX sh command line built by CommandCatalog from validated,
// quoted arguments. Nothing else may construct shellLine from outside input.
struct RemoteCommand
{
    QString label;           // short human name for the command log: "list queue (postqueue -j)"
    QByteArray shellLine;    // what the remote shell runs, e.g. "/usr/sbin/postqueue -j"
    QByteArray stdinData;    // written to the command's stdin, then stdin is closed
    Privilege privilege = Privilege::User;
    int timeoutMs = 60000;   // the transport fails the command with timedOut = true after this
    bool streamOutput = false; // emit Transport::output chunks as they arrive (large listings)
    // With streamOutput: false → CommandResult::stdOut stays empty and the output() chunks are
    // the only copy (a consumer that parses the stream need not hold the listing twice).
    // Ignored without streamOutput. maxOutputBytes counts the output either way.
    bool keepStdout = true;
    qint64 maxOutputBytes = 512LL * 1024 * 1024; // stop and fail beyond this (garbage or huge output)
};

// The outcome of one command. exitCode is only meaningful when error is empty.
struct CommandResult
{
    // Why it did not succeed, for callers that branch (the plain words stay in error). Every
    // result ServerSession emits has it set; a raw transport may leave None. None also for a
    // command that ran and exited non-zero for reasons of its own (see exitCode / stdErr).
    enum class Failure {
        None,
        Transport,        // connection, channel or output-cap trouble (error says which)
        Timeout,          // timedOut
        Canceled,         // canceled
        PermissionDenied, // the session refused (no root/sudo/mail owner) or sudo refused
                          // (not in sudoers, wrong or missing password, rule does not allow it)
        Refused,          // the session would not send it for another reason (unsafe sudo input)
    };

    int exitCode = -1;
    QByteArray stdOut;   // complete stdout, also when streamed; empty if streamed with keepStdout = false
    QByteArray stdErr;
    QString error;       // transport-level failure in plain words ("connection lost", "timed out after 60 s")
    bool canceled = false;
    bool timedOut = false;
    qint64 elapsedMs = 0;
    Failure failure = Failure::None;

    bool ok() const { return error.isEmpty() && !canceled && !timedOut && exitCode == 0; }
};

} // namespace Remote

Q_DECLARE_METATYPE(Remote::RemoteCommand)
Q_DECLARE_METATYPE(Remote::CommandResult)
