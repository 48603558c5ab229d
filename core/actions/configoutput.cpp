#include "configoutput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace Actions {

namespace {

QList<QByteArrayView> lines(QByteArrayView text)
{
    QList<QByteArrayView> out;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        out << line;
        start = end + 1;
    }
    return out;
}

QString collapse(const QString &text)
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    return text.simplified().replace(ws, QStringLiteral(" "));
}

} // namespace

QHash<QString, QString> ConfigOutput::parsePostconf(QByteArrayView text)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z][A-Za-z0-9_-]*) =(?: (.*))?$"));
    QHash<QString, QString> values;
    for (QByteArrayView line : lines(text)) {
        const auto m = re.match(QString::fromUtf8(line));
        if (m.hasMatch())
            values.insert(m.captured(1), m.captured(2).trimmed());
    }
    return values;
}

QHash<QString, QString> ConfigOutput::parseMaster(QByteArrayView text)
{
    QHash<QString, QString> entries;
    for (QByteArrayView line : lines(text)) {
        const QString entry = normalizedEntry(QString::fromUtf8(line));
        const QStringList fields = entry.split(u' ');
        if (fields.size() < 8 || entry.startsWith(u'#'))
            continue;
        entries.insert(fields.at(0) + u'/' + fields.at(1), entry);
    }
    return entries;
}

QString ConfigOutput::normalizedEntry(const QString &entry)
{
    return collapse(entry);
}

QString ConfigOutput::normalizedValue(const QString &value)
{
    return collapse(value);
}

QList<ConfigOutput::BackupListing> ConfigOutput::parseBackupList(QByteArrayView text)
{
    QList<BackupListing> out;
    for (QByteArrayView raw : lines(text)) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(u"backup=")) {
            const QString id = line.mid(7);
            if (!BackupInfo::isValidId(id)) {
                out << BackupListing{}; // placeholder, dropped below
                continue;
            }
            BackupListing listing;
            listing.info.id = id;
            out << listing;
            continue;
        }
        if (out.isEmpty() || out.last().info.id.isEmpty())
            continue;
        BackupListing &current = out.last();
        if (line.startsWith(u"file=")) {
            const QString rest = line.mid(5);
            const int tab = rest.indexOf(u'\t');
            if (tab > 0)
                current.files << qMakePair(rest.left(tab), rest.mid(tab + 1));
        } else if (line == u"rolled_back=1") {
            current.info.rolledBack = true;
        } else if (line.startsWith(u"info=")) {
            const QJsonDocument doc = QJsonDocument::fromJson(raw.sliced(5).toByteArray());
            const bool rolledBack = current.info.rolledBack;
            const QString id = current.info.id;
            if (doc.isObject())
                current.info = BackupInfo::fromJson(doc.object());
            current.info.id = id; // the folder name wins (a taken ID got "-N")
            current.info.rolledBack = current.info.rolledBack || rolledBack;
        }
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const BackupListing &l) { return l.info.id.isEmpty(); }),
              out.end());
    for (BackupListing &listing : out) {
        if (listing.info.files.isEmpty())
            for (const auto &f : std::as_const(listing.files))
                listing.info.files << f.first;
        if (!listing.info.time.isValid())
            listing.info.time = QDateTime::fromString(listing.info.id.left(16), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        listing.info.time.setTimeZone(QTimeZone::utc());
    }
    std::stable_sort(out.begin(), out.end(), [](const BackupListing &a, const BackupListing &b) {
        if (a.info.time != b.info.time)
            return a.info.time > b.info.time;
        const auto suffix = [](const QString &id) { return id.size() > 16 ? id.mid(17).toInt() : -1; };
        return suffix(a.info.id) > suffix(b.info.id);
    });
    return out;
}

QString ConfigOutput::parseCreatedBackupId(QByteArrayView text)
{
    for (QByteArrayView raw : lines(text)) {
        if (raw.startsWith("backup=")) {
            const QString id = QString::fromLatin1(raw.sliced(7));
            if (BackupInfo::isValidId(id))
                return id;
        }
    }
    return {};
}

QString ConfigOutput::mapDatabaseFile(const QString &type, const QString &path)
{
    if (type == u"hash" || type == u"btree")
        return path + QStringLiteral(".db");
    if (type == u"lmdb")
        return path + QStringLiteral(".lmdb");
    if (type == u"cdb")
        return path + QStringLiteral(".cdb");
    return {};
}

bool ConfigOutput::checkOutputFails(QByteArrayView output)
{
    static const QRegularExpression re(QStringLiteral("(^|\\s)(fatal|error|panic):"),
                                       QRegularExpression::CaseInsensitiveOption);
    for (QByteArrayView line : lines(output))
        if (re.match(QString::fromUtf8(line)).hasMatch())
            return true;
    return false;
}

QStringList ConfigOutput::checkWarnings(QByteArrayView output)
{
    QStringList out;
    for (QByteArrayView line : lines(output)) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.contains(QStringLiteral("warning:")) && out.size() < 20)
            out << text;
    }
    return out;
}

} // namespace Actions
