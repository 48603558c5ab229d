#include "heatmapdelegate.h"

#include <QPainter>

#include <cmath>

namespace Ui {

HeatmapDelegate::HeatmapDelegate(int heatRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_heatRole(heatRole)
{
}

HeatmapDelegate::~HeatmapDelegate() = default;

QColor HeatmapDelegate::shade(const QPalette &palette, double heat)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor hot = palette.color(QPalette::Highlight);
    // Even the smallest non-zero cell is visibly tinted; the largest is almost pure Highlight.
    const double a = 0.18 + 0.72 * qBound(0.0, heat, 1.0);
    return QColor::fromRgbF(float(base.redF() + (hot.redF() - base.redF()) * a),
                            float(base.greenF() + (hot.greenF() - base.greenF()) * a),
                            float(base.blueF() + (hot.blueF() - base.blueF()) * a));
}

void HeatmapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const double heat = index.data(m_heatRole).toDouble();
    if (heat <= 0.0 || (option.state & QStyle::State_Selected)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QColor fill = shade(option.palette, heat);
    painter->fillRect(option.rect, fill);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Relative luminance decides the text colour (WCAG's 0.179 crossover).
    const auto lin = [](float c) { return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); };
    const float lum = 0.2126f * lin(fill.redF()) + 0.7152f * lin(fill.greenF()) + 0.0722f * lin(fill.blueF());
    const QColor text = lum > 0.179f ? QColor(Qt::black) : QColor(Qt::white);
    // The text is painted here: the style's item painting would cover the shade again.
    painter->save();
    painter->setPen(text);
    painter->setFont(opt.font);
    painter->drawText(option.rect.adjusted(4, 0, -4, 0), int(opt.displayAlignment), opt.text);
    painter->restore();
}

} // namespace Ui
