#include "alertthresholds.h"

#include <QCoreApplication>

namespace Fleet {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Fleet)
};
} // namespace

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    case Severity::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return Tr::tr("OK");
    case Severity::Warning:
        return Tr::tr("Warning");
    case Severity::Critical:
        return Tr::tr("Critical");
    case Severity::Unknown:
        break;
    }
    return Tr::tr("Unknown");
}

Severity Threshold::severityOf(qint64 value) const
{
    if (crit > 0 && value >= crit)
        return Severity::Critical;
    if (warn > 0 && value >= warn)
        return Severity::Warning;
    return Severity::Ok;
}

} // namespace Fleet
