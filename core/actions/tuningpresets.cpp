#include "tuningpresets.h"

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

const QString defaultTransport = QStringLiteral("postdesk-slow");

QString transportMapPath(const QString &configDirectory)
{
    return configDirectory + QStringLiteral("/postdesk_transport");
}

// transport_maps is a list separated by commas and/or white space.
QStringList splitMaps(const QString &value)
{
    static const QRegularExpression sep(QStringLiteral("[,\\s]+"));
    return value.split(sep, Qt::SkipEmptyParts);
}

QString checkCommon(const QString &defaultDatabaseType, const QString &configDirectory)
{
    if (!MapEntryChange::isMapType(defaultDatabaseType))
        return Tr::tr("The server's default map type \"%1\" is not known.").arg(defaultDatabaseType.left(32));
    if (!Remote::CommandCatalog::isPlainPath(configDirectory))
        return Tr::tr("The configuration directory \"%1\" looks wrong.").arg(configDirectory.left(200));
    return {};
}

// "1s", "500ms" is not accepted by Postfix for rate delays; 0s–3600s in s/m/h units.
bool isRateDelay(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})([smh]?)$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 seconds = unit == u"m" ? n * 60 : unit == u"h" ? n * 3600 : n;
    return seconds <= 3600;
}

RetryPreset preset(const char *key, const QString &title, const QString &description,
                   const QStringList &values)
{
    static const QStringList names = {QStringLiteral("maximal_queue_lifetime"), QStringLiteral("bounce_queue_lifetime"),
                                      QStringLiteral("minimal_backoff_time"), QStringLiteral("maximal_backoff_time"),
                                      QStringLiteral("queue_run_delay")};
    RetryPreset p;
    p.key = QString::fromLatin1(key);
    p.title = title;
    p.description = description;
    for (int i = 0; i < names.size() && i < values.size(); ++i)
        p.values << qMakePair(names.at(i), values.at(i));
    return p;
}

} // namespace

QList<RetryPreset> TuningPresets::retryPresets()
{
    return {
        preset("postfix-default", Tr::tr("Postfix defaults"),
               Tr::tr("Keep trying for 5 days, retry every 5 minutes at first and at most every 67 minutes. "
                      "Choose this to undo earlier tuning."),
               {QStringLiteral("5d"), QStringLiteral("5d"), QStringLiteral("300s"), QStringLiteral("4000s"),
                QStringLiteral("300s")}),
        preset("patient", Tr::tr("Patient"),
               Tr::tr("Keep trying for 7 days with fewer retries (10 minutes up to 2 hours). For servers that "
                      "send to partners who are often down or throttle hard."),
               {QStringLiteral("7d"), QStringLiteral("2d"), QStringLiteral("10m"), QStringLiteral("2h"),
                QStringLiteral("10m")}),
        preset("quick-bounce", Tr::tr("Tell senders sooner"),
               Tr::tr("Give up after 1 day so senders learn quickly that their mail did not arrive. For "
                      "time-critical mail (orders, tickets)."),
               {QStringLiteral("1d"), QStringLiteral("1d"), QStringLiteral("300s"), QStringLiteral("1h"),
                QStringLiteral("300s")}),
    };
}

ConfigChangePlan TuningPresets::retryPlan(const RetryPreset &preset)
{
    ConfigChangePlan plan;
    plan.kind = QStringLiteral("tuning.retry");
    plan.title = Tr::tr("Retry settings: %1").arg(preset.title);
    for (const auto &[name, value] : preset.values)
        plan.params << ParamChange::set(name, value);
    if (!preset.description.isEmpty())
        plan.notes << preset.description;
    plan.notes << Tr::tr("Messages already deferred keep their current retry time; the new times apply "
                         "from their next attempt.");
    return plan;
}

