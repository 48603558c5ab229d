#include "saslmap.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Diagnosis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

QString lossy(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

QString octal(int mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

CheckResult finding(Verdict verdict, const QString &summary, const QString &advice = {})
{
    CheckResult r;
    r.verdict = verdict;
    r.summary = summary;
    r.advice = advice;
    return r;
}

bool isPlainAbsolutePath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^(/[A-Za-z0-9_.+-]+)+$"));
    return re.match(path).hasMatch() && !path.contains(QStringLiteral("/../"))
            && !path.endsWith(QStringLiteral("/.."));
}

} // namespace

QList<SaslMap> SaslMap::parseList(QStringView value)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    static const QRegularExpression typeName(QStringLiteral("^[a-z][a-z0-9_]*$"));
    QList<SaslMap> maps;
    for (const QString &item : value.toString().split(separators, Qt::SkipEmptyParts)) {
        SaslMap m;
        QString spec = item;
        if (spec.startsWith(u"proxy:"))
            spec = spec.mid(6);
        const qsizetype colon = spec.indexOf(u':');
        m.m_type = colon > 0 ? spec.left(colon).toLower() : QString();
        m.m_lookupSpec = spec;
        if (colon <= 0 || !typeName.match(m.m_type).hasMatch()) {
            m.m_type.clear();
            m.m_lookupSpec.clear();
            m.m_error = Tr::tr("A table has no type: write it as TYPE:PATH (postconf -h "
                               "default_database_type names the type).");
            maps << m;
            continue;
        }
        if (!m.holdsLoginInline()) {
            m.m_path = spec.mid(colon + 1);
            if (!isPlainAbsolutePath(m.m_path) || m.m_path.size() > 1024) {
                // Not quoted back: a mistyped "user:password" would land here.
                m.m_error = Tr::tr("The %1: table's path is not a plain absolute path.").arg(m.m_type);
                m.m_lookupSpec.clear();
            }
        }
        maps << m;
    }
    return maps;
}

QString SaslMap::displaySpec() const
{
    if (holdsLoginInline())
        return m_type + QStringLiteral(":********");
    return m_lookupSpec;
}

QString SaslMap::indexSuffix() const
{
    if (m_type == u"hash" || m_type == u"btree")
        return QStringLiteral(".db");
    if (m_type == u"lmdb")
        return QStringLiteral(".lmdb");
    if (m_type == u"cdb")
        return QStringLiteral(".cdb");
    return {};
}

bool SaslMap::isPlainFile() const
{
    static const QStringList fileTypes = {
        QStringLiteral("hash"),   QStringLiteral("btree"), QStringLiteral("lmdb"),
        QStringLiteral("cdb"),    QStringLiteral("texthash"), QStringLiteral("regexp"),
        QStringLiteral("pcre"),   QStringLiteral("cidr"),
    };
    return isValid() && fileTypes.contains(m_type);
}

QHash<QString, SaslMap::FileInfo> SaslMap::parseStat(QByteArrayView output)
{
    static const QRegularExpression re(QStringLiteral("^([0-7]{1,4}) (\\d+) (\\S+) (\\d+) (/\\S+)$"));
    QHash<QString, FileInfo> files;
    for (const QByteArray &raw : output.toByteArray().split('\n')) {
        const auto m = re.match(lossy(raw).trimmed());
        if (!m.hasMatch())
            continue;
        FileInfo f;
        f.mode = m.captured(1).toInt(nullptr, 8);
        f.uid = m.captured(2).toInt();
        f.owner = m.captured(3);
        f.mtime = m.captured(4).toLongLong();
        f.path = m.captured(5);
        files.insert(f.path, f);
    }
    return files;
}

