#pragma once

#include <QMetaType>
#include <QString>

namespace Remote {

enum class HostKeyStatus {
    Known,   // matches known_hosts
    Unknown, // host not in known_hosts: ask the user, showing sha256Fingerprint
    Changed, // host in known_hosts with a different key: refuse, never offer to connect
    OtherType, // host known with another key type only: treated like Changed (possible attack)
};

struct HostKeyInfo
{
    QString host;
    int port = 22;
    QString keyType;           // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"
    QString sha256Fingerprint; // "SHA256:base64…" exactly as ssh-keygen -l prints it
    HostKeyStatus status = HostKeyStatus::Unknown;
    QString knownHostsFile;
};

} // namespace Remote

Q_DECLARE_METATYPE(Remote::HostKeyInfo)
