#include "severityicon.h"

#include "widgets/verdicticon.h"

namespace Ui::SeverityIcon {

namespace {
Diagnosis::Verdict verdictOf(Fleet::Severity severity)
{
    switch (severity) {
    case Fleet::Severity::Ok:
        return Diagnosis::Verdict::Ok;
    case Fleet::Severity::Warning:
        return Diagnosis::Verdict::Warning;
    case Fleet::Severity::Critical:
        return Diagnosis::Verdict::Failed;
    case Fleet::Severity::Unknown:
        break;
    }
    return Diagnosis::Verdict::Unknown;
}
} // namespace

QPixmap pixmap(Fleet::Severity severity, int size, qreal devicePixelRatio)
{
    return VerdictIcon::pixmap(verdictOf(severity), size, devicePixelRatio);
}

QColor accent(Fleet::Severity severity)
{
    switch (severity) {
    case Fleet::Severity::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case Fleet::Severity::Warning:
        return QColor(0xf2, 0xa9, 0x00);
    case Fleet::Severity::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case Fleet::Severity::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

} // namespace Ui::SeverityIcon
