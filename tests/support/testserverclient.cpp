#include "testserverclient.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace TestSupport {

std::unique_ptr<Remote::ServerSession> TestServerClient::connect(const TestServerEnv &env, const QString &user,
                                                                 Remote::AuthMethod auth, const QString &key,
                                                                 const QString &secret, int timeoutMs)
{
    auto s = std::make_unique<Remote::ServerSession>(env.connectionParams(user, auth, key));
    Remote::ServerSession *raw = s.get();
    QObject::connect(raw, &Remote::ServerSession::secretNeeded, raw,
                     [raw, secret](Remote::Transport::SecretKind kind, const QString &) {
                         raw->provideSecret(kind, secret, secret.isEmpty());
                     });
    QSignalSpy ready(raw, &Remote::ServerSession::ready);
    QSignalSpy failed(raw, &Remote::ServerSession::failed);
    raw->connectToServer();
    QElapsedTimer clock;
    clock.start();
    while (ready.isEmpty() && failed.isEmpty() && clock.elapsed() < timeoutMs)
        ready.wait(100);
    if (ready.isEmpty())
        qWarning("not ready: %s", qPrintable(raw->lastError()));
    return s;
}

TestServerClient::CliRun TestServerClient::runCli(const QStringList &args, const QString &home,
                                                  const QHash<QString, QString> &secrets, int timeoutMs)
{
    CliRun r;
    const QString cli = qEnvironmentVariable("POSTDESK_CLI");
    if (cli.isEmpty()) {
        r.err = "test: POSTDESK_CLI does not name the postdesk-cli binary";
        return r;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : {u"SSH_AUTH_SOCK"_s, u"POSTDESK_PASSWORD"_s, u"POSTDESK_PASSPHRASE"_s,
                               u"POSTDESK_SUDO_PASSWORD"_s})
        env.remove(key);
    env.insert(u"HOME"_s, home);
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        env.insert(it.key(), it.value());
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(cli, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "test: postdesk-cli did not finish in time";
        return r;
    }
    r.elapsedMs = clock.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList TestServerClient::asRoot(const TestServerEnv &env, const QStringList &rest)
{
    return QStringList{u"--ssh"_s, u"root@%1:%2"_s.arg(env.host()).arg(env.port()), u"--identity"_s,
                       env.rootKey(), u"--known-hosts"_s, env.knownHostsFile()}
        + rest;
}

} // namespace TestSupport
