#pragma once

#include <QObject>
#include <QString>
#include <QUuid>

namespace Fleet {

// Secrets of server profiles in the desktop's secret store (Secret Service / KWallet through
// QtKeychain). Never falls back to a plain file. Service "postdesk", key
// "postdesk/<profile-uuid>/<kind>". Every call is asynchronous and answered by exactly one
// *Finished signal on the calling (GUI) thread; error is empty on success. Reading a secret that
// was never stored is not an error: readFinished carries an empty secret and an empty error.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    // RelaySecret: the relayhost SASL password or API key the relay wizard wrote (kept so the
    // relay check can test the login again without asking).
    enum class Kind { SshPassword, KeyPassphrase, SudoPassword, RelaySecret };
    Q_ENUM(Kind)

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    void read(const QUuid &profile, Kind kind);
    void write(const QUuid &profile, Kind kind, const QString &secret);
    void remove(const QUuid &profile, Kind kind);
    void removeAll(const QUuid &profile); // every kind; one removeFinished per kind

    static QString serviceName();
    static QString keyFor(const QUuid &profile, Kind kind);

Q_SIGNALS:
    void readFinished(const QUuid &profile, Fleet::CredentialStore::Kind kind, const QString &secret,
                      const QString &error);
    void writeFinished(const QUuid &profile, Fleet::CredentialStore::Kind kind, const QString &error);
    void removeFinished(const QUuid &profile, Fleet::CredentialStore::Kind kind, const QString &error);
};

} // namespace Fleet
