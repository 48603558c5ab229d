#pragma once

#include "testserverenv.h"

#include "remote/serversession.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace TestSupport {

// Ways into the real test server shared by integration tests (test code only: these wait).
class TestServerClient
{
public:
    // A session to the server as `user`, answering secret prompts with `secret` (empty: cancel),
    // waited for until ready() or failed() (at most timeoutMs). Check state() == Ready.
    static std::unique_ptr<Remote::ServerSession> connect(const TestServerEnv &env, const QString &user,
                                                          Remote::AuthMethod auth, const QString &key = {},
                                                          const QString &secret = {}, int timeoutMs = 30000);

    struct CliRun
    {
        int exitCode = -1; // -1: crashed or did not finish in time (err says which)
        QByteArray out;
        QByteArray err;
        qint64 elapsedMs = 0;
    };
    // Runs postdesk-cli (POSTDESK_CLI) with a clean environment: no agent, no secrets except
    // `secrets`, HOME = `home` so the machine's ~/.ssh is never read or written.
    static CliRun runCli(const QStringList &args, const QString &home,
                         const QHash<QString, QString> &secrets = {}, int timeoutMs = 120000);
    // "--ssh root@HOST:PORT --identity ROOTKEY --known-hosts FILE" + rest.
    static QStringList asRoot(const TestServerEnv &env, const QStringList &rest);
};

} // namespace TestSupport
