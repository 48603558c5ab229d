#pragma once

#include <QWidget>

#include <memory>

class QAbstractAxis;
class QChart;
class QChartView;

namespace Ui {

// Base of every chart in Postdesk: a title row with an "Export PNG…" button, the QChartView, and
// a plain-words empty state instead of an empty plot. Colors follow the widget's QPalette (the
// Qt Charts light or dark theme by the window color, then labels, grid and background from the
// palette), and are reapplied when the palette changes. Subclasses draw their data in
// rebuild(), which runs after every data or palette change; they call styleAxis() on each axis.
//
// Export: exportPng(file) grabs the chart view. The interactive path (button / context menu)
// opens a non-modal QFileDialog, or, when a test queued a name with setNextExportFileName(),
// uses that name from the event loop without showing anything; exported() reports the result.
class ChartWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWidget)

public:
    ~ChartWidget() override;

    QString title() const;
    bool isShowingEmptyState() const;
    QString emptyText() const;
    bool isDarkTheme() const;   // the palette's window color is dark
    QChart *chart() const;      // for tests and subclasses

    bool exportPng(const QString &file) const;
    void exportInteractively();
    static void setNextExportFileName(const QString &file); // test seam, consumed by one export

Q_SIGNALS:
    void exported(const QString &file, bool ok);

protected:
    ChartWidget(const QString &title, QWidget *parent);

    virtual void rebuild() = 0;
    void showEmptyState(const QString &text); // instead of the plot
    void showPlot();
    void styleAxis(QAbstractAxis *axis) const;
    void removeEverything(); // all series and axes, before a rebuild
    QChartView *chartView() const;

    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applyTheme();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Ui
