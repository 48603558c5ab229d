#include "configcommands.h"

#include "servicecommands.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

CatalogResult failure(const QString &error)
{
    return CatalogResult{RemoteCommand{}, error};
}

constexpr int writeTimeoutMs = 60000;

CatalogResult limited(CatalogResult r, int timeoutMs, qint64 maxOutputBytes)
{
    r.command.timeoutMs = timeoutMs;
    r.command.maxOutputBytes = maxOutputBytes;
    return r;
}
constexpr qint64 smallOutput = 256 * 1024;

// Service-specific parameters carry the master.cf service name, which may hold '-'
// ("postdesk-slow_destination_rate_delay").
bool isParameterName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,127}$"));
    return re.match(name).hasMatch();
}

// postconf -e takes one line per parameter: no line breaks, no NUL.
bool isOneLineValue(QStringView value)
{
    return !value.contains(u'\n') && !value.contains(u'\r') && !value.contains(QChar(0))
            && value.size() <= 8192;
}

// Appends the names as arguments; the plain-words error for the first bad one, else empty.
QString appendNames(const QStringList &names, QList<QByteArray> *args)
{
    if (names.isEmpty())
        return Tr::tr("No Postfix parameter was named.");
    for (const QString &name : names) {
        if (!isParameterName(name))
            return Tr::tr("\"%1\" is not a Postfix parameter name.").arg(name.left(64));
        *args << name.toLatin1();
    }
    return {};
}

bool isMapType(const QString &type)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9]{1,15}$"));
    return re.match(type).hasMatch();
}

// master.cf service names and types: plain tokens only (they end up as SERVICE/TYPE).
bool isServiceName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    return re.match(name).hasMatch();
}

bool isServiceType(const QString &type)
{
    static const QStringList types = {QStringLiteral("unix"), QStringLiteral("inet"), QStringLiteral("fifo"),
                                      QStringLiteral("pass"), QStringLiteral("unix-dgram")};
    return types.contains(type);
}

// A master.cf entry as Postdesk writes it: plain tokens separated by single spaces.
bool isMasterEntry(const QString &entry)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.:/=,$@{}+-]+( [A-Za-z0-9_.:/=,$@{}+-]+){7,40}$"));
    return entry.size() <= 1024 && re.match(entry).hasMatch();
}

// Map keys Postdesk writes: "[smtp.example.com]:587", "slow.example", "user@example.com".
bool isMapKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.:@\\[\\]+-]{1,255}$"));
    return re.match(key).hasMatch() && !key.startsWith(u'-');
}

bool isBackupId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^\\d{8}T\\d{6}Z(-\\d{1,3})?$"));
    return re.match(id).hasMatch();
}

QString checkConfigDir(const QString &dir)
{
    if (!CommandCatalog::isPlainPath(dir))
        return Tr::tr("The configuration directory reported by the server looks wrong: %1").arg(dir.left(200));
    return {};
}

// Rewrites map file $1 without the logical lines whose key is $2 (a key line plus its
// whitespace-led continuation lines), appending $NEW (from stdin, optional) in place of the first
// one or at the end. Every other line stays byte for byte. Written to a temp file in the same
// folder, chmod $3, chown root, then renamed over the original. The new line is handed to awk
// through the environment (awk -v would interpret backslashes; argv would show a secret).
constexpr char mapEditScript[] =
        "set -eu; umask 077; LC_ALL=C; export LC_ALL; f=$1; K=$2; mode=$3; want=$4; NEW=; "
        "if [ \"$want\" = set ]; then IFS= read -r NEW || [ -n \"$NEW\" ] || "
        "{ echo 'no map line on stdin' >&2; exit 2; }; fi; "
        "d=$(dirname -- \"$f\"); [ -d \"$d\" ] || { echo \"folder $d does not exist\" >&2; exit 2; }; "
        "src=$f; [ -e \"$f\" ] || src=/dev/null; "
        "tmp=$(mktemp \"$f.postdesk.XXXXXX\"); trap 'rm -f -- \"$tmp\"' EXIT; "
        "K=$K NEW=$NEW WANT=$want awk 'BEGIN { k = ENVIRON[\"K\"]; done = 0; skip = 0 } "
        "/^[ \\t]/ && skip { next } "
        "{ skip = 0 } "
        "$1 == k { skip = 1; if (ENVIRON[\"WANT\"] == \"set\" && !done) { print ENVIRON[\"NEW\"]; done = 1 } next } "
        "{ print } "
        "END { if (ENVIRON[\"WANT\"] == \"set\" && !done) print ENVIRON[\"NEW\"] }' \"$src\" > \"$tmp\"; "
        "chmod -- \"$mode\" \"$tmp\"; chown -- 0:0 \"$tmp\"; mv -f -- \"$tmp\" \"$f\"; trap - EXIT; "
        "echo \"map=$f\"";

