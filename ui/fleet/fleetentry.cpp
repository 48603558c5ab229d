#include "fleetentry.h"

namespace Ui {

bool worseThan(const FleetEntry &a, const FleetEntry &b)
{
    if (a.severity() != b.severity())
        return a.severity() > b.severity();
    if (a.failed() != b.failed())
        return a.failed();
    if (a.deferred() != b.deferred())
        return a.deferred() > b.deferred();
    const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a.id < b.id;
}

} // namespace Ui
