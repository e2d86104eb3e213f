#include "loopinspection.h"

#include "trace/eventdescription.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace loopscope::ui {

using trace::Event;
using trace::EventId;
using trace::EventKind;
using trace::GroupId;
using trace::kNoEvent;
using trace::kNoGroup;
using trace::kNoTask;
using trace::TaskId;
using trace::WaitKind;

namespace {

constexpr std::uint32_t kNone = 0xffffffffu;
constexpr std::size_t kMaxWindowRuns = 64; // iteration runs the ready queue's window spans at most
constexpr std::size_t kMaxCancelsShown = 4;
constexpr int kMaxCauseHops = 8;

bool isTimer(const Event& event, trace::TimerAction action)
{
    return event.kind == EventKind::Timer && event.sub == std::uint8_t(action);
}

bool hasWaitRecord(WaitKind kind)
{
    return kind == WaitKind::Gather || kind == WaitKind::Wait || kind == WaitKind::WaitFor ||
           kind == WaitKind::TaskGroup || kind == WaitKind::Shield;
}

// (task, event) pairs, in event order, as one flat array per task: `start` has one more
// entry than there are tasks (a counting sort keeps each task's events in order).
void buildPerTask(const std::vector<std::pair<TaskId, EventId>>& pairs, std::size_t taskCount,
                  std::vector<std::uint32_t>& start, std::vector<EventId>& values)
{
    start.assign(taskCount + 1, 0);
    for (const auto& [task, event] : pairs)
        if (task < taskCount)
            ++start[task + 1];
    for (std::size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    values.assign(start.back(), kNoEvent);
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (const auto& [task, event] : pairs)
        if (task < taskCount)
            values[next[task]++] = event;
}

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

} // namespace

// ---- intervals --------------------------------------------------------------------------

// Items that each hold for events [begin, end) (end kNoEvent: to the record's end), in an
// order of their own (by deadline, by id, ...). A tree over that order keeps, per node,
// the earliest begin and the latest end below it, so a walk in order visits only nodes
// that can hold an item live at the asked event: the first N live items cost about
// N log(items), not a pass over all of them.
class LoopInspection::Intervals {
public:
    Intervals(std::vector<EventId> begins, std::vector<EventId> ends) : begin_(std::move(begins)), end_(std::move(ends))
    {
        for (std::size_t i = 0; i < begin_.size(); ++i)
            if (begin_[i] >= end_[i])
                begin_[i] = end_[i] = kNoEvent; // never live
        leaves_ = 1;
        while (leaves_ < begin_.size())
            leaves_ *= 2;
        minBegin_.assign(2 * leaves_, kNoEvent);
        maxEnd_.assign(2 * leaves_, 0);
        for (std::size_t i = 0; i < begin_.size(); ++i) {
            minBegin_[leaves_ + i] = begin_[i];
            maxEnd_[leaves_ + i] = begin_[i] == kNoEvent ? 0 : end_[i];
        }
        for (std::size_t node = leaves_ - 1; node >= 1; --node) {
            minBegin_[node] = std::min(minBegin_[2 * node], minBegin_[2 * node + 1]);
            maxEnd_[node] = std::max(maxEnd_[2 * node], maxEnd_[2 * node + 1]);
        }
        beginSorted_ = begin_;
        std::sort(beginSorted_.begin(), beginSorted_.end());
        byEnd_.resize(end_.size());
        for (std::uint32_t i = 0; i < byEnd_.size(); ++i)
            byEnd_[i] = i;
        std::stable_sort(byEnd_.begin(), byEnd_.end(), [this](std::uint32_t a, std::uint32_t b) {
            return endKey(a) < endKey(b);
        });
        endSorted_.reserve(byEnd_.size());
        for (std::uint32_t i : byEnd_)
            endSorted_.push_back(endKey(i));
    }

    std::size_t size() const { return begin_.size(); }
    EventId begin(std::size_t i) const { return begin_[i]; }
    EventId end(std::size_t i) const { return end_[i]; }

    // How many began at or before `t`.
    std::size_t begunCount(EventId t) const
    {
        return std::size_t(std::upper_bound(beginSorted_.begin(), beginSorted_.end(), t) - beginSorted_.begin());
    }

    // How many are live at `t` (every item's begin comes before its end).
    std::size_t liveCount(EventId t) const
    {
        const auto begun = std::upper_bound(beginSorted_.begin(), beginSorted_.end(), t) - beginSorted_.begin();
        const auto ended = std::upper_bound(endSorted_.begin(), endSorted_.end(), t) - endSorted_.begin();
        return std::size_t(begun - ended);
    }

    // Calls `visit(i)` for each item live at `t`, in their order, while it returns true.
    template <typename Visit>
    void forLive(EventId t, Visit&& visit) const
    {
        if (!begin_.empty())
            walk(1, t, visit);
    }

