// The timeline's geometry, shared by the painter (which draws by it) and the widget
// (which hit-tests by it): which lanes show and in which rows, where the axis range in
// view falls in pixels, and what lies under a point. A value: the widget keeps one per
// view, an export makes its own.
#pragma once

#include "timeaxis.h"
#include "timelinemodel.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace loopscope::ui {

// What part of the timeline is in view, and what is marked on it.
struct TimelineViewport {
    double from = 0;        // axis positions at the left and right edges of the lanes
    double to = 1;
    int firstRow = 0;       // the row at the top (vertical scroll)
    trace::EventId cursor = trace::kNoEvent;
    trace::EventId hovered = trace::kNoEvent;
    int selectedLane = -1; // the task the learner picked (stepping by task follows it)
};

class TimelineLayout {
public:
    static constexpr double kHeaderHeight = 30;
    static constexpr double kLabelWidth = 190;
    static constexpr double kRowHeight = 26;
    static constexpr double kIndent = 12;

    TimelineLayout() = default;
    TimelineLayout(const TimelineModel* model, const TimeAxis* axis, QRectF bounds, bool showInternal);

    const TimelineModel& model() const { return *model_; }
    const TimeAxis& axis() const { return *axis_; }
    QRectF bounds() const { return bounds_; }
    // Where lanes are drawn (right of the labels, below the axis).
    QRectF lanesRect() const;

    // The lanes shown, top to bottom (lane indices of the model).
    const std::vector<int>& rows() const { return rows_; }
    int rowOfLane(int lane) const; // -1 if hidden
    int visibleRowCount() const;    // rows that fit
    QRectF rowRect(int row, const TimelineViewport& view) const; // the whole row, labels included

    double xOf(double position, const TimelineViewport& view) const;
    double positionAt(double x, const TimelineViewport& view) const;
    double unitsPerPixel(const TimelineViewport& view) const;

    // The lane under a point (-1 for none), and the event there: the mark within a few
    // pixels, else the segment's beginning, else the nearest event of that lane.
    int laneAt(QPointF point, const TimelineViewport& view) const;
    trace::EventId eventAt(QPointF point, const TimelineViewport& view) const;

private:
    const TimelineModel* model_ = nullptr;
    const TimeAxis* axis_ = nullptr;
    QRectF bounds_;
    std::vector<int> rows_;
    std::vector<int> rowOfLane_;
};

} // namespace loopscope::ui
