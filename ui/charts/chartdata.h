#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ui {

// Plain data a chart widget draws. Built by ChartAdapters from core values (queue listing, log
// statistics, queue-size history); the widgets only draw it, so all counting is testable without
// widgets. Values are exact counts; the widgets show them unrounded in their tooltips.

struct BarSetData
{
    QString name;          // legend entry ("sent", "recipients", …)
    QColor color;          // fixed per meaning, readable on light and dark backgrounds
    QList<qreal> values;   // one per category
};

struct BarChartData
{
    QStringList categories;  // full names, one per bar (tooltips)
    QStringList axisLabels;  // what the category axis prints; an empty label leaves a gap there
                             // (long hour series label every n-th bar). Empty list = categories.
    QList<BarSetData> sets;
    bool stacked = false;    // sets stacked on one bar per category (else side by side)
    bool horizontal = false; // bars grow to the right, categories read top to bottom
    QString valueTitle;      // value axis title ("recipients")
    QString categoryTitle;   // category axis title ("age in minutes")
    QString emptyText;       // said instead of an empty plot

    bool isEmpty() const;
    qreal total(int category) const; // sum over the sets
    qreal maxStackOrValue() const;   // the value axis needs at least this much room
};

struct LinePointData
{
    qint64 timeMs = 0;   // x: Unix epoch milliseconds
    qreal value = 0;
};

struct LineSeriesData
{
    QString name;
    QColor color;
    QList<LinePointData> points; // ascending time
};

struct LineChartData
{
    QList<LineSeriesData> series;
    QString valueTitle;
    QString emptyText;

    bool isEmpty() const;
};

} // namespace Ui
