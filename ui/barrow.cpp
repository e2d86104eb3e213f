#include "barrow.h"

#include <QImage>
#include <QPaintEngine>

#include <algorithm>

namespace loopscope::ui {

namespace {

// The pixels of the row being drawn (one row at a time; kept zero between rows).
thread_local std::vector<QRgb> pixels;
thread_local int pixelsWidth = 0;

// Qt's diagonal patterns repeat every 8 device pixels.
constexpr int kHatchPeriod = 8;

} // namespace

BarRow::BarRow(QPainter& painter, int left, int right, int top, int height)
    : painter_(painter), left_(left), right_(std::max(left, right)), top_(top), height_(std::max(0, height)),
      touchedLeft_(right_), touchedRight_(left_)
{
    // Pixels can be written for the painter's own device only when they land one for
    // one: a raster engine, no scaling or rotation, one device pixel per pixel.
    const QPaintEngine* engine = painter.paintEngine();
    raster_ = engine && engine->type() == QPaintEngine::Raster && painter.worldTransform().type() <= QTransform::TxTranslate &&
              painter.device() && painter.device()->devicePixelRatioF() == 1.0;
    if (raster_) {
        const int width = right_ - left_;
        if (pixelsWidth != width || pixels.size() != std::size_t(width) * std::size_t(height_)) {
            pixels.assign(std::size_t(width) * std::size_t(height_), 0);
            pixelsWidth = width;
        }
    }
}

void BarRow::fill(int x0, int x1, int y0, int y1, QRgb pixel)
{
    x0 = std::max(x0, left_);
    x1 = std::min(x1, right_);
    y0 = std::max(y0, 0);
    y1 = std::min(y1, height_);
    if (x0 >= x1 || y0 >= y1)
        return;
    touchedLeft_ = std::min(touchedLeft_, x0);
    touchedRight_ = std::max(touchedRight_, x1);
    const int width = right_ - left_;
    for (int y = y0; y < y1; ++y) {
        QRgb* line = pixels.data() + std::size_t(y) * std::size_t(width);
        std::fill(line + (x0 - left_), line + (x1 - left_), pixel);
    }
}

void BarRow::fillRect(int x0, int x1, int y0, int y1, const QBrush& brush)
{
    if (x1 > x0 && y1 > y0)
        painter_.fillRect(QRect(x0, top_ + y0, x1 - x0, y1 - y0), brush);
}

void BarRow::solid(int x0, int x1, const QColor& color)
{
    if (raster_)
        fill(x0, x1, 0, height_, qPremultiply(color.rgba()));
    else
        fillRect(x0, x1, 0, height_, color);
}

void BarRow::outline(int x0, int x1, const QColor& color)
{
    if (x1 - x0 <= 2) {
        solid(x0, x1, color);
        return;
    }
    if (raster_) {
        const QRgb pixel = qPremultiply(color.rgba());
        fill(x0, x1, 0, 1, pixel);
        fill(x0, x1, height_ - 1, height_, pixel);
        fill(x0, x0 + 1, 1, height_ - 1, pixel);
        fill(x1 - 1, x1, 1, height_ - 1, pixel);
    } else {
        fillRect(x0, x1, 0, 1, color);
        fillRect(x0, x1, height_ - 1, height_, color);
        fillRect(x0, x0 + 1, 1, height_ - 1, color);
        fillRect(x1 - 1, x1, 1, height_ - 1, color);
    }
}

void BarRow::hatched(int x0, int x1, const QColor& color, const QBrush& hatch)
{
    if (!raster_) {
        fillRect(x0, x1, 0, height_, hatch);
        fillRect(x0, x1, height_ - 1, height_, color);
        return;
    }
    const QRgb pixel = qPremultiply(color.rgba());
    x0 = std::max(x0, left_);
    x1 = std::min(x1, right_);
    if (x0 >= x1)
        return;
    // "/" lines: x + y constant along each, in the device's own coordinates so that
    // neighbouring bars and rows line up.
    const int width = right_ - left_;
    const QPoint origin = painter_.worldTransform().map(QPoint(0, top_));
    for (int y = 0; y < height_ - 1; ++y) {
        QRgb* line = pixels.data() + std::size_t(y) * std::size_t(width);
        const int deviceY = origin.y() + y;
        for (int x = x0; x < x1; ++x) {
            if (((x + origin.x() + deviceY) % kHatchPeriod + kHatchPeriod) % kHatchPeriod == kHatchPeriod - 1)
                line[x - left_] = pixel;
        }
    }
    touchedLeft_ = std::min(touchedLeft_, x0);
    touchedRight_ = std::max(touchedRight_, x1);
    fill(x0, x1, height_ - 1, height_, pixel);
}

void BarRow::finish()
{
    if (!raster_ || touchedLeft_ >= touchedRight_)
        return;
    const int width = right_ - left_;
    const QImage image(reinterpret_cast<const uchar*>(pixels.data()), width, height_, width * int(sizeof(QRgb)),
                       QImage::Format_ARGB32_Premultiplied);
    const QRect source(touchedLeft_ - left_, 0, touchedRight_ - touchedLeft_, height_);
    painter_.drawImage(QPoint(touchedLeft_, top_), image, source);
    // Zero again what was written, for the next row.
    for (int y = 0; y < height_; ++y) {
        QRgb* line = pixels.data() + std::size_t(y) * std::size_t(width);
        std::fill(line + source.left(), line + source.left() + source.width(), 0);
    }
    touchedLeft_ = right_;
    touchedRight_ = left_;
}

} // namespace loopscope::ui
