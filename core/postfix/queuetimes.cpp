#include "queuetimes.h"

#include "queueparsers.h"
#include "textlines.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Postfix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

std::optional<qint64> unitSeconds(QChar unit)
{
    switch (unit.unicode()) {
    case u's': return 1;
    case u'm': return 60;
    case u'h': return 3600;
    case u'd': return 86400;
    case u'w': return 7 * 86400;
    default: return std::nullopt;
    }
}

bool isParameterNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'_' || c == u'.' || c == u'-' || c == u'/';
}

bool isParameterName(QStringView name)
{
    if (name.isEmpty() || name.size() > 128)
        return false;
    for (QChar c : name) {
        if (!isParameterNameChar(c))
            return false;
    }
    return true;
}

QString shown(QByteArrayView line)
{
    return QString::fromUtf8(line.first(qMin<qsizetype>(line.size(), 120)));
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

std::optional<qint64> parsePostconfDuration(QStringView text, QChar defaultUnit)
{
    const QStringView t = text.trimmed();
    qsizetype digits = 0;
    while (digits < t.size() && t.at(digits) >= u'0' && t.at(digits) <= u'9')
        ++digits;
    // Postfix takes "an integral value plus an optional one-letter suffix": no sign, no spaces
    // inside, no fractions, no compound "1h30m".
    if (digits == 0 || t.size() - digits > 1)
        return std::nullopt;
    const std::optional<qint64> factor = unitSeconds(t.size() > digits ? t.at(digits) : defaultUnit);
    if (!factor)
        return std::nullopt;
    bool ok = false;
    const qint64 value = t.left(digits).toLongLong(&ok);
    if (!ok || value > std::numeric_limits<qint64>::max() / 2 / *factor)
        return std::nullopt;
    return value * *factor;
}

QHash<QString, QString> parsePostconfValues(QByteArrayView output, QList<ParseIssue> *issues)
{
    QHash<QString, QString> values;
    QString lastName;
    forEachLine(output, [&](QByteArrayView line, qsizetype lineNumber) {
        if (line.trimmed().isEmpty())
            return;
        // postconf -f folds long values onto lines that start with white space.
        if ((line.front() == ' ' || line.front() == '\t') && !lastName.isEmpty()) {
            QString &value = values[lastName];
            const QString more = QString::fromUtf8(line.trimmed());
            value = value.isEmpty() ? more : value + u' ' + more;
            return;
        }
        const qsizetype eq = line.indexOf('=');
        const QString name = eq > 0 ? QString::fromUtf8(line.first(eq).trimmed()) : QString();
        if (eq <= 0 || !isParameterName(name)) {
            lastName.clear();
            if (issues)
                issues->append({lineNumber, Tr::tr("not a \"name = value\" line: %1").arg(shown(line))});
            return;
        }
        values.insert(name, QString::fromUtf8(line.sliced(eq + 1).trimmed()));
        lastName = name;
    });
    return values;
}

QueueLifetimes queueLifetimesFrom(const QHash<QString, QString> &postconfValues)
{
    QueueLifetimes lifetimes;
    const auto maximal =
        parsePostconfDuration(postconfValues.value(QStringLiteral("maximal_queue_lifetime")), u'd');
    const auto bounce =
        parsePostconfDuration(postconfValues.value(QStringLiteral("bounce_queue_lifetime")), u'd');
    if (maximal)
        lifetimes.maximalSeconds = *maximal;
    if (bounce)
        lifetimes.bounceSeconds = *bounce;
    // qmgr lowers bounce_queue_lifetime to maximal_queue_lifetime when it is larger (with a
    // warning in the log), so that is the limit that really applies.
    lifetimes.bounceSeconds = qMin(lifetimes.bounceSeconds, lifetimes.maximalSeconds);
    lifetimes.fromServer = maximal.has_value() && bounce.has_value();
    return lifetimes;
}

std::optional<qint64> expiresAt(const QueuedMessage &message, const QueueLifetimes &lifetimes)
{
    if (message.queueName == QueueName::Hold || message.arrivalTime <= 0)
        return std::nullopt;
    // postsuper -e/-f: returned at the next delivery attempt — the limit has already passed.
    if (message.forcedExpire)
        return message.arrivalTime;
    const bool bounceMail = message.sender.isEmpty() || message.sender == u"MAILER-DAEMON";
    return message.arrivalTime + (bounceMail ? lifetimes.bounceSeconds : lifetimes.maximalSeconds);
}

QHash<QString, qint64> parseQueueFileTimes(QByteArrayView output, QList<ParseIssue> *issues)
{
    QHash<QString, qint64> times;
    qsizetype lineNumber = 0;
    auto issue = [&](const QString &message) {
        if (issues)
            issues->append({lineNumber, message});
    };
    forEachLine(output, [&](QByteArrayView line, qsizetype number) {
        lineNumber = number;
        if (line.isEmpty())
            return;
        // "ID EPOCH[.FRACTION]": split at the last space so a file name with spaces in it is
        // still one (invalid) name rather than a shifted field.
        const qsizetype space = line.lastIndexOf(' ');
        if (space <= 0) {
            issue(Tr::tr("not an \"ID TIME\" line: %1").arg(shown(line)));
            return;
        }
        const QString id = QString::fromUtf8(line.first(space));
        if (!isValidQueueId(id)) {
            issue(Tr::tr("not a queue ID: %1").arg(shown(line.first(space))));
            return;
        }
        const QByteArrayView stamp = line.sliced(space + 1);
        const qsizetype dot = stamp.indexOf('.');
        const QByteArrayView whole = dot >= 0 ? stamp.first(dot) : stamp;
        const QByteArrayView fraction = dot >= 0 ? stamp.sliced(dot + 1) : QByteArrayView();
        const bool digitsOnly = !whole.isEmpty() && whole.size() <= 18
            && std::all_of(whole.begin(), whole.end(), isAsciiDigit)
            && std::all_of(fraction.begin(), fraction.end(), isAsciiDigit)
            && (dot < 0 || !fraction.isEmpty());
        if (!digitsOnly) {
            issue(Tr::tr("not a file time: %1").arg(shown(stamp)));
            return;
        }
        if (times.contains(id))
            issue(Tr::tr("queue ID %1 listed twice; the later time is used").arg(id));
        // qmgr sets whole seconds; a fraction (find prints %T@ with ten digits) is dropped.
        times.insert(id, whole.toByteArray().toLongLong());
    });
    return times;
}

} // namespace Postfix
