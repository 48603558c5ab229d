#include "servicestatus.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Diagnosis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
};

constexpr int maxIssues = 50;
constexpr int maxMatchedLines = 40;

QStringList decodedLines(QByteArrayView output)
{
    QStringList lines;
    const QString text = QString::fromUtf8(output);
    for (QStringView line : QStringView(text).split(u'\n')) {
        const QString trimmed = line.trimmed().toString();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

QStringList linesMatching(QByteArrayView output, const QRegularExpression &re)
{
    QStringList found;
    for (const QString &line : decodedLines(output)) {
        if (re.match(line).hasMatch()) {
            found.append(line.left(500));
            if (found.size() >= maxMatchedLines)
                break;
        }
    }
    return found;
}

} // namespace

QString UnitState::line() const
{
    if (!exists())
        return Tr::tr("%1: not installed").arg(id);
    return QStringLiteral("%1: %2, %3 (%4)").arg(id, loadState, activeState, subState);
}

namespace ServiceStatus {

QStringList unitNames(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Postfix:
        return {QStringLiteral("postfix.service"), QStringLiteral("postfix@-.service")};
    case ServiceKind::Amavis:
        return {QStringLiteral("amavis.service"), QStringLiteral("amavisd.service"),
                QStringLiteral("amavisd-new.service")};
    case ServiceKind::Dovecot:
        return {QStringLiteral("dovecot.service")};
    }
    return {};
}

QString serviceName(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Postfix:
        return QStringLiteral("Postfix");
    case ServiceKind::Amavis:
        return QStringLiteral("Amavis");
    case ServiceKind::Dovecot:
        return QStringLiteral("Dovecot");
    }
    return {};
}

Postfix::Parsed<UnitState> parseSystemctlShow(QByteArrayView output)
{
    Postfix::Parsed<UnitState> parsed;
    UnitState current;
    bool any = false;
    auto flush = [&] {
        if (any && !current.id.isEmpty())
            parsed.values.append(current);
        current = {};
        any = false;
    };
    const QString text = QString::fromUtf8(output);
    qsizetype number = 0;
    for (QStringView raw : QStringView(text).split(u'\n')) {
        ++number;
        const QStringView line = raw.trimmed();
        if (line.isEmpty()) {
            flush();
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            if (parsed.issues.size() < maxIssues)
                parsed.issues.append({number, Tr::tr("Not a systemctl property line: %1").arg(line.left(200))});
            continue;
        }
        const QStringView key = line.left(eq);
        const QString value = line.mid(eq + 1).toString();
        any = true;
        if (key == u"Id")
            current.id = value;
        else if (key == u"LoadState")
            current.loadState = value;
        else if (key == u"ActiveState")
            current.activeState = value;
        else if (key == u"SubState")
            current.subState = value;
    }
    flush();
    return parsed;
}

QStringList systemctlComplaint(QByteArrayView stdErr)
{
    return decodedLines(stdErr).mid(0, 3);
}

Postfix::Parsed<ProcessEntry> parsePs(QByteArrayView output)
{
    Postfix::Parsed<ProcessEntry> parsed;
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)\\s+(\\S+)\\s+(\\S+)(?:\\s+(.*))?$"));
    const QString text = QString::fromUtf8(output);
    qsizetype number = 0;
    for (QStringView raw : QStringView(text).split(u'\n')) {
        ++number;
        if (raw.trimmed().isEmpty())
            continue;
        const auto m = re.match(raw.toString());
        if (!m.hasMatch()) {
            if (parsed.issues.size() < maxIssues)
                parsed.issues.append({number, Tr::tr("Not a ps line: %1").arg(raw.left(200))});
            continue;
        }
        parsed.values.append({m.captured(1).toLongLong(), m.captured(2), m.captured(3), m.captured(4).trimmed()});
    }
    return parsed;
}

QList<ProcessEntry> processesOf(const QList<ProcessEntry> &processes, ServiceKind kind)
{
    static const QRegularExpression postfixMaster(QStringLiteral("^(\\S*/postfix/\\S*/master|\\S*/master -[wd]|master -[wd])(\\s|$)"));
    static const QRegularExpression amavis(QStringLiteral("^(\\S*/)?amavisd(-new)?(\\s|$|\\s*\\()"));
    static const QRegularExpression dovecot(QStringLiteral("^(\\S*/)?dovecot(\\s|$)"));
    static const QRegularExpression amavisName(QStringLiteral("^amavisd(-new)?$"));
    const QRegularExpression &re = kind == ServiceKind::Postfix ? postfixMaster
                                   : kind == ServiceKind::Amavis ? amavis
                                                                 : dovecot;
    QList<ProcessEntry> found;
    for (const ProcessEntry &p : processes) {
        const bool byName = kind == ServiceKind::Amavis ? amavisName.match(p.comm).hasMatch()
                                                        : kind == ServiceKind::Dovecot && p.comm == u"dovecot";
        if (byName || re.match(p.args).hasMatch())
            found.append(p);
    }
    return found;
}

QStringList warningLines(QByteArrayView output)
{
    static const QRegularExpression re(QStringLiteral("\\bwarning:"), QRegularExpression::CaseInsensitiveOption);
    return linesMatching(output, re);
}

QStringList fatalLines(QByteArrayView output)
{
    static const QRegularExpression re(QStringLiteral("\\b(fatal|error|panic):"), QRegularExpression::CaseInsensitiveOption);
    return linesMatching(output, re);
}

QStringList outputLines(QByteArrayView output, int maxLines)
{
    QStringList lines = decodedLines(output);
    if (lines.size() > maxLines)
        lines = lines.mid(0, maxLines);
    for (QString &line : lines)
        line.truncate(500);
    return lines;
}

QString pleskVersion(QByteArrayView fileText)
{
    const QStringList lines = decodedLines(fileText.first(qMin<qsizetype>(fileText.size(), 4096)));
    return lines.isEmpty() ? QString() : lines.first().left(200);
}

} // namespace ServiceStatus

} // namespace Diagnosis
