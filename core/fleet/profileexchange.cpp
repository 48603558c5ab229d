#include "profileexchange.h"
#include "profilekeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Fleet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Fleet)
};

const QString formatName = QStringLiteral("postdesk-servers");
constexpr int formatVersion = 1;

// Members that would carry a secret: never read, and their presence is reported so the sender
// learns that their file leaked one.
const QStringList secretMembers = {
    QStringLiteral("password"), QStringLiteral("passphrase"), QStringLiteral("secret"),
    QStringLiteral("sudoPassword"), QStringLiteral("token"), QStringLiteral("privateKey"),
};

const QStringList stringMembers = {
    QStringLiteral("name"), QStringLiteral("group"), QStringLiteral("host"), QStringLiteral("user"),
    QStringLiteral("keyFile"), QStringLiteral("proxyJump"), QStringLiteral("knownHostsFile"),
    QStringLiteral("logFile"),
};

QJsonObject alertsToJson(const AlertThresholds &alerts)
{
    QJsonObject o;
    for (const AlertField &field : alertFields())
        o.insert(QLatin1String(field.key), field.get(alerts));
    return o;
}

QJsonObject profileToJson(const ServerProfile &p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("group"), p.group},
        {QStringLiteral("host"), p.host},
        {QStringLiteral("port"), p.port},
        {QStringLiteral("user"), p.user},
        {QStringLiteral("auth"), authMethodKey(p.auth)},
        {QStringLiteral("keyFile"), p.keyFile},
        {QStringLiteral("proxyJump"), p.proxyJump},
        {QStringLiteral("sudo"), sudoModeKey(p.sudoMode)},
        {QStringLiteral("readOnly"), p.readOnly},
        {QStringLiteral("knownHostsFile"), p.knownHostsFile},
        {QStringLiteral("logFile"), p.logFile},
        {QStringLiteral("pollIntervalSeconds"), p.pollIntervalSeconds},
        {QStringLiteral("alerts"), alertsToJson(p.alerts)},
    };
}

// A whole number within [minimum, maximum], else an error text.
QString readInteger(const QJsonValue &value, const QString &member, qint64 minimum, qint64 maximum,
                    qint64 *out)
{
    const double d = value.toDouble();
    if (!value.isDouble() || d != double(qint64(d)))
        return Tr::tr("%1 is not a whole number").arg(member);
    if (qint64(d) < minimum || qint64(d) > maximum)
        return Tr::tr("%1 %2 out of range (%3..%4)").arg(member).arg(qint64(d)).arg(minimum).arg(maximum);
    *out = qint64(d);
    return {};
}

QString readAlerts(const QJsonValue &value, AlertThresholds &alerts)
{
    if (!value.isObject())
        return Tr::tr("alerts is not an object");
    const QJsonObject o = value.toObject();
    for (const AlertField &field : alertFields()) {
        const QString key = QLatin1String(field.key);
        if (!o.contains(key))
            continue;
        qint64 n = 0;
        const QString error = readInteger(o.value(key), QStringLiteral("alerts.") + key, field.minimum,
                                          field.maximum, &n);
        if (!error.isEmpty())
            return error;
        field.set(alerts, n);
    }
    return {};
}

QString readStrings(const QJsonObject &o, ServerProfile &p)
{
    for (const QString &member : stringMembers) {
        if (!o.contains(member))
            continue;
        const QJsonValue v = o.value(member);
        if (!v.isString())
            return Tr::tr("%1 is not a string").arg(member);
        const QString text = v.toString();
        for (const QChar c : text) {
            if (c.category() == QChar::Other_Control)
                return Tr::tr("%1 contains a control character").arg(member);
        }
        QString *field = member == u"name" ? &p.name : member == u"group" ? &p.group
                       : member == u"host" ? &p.host : member == u"user" ? &p.user
                       : member == u"keyFile" ? &p.keyFile : member == u"proxyJump" ? &p.proxyJump
                       : member == u"knownHostsFile" ? &p.knownHostsFile : &p.logFile;
        *field = text;
    }
    return {};
}

QString readEnums(const QJsonObject &o, ServerProfile &p)
{
    if (o.contains(u"auth")) {
        const auto auth = authMethodFromKey(o.value(u"auth").toString());
        if (!auth)
            return Tr::tr("auth must be agent, key or password");
        p.auth = *auth;
    }
    if (o.contains(u"sudo")) {
        const auto sudo = sudoModeFromKey(o.value(u"sudo").toString());
        if (!sudo)
            return Tr::tr("sudo must be auto, none, nopasswd or password");
        p.sudoMode = *sudo;
    }
    if (o.contains(u"readOnly")) {
        if (!o.value(u"readOnly").isBool())
            return Tr::tr("readOnly is not true or false");
        p.readOnly = o.value(u"readOnly").toBool();
    }
    return {};
}

