#pragma once

#include "fleet/alertthresholds.h"

#include <QColor>
#include <QPixmap>

namespace Ui::SeverityIcon {

// A server's severity drawn like a check verdict (VerdictIcon: own shape and glyph per level,
// never colour alone): Ok a circle with a tick, Warning a triangle, Critical an octagon,
// Unknown (unreachable) a circle with "?".
QPixmap pixmap(Fleet::Severity severity, int size, qreal devicePixelRatio = 1.0);
QColor accent(Fleet::Severity severity); // the edge colour of a card, the sparkline's line

} // namespace Ui::SeverityIcon
