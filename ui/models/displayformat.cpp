#include "displayformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ui::DisplayFormat {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};
} // namespace

QString age(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0; // clock skew between server and desktop: never show a negative age
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        return Tr::tr("%1 d %2 h").arg(days).arg(hours % 24);
    if (hours > 0)
        return Tr::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    if (minutes > 0)
        return Tr::tr("%1 min").arg(minutes);
    return Tr::tr("%1 s").arg(seconds);
}

QString size(qint64 bytes)
{
    if (bytes < 1024)
        return Tr::tr("%1 B").arg(bytes);
    return QLocale().formattedDataSize(bytes, 1);
}

QString localTime(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString duration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return {};
    if (milliseconds < 1000)
        return Tr::tr("%1 ms").arg(milliseconds);
    return Tr::tr("%1 s").arg(QLocale().toString(double(milliseconds) / 1000.0, 'f', 1));
}

} // namespace Ui::DisplayFormat