// $1 config dir, $2 wanted ID; then pairs PATH TYPE. INFO JSON on stdin. A taken ID gets "-N".
// Absent files are recorded with "!TYPE" so a restore deletes what the change created.
constexpr char backupCreateScript[] =
        "set -eu; umask 077; LC_ALL=C; export LC_ALL; b=$1/postdesk-backups; id=$2; shift 2; "
        "mkdir -p -- \"$b\"; chown 0:0 -- \"$b\"; chmod 700 -- \"$b\"; "
        "d=$b/$id; n=0; while ! mkdir -- \"$d\" 2>/dev/null; do n=$((n + 1)); "
        "[ \"$n\" -le 999 ] || { echo \"cannot create a backup folder in $b\" >&2; exit 1; }; d=$b/$id-$n; done; "
        "chmod 700 -- \"$d\"; : > \"$d/MANIFEST\"; i=0; "
        "while [ \"$#\" -ge 2 ]; do f=$1; t=$2; shift 2; i=$((i + 1)); "
        "if [ -e \"$f\" ]; then cp -p -- \"$f\" \"$d/$i\"; cmp -s -- \"$f\" \"$d/$i\"; "
        "printf '%s\\t%s\\n' \"$f\" \"$t\" >> \"$d/MANIFEST\"; "
        "else printf '%s\\t!%s\\n' \"$f\" \"$t\" >> \"$d/MANIFEST\"; fi; done; "
        "cat > \"$d/INFO\"; echo \"backup=${d##*/}\"";

// $1 config dir, $2 ID, $3 postmap binary. Copies back (cp -p) and compares every saved file,
// deletes files recorded as absent, then runs postmap for restored map sources.
constexpr char backupRestoreScript[] =
        "set -eu; LC_ALL=C; export LC_ALL; d=$1/postdesk-backups/$2; pm=$3; "
        "[ -f \"$d/MANIFEST\" ] || { echo \"there is no backup $2 on this server\" >&2; exit 3; }; "
        "i=0; bad=0; tab=$(printf '\\t'); "
        "while IFS=$tab read -r f t; do i=$((i + 1)); case $t in "
        "'!'*) rm -f -- \"$f\" || bad=1 ;; "
        "*) if cp -p -- \"$d/$i\" \"$f\" && cmp -s -- \"$d/$i\" \"$f\"; then echo \"restored=$f\"; "
        "else echo \"could not restore $f\" >&2; bad=1; fi ;; esac; done < \"$d/MANIFEST\"; "
        "while IFS=$tab read -r f t; do case $t in '!'*|-|'') ;; "
        "*) \"$pm\" \"$t:$f\" || { echo \"postmap $t:$f failed\" >&2; bad=1; } ;; esac; done < \"$d/MANIFEST\"; "
        "exit $bad";

// $1 config dir. Newest first: "backup=ID", "file=PATH<TAB>TYPE"…, "rolled_back=1" when marked,
// then "info=" and the INFO JSON on the same line.
constexpr char backupListScript[] =
        "set -u; LC_ALL=C; export LC_ALL; b=$1/postdesk-backups; [ -d \"$b\" ] || exit 0; "
        "ls -1 -- \"$b\" | grep -E '^[0-9]{8}T[0-9]{6}Z(-[0-9]{1,3})?$' | sort -r | "
        "while read -r id; do d=$b/$id; [ -f \"$d/MANIFEST\" ] || continue; echo \"backup=$id\"; "
        "sed 's/^/file=/' \"$d/MANIFEST\"; [ -e \"$d/ROLLED_BACK\" ] && echo rolled_back=1; "
        "printf 'info='; tr -d '\\n' < \"$d/INFO\" 2>/dev/null; echo; done";

