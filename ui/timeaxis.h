// Where each event of a record stands along the timeline, in axis units, for the two
// scales a learner needs: "time", proportional to virtual time, with each instant at
// which several steps happen widened so that their order shows; and "steps", one column
// per event (line events share their step's column). Positions never decrease with the
// event's sequence number, so a position maps back to an event by binary search.
#pragma once

#include "trace/trace.h"

#include <vector>

namespace loopscope::ui {

class TimeAxis {
public:
    enum class Scale { Time, Steps };

    TimeAxis() = default;
    explicit TimeAxis(Scale scale) : scale_(scale) {} // an empty record's axis
    TimeAxis(const trace::Trace& trace, Scale scale);

    Scale scale() const { return scale_; }
    // Where an event is; the axis runs from 0 to length().
    double positionOf(trace::EventId event) const;
    double length() const { return length_; }
    // The width one step takes (a column in "steps", a widened instant's share in "time").
    double stepWidth() const { return step_; }

    // The last event at or before `position` (kNoEvent before the first).
    trace::EventId eventAt(double position) const;
    // Virtual time at a position, and the position of a time (the start of its instant).
    double timeAt(double position) const;
    double positionOfTime(double seconds) const;
    // The end of the instant at `seconds` (its block's right edge), or where that time
    // falls between instants: a range up to a time includes what happened at it.
    double positionAfterTime(double seconds) const;
    double startTime() const { return instantTimes_.empty() ? 0 : instantTimes_.front(); }
    double endTime() const { return instantTimes_.empty() ? 0 : instantTimes_.back(); }

    struct Tick {
        double position;
        double seconds;
        bool major; // labelled
    };
    // Ticks between two positions, spaced for `unitsPerPixel`: round numbers of seconds
    // in "time"; in "steps", where the virtual time changes.
    std::vector<Tick> ticks(double from, double to, double unitsPerPixel) const;

private:
    Scale scale_ = Scale::Time;
    double step_ = 1;
    double length_ = 0;
    std::vector<double> positions_; // per event
    // The instants (distinct virtual times): their time and where their block starts.
    std::vector<double> instantTimes_;
    std::vector<double> instantStarts_;
    std::vector<double> instantEnds_;
};

} // namespace loopscope::ui
