// Skeleton so the tree links while its owner builds it (this session).
#include "logstatsloader.h"

#include "remote/serversession.h"

#include <QTimer>

namespace Services {

class LogStatsLoader::Private
{
public:
    Remote::ServerSession *session = nullptr;
};

LogStatsLoader::LogStatsLoader(Remote::ServerSession *session, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->session = session;
}

LogStatsLoader::~LogStatsLoader() = default;

void LogStatsLoader::load(const LogWindow &)
{
    QTimer::singleShot(0, this, [this] {
        LogStatsResult result;
        result.error = QStringLiteral("not built yet");
        Q_EMIT finished(result);
    });
}

bool LogStatsLoader::isRunning() const
{
    return false;
}

void LogStatsLoader::cancel()
{
}

} // namespace Services
