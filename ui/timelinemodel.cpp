#include "timelinemodel.h"

#include <algorithm>

namespace loopscope::ui {

namespace {

// What an event's cause comes to, seen through the loop's callbacks in between (a
// gather's, a wait's or a TaskGroup's done-callback): the child that ended, the timer
// that fired.
trace::EventId throughCallbacks(const trace::Trace& t, trace::EventId origin)
{
    for (int hop = 0; hop < 8 && t.event(origin).kind == trace::EventKind::Callback; ++hop) {
        const trace::EventId before = t.event(origin).cause;
        if (before == trace::kNoEvent)
            break;
        origin = before;
    }
    return origin;
}

using trace::Event;
using trace::EventId;
using trace::EventKind;
using trace::kNoEvent;
using trace::kNoTask;
using trace::TaskId;

// asyncio.run's own tasks, made when the main coroutine is done: not the program's.
bool isShutdownTask(const trace::Trace& trace, TaskId task)
{
    const std::string_view coroutine = trace.string(trace.task(task).coroutine);
    return coroutine == "BaseEventLoop.shutdown_asyncgens" ||
           coroutine == "BaseEventLoop.shutdown_default_executor";
}

// A task's states as the events go by.
struct LaneBuilder {
    Lane* lane = nullptr;
    bool open = false;
    Segment current{};

