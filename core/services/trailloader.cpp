// Skeleton so the tree links while its owner builds it (this session).
#include "trailloader.h"

#include "remote/serversession.h"

#include <QTimer>

namespace Services {

class TrailLoader::Private
{
public:
    Remote::ServerSession *session = nullptr;
};

TrailLoader::TrailLoader(Remote::ServerSession *session, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->session = session;
}

TrailLoader::~TrailLoader() = default;

void TrailLoader::load(const QString &)
{
    QTimer::singleShot(0, this, [this] {
        TrailResult result;
        result.error = QStringLiteral("not built yet");
        Q_EMIT finished(result);
    });
}

bool TrailLoader::isRunning() const
{
    return false;
}

void TrailLoader::cancel()
{
}

} // namespace Services
