#pragma once

#include "sshcommand.h"
#include "sshknownhosts.h"
#include "sshtransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <libssh/libssh.h>

#include <map>
#include <memory>

class QSocketNotifier;
class QTimer;

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

namespace Remote {

// The state behind SshTransport (internal header: only sshtransport.cpp, the command side, and
// sshtransportlogin.cpp, the connect / host key / authentication side, include it). Everything
// runs on the transport's thread.
class SshTransport::Private
{
public:
    enum class Phase {
        Idle, Connecting, AwaitHostKey, AuthNone, AwaitSecret, AuthAgent, AuthKey, AuthPassword,
        AuthKbdInt, Open, Closed
    };
    using Kind = TransportError::Kind;

    Private(SshTransport *q, const ConnectionParams &params)
        : q(q)
        , params(params)
    {
        if (this->params.knownHostsFile.isEmpty())
            this->params.knownHostsFile = SshKnownHosts::defaultFile();
    }

    SshTransport *q;
    ConnectionParams params;
    Phase phase = Phase::Idle;
    ssh_session session = nullptr;
    ssh_event event = nullptr;
    ssh_key privateKey = nullptr;
    QSocketNotifier *notifier = nullptr;
    QTimer *pollTimer = nullptr;
    QTimer *tickTimer = nullptr;
    QElapsedTimer connectClock;
    QElapsedTimer keepaliveClock;
    QElapsedTimer serverActivity; // since the server last sent anything
    int authMethods = 0;
    QString password;
    QString passphrase;
    int passphraseAttempts = 0;
    bool triedKbdInt = false;
    int kbdIntRounds = 0;
    bool pumping = false;
    QList<QPair<quint64, RemoteCommand>> queued;
    std::map<quint64, std::unique_ptr<SshCommand>> running;

    QString where() const { return SshKnownHosts::hostPort(params.host, params.port); }
    QString userAtHost() const { return params.user + u'@' + where(); }

    void start();
    void pump();
    void tick();
    void noteServerActivity();
    void stepConnect();
    void checkHostKey();
    void acceptHostKey();
    void startAuth();
    void stepAuth();
    bool loadKey();
    void authenticated();
    void stepCommands();
    void startQueued();
    void finishCommand(quint64 id, CommandResult result);
    void fail(Kind kind, const QString &message);
    void lost();
    void teardown();
    void tuneSocket();
    QString sshError() const { return QString::fromUtf8(ssh_get_error(session)); }
};

} // namespace Remote
