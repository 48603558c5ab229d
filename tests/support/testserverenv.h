#pragma once

#include "postfix/queuedmessage.h"
#include "remote/connectionparams.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace TestSupport {

// The real test mail server started by scripts/testserver/testserver.sh, seen through its env file
// (KEY=VALUE lines, contract in /work/brief/COMMON.md). Test code only: the helpers that run the
// script block until it finishes (waitForFinished), which is fine in a test and forbidden in
// product code.
class TestServerEnv
{
public:
    // Loads the file named by POSTDESK_TESTSERVER_ENV.
    TestServerEnv();
    explicit TestServerEnv(const QString &envFile);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString envFile() const { return m_envFile; }

    // Raw access: value(u"PD_TS_PORT"_s). Empty when the key is absent.
    QString value(const QString &key) const;
    bool contains(const QString &key) const { return m_values.contains(key); }

    QString name() const;
    QString host() const;
    int port() const;
    QString stateDir() const;
    QString knownHostsFile() const;
    QString changedKnownHostsFile() const;
    QString hostKeySha256() const;
    QString rootKey() const;
    QString adminUser() const;
    QString adminPassword() const;
    QString adminKeyEcdsa() const;
    QString adminKeyRsa() const;
    QString adminKeyRsaPassphrase() const;
    QString viewerUser() const;
    QString viewerPassword() const;
    QString viewerKey() const;
    int seeded() const;
    QString previewSender() const;
    QString previewSubject() const;
    QString script() const;

    // Host, port and known_hosts of this server with the given user and authentication; the
    // secret (password, passphrase) is not part of ConnectionParams and is provided separately.
    Remote::ConnectionParams connectionParams(const QString &user, Remote::AuthMethod auth,
                                              const QString &keyFile = {}) const;

    // Runs argv as root inside the server's namespace (`testserver.sh exec STATE -- argv`) and
    // returns its stdout. exitCode gets the exit status (-1 when it could not run or timed out).
    QByteArray exec(const QStringList &argv, int *exitCode = nullptr, QByteArray *stdErr = nullptr,
                    const QByteArray &stdIn = {}, int timeoutMs = 120000) const;

    // Kills every live SSH session of the server (not the listener): a dropped link.
    bool dropSessions(QString *errorText = nullptr) const;
    // Adds count deferred messages (fast; see scripts/testserver/README.md for the rate).
    bool grow(int count, QString *errorText = nullptr) const;
    bool stopPostfix(QString *errorText = nullptr) const;
    bool startPostfix(QString *errorText = nullptr) const;
    // `testserver.sh rekey STATE`: the server's host keys change (sshd restarted, live sessions
    // dropped). Afterwards knownHostsFile() holds the new keys and changedKnownHostsFile() the
    // previous ones; the env file is read again (hostKeySha256() follows). Copy knownHostsFile()
    // first to keep "a known_hosts taken before".
    bool rekey(QString *errorText = nullptr);
    // `testserver.sh amavis STATE up|down`: a fake Amavis listener on the namespace's 127.0.0.1:10024.
    bool setAmavis(bool up, QString *errorText = nullptr) const;

    // Submits one message over SMTP inside the namespace (swaks to 127.0.0.1:25) and returns its
    // queue ID ("250 … queued as ID"), or an empty string (errorText says why). sender empty = the
    // null sender. Waits until the message has left incoming/active (deferred, hold, or delivered),
    // at most timeoutMs. Tests that inject must delete what they injected (postsuper -d) so the
    // seeded queue stays as it was for the next test.
    QString inject(const QString &sender, const QStringList &recipients, const QString &subject,
                   QString *errorText = nullptr, int timeoutMs = 60000) const;
    // The queue as root sees it (postqueue -j inside the namespace, parsed). ok = false on failure.
    QList<Postfix::QueuedMessage> queueMessages(bool *ok = nullptr) const;
    // While a test routes mail through relay-ok (relayhost set), `postfix reload` makes qmgr retry
    // every deferred message that is due — after 15 minutes of uptime that is the seeded queue,
    // which would then be delivered through the relay and leave. postponeDeferredRetries() pushes
    // every deferred queue file's mtime (Postfix's next-retry time) two hours ahead and returns
    // the saved times; restoreDeferredRetries() puts them back. Listings and reasons are unchanged.
    QByteArray postponeDeferredRetries(bool *ok = nullptr) const;
    void restoreDeferredRetries(const QByteArray &saved) const;
    // The bytes of a file inside the namespace (cat as root), e.g. /etc/postfix/main.cf.
    QByteArray readFile(const QString &path, bool *ok = nullptr) const;

private:
    void load(const QString &envFile);
    int runScript(const QStringList &arguments, QByteArray *out, QByteArray *err,
                  const QByteArray &stdIn, int timeoutMs) const;
    bool runSimple(const QString &subcommand, const QStringList &extra, int timeoutMs,
                   QString *errorText) const;

    QString m_envFile;
    QString m_error;
    QHash<QString, QString> m_values;
};

} // namespace TestSupport
