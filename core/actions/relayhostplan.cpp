#include "relayhostplan.h"

#include "diagnosis/relayhost.h"
#include "remote/commandcatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Actions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

template <typename T>
Remote::Checked<T> fail(const QString &error)
{
    return Remote::Checked<T>{std::nullopt, error};
}

// "hash:/etc/postfix/sasl_passwd" → the path when the value is exactly one file-backed map.
QString singleFileMapPath(const QString &maps)
{
    const QString value = maps.trimmed();
    if (value.isEmpty() || value.contains(u',') || value.contains(u' ') || value.contains(u'\t'))
        return {};
    const int colon = value.indexOf(u':');
    if (colon <= 0)
        return {};
    const QString type = value.left(colon);
    const QString path = value.mid(colon + 1);
    static const QStringList fileTypes = {QStringLiteral("hash"), QStringLiteral("btree"), QStringLiteral("lmdb"),
                                          QStringLiteral("cdb"), QStringLiteral("dbm"), QStringLiteral("sdbm")};
    if (!fileTypes.contains(type) || !Remote::CommandCatalog::isPlainPath(path))
        return {};
    return path;
}

bool hasLineBreakOrNul(const QString &text)
{
    return text.contains(u'\n') || text.contains(u'\r') || text.contains(QChar(0));
}

} // namespace

QString RelayhostPlan::relayhostValue(const RelayhostInput &input)
{
    const QString host = input.host.trimmed().toLower();
    const auto ip = Remote::IpAddress::parse(host);
    QString bracketed;
    if (ip.ok())
        bracketed = ip->isV4() ? QString(u'[' + ip->toString() + u']')
                               : QString(QStringLiteral("[ipv6:") + ip->toString() + u']');
    else if (input.mxLookup)
        bracketed = host;
    else
        bracketed = u'[' + host + u']';
    return bracketed + u':' + QString::number(input.port);
}

Remote::Checked<ConfigChangePlan> RelayhostPlan::set(const RelayhostInput &input,
                                                      const QString &defaultDatabaseType,
                                                      const QString &configDirectory,
                                                      const QString &currentSaslMaps)
{
    const QString host = input.host.trimmed();
    if (host.isEmpty())
        return fail<ConfigChangePlan>(Tr::tr("Enter the relay's host name."));
    if (!Remote::IpAddress::parse(host).ok() && !Remote::Domain::parse(host).ok())
        return fail<ConfigChangePlan>(Tr::tr("\"%1\" is not a host name or IP address.").arg(host.left(100)));
    if (!Remote::Port::parse(input.port).ok())
        return fail<ConfigChangePlan>(Tr::tr("The port must be a number from 1 to 65535."));
    if (!input.user.isEmpty()) {
        static const QRegularExpression userRe(QStringLiteral("^[^\\s:]{1,256}$"));
        if (!userRe.match(input.user).hasMatch())
            return fail<ConfigChangePlan>(Tr::tr("The user name must not contain spaces, colons or line breaks."));
        if (input.secret.isEmpty())
            return fail<ConfigChangePlan>(Tr::tr("Enter the password or API key for %1.").arg(input.user));
        if (hasLineBreakOrNul(input.secret) || input.secret.size() > 4096)
            return fail<ConfigChangePlan>(Tr::tr("The password must be one line of text."));
        if (input.secret != input.secret.trimmed())
            return fail<ConfigChangePlan>(Tr::tr("The password starts or ends with a space; Postfix would not keep it."));
    } else if (!input.secret.isEmpty()) {
        return fail<ConfigChangePlan>(Tr::tr("A password needs a user name."));
    }
    if (!MapEntryChange::isMapType(defaultDatabaseType))
        return fail<ConfigChangePlan>(Tr::tr("The server's default map type \"%1\" is not known.").arg(defaultDatabaseType.left(32)));
    if (!Remote::CommandCatalog::isPlainPath(configDirectory))
        return fail<ConfigChangePlan>(Tr::tr("The configuration directory \"%1\" looks wrong.").arg(configDirectory.left(200)));

    const QString relay = relayhostValue(input);
    ConfigChangePlan plan;
    plan.kind = QStringLiteral("relayhost.set");
    plan.title = Tr::tr("Send all mail through %1").arg(relay);
    plan.params << ParamChange::set(QStringLiteral("relayhost"), relay);

    switch (input.security) {
    case RelayhostInput::Security::StartTls:
        plan.params << ParamChange::set(QStringLiteral("smtp_tls_security_level"), QStringLiteral("encrypt"))
                    << ParamChange::removal(QStringLiteral("smtp_tls_wrappermode"));
        break;
    case RelayhostInput::Security::Wrapper:
        plan.params << ParamChange::set(QStringLiteral("smtp_tls_security_level"), QStringLiteral("encrypt"))
                    << ParamChange::set(QStringLiteral("smtp_tls_wrappermode"), QStringLiteral("yes"));
        break;
    case RelayhostInput::Security::None:
        plan.params << ParamChange::set(QStringLiteral("smtp_tls_security_level"), QStringLiteral("may"))
                    << ParamChange::removal(QStringLiteral("smtp_tls_wrappermode"));
        plan.notes << Tr::tr("TLS is not required: the password may travel unencrypted if the relay does "
                             "not offer STARTTLS. Prefer port 587 with STARTTLS or 465.");
        break;
    }

    if (input.user.isEmpty()) {
        plan.notes << Tr::tr("No login: the relay must accept this server by its IP address.");
        return Remote::Checked<ConfigChangePlan>{plan, {}};
    }

    QString mapPath = singleFileMapPath(currentSaslMaps);
    if (mapPath.isEmpty())
        mapPath = configDirectory + QStringLiteral("/sasl_passwd");
    const QString maps = defaultDatabaseType + u':' + mapPath;
    plan.params << ParamChange::set(QStringLiteral("smtp_sasl_auth_enable"), QStringLiteral("yes"))
                << ParamChange::set(QStringLiteral("smtp_sasl_password_maps"), maps)
                << ParamChange::set(QStringLiteral("smtp_sasl_security_options"), QStringLiteral("noanonymous"))
                << ParamChange::set(QStringLiteral("smtp_sasl_tls_security_options"), QStringLiteral("noanonymous"));

    MapEntryChange entry;
    entry.mapType = defaultDatabaseType;
    entry.path = mapPath;
    entry.key = relay;
    entry.value = (input.user + u':' + input.secret).toUtf8();
    entry.secret = true;
    entry.mode = 0600;
    plan.maps << entry;

    const QString kept = currentSaslMaps.trimmed();
    if (!kept.isEmpty() && kept != maps)
        plan.notes << Tr::tr("smtp_sasl_password_maps was \"%1\"; it becomes \"%2\".").arg(kept, maps);
    plan.notes << Tr::tr("The login is written to %1 (readable by root only) as \"%2 %3:•••\", then "
                         "postmap %4:%1 is run. The password travels to the server on the command's input, "
                         "never on a command line.").arg(mapPath, relay, input.user, defaultDatabaseType);
    return Remote::Checked<ConfigChangePlan>{plan, {}};
}

