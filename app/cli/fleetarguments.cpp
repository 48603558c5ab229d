#include "fleetarguments.h"

Fleet::AlertThresholds FleetArguments::thresholds(const Fleet::AlertThresholds &base) const
{
    Fleet::AlertThresholds t = base;
    const auto apply = [](auto &field, const auto &override) {
        if (override)
            field = *override;
    };
    apply(t.deferred.warn, deferredWarn);
    apply(t.deferred.crit, deferredCrit);
    apply(t.growth.warn, growthWarn);
    apply(t.growth.crit, growthCrit);
    apply(t.growthWindowMinutes, growthWindowMinutes);
    apply(t.oldestAgeHours.warn, ageWarnHours);
    apply(t.oldestAgeHours.crit, ageCritHours);
    apply(t.topSenderPercent.warn, senderWarnPercent);
    apply(t.topSenderPercent.crit, senderCritPercent);
    apply(t.topSenderMinimumMessages, senderMinimum);
    return t;
}
