#pragma once

// Hand-made delivery events for the Log page and log model tests (header-only, test code).
#include "models/logeventmodel.h"
#include "postfix/logevent.h"

namespace LogEventFixture {

inline constexpr qint64 kT0 = 1'763'884'800'000; // 2025-11-23 08:00:00 UTC

inline Postfix::LogEvent event(qint64 offsetS, Postfix::LogStatus status, const QString &id,
                               const QString &to, const QString &reason, const QString &from = {})
{
    Postfix::LogEvent e;
    e.timeMs = kT0 + offsetS * 1000;
    e.status = status;
    e.queueId = id;
    e.to = to;
    e.from = from;
    e.reason = reason;
    e.relay = QStringLiteral("mx.example.net[192.0.2.1]:25");
    e.program = QStringLiteral("postfix/smtp");
    e.rawLine = QStringLiteral("Nov 23 08:00:00 mail postfix/smtp[123]: ") + id + QStringLiteral(": to=<")
        + to + QStringLiteral(">, status=") + Ui::LogEventModel::statusName(status)
        + QStringLiteral(" (") + reason + u')';
    return e;
}

} // namespace LogEventFixture
