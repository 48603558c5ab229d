#pragma once

#include "fleetentry.h"

#include <QDateTime>
#include <QString>

namespace Ui::FleetText {

// The words of the dashboard, derived from a FleetEntry. Pure functions: "now" comes in as an
// argument, so tests give the same answer forever. Translated (context "FleetText").

// "OK", "Warning: 312 deferred (warning at 200)", "Host key changed — refused",
// "Unreachable: connection refused", "Timed out", "Login failed", "Waiting for the first poll", …
QString stateText(const FleetEntry &entry);
// Why a poll failed, in words for support staff (empty for PollError::None).
QString pollErrorText(Fleet::PollError error, const QString &detail);
// "280 deferred · 20 hold · 0 active · 0 incoming" (of the latest successful poll; empty when none)
QString countsText(const FleetEntry &entry);
// "oldest 3 d 4 h" (empty when there are no numbers or the queue is empty)
QString oldestText(const FleetEntry &entry);
// The main reason class of the deferred mail ("Network / port 25"); empty when none.
QString dominantClassText(const FleetEntry &entry);
// "▲ +340 since last poll", "▼ −12 since last poll", "▶ unchanged since last poll"; empty when
// there is no earlier poll to compare with.
QString trendText(const FleetEntry &entry);
// "polled 12 s ago", "polled 3 min ago", "not polled yet"
QString lastPolledText(const FleetEntry &entry, const QDateTime &now);
// The non-Ok alerts, one per line.
QString alertsText(const FleetEntry &entry);
// "12 servers · 3 need attention · 4,210 deferred in the fleet"
QString summaryText(int servers, int needAttention, qint64 deferred);

} // namespace Ui::FleetText
