#include "timelinetheme.h"

namespace loopscope::ui {

namespace {

// Okabe and Ito's palette, safe for every kind of colour vision.
const QColor kOrange(0xE6, 0x9F, 0x00);
const QColor kSkyBlue(0x56, 0xB4, 0xE9);
const QColor kBluishGreen(0x00, 0x9E, 0x73);
const QColor kBlue(0x00, 0x72, 0xB2);
const QColor kVermillion(0xD5, 0x5E, 0x00);
const QColor kReddishPurple(0xCC, 0x79, 0xA7);

void finish(TimelineTheme& theme)
{
    theme.readyBrush = QBrush(theme.ready, Qt::BDiagPattern);
    theme.waitingPen = QPen(theme.waiting, 1.0);
    theme.createPen = QPen(theme.createArrow, 1.0, Qt::DashLine);
    theme.wakePen = QPen(theme.wakeArrow, 1.2);
    theme.cancelPen = QPen(theme.cancelArrow, 1.8, Qt::DashLine);
    theme.cursorPen = QPen(theme.cursor, 1.5);
    theme.gridPen = QPen(theme.grid, 1.0);
    theme.groupPen = QPen(theme.group, 1.5);
    theme.font = QFont(QStringLiteral("DejaVu Sans"), 9);
    theme.smallFont = QFont(QStringLiteral("DejaVu Sans"), 8);
    theme.boldFont = theme.font;
    theme.boldFont.setBold(true);
}

} // namespace

TimelineTheme TimelineTheme::light()
{
    TimelineTheme theme;
    theme.kind = Kind::Light;
    theme.background = QColor(0xFF, 0xFF, 0xFF);
    theme.laneAlternate = QColor(0xF4, 0xF5, 0xF7);
    theme.text = QColor(0x20, 0x20, 0x20);
    theme.mutedText = QColor(0x6A, 0x6A, 0x6A);
    theme.grid = QColor(0xE2, 0xE4, 0xE8);
    theme.header = QColor(0xEC, 0xEE, 0xF1);
    theme.running = kBlue;
    theme.ready = kSkyBlue.darker(115);
    theme.waiting = QColor(0x9A, 0x9A, 0x9A);
    theme.done = kBluishGreen;
    theme.failed = kVermillion;
    theme.cancelled = kOrange;
    theme.cancelRequest = kOrange.darker(110);
    theme.printed = kReddishPurple;
    theme.createArrow = QColor(0x80, 0x80, 0x80);
    theme.wakeArrow = QColor(0x30, 0x30, 0x30);
    theme.cancelArrow = kOrange.darker(110);
    theme.cursor = kVermillion;
    theme.hover = QColor(0x00, 0x00, 0x00, 0x18);
    theme.group = QColor(0x70, 0x70, 0x70);
    theme.loopMark = QColor(0x55, 0x55, 0x55);
    finish(theme);
    return theme;
}

TimelineTheme TimelineTheme::dark()
{
    TimelineTheme theme;
    theme.kind = Kind::Dark;
    theme.background = QColor(0x1E, 0x1F, 0x22);
    theme.laneAlternate = QColor(0x26, 0x28, 0x2C);
    theme.text = QColor(0xE6, 0xE6, 0xE6);
    theme.mutedText = QColor(0xA0, 0xA0, 0xA0);
    theme.grid = QColor(0x36, 0x38, 0x3D);
    theme.header = QColor(0x2B, 0x2D, 0x31);
    theme.running = kSkyBlue;
    theme.ready = kSkyBlue.darker(160);
    theme.waiting = QColor(0x80, 0x80, 0x80);
    theme.done = kBluishGreen.lighter(120);
    theme.failed = kVermillion.lighter(115);
    theme.cancelled = kOrange;
    theme.cancelRequest = kOrange;
    theme.printed = kReddishPurple;
    theme.createArrow = QColor(0x9A, 0x9A, 0x9A);
    theme.wakeArrow = QColor(0xD0, 0xD0, 0xD0);
    theme.cancelArrow = kOrange;
    theme.cursor = kVermillion.lighter(120);
    theme.hover = QColor(0xFF, 0xFF, 0xFF, 0x18);
    theme.group = QColor(0xA0, 0xA0, 0xA0);
    theme.loopMark = QColor(0xB0, 0xB0, 0xB0);
    finish(theme);
    return theme;
}

QColor TimelineTheme::taskColor(int lane) const
{
    static const QColor bright[] = {
        QColor(0x44, 0x77, 0xAA), QColor(0xEE, 0x66, 0x77), QColor(0x22, 0x88, 0x33), QColor(0xCC, 0xBB, 0x44),
        QColor(0x66, 0xCC, 0xEE), QColor(0xAA, 0x33, 0x77), QColor(0xBB, 0xBB, 0xBB),
    };
    // Lane 0 is the loop's: tasks start at lane 1.
    const QColor color = bright[(lane > 0 ? lane - 1 : 6) % 7];
    return kind == Kind::Dark ? color.lighter(115) : color;
}

TimelineTheme TimelineTheme::forBackground(const QColor& window)
{
    return window.lightness() < 128 ? dark() : light();
}

} // namespace loopscope::ui