CheckResult SaslMap::evaluateFiles(const QHash<QString, FileInfo> &files) const
{
    const QString suffix = indexSuffix();
    const std::optional<FileInfo> text = files.contains(m_path) ? std::optional(files.value(m_path)) : std::nullopt;
    const QString indexPath = m_path + suffix;
    const std::optional<FileInfo> index = !suffix.isEmpty() && files.contains(indexPath)
            ? std::optional(files.value(indexPath)) : std::nullopt;
    QStringList evidence;
    for (const auto &f : {text, index}) {
        if (f)
            evidence << QStringLiteral("%1 %2 uid %3 %4").arg(octal(f->mode), f->owner).arg(f->uid).arg(f->path);
    }
    // An index of the other type (lmdb built, hash configured): postmap ran with the wrong type.
    QString strayIndex;
    for (const QString &other : {QStringLiteral(".db"), QStringLiteral(".lmdb"), QStringLiteral(".cdb")}) {
        if (other != suffix && files.contains(m_path + other)) {
            strayIndex = m_path + other;
            evidence << QStringLiteral("%1 %2 uid %3 %4").arg(octal(files.value(strayIndex).mode),
                                                                files.value(strayIndex).owner)
                                .arg(files.value(strayIndex).uid).arg(strayIndex);
        }
    }
    const QString postmapLine = QStringLiteral("postmap %1").arg(m_lookupSpec);

    CheckResult r;
    if (!text && !index) {
        r = finding(Verdict::Failed, Tr::tr("%1 does not exist.").arg(suffix.isEmpty() ? m_path : indexPath),
                    Tr::tr("Create %1 with a line \"[relay]:port user:password\" (same form as relayhost), "
                           "chmod 600 it, run \"%2\" and \"postfix reload\".").arg(m_path, postmapLine));
    } else if (!suffix.isEmpty() && !index) {
        if (!strayIndex.isEmpty())
            r = finding(Verdict::Failed, Tr::tr("%1 was built as another table type (%2), but "
                                                "smtp_sasl_password_maps says %3:.").arg(m_path, strayIndex, m_type),
                        Tr::tr("Run \"postmap %1\" (the type of postconf -h default_database_type), or "
                               "change smtp_sasl_password_maps to the type that was built.").arg(m_lookupSpec));
        else
            r = finding(Verdict::Failed, Tr::tr("%1 exists but %2 was never built.").arg(m_path, indexPath),
                        Tr::tr("Run \"%1\" and \"postfix reload\".").arg(postmapLine));
    } else {
        r = finding(Verdict::Ok, Tr::tr("%1 exists, is root-only and up to date.").arg(suffix.isEmpty() ? m_path : indexPath));
        QStringList problems;
        for (const auto &f : {text, index}) {
            if (!f)
                continue;
            if (f->mode & 0077)
                problems << Tr::tr("%1 is mode %2 (others can read the login): chmod 600 %1").arg(f->path, octal(f->mode));
            if (f->uid != 0)
                problems << Tr::tr("%1 belongs to %2, not root: chown root:root %1").arg(f->path, f->owner);
        }
        if (text && index && index->mtime < text->mtime)
            problems << Tr::tr("%1 was changed after %2 was built: run \"%3\"").arg(m_path, indexPath, postmapLine);
        if (!problems.isEmpty()) {
            r.verdict = Verdict::Warning;
            r.summary = problems.first();
            r.advice = problems.join(QStringLiteral("; ")) + u'.';
        } else if (!suffix.isEmpty() && !text) {
            r.summary = Tr::tr("%1 is root-only; its source %2 was removed (Postfix reads only the index).")
                                .arg(indexPath, m_path);
        }
    }
    r.evidence = evidence;
    return r;
}

QHash<QString, QString> SaslMap::parseLookup(QByteArrayView output)
{
    QHash<QString, QString> found;
    for (const QByteArray &raw : output.toByteArray().split('\n')) {
        QByteArray line = raw;
        if (line.endsWith('\r'))
            line.chop(1);
        qsizetype sep = 0;
        while (sep < line.size() && line.at(sep) != ' ' && line.at(sep) != '\t')
            ++sep;
        if (sep == 0 || sep >= line.size())
            continue;
        qsizetype value = sep;
        while (value < line.size() && (line.at(value) == ' ' || line.at(value) == '\t'))
            ++value;
        found.insert(QString::fromUtf8(line.left(sep)).toLower(), QString::fromUtf8(line.mid(value)));
    }
    return found;
}

