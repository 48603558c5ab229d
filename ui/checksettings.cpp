#include "checksettings.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace Ui {

namespace {

QString groupFor(const QUuid &profile)
{
    return QStringLiteral("checks/") + profile.toString(QUuid::WithoutBraces);
}

int bounded(const QVariant &value, int fallback, int low, int high)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok ? std::clamp(n, low, high) : fallback;
}

} // namespace

ChecksSettings::ChecksSettings(QSettings *settings)
    : m_settings(settings)
{
}

CheckPreferences ChecksSettings::load(const QUuid &profile) const
{
    CheckPreferences p;
    if (!m_settings || profile.isNull())
        return p;
    m_settings->beginGroup(groupFor(profile));
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    p.dnsblZones = m_settings->value(QStringLiteral("dnsblZones")).toString().split(separators, Qt::SkipEmptyParts);
    p.egressAddress = m_settings->value(QStringLiteral("egressAddress")).toString().trimmed();
    p.relay = m_settings->value(QStringLiteral("relay")).toString().trimmed();
    p.connectTimeoutSeconds = bounded(m_settings->value(QStringLiteral("connectTimeoutSeconds")),
                                      p.connectTimeoutSeconds, 1, maxTimeoutSeconds);
    p.dnsTimeoutSeconds = bounded(m_settings->value(QStringLiteral("dnsTimeoutSeconds")),
                                  p.dnsTimeoutSeconds, 1, maxTimeoutSeconds);
    p.maxMxHosts = bounded(m_settings->value(QStringLiteral("maxMxHosts")), p.maxMxHosts, 1, maxMxHostsLimit);
    m_settings->endGroup();
    return p;
}

void ChecksSettings::save(const QUuid &profile, const CheckPreferences &p)
{
    if (!m_settings || profile.isNull())
        return;
    m_settings->beginGroup(groupFor(profile));
    m_settings->setValue(QStringLiteral("dnsblZones"), p.dnsblZones.join(u' '));
    m_settings->setValue(QStringLiteral("egressAddress"), p.egressAddress);
    m_settings->setValue(QStringLiteral("relay"), p.relay);
    m_settings->setValue(QStringLiteral("connectTimeoutSeconds"), p.connectTimeoutSeconds);
    m_settings->setValue(QStringLiteral("dnsTimeoutSeconds"), p.dnsTimeoutSeconds);
    m_settings->setValue(QStringLiteral("maxMxHosts"), p.maxMxHosts);
    m_settings->endGroup();
}

} // namespace Ui