Remote::Checked<ConfigChangePlan> RelayhostPlan::remove(const QString &currentRelayhost,
                                                         const QString &currentSaslMaps, bool keepSaslAuth)
{
    const QStringList relays = Diagnosis::RelayHost::splitList(currentRelayhost);
    if (relays.isEmpty())
        return fail<ConfigChangePlan>(Tr::tr("This server sends mail directly; there is no relay to remove."));

    ConfigChangePlan plan;
    plan.kind = QStringLiteral("relayhost.remove");
    plan.title = Tr::tr("Stop sending mail through %1").arg(currentRelayhost.trimmed());
    plan.params << ParamChange::set(QStringLiteral("relayhost"), QString())
                << ParamChange::removal(QStringLiteral("smtp_tls_wrappermode"))
                << ParamChange::set(QStringLiteral("smtp_tls_security_level"), QStringLiteral("may"));
    plan.notes << Tr::tr("TLS becomes opportunistic (may) again: requiring it would stop mail to servers "
                         "that do not offer it.");
    if (keepSaslAuth)
        plan.notes << Tr::tr("smtp_sasl_auth_enable stays on because other transports log in with SASL.");
    else
        plan.params << ParamChange::removal(QStringLiteral("smtp_sasl_auth_enable"));

    const QString mapPath = singleFileMapPath(currentSaslMaps);
    if (mapPath.isEmpty()) {
        if (!currentSaslMaps.trimmed().isEmpty())
            plan.notes << Tr::tr("The login entries in %1 are left as they are (not a single map file).")
                                  .arg(currentSaslMaps.trimmed());
        return Remote::Checked<ConfigChangePlan>{plan, {}};
    }
    const QString type = currentSaslMaps.trimmed().section(u':', 0, 0);
    for (const QString &relay : relays) {
        const auto parsed = Diagnosis::RelayHost::parse(relay);
        if (!parsed.isValid())
            continue;
        MapEntryChange entry;
        entry.mapType = type;
        entry.path = mapPath;
        entry.key = parsed.text();
        entry.remove = true;
        entry.secret = true;
        plan.maps << entry;
    }
    return Remote::Checked<ConfigChangePlan>{plan, {}};
}

QStringList RelayhostPlan::relevantParameters()
{
    return {QStringLiteral("relayhost"),
            QStringLiteral("smtp_sasl_auth_enable"),
            QStringLiteral("smtp_sasl_password_maps"),
            QStringLiteral("smtp_sasl_security_options"),
            QStringLiteral("smtp_sasl_tls_security_options"),
            QStringLiteral("smtp_tls_security_level"),
            QStringLiteral("smtp_tls_wrappermode"),
            QStringLiteral("default_database_type"),
            QStringLiteral("config_directory")};
}

} // namespace Actions
