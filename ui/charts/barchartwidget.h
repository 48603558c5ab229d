#pragma once

#include "chartdata.h"
#include "chartwidget.h"

namespace Ui {

// Bars from BarChartData: grouped or stacked, vertical or horizontal. Long category lists get a
// sparse axis (BarChartData::axisLabels); hovering a bar shows every set's exact value for that
// category (and the total when stacked).
class BarChartWidget final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChartWidget)

public:
    explicit BarChartWidget(const QString &title, QWidget *parent = nullptr);
    ~BarChartWidget() override;

    void setData(const BarChartData &data);
    const BarChartData &data() const;
    void clear(const QString &emptyText); // shows the empty state with this text

    QString toolTipText(int category) const; // what hovering that bar shows

protected:
    void rebuild() override;

private:
    void buildCategoryAxis(bool horizontal);
    void showToolTip(bool hovering, int index);

    BarChartData m_data;
    QString m_clearedText;
};

} // namespace Ui
