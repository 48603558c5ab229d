#pragma once

#include "serverprofile.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Fleet {

// One concrete host of an OpenSSH client config (a Host line's alias without wildcards or
// negation), with the values OpenSSH itself would use: first value wins, `Host *` and other
// matching blocks apply in file order, Match blocks are skipped (reported).
struct SshConfigHost
{
    QString alias;          // what the user types after `ssh`
    QString hostName;       // HostName (%h, %% expanded), else the alias
    int port = 22;
    QString user;           // empty = the local user at connect time
    QString identityFile;   // first IdentityFile, ~ and %d %u %h %r expanded; empty = agent/defaults
    QString proxyJump;      // first hop of ProxyJump ("none" = empty); more hops → a warning
    QString userKnownHostsFile; // first UserKnownHostsFile; empty = default
    QStringList warnings;   // what could not be carried over (ProxyCommand, multi-hop jump, …)

    ServerProfile toProfile() const; // fresh id, name = alias, auth KeyFile when identityFile set
};

struct SshConfigParse
{
    QList<SshConfigHost> hosts;  // in file order, each alias once
    QStringList issues;          // "config:12: Match blocks are not supported, skipped"
};

struct SshConfigContext
{
    QString homeDir;             // for ~ and %d
    QString localUser;           // for %u
    QString fileName = QStringLiteral("config"); // for issue texts
    // Reads an Include target (already ~-expanded, relative ones resolved against ~/.ssh);
    // glob patterns are expanded by the parser through listFiles. Null = Include is reported.
    std::function<QByteArray(const QString &path, bool *ok)> readFile;
    std::function<QStringList(const QString &globPattern)> listFiles;
};

// Pure: no file system access except through the context's functions. Include depth <= 16.
SshConfigParse parseSshConfig(QByteArrayView text, const SshConfigContext &context);
// Reads path (default ~/.ssh/config) with real file access for includes.
SshConfigParse readSshConfig(const QString &path = {});

} // namespace Fleet
