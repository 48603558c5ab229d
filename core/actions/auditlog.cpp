#include "auditlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Actions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Creates the folder chain (0700 for the last one) unless it exists.
QString ensureFolder(const QString &folder)
{
    if (QFileInfo(folder).isDir())
        return {};
    if (!QDir().mkpath(folder))
        return Tr::tr("Could not create the folder %1.").arg(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

QString csvField(const QString &value)
{
    // RFC 4180: quote fields holding a comma, quote, CR or LF; double inner quotes.
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString countText(int count)
{
    return count < 0 ? QString() : QString::number(count);
}

} // namespace

QJsonObject AuditRecord::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("time"),
                  time.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("server"), server);
    object.insert(QStringLiteral("host"), host);
    object.insert(QStringLiteral("account"), account);
    object.insert(QStringLiteral("client"), client);
    object.insert(QStringLiteral("action"), action);
    object.insert(QStringLiteral("arguments"), arguments);
    object.insert(QStringLiteral("ids"), QJsonArray::fromStringList(ids));
    object.insert(QStringLiteral("expected"), expected);
    object.insert(QStringLiteral("reported"), reported);
    object.insert(QStringLiteral("result"), result);
    object.insert(QStringLiteral("detail"), detail);
    object.insert(QStringLiteral("backup"), backup);
    return object;
}

std::optional<AuditRecord> AuditRecord::fromJson(const QJsonObject &object)
{
    // time and action are what makes a line a record; everything else may be missing (older or
    // hand-edited lines) and takes the default.
    const QJsonValue timeValue = object.value(QStringLiteral("time"));
    const QJsonValue actionValue = object.value(QStringLiteral("action"));
    if (!timeValue.isString() || !actionValue.isString() || actionValue.toString().isEmpty())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(timeValue.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(timeValue.toString(), Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;

    AuditRecord record;
    record.time = time.toUTC();
    record.action = actionValue.toString();
    record.server = object.value(QStringLiteral("server")).toString();
    record.host = object.value(QStringLiteral("host")).toString();
    record.account = object.value(QStringLiteral("account")).toString();
    record.client = object.value(QStringLiteral("client")).toString();
    record.arguments = object.value(QStringLiteral("arguments")).toObject();
    const QJsonArray ids = object.value(QStringLiteral("ids")).toArray();
    for (const QJsonValue &id : ids) {
        if (id.isString())
            record.ids.append(id.toString());
    }
    record.expected = object.value(QStringLiteral("expected")).toInt(-1);
    record.reported = object.value(QStringLiteral("reported")).toInt(-1);
    record.result = object.value(QStringLiteral("result")).toString();
    record.detail = object.value(QStringLiteral("detail")).toString();
    record.backup = object.value(QStringLiteral("backup")).toString();
    return record;
}

AuditLog::AuditLog(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{
}

QString AuditLog::defaultPath()
{
    const QString overridden = qEnvironmentVariable("POSTDESK_AUDIT_LOG");
    if (!overridden.isEmpty())
        return overridden;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.local/share");
    return folder + QStringLiteral("/Postdesk/audit.jsonl");
}

QString AuditLog::append(const AuditRecord &record) const
{
    if (m_path.isEmpty())
        return Tr::tr("No audit log file is configured.");
    const QString folderError = ensureFolder(QFileInfo(m_path).absolutePath());
    if (!folderError.isEmpty())
        return folderError;

    QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');

    // One write(2) of the complete line on an O_APPEND descriptor: the kernel places it at the end
    // atomically with respect to other appenders (postdesk and postdesk-cli at the same time), so
    // lines never interleave. QFile would buffer and might split the write.
    const QByteArray nativePath = QFile::encodeName(m_path);
    const int fd = ::open(nativePath.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return Tr::tr("Could not open the audit log %1: %2").arg(m_path, systemError(errno));
    ssize_t written = -1;
    do {
        written = ::write(fd, line.constData(), size_t(line.size()));
    } while (written < 0 && errno == EINTR);
    const int writeError = errno;
    const bool synced = written == line.size() && ::fsync(fd) == 0;
    const int syncError = errno;
    ::close(fd);
    if (written < 0)
        return Tr::tr("Could not write to the audit log %1: %2").arg(m_path, systemError(writeError));
    if (written != line.size())
        return Tr::tr("The audit log %1 took only part of the record (disk full?).").arg(m_path);
    if (!synced)
        return Tr::tr("Could not flush the audit log %1: %2").arg(m_path, systemError(syncError));
    return {};
}

AuditLog::ReadResult AuditLog::read() const
{
    ReadResult result;
    QFile file(m_path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Tr::tr("Could not read the audit log %1: %2").arg(m_path, file.errorString());
        return result;
    }
    const QByteArray content = file.readAll();
    for (const QByteArray &raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            ++result.damagedLines;
            continue;
        }
        const std::optional<AuditRecord> record = AuditRecord::fromJson(document.object());
        if (!record) {
            ++result.damagedLines;
            continue;
        }
        result.records.append(*record);
    }
    return result;
}

QString AuditLog::exportTo(const QString &target, Format format) const
{
    const ReadResult log = read();
    if (!log.error.isEmpty())
        return log.error;

    QByteArray out;
    if (format == Format::JsonLines) {
        for (const AuditRecord &record : log.records) {
            out += QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
            out += '\n';
        }
    } else {
        const QStringList header{QStringLiteral("time"),     QStringLiteral("server"),
                                 QStringLiteral("host"),     QStringLiteral("account"),
                                 QStringLiteral("client"),   QStringLiteral("action"),
                                 QStringLiteral("arguments"), QStringLiteral("ids"),
                                 QStringLiteral("expected"), QStringLiteral("reported"),
                                 QStringLiteral("result"),   QStringLiteral("detail"),
                                 QStringLiteral("backup")};
        out += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
        for (const AuditRecord &record : log.records) {
            const QStringList fields{
                    record.time.toUTC().toString(Qt::ISODateWithMs),
                    record.server,
                    record.host,
                    record.account,
                    record.client,
                    record.action,
                    QString::fromUtf8(QJsonDocument(record.arguments).toJson(QJsonDocument::Compact)),
                    record.ids.join(QLatin1Char(' ')),
                    countText(record.expected),
                    countText(record.reported),
                    record.result,
                    record.detail,
                    record.backup};
            QStringList quoted;
            quoted.reserve(fields.size());
            for (const QString &field : fields)
                quoted.append(csvField(field));
            out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
        }
    }

    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("Could not write %1: %2").arg(target, file.errorString());
    file.write(out);
    if (!file.commit())
        return Tr::tr("Could not write %1: %2").arg(target, file.errorString());
    return {};
}

} // namespace Actions