CheckResult SaslMap::evaluateKeys(const RelayHost &relay, const QHash<QString, QString> &found,
                                  const QString &mapName, bool senderDependent)
{
    const QStringList keys = relay.lookupKeys();
    const QString exact = keys.last();
    for (const QString &key : keys) {
        if (!found.contains(key))
            continue;
        const auto login = SaslLogin::fromMapValue(found.value(key));
        if (!login)
            return finding(Verdict::Failed,
                           Tr::tr("The entry \"%1\" in %2 is not in the form user:password.").arg(key, mapName),
                           Tr::tr("Write it as \"%1 user:password\", then run postmap and postfix reload.").arg(exact));
        CheckResult r = finding(Verdict::Ok, Tr::tr("%1 holds a login for %2 (user %3).").arg(mapName, key, login->user));
        if (key != exact && relay.hostKeyDependsOnMx()) {
            r.verdict = Verdict::Warning;
            r.summary = Tr::tr("%1 has the key \"%2\", which Postfix finds only when the relay's MX host has "
                               "that same name.").arg(mapName, key);
            r.advice = Tr::tr("Use the key \"%1\" (the same form as relayhost), then run postmap.").arg(exact);
        }
        r.evidence << Tr::tr("key \"%1\" found (value hidden)").arg(key);
        return r;
    }
    QStringList mismatches;
    for (const QString &form : relay.otherKeyForms()) {
        if (found.contains(form))
            mismatches << form;
    }
    CheckResult r;
    if (!mismatches.isEmpty()) {
        r = finding(Verdict::Failed,
                    Tr::tr("Key form does not match relayhost: %1 has \"%2\" but relayhost is \"%3\", so Postfix "
                           "sends no login.").arg(mapName, mismatches.first(), relay.text()),
                    Tr::tr("Change the key to \"%1\" (brackets and port exactly as in relayhost), run postmap "
                           "and postfix reload.").arg(exact));
        for (const QString &m : mismatches)
            r.evidence << Tr::tr("key \"%1\" found (value hidden)").arg(m);
    } else {
        r = finding(senderDependent ? Verdict::Warning : Verdict::Failed,
                    Tr::tr("%1 has no login for %2.").arg(mapName, exact),
                    Tr::tr("Add \"%1 user:password\" to the file, run postmap and postfix reload.").arg(exact));
        if (senderDependent)
            r.summary += u' ' + Tr::tr("Sender-dependent logins are on: senders' own keys may still match.");
    }
    for (const QString &key : keys)
        r.evidence << Tr::tr("key \"%1\" not found").arg(key);
    return r;
}

std::optional<SaslLogin> SaslLogin::fromMapValue(const QString &value)
{
    const qsizetype colon = value.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    SaslLogin login{value.left(colon), value.mid(colon + 1)};
    if (login.user.contains(u'\n') || login.password.contains(u'\n'))
        return std::nullopt;
    return login;
}

QByteArray SaslLogin::authStdin() const
{
    const QByteArray user8 = user.toUtf8();
    const QByteArray password8 = password.toUtf8();
    const QByteArray plain = QByteArray(1, '\0') + user8 + QByteArray(1, '\0') + password8;
    return plain.toBase64() + '\n' + user8.toBase64() + '\n' + password8.toBase64() + '\n';
}

CheckResult evaluateSaslPlugins(QByteArrayView findOutput)
{
    QStringList plugins;
    QStringList dirs;
    for (const QByteArray &raw : findOutput.toByteArray().split('\n')) {
        const QString path = lossy(raw).trimmed();
        if (!path.startsWith(u'/') || !path.contains(QStringLiteral("/sasl2/")))
            continue;
        const QString name = path.section(u'/', -1);
        const QString dir = path.section(u'/', 0, -2);
        if (!dirs.contains(dir))
            dirs << dir;
        static const QRegularExpression plugin(QStringLiteral("^lib([a-z0-9]+)\\.so"));
        const auto m = plugin.match(name);
        if (m.hasMatch() && !plugins.contains(m.captured(1)))
            plugins << m.captured(1);
    }
    plugins.sort();
    const bool plain = plugins.contains(u"plain");
    const bool login = plugins.contains(u"login");
    CheckResult r;
    r.evidence << Tr::tr("plugin folders: %1").arg(dirs.isEmpty() ? Tr::tr("none") : dirs.join(u' '));
    r.evidence << Tr::tr("plugins: %1").arg(plugins.isEmpty() ? Tr::tr("none") : plugins.join(u' '));
    const QString install = Tr::tr("Install libsasl2-modules (Debian/Ubuntu) or cyrus-sasl-plain (RHEL/Alma/Rocky), "
                                   "then run \"postfix reload\".");
    if (!plain && !login) {
        r.verdict = Verdict::Failed;
        r.summary = Tr::tr("The Cyrus SASL PLAIN and LOGIN plugins are missing: Postfix logs \"no mechanism "
                           "available\" and cannot log in to the relay.");
        r.advice = install;
    } else if (!plain || !login) {
        r.verdict = Verdict::Ok;
        r.summary = Tr::tr("The Cyrus SASL %1 plugin is installed (%2 is missing).")
                            .arg(plain ? QStringLiteral("PLAIN") : QStringLiteral("LOGIN"),
                                 plain ? QStringLiteral("LOGIN") : QStringLiteral("PLAIN"));
    } else {
        r.verdict = Verdict::Ok;
        r.summary = Tr::tr("The Cyrus SASL PLAIN and LOGIN plugins are installed.");
    }
    return r;
}

} // namespace Diagnosis
