#pragma once

#include <QStringList>
#include <QUuid>

class QSettings;

namespace Ui {

// What the Checks page remembers per server: the diagnostics options a support person sets once
// for a server (its DNSBL zones, a NAT'd egress address, a relay to test, timeouts). Never a
// secret: relay credentials stay on the server (relay_auth reads them there).
struct CheckPreferences
{
    QStringList dnsblZones; // empty: Checks::CheckOptions::defaultDnsblZones()
    QString egressAddress;  // empty: detect on the server
    QString relay;          // empty: the server's relayhost
    int connectTimeoutSeconds = 5;
    int dnsTimeoutSeconds = 3;
    int maxMxHosts = 2;

    friend bool operator==(const CheckPreferences &, const CheckPreferences &) = default;
};

// Typed access to those preferences in QSettings, group "checks/<profile-uuid>" (keys dnsblZones
// — space-separated —, egressAddress, relay, connectTimeoutSeconds, dnsTimeoutSeconds, maxMxHosts).
// Out-of-range numbers read back as the defaults' bounds. The settings object is not owned.
class ChecksSettings final
{
public:
    explicit ChecksSettings(QSettings *settings);

    CheckPreferences load(const QUuid &profile) const;
    void save(const QUuid &profile, const CheckPreferences &preferences);

    static constexpr int maxTimeoutSeconds = 60;
    static constexpr int maxMxHostsLimit = 10;

private:
    QSettings *m_settings;
};

} // namespace Ui
