#include "fleetenv.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace TestSupport {

QList<TestServerEnv> fleetServerEnvs(int needed, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return QList<TestServerEnv>();
    };
    const QString listPath = qEnvironmentVariable("POSTDESK_FLEET_ENVS");
    if (listPath.isEmpty()) {
        return fail(u"POSTDESK_FLEET_ENVS is not set: run the fleet tests through ctest (fixture "
                    "fleet_up) or start scripts/testserver/multi.sh up DIR 2 and point "
                    "POSTDESK_FLEET_ENVS at DIR/envs"_s);
    }
    QFile list(listPath);
    if (!list.open(QIODevice::ReadOnly))
        return fail(u"fleet env list %1 cannot be read (%2): is the fleet up?"_s.arg(listPath, list.errorString()));
    QList<TestServerEnv> envs;
    const QList<QByteArray> lines = list.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QString path = QString::fromUtf8(line.trimmed());
        if (path.isEmpty())
            continue;
        TestServerEnv env(path);
        if (!env.isValid())
            return fail(env.error());
        envs.append(env);
    }
    if (envs.size() < needed) {
        return fail(u"fleet env list %1 names %2 servers, the test needs %3"_s.arg(listPath)
                        .arg(envs.size())
                        .arg(needed));
    }
    return envs;
}

Fleet::ServerProfile rootKeyProfile(const TestServerEnv &env, const QString &name, const QString &group)
{
    Fleet::ServerProfile profile = Fleet::ServerProfile::create();
    profile.name = name;
    profile.group = group;
    profile.host = env.host();
    profile.port = env.port();
    profile.user = u"root"_s;
    profile.auth = Remote::AuthMethod::KeyFile;
    profile.keyFile = env.rootKey();
    profile.sudoMode = Remote::SudoMode::None;
    profile.knownHostsFile = env.knownHostsFile();
    return profile;
}

} // namespace TestSupport
