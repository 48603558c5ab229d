#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Remote {

// One OpenSSH jump host, "[user@]host[:port]" (IPv6 literal in brackets: "ops@[2001:db8::1]:2200").
struct JumpHost
{
    QString user; // empty = the OpenSSH client's default
    QString host;
    int port = 22;
};

// Strict syntax: host names and IP literals only, user names [A-Za-z0-9._-] not starting with
// '-', port 1..65535. nullopt with a one-line *error otherwise.
std::optional<JumpHost> parseJumpHost(const QString &spec, QString *error);

struct ProxyCommandOptions
{
    QString sshProgram = QStringLiteral("ssh"); // the OpenSSH client (absolute path in product code)
    QString knownHostsFile;   // checked strictly for the jump host too; empty = OpenSSH's default
    QString identityFile;     // offered to the jump host as well (the profile's key); may be empty
    int connectTimeoutSeconds = 15;
};

// The ProxyCommand line libssh runs through /bin/sh for a jump host: the same translation libssh
// applies to a ProxyJump line ("ssh -W [%h]:%p …"), never prompting (BatchMode), refusing unknown
// or changed jump host keys (StrictHostKeyChecking=yes). Every value is validated, shell-quoted and
// has '%' doubled (libssh expands %h/%p in the line). Pure: empty with *error on invalid input.
QByteArray proxyCommandFor(const QString &jumpSpec, const QString &targetHost,
                           const ProxyCommandOptions &options, QString *error);

// proxyCommandFor() with the OpenSSH client found on PATH; a clear error when there is none.
QByteArray proxyCommandWithInstalledSsh(const QString &jumpSpec, const QString &targetHost,
                                        const QString &knownHostsFile, const QString &identityFile,
                                        int connectTimeoutSeconds, QString *error);

} // namespace Remote
