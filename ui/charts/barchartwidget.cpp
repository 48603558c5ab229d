#include "barchartwidget.h"

#include "chartaxes.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace Ui {

namespace {
// More bars than this get a sparse value-positioned axis instead of one label per bar.
constexpr int kMaxLabelledBars = 16;

QAbstractBarSeries *newSeries(bool stacked, bool horizontal)
{
    if (stacked)
        return horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                          : new QStackedBarSeries;
    return horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries) : new QBarSeries;
}

template <typename T>
QList<T> reversed(QList<T> list)
{
    std::reverse(list.begin(), list.end());
    return list;
}
} // namespace

BarChartWidget::BarChartWidget(const QString &title, QWidget *parent)
    : ChartWidget(title, parent)
{
    rebuild();
}

BarChartWidget::~BarChartWidget() = default;

void BarChartWidget::setData(const BarChartData &data)
{
    m_data = data;
    m_clearedText.clear();
    rebuild();
}

const BarChartData &BarChartWidget::data() const
{
    return m_data;
}

void BarChartWidget::clear(const QString &emptyText)
{
    m_data = {};
    m_clearedText = emptyText;
    rebuild();
}

QString BarChartWidget::toolTipText(int category) const
{
    if (category < 0 || category >= m_data.categories.size())
        return {};
    const QLocale locale;
    QString text = m_data.categories.at(category);
    if (m_data.sets.size() == 1) {
        const BarSetData &set = m_data.sets.first();
        return text + QStringLiteral(": ") + locale.toString(qint64(set.values.value(category)))
            + u' ' + set.name;
    }
    for (const BarSetData &set : m_data.sets)
        text += u'\n' + set.name + QStringLiteral(": ")
            + locale.toString(qint64(set.values.value(category)));
    if (m_data.stacked)
        text += u'\n' + tr("total: %1").arg(locale.toString(qint64(m_data.total(category))));
    return text;
}

void BarChartWidget::showToolTip(bool hovering, int index)
{
    if (hovering)
        QToolTip::showText(QCursor::pos(), toolTipText(index), chartView());
    else
        QToolTip::hideText();
}

void BarChartWidget::rebuild()
{
    removeEverything();
    if (!m_clearedText.isEmpty() || m_data.isEmpty()) {
        showEmptyState(!m_clearedText.isEmpty() ? m_clearedText
                       : m_data.emptyText.isEmpty() ? tr("Nothing to show.")
                                                    : m_data.emptyText);
        return;
    }
    showPlot();
    const bool horizontal = m_data.horizontal;
    const int count = int(m_data.categories.size());
    QAbstractBarSeries *series = newSeries(m_data.stacked, horizontal);
    for (const BarSetData &setData : m_data.sets) {
        auto *set = new QBarSet(setData.name);
        set->setColor(setData.color);
        set->setBorderColor(setData.color.darker(120));
        // Horizontal bars are drawn bottom-up: reverse so the first category reads at the top.
        set->append(horizontal ? reversed(setData.values) : setData.values);
        connect(set, &QBarSet::hovered, this, [this, horizontal, count](bool status, int index) {
            showToolTip(status, horizontal ? count - 1 - index : index);
        });
        series->append(set);
    }
    series->setBarWidth(m_data.stacked || m_data.sets.size() == 1 ? 0.75 : 0.85);
    chart()->addSeries(series);

    auto *values = new QValueAxis;
    ChartAxes::applyCountScale(values, m_data.maxStackOrValue());
    values->setTitleText(m_data.valueTitle);
    chart()->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(values);
    styleAxis(values);
    buildCategoryAxis(horizontal);
    chart()->legend()->setVisible(m_data.sets.size() > 1);
}

void BarChartWidget::buildCategoryAxis(bool horizontal)
{
    QAbstractBarSeries *series = static_cast<QAbstractBarSeries *>(chart()->series().constFirst());
    const QStringList labels = m_data.axisLabels.isEmpty() ? m_data.categories : m_data.axisLabels;
    const bool sparse = !horizontal
        && (labels.size() > kMaxLabelledBars || labels.contains(QString()));
    QAbstractAxis *axis = nullptr;
    if (!sparse) {
        auto *categories = new QBarCategoryAxis;
        categories->append(horizontal ? reversed(labels) : labels);
        axis = categories;
    } else {
        // Bars sit at 0, 1, 2, … on a value axis; label only some of them.
        auto *categories = new QCategoryAxis;
        categories->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        categories->setStartValue(-0.5);
        categories->setRange(-0.5, labels.size() - 0.5);
        QSet<QString> used;
        for (int i = 0; i < labels.size(); ++i) {
            if (labels.at(i).isEmpty())
                continue;
            QString label = labels.at(i);
            while (used.contains(label))
                label += QChar(0x200B); // QCategoryAxis keys by label: keep repeats distinct
            used.insert(label);
            categories->append(label, i);
        }
        axis = categories;
    }
    axis->setTitleText(m_data.categoryTitle);
    axis->setGridLineVisible(false);
    // Qt elides every label to "..." once one does not fit its slot; domains and class titles
    // are the information here, so draw them whole.
    axis->setTruncateLabels(false);
    chart()->addAxis(axis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(axis);
    styleAxis(axis);
}

} // namespace Ui
