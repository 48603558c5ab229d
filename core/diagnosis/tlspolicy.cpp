#include "tlspolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Diagnosis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

struct LevelName
{
    TlsPolicy::Level level;
    const char16_t *name;
};

constexpr LevelName levelNames[] = {
    {TlsPolicy::Level::None, u"none"},       {TlsPolicy::Level::May, u"may"},
    {TlsPolicy::Level::Encrypt, u"encrypt"}, {TlsPolicy::Level::Dane, u"dane"},
    {TlsPolicy::Level::DaneOnly, u"dane-only"}, {TlsPolicy::Level::Fingerprint, u"fingerprint"},
    {TlsPolicy::Level::Verify, u"verify"},   {TlsPolicy::Level::Secure, u"secure"},
};

QStringList defaultMatch(TlsPolicy::Level level, const TlsSettings &settings)
{
    if (level == TlsPolicy::Level::Secure)
        return settings.secureCertMatch();
    if (level == TlsPolicy::Level::Verify)
        return settings.verifyCertMatch();
    return {};
}

} // namespace

bool TlsPolicy::requiresTls() const
{
    return level == Level::Encrypt || requiresVerification();
}

bool TlsPolicy::requiresVerification() const
{
    return level == Level::Fingerprint || level == Level::Verify || level == Level::Secure
            || level == Level::DaneOnly;
}

QString TlsPolicy::describe() const
{
    if (fromMap())
        return Tr::tr("policy %1 in smtp_tls_policy_maps").arg(levelText);
    return Tr::tr("smtp_tls_security_level = %1").arg(levelText);
}

TlsPolicy::Level TlsPolicy::levelFromText(QStringView text)
{
    for (const LevelName &l : levelNames) {
        if (text.compare(QStringView(l.name), Qt::CaseInsensitive) == 0)
            return l.level;
    }
    return Level::Invalid;
}

QString TlsPolicy::levelName(Level level)
{
    for (const LevelName &l : levelNames) {
        if (l.level == level)
            return QString::fromUtf16(l.name);
    }
    return QStringLiteral("invalid");
}

TlsPolicy TlsPolicy::fromSettings(const TlsSettings &settings)
{
    TlsPolicy p;
    p.levelText = settings.securityLevel();
    p.level = levelFromText(p.levelText);
    if (p.level == Level::Invalid)
        p.problem = Tr::tr("smtp_tls_security_level has the unknown value \"%1\"").arg(p.levelText.left(64));
    p.match = defaultMatch(p.level, settings);
    return p;
}

TlsPolicy TlsPolicy::fromEntry(const QString &key, const QString &value, const QString &map,
                               const TlsSettings &settings)
{
    TlsPolicy p;
    p.map = map;
    p.entry = QString(key + u' ' + value).left(300);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = value.split(space, Qt::SkipEmptyParts);
    p.levelText = words.value(0).left(64);
    p.level = levelFromText(p.levelText);
    if (p.level == Level::Invalid) {
        p.problem = words.isEmpty() ? Tr::tr("the entry for %1 has no security level").arg(key)
                                    : Tr::tr("\"%1\" is not a TLS security level").arg(p.levelText);
        return p;
    }
    p.match = defaultMatch(p.level, settings);
    bool explicitMatch = false;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &w = words.at(i);
        const qsizetype eq = w.indexOf(u'=');
        if (eq <= 0) {
            p.level = Level::Invalid;
            p.problem = Tr::tr("\"%1\" is not a name=value attribute").arg(w.left(64));
            return p;
        }
        if (w.left(eq).compare(u"match", Qt::CaseInsensitive) == 0) {
            // Several match= attributes add up. Names are ':'-separated; fingerprints contain ':'
            // themselves, so for that level they are '|'-separated (tls_policy table syntax).
            const QString v = w.mid(eq + 1);
            if (!explicitMatch)
                p.match.clear();
            explicitMatch = true;
            p.match << ((p.level == Level::Fingerprint) ? v.split(u'|', Qt::SkipEmptyParts)
                                                        : v.split(u':', Qt::SkipEmptyParts));
        }
    }
    return p;
}

TlsPolicyLookup TlsPolicyLookup::parse(QByteArrayView out, QByteArrayView err, int exitCode,
                                       const QStringList &keysInOrder)
{
    TlsPolicyLookup r;
    QHash<QString, QString> found;
    for (const QString &line : QString::fromUtf8(out.first(qMin(out.size(), qsizetype(256 * 1024)))).split(u'\n')) {
        const qsizetype tab = line.indexOf(u'\t');
        if (tab > 0)
            found.insert(line.left(tab).trimmed().toLower(), line.mid(tab + 1).trimmed());
    }
    for (const QString &key : keysInOrder) {
        if (found.contains(key)) {
            r.status = TlsPolicyLookup::Status::Found;
            r.key = key;
            r.value = found.value(key);
            return r;
        }
    }
    const QString errText = QString::fromUtf8(err.first(qMin(err.size(), qsizetype(64 * 1024))));
    for (const QString &line : errText.split(u'\n')) {
        if (line.contains(u"fatal:") || line.contains(u"warning:") || line.contains(u"error:")) {
            r.message = line.trimmed().left(300);
            break;
        }
    }
    if (r.message.isEmpty())
        r.message = errText.trimmed().section(u'\n', 0, 0).left(300);
    if (errText.contains(u"Permission denied"))
        r.status = Status::PermissionDenied;
    else if (errText.contains(u"unsupported dictionary type"))
        r.status = Status::Unsupported;
    else if (exitCode == 1 && errText.trimmed().isEmpty())
        r.status = Status::NotFound;
    else if (exitCode == 0 && errText.trimmed().isEmpty())
        r.status = Status::NotFound; // printed only keys we did not ask for
    else
        r.status = Status::Error;
    return r;
}

} // namespace Diagnosis
