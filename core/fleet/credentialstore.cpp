#include "credentialstore.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "postdesk.credentials")

namespace Fleet {

namespace {

QString kindToString(CredentialStore::Kind kind)
{
    switch (kind) {
    case CredentialStore::Kind::SshPassword:
        return QStringLiteral("ssh-password");
    case CredentialStore::Kind::KeyPassphrase:
        return QStringLiteral("key-passphrase");
    case CredentialStore::Kind::SudoPassword:
        return QStringLiteral("sudo-password");
    case CredentialStore::Kind::RelaySecret:
        return QStringLiteral("relay-secret");
    }
    return QStringLiteral("unknown");
}

// Every job: our service, no plaintext fallback, deleted after finished().
template <typename JobT>
JobT *makeJob(const QUuid &profile, CredentialStore::Kind kind, QObject *parent)
{
    auto *job = new JobT(CredentialStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(CredentialStore::keyFor(profile, kind));
    return job;
}

QString describe(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoError)
        return {};
    QString text = job->errorString();
    if (text.isEmpty())
        text = CredentialStore::tr("The secret store reported error %1.").arg(int(job->error()));
    qCWarning(lcCredentials) << "keychain job for" << job->key() << "failed:" << text;
    return text;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::serviceName()
{
    return QStringLiteral("postdesk");
}

QString CredentialStore::keyFor(const QUuid &profile, Kind kind)
{
    return QStringLiteral("postdesk/") + profile.toString(QUuid::WithoutBraces) + QLatin1Char('/')
        + kindToString(kind);
}

void CredentialStore::read(const QUuid &profile, Kind kind)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(profile, kind, this);
    connect(job, &QKeychain::Job::finished, this, [this, profile, kind](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::EntryNotFound) {
            Q_EMIT readFinished(profile, kind, QString(), QString());
            return;
        }
        const QString error = describe(j);
        Q_EMIT readFinished(profile, kind, error.isEmpty() ? readJob->textData() : QString(), error);
    });
    job->start();
}

void CredentialStore::write(const QUuid &profile, Kind kind, const QString &secret)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(profile, kind, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, profile, kind](QKeychain::Job *j) {
        Q_EMIT writeFinished(profile, kind, describe(j));
    });
    job->start();
}

void CredentialStore::remove(const QUuid &profile, Kind kind)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(profile, kind, this);
    connect(job, &QKeychain::Job::finished, this, [this, profile, kind](QKeychain::Job *j) {
        // Deleting what is not there leaves the store in the wanted state: not an error.
        const QString error = j->error() == QKeychain::EntryNotFound ? QString() : describe(j);
        Q_EMIT removeFinished(profile, kind, error);
    });
    job->start();
}

void CredentialStore::removeAll(const QUuid &profile)
{
    for (Kind kind : {Kind::SshPassword, Kind::KeyPassphrase, Kind::SudoPassword, Kind::RelaySecret})
        remove(profile, kind);
}

} // namespace Fleet
