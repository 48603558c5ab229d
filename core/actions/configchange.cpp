#include "configchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Actions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

const QString mask = QStringLiteral("•••");

QString mapLineText(const MapEntryChange &change)
{
    return change.key + u' ' + (change.secret ? mask : QString::fromUtf8(change.value));
}

} // namespace

ParamChange ParamChange::set(const QString &name, const QString &value)
{
    ParamChange p;
    p.name = name;
    p.newValue = value;
    return p;
}

ParamChange ParamChange::removal(const QString &name)
{
    ParamChange p;
    p.name = name;
    p.remove = true;
    return p;
}

bool MapEntryChange::isMapType(const QString &type)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9]{1,15}$"));
    return re.match(type).hasMatch();
}

QString ConfigChangePlan::diffText() const
{
    QString out;
    if (!params.isEmpty()) {
        out += QStringLiteral("main.cf:\n");
        for (const ParamChange &p : params) {
            if (p.wasExplicit || !p.oldValue.isEmpty())
                out += QStringLiteral("- %1 = %2\n").arg(p.name, p.oldValue);
            if (p.remove)
                out += QStringLiteral("+ %1 (%2)\n").arg(p.name, Tr::tr("removed: back to the default"));
            else
                out += QStringLiteral("+ %1 = %2\n").arg(p.name, p.newValue);
        }
    }
    if (!master.isEmpty()) {
        out += QStringLiteral("master.cf:\n");
        for (const MasterEntryChange &m : master) {
            if (m.remove)
                out += QStringLiteral("- %1/%2\n").arg(m.service, m.type);
            else
                out += QStringLiteral("+ %1\n").arg(m.entry);
        }
    }
    QString lastPath;
    for (const MapEntryChange &m : maps) {
        if (m.path != lastPath) {
            out += m.path + QStringLiteral(":\n");
            lastPath = m.path;
        }
        if (m.remove)
            out += QStringLiteral("- %1 …\n").arg(m.key);
        else
            out += QStringLiteral("+ %1\n").arg(mapLineText(m));
    }
    return out;
}

QJsonObject ConfigChangePlan::toAuditJson() const
{
    QJsonArray paramArray;
    for (const ParamChange &p : params) {
        QJsonObject o{{QStringLiteral("name"), p.name}, {QStringLiteral("old"), p.oldValue}};
        if (p.remove)
            o.insert(QStringLiteral("remove"), true);
        else
            o.insert(QStringLiteral("new"), p.newValue);
        paramArray.append(o);
    }
    QJsonArray mapArray;
    for (const MapEntryChange &m : maps) {
        // Keys only: a map value may be a secret, and the audit log never holds one.
        QJsonObject o{{QStringLiteral("path"), m.path}, {QStringLiteral("type"), m.mapType},
                      {QStringLiteral("key"), m.key}};
        if (m.remove)
            o.insert(QStringLiteral("remove"), true);
        mapArray.append(o);
    }
    QJsonArray masterArray;
    for (const MasterEntryChange &m : master) {
        QJsonObject o{{QStringLiteral("service"), m.service}, {QStringLiteral("type"), m.type}};
        if (m.remove)
            o.insert(QStringLiteral("remove"), true);
        else
            o.insert(QStringLiteral("entry"), m.entry);
        masterArray.append(o);
    }
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("params"), paramArray},
                       {QStringLiteral("maps"), mapArray},
                       {QStringLiteral("master"), masterArray}};
}

QJsonObject BackupInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("time"), time.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("account"), account},
                       {QStringLiteral("client"), client},
                       {QStringLiteral("files"), QJsonArray::fromStringList(files)},
                       {QStringLiteral("rolledBack"), rolledBack}};
}

BackupInfo BackupInfo::fromJson(const QJsonObject &object)
{
    BackupInfo info;
    info.id = object.value(QStringLiteral("id")).toString();
    info.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODate).toUTC();
    info.kind = object.value(QStringLiteral("kind")).toString();
    info.title = object.value(QStringLiteral("title")).toString();
    info.account = object.value(QStringLiteral("account")).toString();
    info.client = object.value(QStringLiteral("client")).toString();
    const QJsonArray files = object.value(QStringLiteral("files")).toArray();
    for (const QJsonValue &f : files)
        info.files << f.toString();
    info.rolledBack = object.value(QStringLiteral("rolledBack")).toBool();
    return info;
}

bool BackupInfo::isValidId(QStringView id)
{
    static const QRegularExpression re(QStringLiteral("^\\d{8}T\\d{6}Z(-\\d{1,3})?$"));
    return re.match(id.toString()).hasMatch();
}

QString ConfigChangeResult::summaryText() const
{
    switch (outcome) {
    case Outcome::Applied:
        return backupId.isEmpty() ? Tr::tr("Done.")
                                  : Tr::tr("Applied and verified. Backup %1 can undo it.").arg(backupId);
    case Outcome::RolledBack:
        return Tr::tr("The change failed and was undone: the backup %1 was restored and Postfix "
                      "reloaded. Reason: %2").arg(backupId, error);
    case Outcome::RollbackFailed:
        return Tr::tr("ATTENTION: the change failed AND restoring the backup %1 failed. The server's "
                      "Postfix configuration needs a person now. Reason: %2").arg(backupId, error);
    case Outcome::Failed:
        return Tr::tr("Nothing was changed: %1").arg(error);
    case Outcome::Canceled:
        return backupId.isEmpty() ? Tr::tr("Canceled; nothing was changed.")
                                  : Tr::tr("Canceled; the backup %1 was restored.").arg(backupId);
    }
    return {};
}

} // namespace Actions