// $1 config dir, $2 ID.
constexpr char backupMarkScript[] =
        "set -eu; d=$1/postdesk-backups/$2; [ -d \"$d\" ] || { echo \"there is no backup $2\" >&2; exit 3; }; "
        ": > \"$d/ROLLED_BACK\"";

} // namespace

ConfigCommands::ConfigCommands(const ServerCapabilities &capabilities)
    : m_catalog(capabilities)
{
}

CatalogResult ConfigCommands::postconfRead(const QStringList &names) const
{
    QList<QByteArray> args;
    if (const QString e = appendNames(names, &args); !e.isEmpty())
        return failure(e);
    return limited(m_catalog.make(QStringLiteral("postconf"), args, Privilege::User,
                                  Tr::tr("read settings (postconf %1)").arg(names.join(u' '))),
                   30000, 1024 * 1024);
}

CatalogResult ConfigCommands::postconfDefaults(const QStringList &names) const
{
    QList<QByteArray> args = {"-d"};
    if (const QString e = appendNames(names, &args); !e.isEmpty())
        return failure(e);
    return limited(m_catalog.make(QStringLiteral("postconf"), args, Privilege::User,
                                  Tr::tr("read default settings (postconf -d %1)").arg(names.join(u' '))),
                   30000, 1024 * 1024);
}

CatalogResult ConfigCommands::postconfSet(const QList<QPair<QString, QString>> &values) const
{
    if (values.isEmpty())
        return failure(Tr::tr("No Postfix parameter to change."));
    QList<QByteArray> args = {"-e"};
    QStringList names;
    for (const auto &[name, value] : values) {
        if (!isParameterName(name))
            return failure(Tr::tr("\"%1\" is not a Postfix parameter name.").arg(name.left(64)));
        if (!isOneLineValue(value))
            return failure(Tr::tr("The new value of %1 must be one line of text.").arg(name));
        args << (name + u'=' + value).toUtf8();
        names << name;
    }
    return limited(m_catalog.make(QStringLiteral("postconf"), args, Privilege::Root,
                                  Tr::tr("change main.cf (postconf -e %1)").arg(names.join(u' '))),
                   writeTimeoutMs, smallOutput);
}

CatalogResult ConfigCommands::postconfRemove(const QStringList &names) const
{
    QList<QByteArray> args = {"-X"};
    if (const QString e = appendNames(names, &args); !e.isEmpty())
        return failure(e);
    return limited(m_catalog.make(QStringLiteral("postconf"), args, Privilege::Root,
                                  Tr::tr("remove from main.cf (postconf -X %1)").arg(names.join(u' '))),
                   writeTimeoutMs, smallOutput);
}

CatalogResult ConfigCommands::masterSet(const QString &service, const QString &type, const QString &entry) const
{
    if (!isServiceName(service) || !isServiceType(type))
        return failure(Tr::tr("\"%1/%2\" is not a master.cf service Postdesk can write.").arg(service.left(64), type.left(16)));
    if (!isMasterEntry(entry) || !entry.startsWith(service + u' ' + type + u' '))
        return failure(Tr::tr("The master.cf entry for %1 is not a plain service line.").arg(service));
    return limited(m_catalog.make(QStringLiteral("postconf"),
                                  {"-Me", (service + u'/' + type + u'=' + entry).toUtf8()}, Privilege::Root,
                                  Tr::tr("change master.cf (postconf -Me %1/%2)").arg(service, type)),
                   writeTimeoutMs, smallOutput);
}

CatalogResult ConfigCommands::masterRemove(const QString &service, const QString &type) const
{
    if (!isServiceName(service) || !isServiceType(type))
        return failure(Tr::tr("\"%1/%2\" is not a master.cf service Postdesk can write.").arg(service.left(64), type.left(16)));
    return limited(m_catalog.make(QStringLiteral("postconf"), {"-MX", (service + u'/' + type).toUtf8()},
                                  Privilege::Root, Tr::tr("remove from master.cf (postconf -MX %1/%2)").arg(service, type)),
                   writeTimeoutMs, smallOutput);
}

