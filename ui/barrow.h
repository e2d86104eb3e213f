// One timeline row's bars, drawn with as few painter calls as the device allows: on a
// raster device (the window, a PNG) straight into a row of pixels that is drawn once, so
// that a row costs about the same however many segments lie behind it; on a vector
// device (SVG, PDF) as rectangles, which stay editable.
#pragma once

#include <QBrush>
#include <QColor>
#include <QPainter>

#include <vector>

namespace loopscope::ui {

class BarRow {
public:
    // Bars between x = left and right (exclusive), from `top` down `height` pixels.
    BarRow(QPainter& painter, int left, int right, int top, int height);
    BarRow(const BarRow&) = delete;
    BarRow& operator=(const BarRow&) = delete;

    // Each covers the columns [x0, x1).
    void solid(int x0, int x1, const QColor& color);
    void outline(int x0, int x1, const QColor& color);
    // Diagonal hatching as `hatch` draws it, with a solid bottom edge.
    void hatched(int x0, int x1, const QColor& color, const QBrush& hatch);
    // Draws what the row holds (on a raster device; a vector one has it already).
    void finish();

private:
    void fill(int x0, int x1, int y0, int y1, QRgb pixel);
    void fillRect(int x0, int x1, int y0, int y1, const QBrush& brush);

    QPainter& painter_;
    int left_, right_, top_, height_;
    bool raster_;
    int touchedLeft_, touchedRight_; // the columns written, [touchedLeft_, touchedRight_)
};

} // namespace loopscope::ui
