// The timeline's colours, pens and brushes, light or dark. States differ by shape and
// pattern as well as colour (running is a solid bar, ready a hatched one, waiting a thin
// band with what it awaits written on it; an end is a circle, a cross or a square), and
// the colours are Okabe and Ito's, told apart with any colour vision and in grey.
// Made once per theme and kept: pens and brushes are not rebuilt at each paint.
#pragma once

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPen>

namespace loopscope::ui {

struct TimelineTheme {
    enum class Kind { Light, Dark };

    static TimelineTheme light();
    static TimelineTheme dark();
    // The theme that suits a palette (dark when its window colour is dark).
    static TimelineTheme forBackground(const QColor& window);

    Kind kind = Kind::Light;
    QColor background, laneAlternate, text, mutedText, grid, header;
    QColor running, ready, waiting, done, failed, cancelled, cancelRequest, printed;
    QColor createArrow, wakeArrow, cancelArrow, cursor, hover, group, loopMark;
    QBrush readyBrush;   // hatched
    QPen waitingPen;     // the band's outline
    QPen createPen, wakePen, cancelPen, cursorPen, gridPen, groupPen;
    QFont font, smallFont, boldFont;

    // Each task's own colour (its lane's chip, its current line in the code view), by
    // lane: Paul Tol's "bright" scheme, repeating after seven.
    QColor taskColor(int lane) const;
};

} // namespace loopscope::ui
