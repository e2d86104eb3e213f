// What the timeline draws, built once from a record: one lane per task (the main task
// first, each task's children under it, asyncio's own shutdown tasks last) and a lane
// for the event loop; per lane, the segments of its task's states (ready, running,
// waiting on something) and the marks of its events (creation, cancellation requests,
// output, its end); and the arrows between lanes (a creation, a wake-up from what
// completed the awaited future, a cancellation from who asked for it).
// Invariants: a lane's segments are in event order and do not overlap; arrows are in
// order of the event they point to. Everything is indices into the record: no copies.
#pragma once

#include "trace/trace.h"

#include <memory>
#include <string>
#include <vector>

namespace loopscope::ui {

enum class SegmentState : std::uint8_t {
    Ready,   // scheduled, waiting for the loop to run it
    Running, // its step is running
    Waiting, // suspended, awaiting something (the segment's suspend event says what)
};

struct Segment {
    trace::EventId from; // the event that begins it
    trace::EventId to;   // the event that ends it (or the record's end: kNoEvent)
    SegmentState state;
    trace::EventId suspend; // for Waiting: its Suspend event (what it awaits)
};

enum class LaneEnd : std::uint8_t { Pending, Done, Failed, Cancelled };

enum class MarkKind : std::uint8_t {
    Created,
    CancelRequested,
    Printed,
    Done,
    Failed,
    Cancelled,
    TimerScheduled, // the loop's lane
    TimerFired,
    TimerCancelled,
    Callback,
};

struct Mark {
    trace::EventId event;
    MarkKind kind;
};

struct Lane {
    trace::TaskId task = trace::kNoTask; // kNoTask: the event loop's lane
    int depth = 0;                       // how many parents it has (indentation)
    trace::GroupId group = trace::kNoGroup;
    bool internal = false;               // one of asyncio.run's own shutdown tasks
    LaneEnd end = LaneEnd::Pending;
    trace::EventId created = trace::kNoEvent;
    trace::EventId ended = trace::kNoEvent;
    std::vector<Segment> segments;
    std::vector<Mark> marks;
};

enum class ArrowKind : std::uint8_t { Create, Wake, Cancel };

struct Arrow {
    trace::EventId from; // where it starts: an event of the `fromLane`
    trace::EventId to;   // where it points: an event of the `toLane`
    int fromLane;
    int toLane;
    ArrowKind kind;
};

class TimelineModel {
public:
    TimelineModel() = default;
    explicit TimelineModel(std::shared_ptr<const trace::Trace> trace);

    const trace::Trace& trace() const { return *trace_; }
    std::shared_ptr<const trace::Trace> sharedTrace() const { return trace_; }
    bool isEmpty() const { return !trace_ || trace_->empty(); }

    // Lane 0 is the event loop's.
    const std::vector<Lane>& lanes() const { return lanes_; }
    int laneOfTask(trace::TaskId task) const;
    // The lane an event is drawn in: its task's, or the loop's for timers, callbacks
    // and what no task did.
    int laneOfEvent(trace::EventId event) const;

    const std::vector<Arrow>& arrows() const { return arrows_; }

    // The segments of `lane` that reach into events [from, to]: an index range.
    std::pair<std::size_t, std::size_t> segmentsBetween(int lane, trace::EventId from, trace::EventId to) const;
    // The marks of `lane` at events [from, to].
    std::pair<std::size_t, std::size_t> marksBetween(int lane, trace::EventId from, trace::EventId to) const;
    // The arrows that point to events [from, to].
    std::pair<std::size_t, std::size_t> arrowsBetween(trace::EventId from, trace::EventId to) const;

    // The segment of `lane` at `event`, or null.
    const Segment* segmentAt(int lane, trace::EventId event) const;

    // A lane's label: "Task-2" and its coroutine "worker()", or "event loop".
    std::string laneName(int lane) const;
    std::string laneDetail(int lane) const;

private:
    std::shared_ptr<const trace::Trace> trace_;
    std::vector<Lane> lanes_;
    std::vector<int> laneOfTask_;
    std::vector<Arrow> arrows_;
};

} // namespace loopscope::ui
