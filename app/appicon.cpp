#include "appicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace loopscope::app {

namespace {

QPixmap drawIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const double s = size;
    QPainterPath tile;
    tile.addRoundedRect(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92), s * 0.18, s * 0.18);
    painter.fillPath(tile, QColor(0x1E, 0x2A, 0x3A));
    // Three lanes: running (solid), waiting (outlined), in the timeline's colours.
    const QColor running(0x56, 0xB4, 0xE9), done(0x00, 0x9E, 0x73), cancelled(0xE6, 0x9F, 0x00);
    const double lane = s * 0.2, left = s * 0.16, width = s * 0.68;
    const struct {
        double start, run, wait;
        QColor end;
    } lanes[] = {{0.0, 0.25, 0.55, done}, {0.12, 0.2, 0.42, cancelled}, {0.2, 0.35, 0.3, done}};
    for (int i = 0; i < 3; ++i) {
        const double y = s * 0.22 + i * lane;
        const double h = lane * 0.55;
        const double x0 = left + width * lanes[i].start;
        const double runWidth = width * lanes[i].run;
        painter.fillRect(QRectF(x0, y, runWidth, h), running);
        painter.setPen(QPen(QColor(0xB0, 0xB8, 0xC4), std::max(1.0, s / 48)));
        painter.setBrush(Qt::NoBrush);
        const double waitWidth = width * lanes[i].wait * (1 - lanes[i].start);
        painter.drawRect(QRectF(x0 + runWidth, y + h * 0.2, waitWidth, h * 0.6));
        painter.setPen(Qt::NoPen);
        painter.setBrush(lanes[i].end);
        painter.drawEllipse(QPointF(x0 + runWidth + waitWidth + h * 0.45, y + h / 2), h * 0.42, h * 0.42);
    }
    return pixmap;
}

} // namespace

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(drawIcon(size));
    return icon;
}

} // namespace loopscope::app
