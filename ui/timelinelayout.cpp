#include "timelinelayout.h"

#include <algorithm>
#include <cmath>

namespace loopscope::ui {

using trace::EventId;
using trace::kNoEvent;

TimelineLayout::TimelineLayout(const TimelineModel* model, const TimeAxis* axis, QRectF bounds,
                               bool showInternal)
    : model_(model), axis_(axis), bounds_(bounds)
{
    const std::vector<Lane>& lanes = model->lanes();
    rowOfLane_.assign(lanes.size(), -1);
    if (lanes.empty())
        return; // nothing has run yet
    // The program's tasks first, then the loop's lane, then asyncio's own tasks.
    for (std::size_t i = 1; i < lanes.size(); ++i) {
        if (!lanes[i].internal) {
            rowOfLane_[i] = int(rows_.size());
            rows_.push_back(int(i));
        }
    }
    rowOfLane_[0] = int(rows_.size());
    rows_.push_back(0);
    for (std::size_t i = 1; i < lanes.size() && showInternal; ++i) {
        if (lanes[i].internal) {
            rowOfLane_[i] = int(rows_.size());
            rows_.push_back(int(i));
        }
    }
}

QRectF TimelineLayout::lanesRect() const
{
    return QRectF(bounds_.left() + kLabelWidth, bounds_.top() + kHeaderHeight,
                  std::max(1.0, bounds_.width() - kLabelWidth), std::max(0.0, bounds_.height() - kHeaderHeight));
}

int TimelineLayout::rowOfLane(int lane) const
{
    return lane >= 0 && std::size_t(lane) < rowOfLane_.size() ? rowOfLane_[std::size_t(lane)] : -1;
}

int TimelineLayout::visibleRowCount() const
{
    return int(std::ceil(lanesRect().height() / kRowHeight));
}

QRectF TimelineLayout::rowRect(int row, const TimelineViewport& view) const
{
    const QRectF lanes = lanesRect();
    return QRectF(bounds_.left(), lanes.top() + (row - view.firstRow) * kRowHeight, bounds_.width(), kRowHeight);
}

double TimelineLayout::xOf(double position, const TimelineViewport& view) const
{
    const QRectF lanes = lanesRect();
    const double span = view.to > view.from ? view.to - view.from : 1;
    return lanes.left() + (position - view.from) / span * lanes.width();
}

double TimelineLayout::positionAt(double x, const TimelineViewport& view) const
{
    const QRectF lanes = lanesRect();
    return view.from + (x - lanes.left()) / lanes.width() * (view.to - view.from);
}

double TimelineLayout::unitsPerPixel(const TimelineViewport& view) const
{
    return (view.to - view.from) / lanesRect().width();
}

int TimelineLayout::laneAt(QPointF point, const TimelineViewport& view) const
{
    const QRectF lanes = lanesRect();
    if (point.y() < lanes.top() || point.y() >= lanes.bottom())
        return -1;
    const int row = view.firstRow + int((point.y() - lanes.top()) / kRowHeight);
    return row >= 0 && std::size_t(row) < rows_.size() ? rows_[std::size_t(row)] : -1;
}

EventId TimelineLayout::eventAt(QPointF point, const TimelineViewport& view) const
{
    const int lane = laneAt(point, view);
    if (lane < 0 || point.x() < lanesRect().left())
        return kNoEvent;
    constexpr double kSlop = 5; // pixels
    const double upp = unitsPerPixel(view);
    const double at = positionAt(point.x(), view);
    const EventId left = axis_->eventAt(at - kSlop * upp);
    const EventId right = axis_->eventAt(at + kSlop * upp);
    const EventId from = left == kNoEvent ? 0 : left;
    // The nearest mark of the lane.
    const auto [first, last] = model_->marksBetween(lane, from, right == kNoEvent ? 0 : right);
    const std::vector<Mark>& marks = model_->lanes()[std::size_t(lane)].marks;
    EventId best = kNoEvent;
    double bestDistance = kSlop + 1;
    for (std::size_t i = first; i < last; ++i) {
        const double distance = std::fabs(xOf(axis_->positionOf(marks[i].event), view) - point.x());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = marks[i].event;
        }
    }
    if (best != kNoEvent)
        return best;
    // Else the segment there.
    const EventId under = axis_->eventAt(at);
    if (under == kNoEvent)
        return kNoEvent;
    if (const Segment* segment = model_->segmentAt(lane, under))
        return segment->from;
    return kNoEvent;
}

} // namespace loopscope::ui