    void begin(EventId at, SegmentState state, EventId suspend = kNoEvent)
    {
        current = Segment{at, kNoEvent, state, suspend};
        open = true;
    }
    void end(EventId at)
    {
        if (!open)
            return;
        current.to = at;
        if (current.to > current.from || current.state == SegmentState::Running)
            lane->segments.push_back(current);
        open = false;
    }
    void finish()
    {
        if (open)
            lane->segments.push_back(current); // to the record's end
        open = false;
    }
};

} // namespace

TimelineModel::TimelineModel(std::shared_ptr<const trace::Trace> trace) : trace_(std::move(trace))
{
    const trace::Trace& t = *trace_;
    const std::size_t taskCount = t.tasks().size();

    // Lanes: the loop's, then the tasks as a tree (a task's children under it, in the
    // order they were made), asyncio's shutdown tasks last.
    std::vector<std::vector<TaskId>> children(taskCount);
    std::vector<TaskId> roots, internal;
    for (TaskId id = 1; id < taskCount; ++id) {
        const TaskId parent = t.task(id).parent;
        if (isShutdownTask(t, id))
            internal.push_back(id);
        else if (parent != kNoTask && parent < taskCount && parent < id)
            children[parent].push_back(id);
        else
            roots.push_back(id);
    }
    lanes_.emplace_back(); // the event loop
    laneOfTask_.assign(taskCount, 0);
    // Depth first, each task before its children (a stack: trees of tasks can be deep).
    auto place = [&](TaskId root, bool isInternal) {
        std::vector<std::pair<TaskId, int>> stack{{root, 0}};
        while (!stack.empty()) {
            const auto [id, depth] = stack.back();
            stack.pop_back();
            Lane lane;
            lane.task = id;
            lane.depth = depth;
            lane.group = t.task(id).group;
            lane.internal = isInternal;
            laneOfTask_[id] = int(lanes_.size());
            lanes_.push_back(std::move(lane));
            for (auto child = children[id].rbegin(); child != children[id].rend(); ++child)
                stack.emplace_back(*child, depth + 1);
        }
    };
    for (TaskId root : roots)
        place(root, false);
    for (TaskId id : internal)
        place(id, true);

    std::vector<LaneBuilder> builders(lanes_.size());
    for (std::size_t i = 0; i < lanes_.size(); ++i)
        builders[i].lane = &lanes_[i];

    for (EventId id = 0; id < t.size(); ++id) {
        const Event& event = t.event(id);
        const int laneIndex = laneOfEvent(id);
        Lane& lane = lanes_[std::size_t(laneIndex)];
        LaneBuilder& builder = builders[std::size_t(laneIndex)];
        switch (event.kind) {
        case EventKind::Create:
            lane.created = id;
            lane.marks.push_back({id, MarkKind::Created});
            builder.begin(id, SegmentState::Ready);
            if (const TaskId parent = t.task(event.task).parent; parent != kNoTask)
                arrows_.push_back({id, id, laneOfTask(parent), laneIndex, ArrowKind::Create});
            break;
        case EventKind::Resume: {
            if (builder.open && builder.current.state == SegmentState::Waiting) {
                // Waiting until what woke it, then ready until the loop ran it.
                const EventId queued = event.low();
                EventId readyFrom = queued == kNoEvent || queued == 0 ? id : queued - 1;
                readyFrom = std::clamp(readyFrom, builder.current.from, id);
                builder.end(readyFrom);
                builder.begin(readyFrom, SegmentState::Ready);
            }
            builder.end(id);
            builder.begin(id, SegmentState::Running);
            if (trace::ResumeCause(event.sub) == trace::ResumeCause::Wakeup && event.cause != kNoEvent) {
                // What woke it, seen through the loop's callbacks in between (a gather's
                // or a wait's done-callback): the child that ended, the timer that fired.
                const EventId origin = throughCallbacks(t, event.cause);
                const int from = laneOfEvent(origin);
                if (from != laneIndex)
                    arrows_.push_back({origin, id, from, laneIndex, ArrowKind::Wake});
            }
            break;
        }
        case EventKind::Suspend:
            builder.end(id);
            builder.begin(id, SegmentState::Waiting, id);
            break;
        case EventKind::Yield:
            builder.end(id);
            builder.begin(id, SegmentState::Ready);
            break;
        case EventKind::Done:
        case EventKind::Failed:
        case EventKind::Cancelled:
            builder.end(id);
            lane.ended = id;
            lane.end = event.kind == EventKind::Done     ? LaneEnd::Done
                       : event.kind == EventKind::Failed ? LaneEnd::Failed
                                                         : LaneEnd::Cancelled;
            lane.marks.push_back({id, event.kind == EventKind::Done     ? MarkKind::Done
                                      : event.kind == EventKind::Failed ? MarkKind::Failed
                                                                        : MarkKind::Cancelled});
            break;
        case EventKind::Cancel: {
            lane.marks.push_back({id, MarkKind::CancelRequested});
            // From what made it happen where that is another task's end (the child whose
            // failure aborts a TaskGroup: an arrow to each sibling and to the body),
            // else from the task that asked, when that is not the task itself.
            const EventId origin = event.cause == kNoEvent ? kNoEvent : throughCallbacks(t, event.cause);
            const TaskId requester = event.low();
            if (origin != kNoEvent && trace::endsTask(t.event(origin).kind) && t.event(origin).task != event.task)
                arrows_.push_back({origin, id, laneOfEvent(origin), laneIndex, ArrowKind::Cancel});
            else if (requester != event.task)
                arrows_.push_back({id, id, requester == kNoTask ? 0 : laneOfTask(requester), laneIndex,
                                   ArrowKind::Cancel});
            break;
        }
        case EventKind::Print:
            lane.marks.push_back({id, MarkKind::Printed});
            break;
        case EventKind::Timer:
            lane.marks.push_back({id, event.sub == std::uint8_t(trace::TimerAction::Scheduled) ? MarkKind::TimerScheduled
                                      : event.sub == std::uint8_t(trace::TimerAction::Fired)   ? MarkKind::TimerFired
                                                                                                : MarkKind::TimerCancelled});
            break;
        case EventKind::Callback:
            lane.marks.push_back({id, MarkKind::Callback});
            break;
        default:
            break;
        }
    }
    for (LaneBuilder& builder : builders)
        builder.finish();
}

int TimelineModel::laneOfTask(TaskId task) const
{
    return task < laneOfTask_.size() ? laneOfTask_[task] : 0;
}

int TimelineModel::laneOfEvent(EventId id) const
{
    const Event& event = trace_->event(id);
    if (event.kind == EventKind::Timer || event.kind == EventKind::Callback)
        return 0;
    return laneOfTask(event.task);
}

std::pair<std::size_t, std::size_t> TimelineModel::segmentsBetween(int laneIndex, EventId from, EventId to) const
{
    const std::vector<Segment>& segments = lanes_[std::size_t(laneIndex)].segments;
    auto first = std::lower_bound(segments.begin(), segments.end(), from,
                                  [](const Segment& s, EventId value) { return s.to < value; });
    auto last = std::upper_bound(first, segments.end(), to,
                                 [](EventId value, const Segment& s) { return value < s.from; });
    return {std::size_t(first - segments.begin()), std::size_t(last - segments.begin())};
}

std::pair<std::size_t, std::size_t> TimelineModel::marksBetween(int laneIndex, EventId from, EventId to) const
{
    const std::vector<Mark>& marks = lanes_[std::size_t(laneIndex)].marks;
    auto first = std::lower_bound(marks.begin(), marks.end(), from,
                                  [](const Mark& m, EventId value) { return m.event < value; });
    auto last = std::upper_bound(first, marks.end(), to,
                                 [](EventId value, const Mark& m) { return value < m.event; });
    return {std::size_t(first - marks.begin()), std::size_t(last - marks.begin())};
}

std::pair<std::size_t, std::size_t> TimelineModel::arrowsBetween(EventId from, EventId to) const
{
    auto first = std::lower_bound(arrows_.begin(), arrows_.end(), from,
                                  [](const Arrow& a, EventId value) { return a.to < value; });
    auto last = std::upper_bound(first, arrows_.end(), to,
                                 [](EventId value, const Arrow& a) { return value < a.to; });
    return {std::size_t(first - arrows_.begin()), std::size_t(last - arrows_.begin())};
}

const Segment* TimelineModel::segmentAt(int laneIndex, EventId event) const
{
    const auto [first, last] = segmentsBetween(laneIndex, event, event);
    const std::vector<Segment>& segments = lanes_[std::size_t(laneIndex)].segments;
    for (std::size_t i = first; i < last; ++i) {
        if (segments[i].from <= event && (event < segments[i].to || segments[i].to == kNoEvent))
            return &segments[i];
    }
    return nullptr;
}

std::string TimelineModel::laneName(int laneIndex) const
{
    const Lane& lane = lanes_[std::size_t(laneIndex)];
    if (lane.task == kNoTask)
        return "event loop";
    return std::string(trace_->finalName(lane.task));
}

std::string TimelineModel::laneDetail(int laneIndex) const
{
    const Lane& lane = lanes_[std::size_t(laneIndex)];
    if (lane.task == kNoTask)
        return "timers and callbacks";
    return std::string(trace_->string(trace_->task(lane.task).coroutine)) + "()";
}

} // namespace loopscope::ui
