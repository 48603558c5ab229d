#include "queuepoll.h"

#include "services/queueloader.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QueuePoll)
};
} // namespace

QueuePoll::QueuePoll(Remote::ServerSession *session, const QUuid &server, QObject *parent)
    : QObject(parent)
    , m_loader(new Services::QueueLoader(session, this))
    , m_server(server)
{
    m_loader->setKeepMessages(false);
    connect(m_loader, &Services::QueueLoader::batchReady, this,
            [this](const QList<Postfix::QueuedMessage> &batch) { m_digest.add(batch); });
    connect(m_loader, &Services::QueueLoader::finished, this, &QueuePoll::onFinished);
}

QueuePoll::~QueuePoll() = default;

void QueuePoll::start()
{
    m_clock.start();
    m_loader->start();
}

void QueuePoll::cancel()
{
    m_loader->cancel();
}

QUuid QueuePoll::idForTarget(const QString &user, const QString &host, int port)
{
    static const QUuid ns = QUuid::fromString(QStringLiteral("{5f0c2a8e-3d41-4f7b-a2c6-9b1e7d0f4c11}"));
    return QUuid::createUuidV5(ns, QStringLiteral("%1@%2:%3").arg(user, host.toLower()).arg(port));
}

void QueuePoll::onFinished(const Services::QueueSnapshot &snapshot)
{
    const QDateTime takenAt = snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
    Fleet::PollSummary summary = m_digest.summary(m_server, takenAt, m_clock.elapsed());
    if (!snapshot.ok()) {
        summary.error = snapshot.canceled        ? Fleet::PollError::Canceled
                      : snapshot.mailSystemDown ? Fleet::PollError::MailSystemDown
                                                : Fleet::PollError::Remote;
        summary.errorText = snapshot.canceled ? Tr::tr("canceled") : snapshot.error;
    }
    Q_EMIT finished(summary);
}
