#include "sshknownhosts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Remote {

QString SshKnownHosts::defaultFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString SshKnownHosts::hostPort(const QString &host, int port)
{
    if (port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QString SshKnownHosts::fingerprint(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t len = 0;
    if (key == nullptr || ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &len) != 0)
        return {};
    const QByteArray raw(reinterpret_cast<const char *>(hash), qsizetype(len));
    ssh_clean_pubkey_hash(&hash);
    return QStringLiteral("SHA256:")
            + QString::fromLatin1(raw.toBase64(QByteArray::OmitTrailingEquals));
}

QString SshKnownHosts::keyType(ssh_key key)
{
    const char *name = key ? ssh_key_type_to_char(ssh_key_type(key)) : nullptr;
    return name ? QString::fromLatin1(name) : QString();
}

QStringList SshKnownHosts::knownFingerprints(const QString &file, const QString &host, int port)
{
    QStringList out;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QByteArray name = hostPort(host, port).toUtf8();
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        ssh_knownhosts_entry *entry = nullptr;
        if (ssh_known_hosts_parse_line(name.constData(), line.constData(), &entry) == SSH_OK
            && entry != nullptr && entry->publickey != nullptr) {
            out << keyType(entry->publickey) + u' ' + fingerprint(entry->publickey);
        }
        if (entry != nullptr)
            ssh_knownhosts_entry_free(entry);
    }
    return out;
}

bool SshKnownHosts::ensureFile(const QString &file, QString *error)
{
    const QFileInfo info(file);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral("."))) {
            *error = QStringLiteral("cannot create %1").arg(dir.path());
            return false;
        }
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!info.exists()) {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append)) {
            *error = f.errorString();
            return false;
        }
        f.close();
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

} // namespace Remote
