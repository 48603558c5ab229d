#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

namespace Ui {

// A small painted line of a server's queue total over time (x = epoch ms, y = messages), the
// last point marked. Scales to its own min/max; a flat or single-point series is drawn as a
// level line. Its tooltip and accessible description give the range in numbers. GUI thread.
class SparklineWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SparklineWidget)

public:
    explicit SparklineWidget(QWidget *parent = nullptr);
    ~SparklineWidget() override;

    void setPoints(const QList<QPair<qint64, qint64>> &points); // oldest first
    const QList<QPair<qint64, qint64>> &points() const;
    void setColor(const QColor &color);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPair<qint64, qint64>> m_points;
    QColor m_color;
};

} // namespace Ui
