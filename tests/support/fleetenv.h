#pragma once

#include "testserverenv.h"

#include "fleet/serverprofile.h"

#include <QList>
#include <QString>

namespace TestSupport {

// The extra test servers of the ctest "fleet" fixture (scripts/testserver/multi.sh): their env
// files are listed, one a line, in the file named by POSTDESK_FLEET_ENVS. Returns at least
// `needed` valid environments, or an empty list and *error says why (integration tests fail with
// it, they never skip).
QList<TestServerEnv> fleetServerEnvs(int needed, QString *error);

// A new profile (fresh id) for env's server: root with PD_TS_ROOT_KEY, no sudo, PD_TS_KNOWN_HOSTS.
Fleet::ServerProfile rootKeyProfile(const TestServerEnv &env, const QString &name,
                                    const QString &group = {});

} // namespace TestSupport