Remote::Checked<ConfigChangePlan> TuningPresets::throttlePlan(const Throttle &throttle,
                                                               const QString &defaultDatabaseType,
                                                               const QString &configDirectory,
                                                               const QString &currentTransportMaps)
{
    if (const QString e = checkCommon(defaultDatabaseType, configDirectory); !e.isEmpty())
        return fail<ConfigChangePlan>(e);
    const auto domain = Remote::Domain::parse(throttle.domain.trimmed());
    if (!domain.ok())
        return fail<ConfigChangePlan>(domain.error);
    if (throttle.concurrency < 1 || throttle.concurrency > 50)
        return fail<ConfigChangePlan>(Tr::tr("The concurrency must be between 1 and 50."));
    if (!isRateDelay(throttle.rateDelay))
        return fail<ConfigChangePlan>(Tr::tr("The rate delay must be like 1s, 30s or 5m (at most 1h)."));
    static const QRegularExpression transportRe(QStringLiteral("^[a-z][a-z0-9-]{0,30}$"));
    if (!transportRe.match(throttle.transport).hasMatch())
        return fail<ConfigChangePlan>(Tr::tr("\"%1\" is not a plain transport name.").arg(throttle.transport.left(40)));

    const QString t = throttle.transport;
    const QString domainText = QString::fromLatin1(domain->bytes());
    const QString mapPath = transportMapPath(configDirectory);
    const QString mapRef = defaultDatabaseType + u':' + mapPath;

    ConfigChangePlan plan;
    plan.kind = QStringLiteral("tuning.throttle");
    plan.title = Tr::tr("Send to %1 more slowly (%2 at a time, %3 apart)")
                         .arg(domainText).arg(throttle.concurrency).arg(throttle.rateDelay);

    MasterEntryChange service;
    service.service = t;
    service.type = QStringLiteral("unix");
    service.entry = t + QStringLiteral(" unix - - n - - smtp");
    plan.master << service;

    plan.params << ParamChange::set(t + QStringLiteral("_destination_concurrency_limit"), QString::number(throttle.concurrency))
                << ParamChange::set(t + QStringLiteral("_destination_rate_delay"), throttle.rateDelay);
    if (throttle.concurrency < 5)
        plan.params << ParamChange::set(t + QStringLiteral("_initial_destination_concurrency"),
                                QString::number(throttle.concurrency));

    QStringList maps = splitMaps(currentTransportMaps);
    if (!maps.contains(mapRef)) {
        maps.prepend(mapRef);
        plan.params << ParamChange::set(QStringLiteral("transport_maps"), maps.join(QStringLiteral(", ")));
    }

    MapEntryChange entry;
    entry.mapType = defaultDatabaseType;
    entry.path = mapPath;
    entry.key = domainText;
    entry.value = (t + u':').toUtf8();
    entry.mode = 0644;
    plan.maps << entry;

    plan.notes << Tr::tr("Mail to %1 goes through its own transport %2 (master.cf) with at most %3 "
                         "connections and %4 between deliveries, as TUNING_README recommends; other "
                         "destinations are not affected.").arg(domainText, t).arg(throttle.concurrency).arg(throttle.rateDelay);
    if (throttle.rateDelay != u"0" && throttle.rateDelay != u"0s")
        plan.notes << Tr::tr("With a rate delay Postfix delivers one message at a time to this destination.");
    return Remote::Checked<ConfigChangePlan>{plan, {}};
}

Remote::Checked<ConfigChangePlan> TuningPresets::removeThrottlePlan(const QString &domainText,
                                                                     const QString &defaultDatabaseType,
                                                                     const QString &configDirectory,
                                                                     const QString &currentTransportMaps,
                                                                     bool lastDomain)
{
    if (const QString e = checkCommon(defaultDatabaseType, configDirectory); !e.isEmpty())
        return fail<ConfigChangePlan>(e);
    const auto domain = Remote::Domain::parse(domainText.trimmed());
    if (!domain.ok())
        return fail<ConfigChangePlan>(domain.error);
    const QString t = defaultTransport;
    const QString mapPath = transportMapPath(configDirectory);
    const QString mapRef = defaultDatabaseType + u':' + mapPath;

    ConfigChangePlan plan;
    plan.kind = QStringLiteral("tuning.throttle.remove");
    plan.title = Tr::tr("Send to %1 at normal speed again").arg(QString::fromLatin1(domain->bytes()));

    MapEntryChange entry;
    entry.mapType = defaultDatabaseType;
    entry.path = mapPath;
    entry.key = QString::fromLatin1(domain->bytes());
    entry.remove = true;
    plan.maps << entry;

    if (lastDomain) {
        MasterEntryChange service;
        service.service = t;
        service.type = QStringLiteral("unix");
        service.remove = true;
        plan.master << service;
        plan.params << ParamChange::removal(t + QStringLiteral("_destination_concurrency_limit"))
                    << ParamChange::removal(t + QStringLiteral("_destination_rate_delay"))
                    << ParamChange::removal(t + QStringLiteral("_initial_destination_concurrency"));
        QStringList maps = splitMaps(currentTransportMaps);
        if (maps.removeAll(mapRef) > 0) {
            if (maps.isEmpty())
                plan.params << ParamChange::removal(QStringLiteral("transport_maps"));
            else
                plan.params << ParamChange::set(QStringLiteral("transport_maps"), maps.join(QStringLiteral(", ")));
        }
        plan.notes << Tr::tr("No throttled destination is left: the transport %1 is removed.").arg(t);
    }
    return Remote::Checked<ConfigChangePlan>{plan, {}};
}

} // namespace Actions