QString readNumbers(const QJsonObject &o, ServerProfile &p)
{
    qint64 n = 0;
    if (o.contains(u"port")) {
        const QString error = readInteger(o.value(u"port"), QStringLiteral("port"), 1, 65535, &n);
        if (!error.isEmpty())
            return error;
        p.port = int(n);
    }
    if (o.contains(u"pollIntervalSeconds")) {
        const QString error = readInteger(o.value(u"pollIntervalSeconds"),
                                          QStringLiteral("pollIntervalSeconds"), 0, 86400, &n);
        if (!error.isEmpty())
            return error;
        if (!isValidPollInterval(n))
            return Tr::tr("pollIntervalSeconds must be 0 or 5..86400");
        p.pollIntervalSeconds = int(n);
    }
    if (o.contains(u"alerts"))
        return readAlerts(o.value(u"alerts"), p.alerts);
    return {};
}

// One entry of "servers"; an empty error means p is usable.
QString readProfile(const QJsonValue &value, ServerProfile &p, QStringList &secrets)
{
    if (!value.isObject())
        return Tr::tr("not an object");
    const QJsonObject o = value.toObject();
    for (const QString &member : secretMembers) {
        if (o.contains(member))
            secrets.append(member);
    }
    if (o.contains(u"id")) {
        p.id = QUuid::fromString(o.value(u"id").toString());
        if (p.id.isNull())
            return Tr::tr("id is not a UUID");
    }
    QString error = readStrings(o, p);
    if (error.isEmpty())
        error = readEnums(o, p);
    if (error.isEmpty())
        error = readNumbers(o, p);
    if (error.isEmpty() && p.name.trimmed().isEmpty() && p.host.trimmed().isEmpty())
        error = Tr::tr("neither name nor host");
    if (error.isEmpty() && p.auth == Remote::AuthMethod::KeyFile && p.keyFile.isEmpty())
        error = Tr::tr("auth is key but keyFile is empty");
    return error;
}

} // namespace

QByteArray exportProfiles(const QList<ServerProfile> &profiles)
{
    QJsonArray servers;
    for (const ServerProfile &p : profiles)
        servers.append(profileToJson(p));
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("servers"), servers}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProfileImport importProfiles(QByteArrayView json)
{
    ProfileImport result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = Tr::tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(u"format").toString() != formatName) {
        result.error = Tr::tr("not a Postdesk server list (format \"%1\" expected)").arg(formatName);
        return result;
    }
    if (root.value(u"version").toInt(-1) != formatVersion) {
        result.error = Tr::tr("unsupported version %1 of the server list (this Postdesk reads %2)")
                               .arg(root.value(u"version").toVariant().toString()).arg(formatVersion);
        return result;
    }
    if (!root.value(u"servers").isArray()) {
        result.error = Tr::tr("the server list has no \"servers\" array");
        return result;
    }
    const QJsonArray servers = root.value(u"servers").toArray();
    QSet<QUuid> seen;
    for (qsizetype i = 0; i < servers.size(); ++i) {
        ServerProfile p;
        QStringList secrets;
        const QString error = readProfile(servers.at(i), p, secrets);
        const QString label = Tr::tr("server %1").arg(i + 1);
        if (!secrets.isEmpty())
            result.issues.append(Tr::tr("%1: secret members ignored (%2): never share secrets in this file")
                                         .arg(label, secrets.join(QStringLiteral(", "))));
        if (!error.isEmpty()) {
            result.issues.append(Tr::tr("%1: %2, skipped").arg(label, error));
            continue;
        }
        if (p.id.isNull())
            p.id = QUuid::createUuid();
        if (seen.contains(p.id)) {
            result.issues.append(Tr::tr("%1: id %2 appears twice, skipped").arg(label, p.id.toString(QUuid::WithoutBraces)));
            continue;
        }
        seen.insert(p.id);
        result.profiles.append(p);
    }
    return result;
}

ProfileMerge mergeProfiles(const QList<ServerProfile> &existing, const QList<ServerProfile> &incoming)
{
    ProfileMerge merge;
    QStringList takenNames;
    for (const ServerProfile &p : existing)
        takenNames.append(p.displayName().toLower());
    for (ServerProfile p : incoming) {
        const bool sameId = std::any_of(existing.cbegin(), existing.cend(),
                                        [&](const ServerProfile &e) { return e.id == p.id; });
        if (sameId) {
            ++merge.replaced;
        } else if (takenNames.contains(p.displayName().toLower())) {
            QString name = p.displayName() + Tr::tr(" (imported)");
            for (int n = 2; takenNames.contains(name.toLower()); ++n)
                name = p.displayName() + Tr::tr(" (imported %1)").arg(n);
            p.name = name;
            takenNames.append(name.toLower()); // a second clash gets "(imported 2)"
            ++merge.renamed;
        } else {
            ++merge.added; // names inside the incoming list are not compared with each other
        }
        merge.toSave.append(p);
    }
    return merge;
}

} // namespace Fleet
