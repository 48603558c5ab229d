#include "fleettext.h"

#include "models/displayformat.h"

#include "diagnosis/reasonclass.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Ui::FleetText {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FleetText)
};

using Fleet::PollError;
using State = Fleet::FleetPoller::State;

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// "connection refused." → "connection refused": the detail follows a colon inside a sentence.
QString detailPart(const QString &detail)
{
    QString text = detail.trimmed();
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString notPolledText(const FleetEntry &entry)
{
    switch (entry.state) {
    case State::Off:
        return Tr::tr("Polling off — press Poll all now");
    case State::Connecting:
        return Tr::tr("Connecting…");
    case State::Polling:
        return Tr::tr("Polling…");
    case State::Open:
        return Tr::tr("Open in the window");
    case State::Idle:
    case State::Waiting:
    case State::Ok:
    case State::Failed:
        break;
    }
    return Tr::tr("Waiting for the first poll");
}

QString alertSummary(const FleetEntry &entry)
{
    QStringList parts;
    for (const Fleet::AlertState &alert : entry.alerts) {
        if (alert.severity == entry.alertSeverity && alert.severity != Fleet::Severity::Ok)
            parts << alert.text;
    }
    return parts.join(QStringLiteral("; "));
}
} // namespace

QString pollErrorText(PollError error, const QString &detail)
{
    const QString part = detailPart(detail);
    switch (error) {
    case PollError::None:
        return {};
    case PollError::Unreachable:
        return part.isEmpty() ? Tr::tr("Unreachable") : Tr::tr("Unreachable: %1").arg(part);
    case PollError::Timeout:
        return Tr::tr("Timed out");
    case PollError::HostKeyChanged:
        return Tr::tr("Host key changed — refused");
    case PollError::HostKeyUnknown:
        return Tr::tr("Host key not verified yet — open to verify");
    case PollError::AuthFailed:
        return Tr::tr("Login failed");
    case PollError::SecretMissing:
        return Tr::tr("Password not in keychain — open to log in");
    case PollError::MailSystemDown:
        return Tr::tr("Mail system down");
    case PollError::Remote:
        return part.isEmpty() ? Tr::tr("Listing the queue failed")
                              : Tr::tr("Listing the queue failed: %1").arg(part);
    case PollError::Canceled:
        return Tr::tr("Canceled");
    }
    return {};
}

QString stateText(const FleetEntry &entry)
{
    if (entry.failed())
        return pollErrorText(entry.last.error, entry.last.errorText);
    if (!entry.hasNumbers())
        return notPolledText(entry);
    switch (entry.alertSeverity) {
    case Fleet::Severity::Warning:
        return Tr::tr("Warning: %1").arg(alertSummary(entry));
    case Fleet::Severity::Critical:
        return Tr::tr("Critical: %1").arg(alertSummary(entry));
    case Fleet::Severity::Ok:
    case Fleet::Severity::Unknown:
        break;
    }
    return Tr::tr("OK");
}

QString countsText(const FleetEntry &entry)
{
    if (!entry.hasNumbers())
        return {};
    const Fleet::PollSummary &s = entry.lastOk;
    using Postfix::QueueName;
    return Tr::tr("%1 deferred · %2 hold · %3 active · %4 incoming")
        .arg(number(s.count(QueueName::Deferred)), number(s.count(QueueName::Hold)),
             number(s.count(QueueName::Active)),
             number(s.count(QueueName::Incoming) + s.count(QueueName::Maildrop)));
}

QString oldestText(const FleetEntry &entry)
{
    if (!entry.hasNumbers() || entry.lastOk.total == 0)
        return {};
    return Tr::tr("oldest %1").arg(DisplayFormat::age(entry.lastOk.oldestAgeSeconds()));
}

QString dominantClassText(const FleetEntry &entry)
{
    const int cls = entry.hasNumbers() ? entry.lastOk.dominantClass() : -1;
    if (cls < 0 || cls >= Diagnosis::reasonClassCount)
        return {};
    return Diagnosis::reasonClassInfo(Diagnosis::ReasonClass(cls)).title;
}

QString trendText(const FleetEntry &entry)
{
    if (!entry.hasNumbers() || entry.previousTotal < 0)
        return {};
    const qint64 delta = entry.lastOk.total - entry.previousTotal;
    if (delta > 0)
        return Tr::tr("▲ +%1 since last poll").arg(number(delta));
    if (delta < 0)
        return Tr::tr("▼ −%1 since last poll").arg(number(-delta));
    return Tr::tr("▶ unchanged since last poll");
}

QString lastPolledText(const FleetEntry &entry, const QDateTime &now)
{
    if (!entry.polled())
        return Tr::tr("not polled yet");
    return Tr::tr("polled %1 ago").arg(DisplayFormat::age(entry.last.takenAt.secsTo(now)));
}

QString alertsText(const FleetEntry &entry)
{
    QStringList lines;
    for (const Fleet::AlertState &alert : entry.alerts) {
        if (alert.severity != Fleet::Severity::Ok)
            lines << alert.text;
    }
    return lines.join(u'\n');
}

QString summaryText(int servers, int needAttention, qint64 deferred)
{
    const QString serverPart = servers == 1 ? Tr::tr("1 server") : Tr::tr("%1 servers").arg(servers);
    const QString attention = needAttention == 0 ? Tr::tr("all fine")
        : needAttention == 1                     ? Tr::tr("1 needs attention")
                                                 : Tr::tr("%1 need attention").arg(needAttention);
    return Tr::tr("%1 · %2 · %3 deferred in the fleet").arg(serverPart, attention, number(deferred));
}

} // namespace Ui::FleetText
