#include "checkresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace Diagnosis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
};

constexpr const char16_t *checkKeys[checkIdCount] = {
    u"smtp_reachability", u"dns", u"starttls", u"relay_auth",
    u"rbl",               u"content_filter", u"services", u"limits",
};

constexpr const char16_t *verdictKeys[] = {u"ok", u"unknown", u"warning", u"failed"};

QJsonArray toArray(const QStringList &lines)
{
    QJsonArray array;
    for (const QString &line : lines)
        array.append(line);
    return array;
}

} // namespace

std::array<CheckId, checkIdCount> allCheckIds()
{
    std::array<CheckId, checkIdCount> ids{};
    for (int i = 0; i < checkIdCount; ++i)
        ids[std::size_t(i)] = CheckId(i);
    return ids;
}

QString checkKey(CheckId id)
{
    const int i = int(id);
    if (i < 0 || i >= checkIdCount)
        return QString();
    return QString::fromUtf16(checkKeys[i]);
}

std::optional<CheckId> checkFromKey(QStringView key)
{
    for (int i = 0; i < checkIdCount; ++i) {
        if (key == QStringView(checkKeys[i]))
            return CheckId(i);
    }
    return std::nullopt;
}

QString checkTitle(CheckId id)
{
    switch (id) {
    case CheckId::SmtpReachability:
        return Tr::tr("Outbound SMTP (port 25)");
    case CheckId::Dns:
        return Tr::tr("DNS");
    case CheckId::StartTls:
        return Tr::tr("STARTTLS and certificate");
    case CheckId::RelayAuth:
        return Tr::tr("Relay login");
    case CheckId::Rbl:
        return Tr::tr("Blocklists (RBL)");
    case CheckId::ContentFilter:
        return Tr::tr("Content filter");
    case CheckId::Services:
        return Tr::tr("Services");
    case CheckId::Limits:
        return Tr::tr("Retry and limits");
    }
    return QString();
}

QString checkDescription(CheckId id)
{
    switch (id) {
    case CheckId::SmtpReachability:
        return Tr::tr("Can this server open a connection to port 25 of the destination's mail servers?");
    case CheckId::Dns:
        return Tr::tr("Does the server's own resolver answer, how fast, and does its reverse name match its mail name?");
    case CheckId::StartTls:
        return Tr::tr("Does the destination offer STARTTLS with a valid, unexpired certificate for its name?");
    case CheckId::RelayAuth:
        return Tr::tr("Does the relay accept the login stored on the server?");
    case CheckId::Rbl:
        return Tr::tr("Is the server's outgoing address on a DNS blocklist?");
    case CheckId::ContentFilter:
        return Tr::tr("Is the content filter (e.g. Amavis on 127.0.0.1:10024) running and listening?");
    case CheckId::Services:
        return Tr::tr("Are Postfix and the mail services running, and does postfix check complain?");
    case CheckId::Limits:
        return Tr::tr("How long mail is kept, how often it is retried, how fast each destination is fed.");
    }
    return QString();
}

QString verdictKey(Verdict verdict)
{
    const int i = int(verdict);
    if (i < 0 || i > int(Verdict::Failed))
        return QStringLiteral("unknown");
    return QString::fromUtf16(verdictKeys[i]);
}

std::optional<Verdict> verdictFromKey(QStringView key)
{
    for (int i = 0; i <= int(Verdict::Failed); ++i) {
        if (key == QStringView(verdictKeys[i]))
            return Verdict(i);
    }
    return std::nullopt;
}

QString verdictTitle(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return Tr::tr("OK");
    case Verdict::Unknown:
        return Tr::tr("Unknown");
    case Verdict::Warning:
        return Tr::tr("Warning");
    case Verdict::Failed:
        return Tr::tr("Failed");
    }
    return QString();
}

Verdict worst(Verdict a, Verdict b)
{
    return int(a) >= int(b) ? a : b;
}

QJsonObject CheckResult::toJson() const
{
    return QJsonObject{
        {QStringLiteral("check"), checkKey(check)},
        {QStringLiteral("target"), target},
        {QStringLiteral("verdict"), verdictKey(verdict)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("evidence"), toArray(evidence)},
        {QStringLiteral("command"), commands.join(u'\n')},
        {QStringLiteral("commands"), toArray(commands)},
        {QStringLiteral("advice"), advice},
    };
}

QString CheckResult::toText() const
{
    QString text = u'[' + verdictTitle(verdict).toUpper() + u"] " + checkTitle(check);
    if (!target.isEmpty())
        text += QStringLiteral(" — ") + target;
    text += u'\n';
    if (!summary.isEmpty())
        text += QStringLiteral("  ") + summary + u'\n';
    if (!evidence.isEmpty()) {
        text += QStringLiteral("  ") + Tr::tr("Evidence:") + u'\n';
        for (const QString &line : evidence)
            text += QStringLiteral("    ") + line + u'\n';
    }
    if (!commands.isEmpty()) {
        text += QStringLiteral("  ") + Tr::tr("Commands run on the server:") + u'\n';
        for (const QString &line : commands)
            text += QStringLiteral("    $ ") + line + u'\n';
    }
    if (!advice.isEmpty())
        text += QStringLiteral("  ") + Tr::tr("What to do:") + u' ' + advice + u'\n';
    return text;
}

QString resultsToText(const QList<CheckResult> &results, const QString &serverName)
{
    QString text = Tr::tr("Postdesk checks on %1, %2")
                           .arg(serverName, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            + u'\n';
    for (const CheckResult &result : results)
        text += u'\n' + result.toText();
    return text;
}

} // namespace Diagnosis
