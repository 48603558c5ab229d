#pragma once

#include <QStyledItemDelegate>

namespace Ui {

// Shades a cell by a 0…1 value read from `heatRole`: the palette's Highlight blended over Base,
// stronger for larger values, with the text switched to whichever of black/white contrasts more
// with the resulting colour, so the matrix reads in light and dark palettes alike.
class HeatmapDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatmapDelegate)

public:
    HeatmapDelegate(int heatRole, QObject *parent = nullptr);
    ~HeatmapDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    static QColor shade(const QPalette &palette, double heat);

private:
    int m_heatRole;
};

} // namespace Ui
