// Draws the timeline: the time axis, a row per lane with its label, the segments of the
// task's states, the marks of its events, the arrows between lanes, TaskGroup brackets
// and the cursor; with a title and a legend when asked (for an exported image). One
// paint serves the window, the image exports and the tests.
// Cost does not grow with the record: only the rows and the event range in view are
// visited (binary search), and what is narrower than a pixel is drawn once per pixel.
#pragma once

#include "labelcache.h"
#include "timelinelayout.h"
#include "timelinetheme.h"

#include <QPainter>
#include <QString>
#include <QStringList>

namespace loopscope::ui {

struct PaintOptions {
    QString title;       // drawn above the timeline when not empty
    bool legend = false; // a legend of the states and marks below it
    bool cursor = true;
};

// What a paint drew, for the tests to find.
struct PaintReport {
    QStringList laneLabels;   // in row order
    QStringList segmentLabels; // the waiting segments' labels that were written
    int segments = 0;         // segments drawn (merged ones count once a pixel)
    int marks = 0;
    int createArrows = 0, wakeArrows = 0, cancelArrows = 0;
    int groupBrackets = 0;
};

class TimelinePainter {
public:
    explicit TimelinePainter(const TimelineTheme& theme) : theme_(theme) {}

    // Paints `layout` (its bounds) as `view` shows it. With a title or a legend the
    // timeline leaves room for them: see heightFor.
    PaintReport paint(QPainter& painter, const TimelineLayout& layout, const TimelineViewport& view,
                      const PaintOptions& options = {}) const;

    // Room the title and the legend take above and below the timeline.
    static double titleHeight(const PaintOptions& options);
    // (The legend wraps to the width it is given.)
    double legendHeight(const PaintOptions& options, double width) const;

private:
    void paintHeader(QPainter& painter, const TimelineLayout& layout, const TimelineViewport& view) const;
    void paintRow(QPainter& painter, const TimelineLayout& layout, const TimelineViewport& view, int row,
                  PaintReport& report) const;
    void paintSegments(QPainter& painter, const TimelineLayout& layout, const TimelineViewport& view, int lane,
                       const QRectF& row, PaintReport& report) const;
    void paintMarks(QPainter& painter, const TimelineLayout& layout, const TimelineViewport& view, int lane,
                    const QRectF& row, PaintReport& report) const;
    void paintArrows(QPainter& painter, const TimelineLayout& layout, const TimelineViewport& view,
                     PaintReport& report) const;
    void paintGroups(QPainter& painter, const TimelineLayout& layout, const TimelineViewport& view,
                     PaintReport& report) const;
    void paintLegend(QPainter& painter, const QRectF& area) const;

    const TimelineTheme& theme_;
    // Kept for the next paint, as the widget keeps its painter.
    mutable LabelCache labels_;
};

} // namespace loopscope::ui
