#pragma once

#include <QDateTime>
#include <QString>

namespace Ui::DisplayFormat {

// Short human texts shared by the queue table, the status bar and the preview. Pure functions:
// "now" always comes in as an argument so tests give the same answer forever.
QString age(qint64 seconds);                  // "45 s", "12 min", "3 h 5 min", "3 d 4 h"
QString size(qint64 bytes);                   // "306 B", "2.5 KiB", "1.2 MiB"
QString localTime(qint64 epochSeconds);       // "2026-11-23 10:42:05" in the local time zone
QString duration(qint64 milliseconds);        // "850 ms", "2.4 s"

} // namespace Ui::DisplayFormat