CatalogResult ConfigCommands::postfixCheck() const
{
    return ServiceCommands(m_catalog.capabilities()).postfixCheck();
}

CatalogResult ConfigCommands::postfixReload() const
{
    return limited(m_catalog.make(QStringLiteral("postfix"), {"reload"}, Privilege::Root,
                                  Tr::tr("reload Postfix (postfix reload)")),
                   90000, smallOutput);
}

CatalogResult ConfigCommands::postfixStop() const
{
    return limited(m_catalog.make(QStringLiteral("postfix"), {"stop"}, Privilege::Root,
                                  Tr::tr("stop Postfix (postfix stop)")),
                   120000, smallOutput);
}

CatalogResult ConfigCommands::postfixStart() const
{
    return limited(m_catalog.make(QStringLiteral("postfix"), {"start"}, Privilege::Root,
                                  Tr::tr("start Postfix (postfix start)")),
                   120000, smallOutput);
}

CatalogResult ConfigCommands::postmap(const QString &type, const QString &path) const
{
    if (!isMapType(type))
        return failure(Tr::tr("\"%1\" is not a Postfix map type.").arg(type.left(32)));
    if (!CommandCatalog::isPlainPath(path))
        return failure(Tr::tr("The map path %1 is not a plain absolute path.").arg(path.left(200)));
    return limited(m_catalog.make(QStringLiteral("postmap"), {(type + u':' + path).toUtf8()}, Privilege::Root,
                                  Tr::tr("rebuild the map (postmap %1:%2)").arg(type, path)),
                   120000, smallOutput);
}

CatalogResult ConfigCommands::mapSetEntry(const QString &path, const QString &key, const QByteArray &line,
                                          int mode) const
{
    if (!CommandCatalog::isPlainPath(path))
        return failure(Tr::tr("The map path %1 is not a plain absolute path.").arg(path.left(200)));
    if (!isMapKey(key))
        return failure(Tr::tr("\"%1\" cannot be used as a map key.").arg(key.left(100)));
    if (line.contains('\n') || line.contains('\r') || line.contains('\0'))
        return failure(Tr::tr("A map entry must be one line without control characters."));
    if (!line.startsWith(QByteArray(key.toUtf8() + ' ')))
        return failure(Tr::tr("The map entry does not start with its key."));
    if (mode < 0 || mode > 0777)
        return failure(Tr::tr("The file mode %1 is not valid.").arg(mode, 0, 8));
    return limited(m_catalog.make(QStringLiteral("sh"),
                                  {"-c", mapEditScript, "sh", path.toUtf8(), key.toUtf8(),
                                  '0' + QByteArray::number(mode, 8), "set"},
                                  Privilege::Root, Tr::tr("set the entry %1 in %2").arg(key, path),
                                  line + '\n'),
                   writeTimeoutMs, smallOutput);
}

CatalogResult ConfigCommands::mapRemoveEntry(const QString &path, const QString &key) const
{
    if (!CommandCatalog::isPlainPath(path))
        return failure(Tr::tr("The map path %1 is not a plain absolute path.").arg(path.left(200)));
    if (!isMapKey(key))
        return failure(Tr::tr("\"%1\" cannot be used as a map key.").arg(key.left(100)));
    // Keeps the file's current mode: read it on the server is one more round trip, and removal of
    // an entry must not loosen permissions, so 0600 (root only) is used like for a new file.
    return limited(m_catalog.make(QStringLiteral("sh"),
                                  {"-c", mapEditScript, "sh", path.toUtf8(), key.toUtf8(), "0600", "remove"},
                                  Privilege::Root, Tr::tr("remove the entry %1 from %2").arg(key, path)),
                   writeTimeoutMs, smallOutput);
}