    // Calls `visit(i)` for each item that ended at or before `t`, the latest end first.
    template <typename Visit>
    void forEndedLatestFirst(EventId t, Visit&& visit) const
    {
        auto ended = std::upper_bound(endSorted_.begin(), endSorted_.end(), t) - endSorted_.begin();
        while (ended > 0)
            if (!visit(byEnd_[std::size_t(--ended)]))
                return;
    }

private:
    // Never-live items sort after every event (they never end by any cursor).
    EventId endKey(std::uint32_t i) const { return begin_[i] == kNoEvent ? kNoEvent : end_[i]; }

    template <typename Visit>
    bool walk(std::size_t node, EventId t, Visit& visit) const
    {
        if (minBegin_[node] > t || maxEnd_[node] <= t)
            return true;
        if (node >= leaves_) {
            const std::size_t i = node - leaves_;
            return !(begin_[i] <= t && t < end_[i]) || visit(i);
        }
        return walk(2 * node, t, visit) && walk(2 * node + 1, t, visit);
    }

    std::vector<EventId> begin_, end_;
    std::size_t leaves_ = 1;
    std::vector<EventId> minBegin_, maxEnd_;
    std::vector<EventId> beginSorted_, endSorted_;
    std::vector<std::uint32_t> byEnd_;
};

// The tasks of one gather, wait, TaskGroup, ...: their ends sorted (a member's end at or
// before the cursor counts it as over), with running counts of failures and cancellations.
struct LoopInspection::MemberSet {
    std::uint32_t first = 0; // into setEnds_, setFailed_, setCancelled_
    std::uint32_t count = 0;
};

// One bookkeeping entry: a suspend on a gather, wait, wait_for or shield; a TaskGroup; or
// the tasks of one as_completed() (told by its done callbacks: the record has no WaitRecord
// for it). Live for events [begin, end).
struct LoopInspection::Book {
    WaitKind kind = WaitKind::Gather;
    trace::WaitId wait = kNone;
    GroupId group = kNoGroup;
    TaskId waiter = kNoTask;
    EventId begin = kNoEvent;
    EventId end = kNoEvent;
    std::uint32_t tasks = kNone; // its members in setTasks_ (groups, as_completed); else the WaitRecord's
    std::uint32_t taskCount = 0;
    std::uint32_t set = 0;       // into sets_
    EventId abortEvent = kNoEvent;
    EventId abortTrigger = kNoEvent;
};

// ---- building -------------------------------------------------------------------------

LoopInspection::LoopInspection(std::shared_ptr<const TimelineModel> model)
    : LoopInspection(std::move(model), Limits{})
{
}

LoopInspection::LoopInspection(std::shared_ptr<const TimelineModel> model, const Limits& limits)
    : model_(std::move(model)), trace_(model_->trace()), limits_(limits)
{
    indexEvents();
    indexBooks();
}

LoopInspection::~LoopInspection() = default;

void LoopInspection::indexEvents()
{
    const trace::Trace& t = trace_;
    const std::size_t taskCount = t.tasks().size();
    std::vector<std::pair<TaskId, EventId>> renames, cancels, uncancels, thrown, waitTimers;

    std::uint32_t iteration = kNone;
    EventId runStart = 0;
    for (EventId id = 0; id < t.size(); ++id) {
        const Event& event = t.event(id);
        // The iteration is asked only where it may change: at a time mark or where a
        // handle's run begins a new loop step, so a plain check suffices per event.
        if (const std::uint32_t number = t.iterationOf(id); number != iteration) {
            iteration = number;
            runStart = id;
            iterationRuns_.emplace_back(id, number);
        }
        switch (event.kind) {
        case EventKind::Resume:
            if (event.low() != kNoEvent)
                handles_.push_back({id, event.low() == 0 ? 0 : event.low() - 1});
            if (event.extra & trace::kCancelThrown)
                thrown.emplace_back(event.task, id);
            break;
        case EventKind::Callback:
            if (event.high() != kNoEvent)
                handles_.push_back({id, event.high() == 0 ? 0 : event.high() - 1});
            break;
        case EventKind::Timer:
            if (event.sub == std::uint8_t(trace::TimerAction::Scheduled)) {
                timerScheduled_.push_back(id);
                timerEnds_.push_back(kNoEvent);
                if (trace::TimerPurpose(event.extra) == trace::TimerPurpose::WaitFor)
                    waitTimers.emplace_back(event.task, id);
            } else {
                // Its scheduled event is its cause; timers are kept in scheduling order.
                auto found = std::lower_bound(timerScheduled_.begin(), timerScheduled_.end(), event.cause);
                if (found != timerScheduled_.end() && *found == event.cause) {
                    EventId& ends = timerEnds_[std::size_t(found - timerScheduled_.begin())];
                    if (ends == kNoEvent)
                        ends = id;
                }
                // A timer that fires is put in the ready queue when its loop step begins.
                if (event.sub == std::uint8_t(trace::TimerAction::Fired))
                    handles_.push_back({id, runStart});
            }
            break;
        case EventKind::Cancel:
            cancels.emplace_back(event.task, id);
            break;
        case EventKind::Uncancel:
            uncancels.emplace_back(event.task, id);
            break;
        case EventKind::Rename:
            renames.emplace_back(event.task, id);
            break;
        default:
            break;
        }
    }
    handleFromSorted_.reserve(handles_.size());
    for (const Handle& handle : handles_)
        handleFromSorted_.push_back(handle.from);
    std::sort(handleFromSorted_.begin(), handleFromSorted_.end());

    buildPerTask(renames, taskCount, renameStart_, renames_);
    buildPerTask(cancels, taskCount, cancelStart_, cancels_);
    buildPerTask(uncancels, taskCount, uncancelStart_, uncancels_);
    buildPerTask(thrown, taskCount, thrownStart_, thrown_);
    buildPerTask(waitTimers, taskCount, waitTimerStart_, waitTimers_);

    // Timers by deadline, then by scheduling (as LoopSnapshot::timersAfter orders them).
    timerOrder_.resize(timerScheduled_.size());
    for (std::uint32_t i = 0; i < timerOrder_.size(); ++i)
        timerOrder_[i] = i;
    std::stable_sort(timerOrder_.begin(), timerOrder_.end(), [&](std::uint32_t a, std::uint32_t b) {
        return t.event(timerScheduled_[a]).when() < t.event(timerScheduled_[b]).when();
    });
    std::vector<EventId> begins, ends;
    begins.reserve(timerOrder_.size());
    ends.reserve(timerOrder_.size());
    for (std::uint32_t i : timerOrder_) {
        begins.push_back(timerScheduled_[i]);
        ends.push_back(timerEnds_[i]);
    }
    timers_ = std::make_unique<Intervals>(std::move(begins), std::move(ends));

    begins.assign(taskCount, kNoEvent);
    ends.assign(taskCount, kNoEvent);
    for (TaskId id = 1; id < taskCount; ++id) {
        begins[id] = t.task(id).created;
        ends[id] = t.task(id).ended;
    }
    tasks_ = std::make_unique<Intervals>(std::move(begins), std::move(ends));

    for (const Lane& lane : model_->lanes()) {
        if (lane.task == kNoTask)
            continue;
        for (const Segment& segment : lane.segments)
            if (segment.state == SegmentState::Running)
                steps_.push_back({segment.from, segment.to, lane.task});
    }
    std::sort(steps_.begin(), steps_.end(), [](const Step& a, const Step& b) { return a.from < b.from; });
}

void LoopInspection::indexBooks()
{
    const trace::Trace& t = trace_;
    const std::size_t taskCount = t.tasks().size();

    // gather, wait, wait_for, shield: each waiting segment on one. (A TaskGroup's own
    // wait is its owner's, shown with the group.)
    for (const Lane& lane : model_->lanes()) {
        if (lane.task == kNoTask)
            continue;
        for (const Segment& segment : lane.segments) {
            if (segment.state != SegmentState::Waiting || segment.suspend == kNoEvent)
                continue;
            const Event& suspend = t.event(segment.suspend);
            const auto kind = WaitKind(suspend.sub);
            if (!hasWaitRecord(kind) || kind == WaitKind::TaskGroup || suspend.low() >= t.waits().size())
                continue;
            Book book;
            book.kind = kind;
            book.wait = suspend.low();
            book.waiter = lane.task;
            book.begin = segment.from;
            book.end = segment.to;
            bookList_.push_back(book);
        }
    }

    // TaskGroups: their tasks, and over once the last of them ended.
    std::vector<std::vector<TaskId>> groupTasks(t.groups().size());
    for (TaskId id = 1; id < taskCount; ++id)
        if (const GroupId group = t.task(id).group; group != kNoGroup && group < groupTasks.size())
            groupTasks[group].push_back(id);
    std::vector<std::vector<GroupId>> ownedGroups(taskCount);
    std::vector<std::uint32_t> bookOfGroup(t.groups().size(), kNone);
    for (GroupId group = 1; group < t.groups().size(); ++group) {
        const trace::GroupRecord& record = t.groups()[group];
        Book book;
        book.kind = WaitKind::TaskGroup;
        book.group = group;
        book.waiter = record.owner;
        book.begin = record.created;
        book.end = 0;
        for (TaskId member : groupTasks[group])
            book.end = t.task(member).ended == kNoEvent ? kNoEvent : std::max(book.end, t.task(member).ended);
        if (book.end == 0)
            book.end = kNoEvent;
        book.tasks = std::uint32_t(setTasks_.size());
        book.taskCount = std::uint32_t(groupTasks[group].size());
        setTasks_.insert(setTasks_.end(), groupTasks[group].begin(), groupTasks[group].end());
        if (record.owner < taskCount)
            ownedGroups[record.owner].push_back(group);
        bookOfGroup[group] = std::uint32_t(bookList_.size());
        bookList_.push_back(book);
    }

    // A group aborts at its first cancellation for a TaskGroup reason (of one of its
    // tasks, or of its owner while the group lives), or when its owner is cancelled then.
    for (EventId id : cancels_) {
        const Event& cancel = t.event(id);
        const bool forGroup = trace::CancelReason(cancel.sub) == trace::CancelReason::TaskGroup;
        auto mark = [&](GroupId group) {
            Book& book = bookList_[bookOfGroup[group]];
            if (book.abortEvent == kNoEvent || id < book.abortEvent)
                book.abortEvent = id;
        };
        if (forGroup && t.task(cancel.task).group != kNoGroup)
            mark(t.task(cancel.task).group);
        for (GroupId group : ownedGroups[cancel.task]) {
            const Book& book = bookList_[bookOfGroup[group]];
            if (book.begin <= id && id < book.end)
                mark(group);
        }
    }
    for (GroupId group = 1; group < t.groups().size(); ++group) {
        Book& book = bookList_[bookOfGroup[group]];
        if (book.abortEvent == kNoEvent)
            continue;
        // What set it off: a child's failure, or the owner's cancellation from elsewhere,
        // found along the causes (the cancel, the done callback, the child's end).
        EventId at = book.abortEvent;
        for (int hop = 0; hop < kMaxCauseHops && at != kNoEvent; ++hop) {
            const Event& event = t.event(at);
            if (event.kind == EventKind::Failed && t.task(event.task).group == group)
                break;
            if (event.kind == EventKind::Cancel && event.task == book.waiter &&
                trace::CancelReason(event.sub) != trace::CancelReason::TaskGroup)
                break;
            at = event.cause;
        }
        book.abortTrigger = at != kNoEvent ? at : t.event(book.abortEvent).cause;
    }

    // as_completed(): each of its tasks has a done callback `_on_completion`, caused by the
    // task's end. Its tasks are those made in one step (as_completed wraps them at once).
    std::map<EventId, std::uint32_t> asCompletedByStep;
    std::vector<std::pair<std::uint32_t, TaskId>> asCompletedTasks;
    for (EventId id = 0; id < t.size(); ++id) {
        const Event& event = t.event(id);
        if (event.kind != EventKind::Callback || event.cause == kNoEvent ||
            t.string(event.low()) != "as_completed.<locals>._on_completion")
            continue;
        const Event& end = t.event(event.cause);
        if (!trace::endsTask(end.kind) || end.task == kNoTask || t.task(end.task).created == kNoEvent)
            continue;
        const trace::TaskRecord& member = t.task(end.task);
        const EventId step = t.event(member.created).cause;
        const auto [found, added] = asCompletedByStep.try_emplace(step, std::uint32_t(bookList_.size()));
        if (added) {
            Book book;
            book.kind = WaitKind::AsCompleted;
            book.waiter = member.parent;
            book.begin = member.created;
            book.end = id;
            bookList_.push_back(book);
        }
        Book& book = bookList_[found->second];
        book.begin = std::min(book.begin, member.created);
        book.end = std::max(book.end, id);
        asCompletedTasks.emplace_back(found->second, end.task);
    }
    std::sort(asCompletedTasks.begin(), asCompletedTasks.end());
    asCompletedTasks.erase(std::unique(asCompletedTasks.begin(), asCompletedTasks.end()), asCompletedTasks.end());
    for (const auto& [index, task] : asCompletedTasks) {
        Book& book = bookList_[index];
        if (book.tasks == kNone)
            book.tasks = std::uint32_t(setTasks_.size());
        setTasks_.push_back(task);
        ++book.taskCount;
    }

    // Each entry's member set: ends sorted, with running counts.
    for (Book& book : bookList_) {
        std::span<const TaskId> members;
        if (book.tasks != kNone)
            members = {setTasks_.data() + book.tasks, book.taskCount};
        else if (book.wait != kNone)
            members = t.members(t.waits()[book.wait]);
        MemberSet set;
        set.first = std::uint32_t(setEnds_.size());
        set.count = std::uint32_t(members.size());
        for (TaskId member : members)
            setEnds_.push_back(t.task(member).ended);
        std::sort(setEnds_.begin() + set.first, setEnds_.end());
        std::uint32_t failed = 0, cancelled = 0;
        for (std::size_t i = set.first; i < setEnds_.size(); ++i) {
            if (setEnds_[i] != kNoEvent) {
                failed += t.event(setEnds_[i]).kind == EventKind::Failed;
                cancelled += t.event(setEnds_[i]).kind == EventKind::Cancelled;
            }
            setFailed_.push_back(failed);
            setCancelled_.push_back(cancelled);
        }
        book.set = std::uint32_t(sets_.size());
        sets_.push_back(set);
    }

    // By start, as the inspector lists them.
    std::vector<std::uint32_t> order(bookList_.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [this](std::uint32_t a, std::uint32_t b) { return bookList_[a].begin < bookList_[b].begin; });
    std::vector<Book> sorted;
    sorted.reserve(order.size());
    for (std::uint32_t i : order)
        sorted.push_back(bookList_[i]);
    bookList_ = std::move(sorted);
    std::vector<EventId> begins, ends;
    for (std::uint32_t i = 0; i < bookList_.size(); ++i) {
        begins.push_back(bookList_[i].begin);
        ends.push_back(bookList_[i].end);
    }
    books_ = std::make_unique<Intervals>(std::move(begins), std::move(ends));
}

// ---- single questions -------------------------------------------------------------------

std::string_view LoopInspection::nameAt(TaskId task, EventId at) const
{
    if (task == kNoTask || task >= trace_.tasks().size())
        return "-";
    const auto first = renames_.begin() + renameStart_[task];
    const auto last = renames_.begin() + renameStart_[task + 1];
    const auto after = std::upper_bound(first, last, at);
    if (after == first)
        return trace_.string(trace_.task(task).name);
    return trace_.string(trace_.event(*(after - 1)).low());
}

std::string LoopInspection::awaitLabel(EventId suspendId) const
{
    const Event& suspend = trace_.event(suspendId);
    const auto kind = WaitKind(suspend.sub);
    if (kind == WaitKind::Task)
        return std::string(nameAt(suspend.low(), suspendId));
    if (!hasWaitRecord(kind) || kind == WaitKind::Shield || suspend.low() >= trace_.waits().size())
        return trace::waitLabel(trace_, suspendId); // no names in it
    const trace::WaitRecord& wait = trace_.waits()[suspend.low()];
    if (kind == WaitKind::Wait)
        return trace::waitLabel(trace_, suspendId); // counts, no names

    std::string list;
    auto add = [&list](std::string_view part) {
        if (!list.empty())
            list += ", ";
        list += part;
    };
    const auto members = trace_.members(wait);
    const std::size_t named = members.size() > limits_.labelMembers ? limits_.labelMembers : members.size();
    for (std::size_t i = 0; i < named; ++i)
        add(nameAt(members[i], suspendId));
    if (named < members.size())
        add(std::to_string(members.size() - named) + " more");
    if (wait.others > 0)
        add(std::to_string(wait.others) + (wait.others == 1 ? " future" : " futures"));
    if (kind == WaitKind::Gather)
        return "gather(" + list + ")";
    if (kind == WaitKind::TaskGroup)
        return "TaskGroup(" + list + ")";
    std::string text = "wait_for(" + list;
    if (wait.timeout >= 0)
        text += ", timeout " + number(wait.timeout);
    return text + ")";
}

TaskState LoopInspection::stateAt(TaskId task, EventId at, EventId* since, EventId* suspend) const
{
    EventId from = kNoEvent, waitingOn = kNoEvent;
    TaskState state = TaskState::Ready;
    const trace::TaskRecord& record = trace_.task(task);
    if (record.ended != kNoEvent && record.ended <= at) {
        from = record.ended;
        const EventKind kind = trace_.event(record.ended).kind;
        state = kind == EventKind::Done ? TaskState::Done
                : kind == EventKind::Failed ? TaskState::Failed
                                            : TaskState::Cancelled;
    } else if (const Segment* segment = model_->segmentAt(model_->laneOfTask(task), at)) {
        from = segment->from;
        waitingOn = segment->suspend;
        state = segment->state == SegmentState::Running ? TaskState::Running
                : segment->state == SegmentState::Waiting ? TaskState::Waiting
                                                          : TaskState::Ready;
    } else {
        from = record.created;
    }
    if (since)
        *since = from;
    if (suspend)
        *suspend = state == TaskState::Waiting ? waitingOn : kNoEvent;
    return state;
}

std::string LoopInspection::outcomeOf(EventId end) const
{
    const Event& event = trace_.event(end);
    return std::string(trace_.string(event.low()));
}

// ---- the whole picture ------------------------------------------------------------------

Inspection LoopInspection::at(EventId cursor) const
{
    Inspection out;
    if (trace_.empty() || cursor == kNoEvent)
        return out;
    const EventId at = std::min<EventId>(cursor, EventId(trace_.size() - 1));
    out.cursor = at;
    out.time = trace_.timeOf(at);
    out.iteration = trace_.iterationOf(at);
    auto step = std::upper_bound(steps_.begin(), steps_.end(), at,
                                 [](EventId value, const Step& s) { return value < s.from; });
    if (step != steps_.begin() && (at < (step - 1)->to || (step - 1)->to == kNoEvent))
        out.running = (step - 1)->task;
    fillReady(out, at);
    fillTimers(out, at);
    fillTasks(out, at);
    fillWaits(out, at);
    return out;
}

void LoopInspection::fillReady(Inspection& out, EventId at) const
{
    // What is in the queue runs in this iteration or the next (LoopSnapshot's window):
    // the handles that run after `at` inside it and were queued by then. The queue is
    // first in, first out, so they are the first handles that run after `at`.
    auto run = std::upper_bound(iterationRuns_.begin(), iterationRuns_.end(), std::make_pair(at, kNone)) - 1;
    const std::uint32_t iteration = run->second;
    EventId windowEnd = EventId(trace_.size());
    auto runEnd = [&](auto r) { return r + 1 == iterationRuns_.end() ? EventId(trace_.size()) : (r + 1)->first; };
    if (iteration == 0 && at + 1 < runEnd(run)) {
        windowEnd = at + 1;
    } else {
        windowEnd = runEnd(run);
        for (std::size_t hops = 0; ++run != iterationRuns_.end() && hops < kMaxWindowRuns; ++hops) {
            if (run->second == 0 || run->second > iteration + 1)
                break;
            windowEnd = runEnd(run);
        }
    }

    const auto first = std::upper_bound(handles_.begin(), handles_.end(), at,
                                        [](EventId value, const Handle& h) { return value < h.run; });
    const std::size_t queuedByNow = std::size_t(
        std::upper_bound(handleFromSorted_.begin(), handleFromSorted_.end(), at) - handleFromSorted_.begin());
    const std::size_t ranByNow = std::size_t(first - handles_.begin());
    const std::size_t inQueue = queuedByNow > ranByNow ? queuedByNow - ranByNow : 0;
    bool capped = false;
    for (auto h = first; h != handles_.end() && h->run < windowEnd; ++h) {
        if (out.ready.size() == inQueue)
            break;
        if (out.ready.size() == limits_.ready) {
            capped = true;
            break;
        }
        if (h->from > at)
            continue;
        const Event& event = trace_.event(h->run);
        ReadyItem item;
        item.run = h->run;
        item.queued = event.kind == EventKind::Resume     ? event.low()
                      : event.kind == EventKind::Callback ? event.high()
                                                          : at;
        item.cause = event.cause;
        item.task = event.task;
        if (event.kind == EventKind::Resume) {
            item.kind = ReadyItem::Kind::TaskStep;
            item.what = std::string(nameAt(event.task, at)) + " (" +
                        std::string(trace_.string(trace_.task(event.task).coroutine)) + "())";
        } else if (event.kind == EventKind::Callback) {
            item.kind = ReadyItem::Kind::Callback;
            item.what = std::string(trace_.string(event.low()));
        } else {
            item.kind = ReadyItem::Kind::Timer;
            item.what = trace::timerPurposeName(trace::TimerPurpose(event.extra));
        }
        out.ready.push_back(std::move(item));
    }
    out.readyCount = capped ? inQueue : out.ready.size();
}

void LoopInspection::fillTimers(Inspection& out, EventId at) const
{
    out.timerCount = timers_->liveCount(at);
    if (out.timerCount == 0)
        return;
    timers_->forLive(at, [&](std::size_t i) {
        const Event& scheduled = trace_.event(timers_->begin(i));
        TimerItem item;
        item.scheduled = timers_->begin(i);
        item.deadline = scheduled.when();
        item.purpose = trace::TimerPurpose(scheduled.extra);
        item.owner = scheduled.task;
        item.due = item.deadline <= out.time;
        out.timers.push_back(item);
        return out.timers.size() < limits_.timers && out.timers.size() < out.timerCount;
    });
}

void LoopInspection::fillTasks(Inspection& out, EventId at) const
{
    const std::size_t cap = limits_.tasks;
    out.liveCount = tasks_->liveCount(at);
    out.taskCount = tasks_->begunCount(at);
    const std::size_t ended = out.taskCount - out.liveCount;

    // Which to list: running, ready, waiting, then the latest ended, up to the cap.
    std::vector<TaskId> chosen;
    chosen.reserve(std::min(cap, out.taskCount));
    std::vector<bool> taken; // by id, only as large as the ids seen
    auto take = [&](TaskId id) {
        if (chosen.size() >= cap || id == kNoTask)
            return;
        if (taken.size() <= id)
            taken.resize(std::size_t(id) + 1, false);
        if (taken[id])
            return;
        taken[id] = true;
        chosen.push_back(id);
    };
    take(out.running);
    for (const ReadyItem& item : out.ready)
        if (item.kind == ReadyItem::Kind::TaskStep)
            take(item.task);
    tasks_->forLive(at, [&](std::size_t id) {
        take(TaskId(id));
        return chosen.size() < cap;
    });
    if (ended > 0 && chosen.size() < cap) {
        tasks_->forEndedLatestFirst(at, [&](std::size_t id) {
            take(TaskId(id));
            return chosen.size() < cap;
        });
    }
    // In lane order, as the timeline shows them: rows stay in place while stepping.
    std::sort(chosen.begin(), chosen.end(),
              [this](TaskId a, TaskId b) { return model_->laneOfTask(a) < model_->laneOfTask(b); });
    out.tasks.reserve(chosen.size());
    for (TaskId id : chosen)
        out.tasks.push_back(taskItem(id, at));
}

TaskItem LoopInspection::taskItem(TaskId id, EventId at) const
{
    const trace::TaskRecord& record = trace_.task(id);
    TaskItem item;
    item.task = id;
    item.lane = model_->laneOfTask(id);
    item.name = std::string(nameAt(id, at));
    item.coroutine = std::string(trace_.string(record.coroutine)) + "()";
    item.parent = record.parent;
    item.group = record.group;
    item.internal = model_->lanes()[std::size_t(item.lane)].internal;
    item.state = stateAt(id, at, &item.since, &item.suspend);
    if (item.state == TaskState::Waiting && item.suspend != kNoEvent) {
        item.waitKind = WaitKind(trace_.event(item.suspend).sub);
        item.awaits = awaitLabel(item.suspend);
        std::vector<TaskId> path{id};
        followChain(item.chain, path, item.suspend, at, 1);
    } else if (isEnded(item.state)) {
        item.outcome = outcomeOf(record.ended);
        const EventId cause = trace_.event(record.ended).cause;
        if (item.state == TaskState::Cancelled && cause != kNoEvent && trace_.event(cause).kind == EventKind::Cancel)
            item.endingCancel = cause;
    }
    item.cancels = pendingCancels(id, at);
    return item;
}

std::vector<CancelRequest> LoopInspection::pendingCancels(TaskId task, EventId at) const
{
    std::vector<CancelRequest> pending;
    const trace::TaskRecord& record = trace_.task(task);
    if (record.ended != kNoEvent && record.ended <= at)
        return pending;
    const auto cancelFirst = cancels_.begin() + cancelStart_[task];
    const auto cancelLast = std::upper_bound(cancelFirst, cancels_.begin() + cancelStart_[task + 1], at);
    const auto uncancelFirst = uncancels_.begin() + uncancelStart_[task];
    const auto uncancelLast = std::upper_bound(uncancelFirst, uncancels_.begin() + uncancelStart_[task + 1], at);
    const auto requested = cancelLast - cancelFirst;
    const auto takenBack = uncancelLast - uncancelFirst;
    if (requested <= takenBack)
        return pending;
    // An uncancel takes back the latest request still standing (a count, as CPython's
    // `_num_cancels_requested`): matched from the latest back like brackets.
    std::vector<EventId> standing;
    auto c = cancelLast;
    auto u = uncancelLast;
    std::ptrdiff_t unmatched = 0;
    const auto want = std::size_t(requested - takenBack);
    while (c != cancelFirst && standing.size() < std::min(want, kMaxCancelsShown)) {
        if (u != uncancelFirst && *(u - 1) > *(c - 1)) {
            --u;
            ++unmatched;
        } else {
            --c;
            if (unmatched > 0)
                --unmatched;
            else
                standing.push_back(*c);
        }
    }
    std::reverse(standing.begin(), standing.end());
    const auto thrownFirst = thrown_.begin() + thrownStart_[task];
    const auto thrownLast = thrown_.begin() + thrownStart_[task + 1];
    for (EventId id : standing) {
        const Event& event = trace_.event(id);
        CancelRequest request;
        request.event = id;
        request.requester = event.low();
        request.reason = trace::CancelReason(event.sub);
        request.message = std::string(trace_.string(event.high()));
        const auto thrown = std::upper_bound(thrownFirst, thrownLast, id);
        request.delivered = thrown != thrownLast && *thrown <= at;
        pending.push_back(std::move(request));
    }
    return pending;
}

void LoopInspection::followChain(std::vector<AwaitLink>& chain, std::vector<TaskId>& path, EventId suspendId,
                                 EventId at, int depth) const
{
    const Event& suspend = trace_.event(suspendId);
    const auto kind = WaitKind(suspend.sub);
    std::span<const TaskId> awaited;
    TaskId single = kNoTask;
    if (kind == WaitKind::Task) {
        single = suspend.low();
        awaited = {&single, 1};
    } else if (hasWaitRecord(kind) && suspend.low() < trace_.waits().size()) {
        awaited = trace_.members(trace_.waits()[suspend.low()]);
    }
    std::size_t shown = 0;
    for (TaskId member : awaited) {
        if (member == kNoTask || member >= trace_.tasks().size())
            continue;
        if (shown == limits_.chainMembers || chain.size() >= limits_.chainLinks) {
            AwaitLink more;
            more.depth = depth;
            more.task = kNoTask;
            more.more = std::uint32_t(awaited.size() - shown);
            chain.push_back(more);
            return;
        }
        AwaitLink link;
        link.depth = depth;
        link.task = member;
        link.state = stateAt(member, at, &link.since, &link.suspend);
        link.repeated = std::find(path.begin(), path.end(), member) != path.end();
        if (link.state == TaskState::Waiting && link.suspend != kNoEvent)
            link.awaits = awaitLabel(link.suspend);
        else if (isEnded(link.state))
            link.outcome = outcomeOf(trace_.task(member).ended);
        const bool follow = !link.repeated && link.state == TaskState::Waiting && link.suspend != kNoEvent &&
                            depth < limits_.chainDepth;
        const EventId next = link.suspend;
        chain.push_back(std::move(link));
        ++shown;
        if (follow) {
            path.push_back(member);
            followChain(chain, path, next, at, depth + 1);
            path.pop_back();
        }
    }
}

MemberItem LoopInspection::memberItem(TaskId task, EventId at) const
{
    MemberItem item;
    item.task = task;
    item.name = std::string(nameAt(task, at));
    EventId suspend = kNoEvent;
    item.state = stateAt(task, at, &item.since, &suspend);
    if (isEnded(item.state)) {
        item.ended = trace_.task(task).ended;
        item.outcome = outcomeOf(item.ended);
    } else if (suspend != kNoEvent) {
        item.awaits = awaitLabel(suspend);
    }
    return item;
}

void LoopInspection::fillWaits(Inspection& out, EventId at) const
{
    out.activeWaitCount = books_->liveCount(at);
    books_->forLive(at, [&](std::size_t i) {
        out.waits.push_back(waitItem(bookList_[i], at));
        return out.waits.size() < limits_.activeWaits;
    });
    std::size_t finished = 0;
    books_->forEndedLatestFirst(at, [&](std::size_t i) {
        if (finished == limits_.finishedWaits)
            return false;
        out.waits.push_back(waitItem(bookList_[i], at));
        ++finished;
        return true;
    });
}

void LoopInspection::countMembers(MultiWaitItem& item, const MemberSet& set, EventId at) const
{
    const auto first = setEnds_.begin() + set.first;
    const auto last = first + set.count;
    const auto endedCount = std::uint32_t(std::upper_bound(first, last, at) - first);
    item.total = set.count;
    item.pending = set.count - endedCount;
    if (endedCount > 0) {
        item.failed = setFailed_[set.first + endedCount - 1];
        item.cancelled = setCancelled_[set.first + endedCount - 1];
    }
    item.done = endedCount - item.failed - item.cancelled;
    // The k-th failure is where the running count of failures first reaches k.
    const auto failedFirst = setFailed_.begin() + set.first;
    for (std::uint32_t k = 1; k <= item.failed && item.errors.size() < limits_.errors; ++k) {
        const auto position = std::lower_bound(failedFirst, failedFirst + endedCount, k) - failedFirst;
        const EventId end = setEnds_[set.first + std::size_t(position)];
        item.errors.push_back(memberItem(trace_.event(end).task, at));
    }
}

MultiWaitItem LoopInspection::waitItem(const Book& book, EventId at) const
{
    MultiWaitItem item;
    item.kind = book.kind;
    item.group = book.group;
    item.waiter = book.waiter;
    item.begin = book.begin;
    item.active = !(book.end != kNoEvent && book.end <= at);
    item.end = item.active ? kNoEvent : book.end;

    const MemberSet& set = sets_[book.set];
    std::span<const TaskId> members;
    if (book.wait != kNone) {
        const trace::WaitRecord& wait = trace_.waits()[book.wait];
        item.wait = book.wait;
        item.returnWhen = wait.returnWhen;
        item.timeout = wait.timeout;
        item.others = wait.others;
        members = trace_.members(wait);
        if (wait.timeout >= 0 && book.waiter < trace_.tasks().size()) {
            // Its timeout's timer: the latest the waiter scheduled by its suspend.
            const auto first = waitTimers_.begin() + waitTimerStart_[book.waiter];
            const auto last =
                std::upper_bound(first, waitTimers_.begin() + waitTimerStart_[book.waiter + 1], book.begin);
            if (last != first) {
                item.timeoutTimer = *(last - 1);
                item.timeoutAt = trace_.event(item.timeoutTimer).when();
                const auto index = std::lower_bound(timerScheduled_.begin(), timerScheduled_.end(), item.timeoutTimer) -
                                   timerScheduled_.begin();
                const EventId ends = timerEnds_[std::size_t(index)];
                item.timedOut = ends != kNoEvent && ends <= at &&
                                isTimer(trace_.event(ends), trace::TimerAction::Fired);
            }
        }
    } else if (book.tasks != kNone) {
        members = {setTasks_.data() + book.tasks, book.taskCount};
    }
    countMembers(item, set, at);
    for (std::size_t i = 0; i < members.size() && i < limits_.members; ++i)
        item.members.push_back(memberItem(members[i], at));

    if (book.kind == WaitKind::TaskGroup) {
        item.aborting = book.abortEvent != kNoEvent && book.abortEvent <= at;
        if (item.aborting) {
            item.abortEvent = book.abortEvent;
            item.abortTrigger = book.abortTrigger;
        }
        EventId suspend = kNoEvent;
        if (book.waiter != kNoTask && trace_.task(book.waiter).created <= at &&
            stateAt(book.waiter, at, nullptr, &suspend) == TaskState::Waiting && suspend != kNoEvent &&
            WaitKind(trace_.event(suspend).sub) == WaitKind::TaskGroup && suspend >= book.begin)
            item.ownerWaiting = item.active;
    }
    return item;
}

} // namespace loopscope::ui
