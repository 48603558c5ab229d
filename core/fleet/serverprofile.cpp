#include "serverprofile.h"

#include <QCoreApplication>

namespace Fleet {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Fleet)
};
} // namespace

QString ServerProfile::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (host.isEmpty())
        return user.isEmpty() ? QStringLiteral("localhost") : user + QStringLiteral("@localhost");
    QString text = user.isEmpty() ? host : user + QLatin1Char('@') + host;
    if (port != 22)
        text += QLatin1Char(':') + QString::number(port);
    return text;
}

QString ServerProfile::groupName() const
{
    return group.trimmed().isEmpty() ? Tr::tr("Ungrouped") : group.trimmed();
}

Remote::ConnectionParams ServerProfile::toConnectionParams() const
{
    Remote::ConnectionParams params;
    params.host = host;
    params.port = port;
    params.user = user;
    params.auth = auth;
    params.keyFile = keyFile;
    params.knownHostsFile = knownHostsFile;
    params.proxyJump = proxyJump;
    return params;
}

ServerProfile ServerProfile::create()
{
    ServerProfile profile;
    profile.id = QUuid::createUuid();
    return profile;
}

} // namespace Fleet
