#include "verdicticon.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>
#include <numbers>

namespace Ui {

using Diagnosis::Verdict;

namespace {

QColor fillOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case Verdict::Warning:
        return QColor(0xf2, 0xa9, 0x00);
    case Verdict::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case Verdict::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QPainterPath outlineOf(Verdict verdict, const QRectF &r)
{
    QPainterPath path;
    switch (verdict) {
    case Verdict::Warning: {
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.bottom());
        path.lineTo(r.left(), r.bottom());
        path.closeSubpath();
        break;
    }
    case Verdict::Failed: {
        const QPointF c = r.center();
        const qreal radius = r.width() / 2.0 / std::cos(std::numbers::pi / 8.0);
        for (int i = 0; i < 8; ++i) {
            const qreal angle = std::numbers::pi / 8.0 + i * std::numbers::pi / 4.0;
            const QPointF p(c.x() + radius * std::cos(angle) * 0.98, c.y() + radius * std::sin(angle) * 0.98);
            if (i == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        path.closeSubpath();
        break;
    }
    case Verdict::Ok:
    case Verdict::Unknown:
        path.addEllipse(r);
        break;
    }
    return path;
}

void drawGlyph(QPainter &p, Verdict verdict, const QRectF &r)
{
    const qreal s = r.width();
    QPen pen(verdict == Verdict::Warning ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
    pen.setWidthF(std::max(1.5, s * 0.13));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const auto at = [&r, s](qreal x, qreal y) { return QPointF(r.left() + x * s, r.top() + y * s); };
    switch (verdict) {
    case Verdict::Ok: {
        QPainterPath tick;
        tick.moveTo(at(0.27, 0.52));
        tick.lineTo(at(0.44, 0.69));
        tick.lineTo(at(0.74, 0.34));
        p.drawPath(tick);
        break;
    }
    case Verdict::Failed:
        p.drawLine(at(0.33, 0.33), at(0.67, 0.67));
        p.drawLine(at(0.67, 0.33), at(0.33, 0.67));
        break;
    case Verdict::Warning:
        p.drawLine(at(0.5, 0.38), at(0.5, 0.64));
        p.drawPoint(at(0.5, 0.80));
        break;
    case Verdict::Unknown: {
        QPainterPath hook;
        hook.moveTo(at(0.36, 0.38));
        hook.cubicTo(at(0.36, 0.18), at(0.66, 0.18), at(0.65, 0.38));
        hook.cubicTo(at(0.64, 0.50), at(0.50, 0.50), at(0.50, 0.62));
        p.drawPath(hook);
        p.drawPoint(at(0.5, 0.79));
        break;
    }
    }
}

} // namespace

QPixmap VerdictIcon::pixmap(Verdict verdict, int size, qreal devicePixelRatio)
{
    static QHash<QPair<int, int>, QPixmap> cache;
    const int device = int(std::ceil(size * devicePixelRatio));
    const QPair<int, int> key(int(verdict), device);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QPixmap image(device, device);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal margin = device * 0.06;
        const QRectF r(margin, margin, device - 2 * margin, device - 2 * margin);
        p.setPen(QPen(fillOf(verdict).darker(140), std::max(1.0, device / 24.0)));
        p.setBrush(fillOf(verdict));
        p.drawPath(outlineOf(verdict, r));
        drawGlyph(p, verdict, r);
    }
    image.setDevicePixelRatio(devicePixelRatio);
    cache.insert(key, image);
    return image;
}

QIcon VerdictIcon::icon(Verdict verdict)
{
    static QHash<int, QIcon> icons;
    if (const auto it = icons.constFind(int(verdict)); it != icons.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 22, 32, 48})
        icon.addPixmap(pixmap(verdict, size));
    icons.insert(int(verdict), icon);
    return icon;
}

} // namespace Ui
