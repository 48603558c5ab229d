#pragma once

#include "chartdata.h"
#include "chartwidget.h"

namespace Ui {

// Lines over time from LineChartData (x = epoch ms, drawn in the desktop's local time), points
// marked so a single sample is visible; hovering a line shows every series' value at the
// nearest sample.
class TimeLineChartWidget final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeLineChartWidget)

public:
    explicit TimeLineChartWidget(const QString &title, QWidget *parent = nullptr);
    ~TimeLineChartWidget() override;

    void setData(const LineChartData &data);
    const LineChartData &data() const;

    QString toolTipText(qint64 timeMs) const; // values at the sample nearest to timeMs

protected:
    void rebuild() override;

private:
    LineChartData m_data;
};

} // namespace Ui
