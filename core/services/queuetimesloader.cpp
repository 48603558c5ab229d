// Skeleton so the tree links while its owner builds it (this session).
#include "queuetimesloader.h"

#include "remote/serversession.h"

#include <QTimer>

namespace Services {

class QueueTimesLoader::Private
{
public:
    Remote::ServerSession *session = nullptr;
};

QueueTimesLoader::QueueTimesLoader(Remote::ServerSession *session, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->session = session;
}

QueueTimesLoader::~QueueTimesLoader() = default;

void QueueTimesLoader::load()
{
    QTimer::singleShot(0, this, [this] {
        QueueTimes result;
        result.error = QStringLiteral("not built yet");
        Q_EMIT finished(result);
    });
}

void QueueTimesLoader::cancel()
{
}

} // namespace Services
