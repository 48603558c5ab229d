#include "auditlog.h"

// Skeleton: the audit/CLI slice fills this in.
namespace Actions {

AuditLog::AuditLog(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{
}

QString AuditLog::defaultPath()
{
    return {};
}

} // namespace Actions
