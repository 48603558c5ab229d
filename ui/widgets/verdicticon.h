#pragma once

#include "diagnosis/checkresult.h"

#include <QIcon>

namespace Ui {

// The icon of a check verdict. Colour is never the only signal (colour-blind users, grey-scale
// prints of a ticket screenshot): every verdict has its own shape and glyph — OK a circle with a
// tick, Unknown a circle with "?", Warning a triangle with "!", Failed an octagon with "×" — and
// every view shows the verdict's text next to it. Painted once per verdict and size, GUI thread.
class VerdictIcon final
{
public:
    static QIcon icon(Diagnosis::Verdict verdict);
    static QPixmap pixmap(Diagnosis::Verdict verdict, int size, qreal devicePixelRatio = 1.0);
};

} // namespace Ui