CatalogResult ConfigCommands::backupCreate(const QString &configDir, const QString &id,
                                           const QList<QPair<QString, QString>> &filesAndMapTypes,
                                           const QByteArray &infoJson) const
{
    if (const QString e = checkConfigDir(configDir); !e.isEmpty())
        return failure(e);
    if (!isBackupId(id))
        return failure(Tr::tr("\"%1\" is not a backup name.").arg(id.left(40)));
    if (filesAndMapTypes.isEmpty())
        return failure(Tr::tr("No file to back up."));
    QList<QByteArray> args = {"-c", backupCreateScript, "sh", configDir.toUtf8(), id.toLatin1()};
    for (const auto &[path, type] : filesAndMapTypes) {
        if (!CommandCatalog::isPlainPath(path))
            return failure(Tr::tr("The file %1 is not a plain absolute path.").arg(path.left(200)));
        if (type != u"-" && !isMapType(type))
            return failure(Tr::tr("\"%1\" is not a Postfix map type.").arg(type.left(32)));
        args << path.toUtf8() << type.toLatin1();
    }
    return limited(m_catalog.make(QStringLiteral("sh"), args, Privilege::Root,
                                  Tr::tr("back up the configuration (%1 files)").arg(filesAndMapTypes.size()),
                                  infoJson),
                   writeTimeoutMs, smallOutput);
}

CatalogResult ConfigCommands::backupRestore(const QString &configDir, const QString &id) const
{
    if (const QString e = checkConfigDir(configDir); !e.isEmpty())
        return failure(e);
    if (!isBackupId(id))
        return failure(Tr::tr("\"%1\" is not a backup name.").arg(id.left(40)));
    const QString postmap = m_catalog.binaryPath(QStringLiteral("postmap"));
    return limited(m_catalog.make(QStringLiteral("sh"),
                                  {"-c", backupRestoreScript, "sh", configDir.toUtf8(), id.toLatin1(), postmap.toUtf8()},
                                  Privilege::Root, Tr::tr("restore the configuration backup %1").arg(id)),
                   120000, smallOutput);
}

CatalogResult ConfigCommands::backupList(const QString &configDir) const
{
    if (const QString e = checkConfigDir(configDir); !e.isEmpty())
        return failure(e);
    return limited(m_catalog.make(QStringLiteral("sh"), {"-c", backupListScript, "sh", configDir.toUtf8()},
                                  Privilege::Root, Tr::tr("list configuration backups")),
                   60000, 8 * 1024 * 1024);
}

CatalogResult ConfigCommands::backupMarkRolledBack(const QString &configDir, const QString &id) const
{
    if (const QString e = checkConfigDir(configDir); !e.isEmpty())
        return failure(e);
    if (!isBackupId(id))
        return failure(Tr::tr("\"%1\" is not a backup name.").arg(id.left(40)));
    return limited(m_catalog.make(QStringLiteral("sh"), {"-c", backupMarkScript, "sh", configDir.toUtf8(), id.toLatin1()},
                                  Privilege::Root, Tr::tr("mark the backup %1 as rolled back").arg(id)),
                   30000, smallOutput);
}

CatalogResult ConfigCommands::restartUnit(const QString &unit) const
{
    if (!ServiceCommands::knownUnits().contains(unit))
        return failure(Tr::tr("Unknown service unit: %1").arg(unit.left(100)));
    if (!m_catalog.hasTool(QStringLiteral("systemctl")))
        return failure(ServiceCommands::missingToolText(QStringLiteral("systemctl")));
    return limited(m_catalog.make(QStringLiteral("systemctl"), {"restart", "--", unit.toLatin1()}, Privilege::Root,
                                  Tr::tr("restart %1 (systemctl restart)").arg(unit)),
                   180000, smallOutput);
}

CatalogResult ConfigCommands::pleskRepairMail() const
{
    if (!m_catalog.hasTool(QStringLiteral("plesk")))
        return failure(Tr::tr("This server has no Plesk (the plesk command was not found)."));
    auto r = m_catalog.make(QStringLiteral("plesk"), {"repair", "mail", "-y"}, Privilege::Root,
                            Tr::tr("repair mail configuration (plesk repair mail -y)"));
    r.command.timeoutMs = 600000;
    r.command.streamOutput = true;
    r.command.maxOutputBytes = 16 * 1024 * 1024;
    return r;
}

} // namespace Remote
