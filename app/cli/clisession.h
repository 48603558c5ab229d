#pragma once

#include "cliarguments.h"

#include "fleet/credentialstore.h"
#include "remote/serversession.h"

#include <QObject>

// Connects a ServerSession for the CLI: answers host-key questions from --accept-new-host-key,
// secrets from the environment (with --server: then from the keychain under the profile's id),
// and turns every connection-level failure into exit code 3 with one line of text. Emits exactly
// one of ready() or failed().
class CliSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliSession)

public:
    explicit CliSession(const CliArguments &args, QObject *parent = nullptr);
    ~CliSession() override;

    Remote::ServerSession *session() const { return m_session; }
    void start();

Q_SIGNALS:
    void ready();
    void failed(int exitCode, const QString &message);

private:
    void onHostKey(const Remote::HostKeyInfo &info);
    void onSecretNeeded(Remote::Transport::SecretKind kind);
    void onKeychainRead(Fleet::CredentialStore::Kind kind, const QString &secret, const QString &error);
    Fleet::CredentialStore *credentials();
    void onFailed(const Remote::TransportError &error);
    void fail(const QString &message);

    CliArguments m_args;
    Remote::ServerSession *m_session;
    Fleet::CredentialStore *m_credentials = nullptr; // created on first use (--server only)
    QString m_pendingMessage; // a more precise reason found before failed() arrives
    bool m_done = false;
};
