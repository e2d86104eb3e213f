// The state of the event loop at any event of a record, for the inspector: the ready
// queue in order, the pending timers by deadline, each task's state and await chain, and
// the bookkeeping of gather, wait, wait_for, as_completed and TaskGroup. Built once per
// record (indices over it, O(events)); each question costs binary searches and the size
// of its (capped) answer, never a pass over the record, so it can follow the playback.
#pragma once

#include "timelinemodel.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace loopscope::ui {

enum class TaskState : std::uint8_t {
    Ready,     // in the ready queue: runs at a coming loop step
    Running,   // its step is running at the cursor
    Waiting,   // suspended, awaiting something
    Done,      // returned
    Failed,    // raised
    Cancelled, // ended cancelled
};

inline bool isEnded(TaskState state)
{
    return state == TaskState::Done || state == TaskState::Failed || state == TaskState::Cancelled;
}

// One handle of the loop's ready queue.
struct ReadyItem {
    enum class Kind : std::uint8_t {
        TaskStep, // a task's step (its first, a wake-up, or the one after a yield)
        Callback, // a callback that is no task step (a done callback, call_soon)
        Timer,    // a timer whose deadline has come: its callback runs in this loop step
    };
    Kind kind = Kind::TaskStep;
    trace::EventId run = trace::kNoEvent;    // the event that will run it
    trace::EventId queued = trace::kNoEvent; // the first event recorded after it was queued
    trace::EventId cause = trace::kNoEvent;  // why it is queued (the run event's cause)
    trace::TaskId task = trace::kNoTask;     // the step's task; a timer's owner; the task a done callback is for
    std::string what;                        // "Task-2 (worker())", the callback's name, the timer's purpose
};

struct TimerItem {
    trace::EventId scheduled = trace::kNoEvent; // its Timer scheduled event
    double deadline = 0;
    trace::TimerPurpose purpose = trace::TimerPurpose::Callback;
    trace::TaskId owner = trace::kNoTask; // the task that scheduled it
    bool due = false;                     // its deadline has come: it fires at the next loop step
};

// A cancellation asked for and not yet over (the task has not ended, no uncancel took it back).
struct CancelRequest {
    trace::EventId event = trace::kNoEvent;
    trace::TaskId requester = trace::kNoTask;
    trace::CancelReason reason = trace::CancelReason::Call;
    std::string message;
    bool delivered = false; // CancelledError has been thrown into the task since
};

// One level of an await chain below a task: a task it (indirectly) awaits.
struct AwaitLink {
    int depth = 1;                       // 1: awaited by the task itself; 2: by that one, ...
    trace::TaskId task = trace::kNoTask; // kNoTask: a line standing for `more` members left out
    TaskState state = TaskState::Waiting;
    trace::EventId since = trace::kNoEvent;   // where its state at the cursor began
    trace::EventId suspend = trace::kNoEvent; // Waiting: its Suspend event
    std::string awaits;                       // Waiting: what it awaits ("sleep until 1.000")
    std::string outcome;                      // ended: the result's or exception's repr, the message
    std::uint32_t more = 0;                   // for a kNoTask line: how many were left out
    bool repeated = false;                    // already higher in this chain (a cycle): not followed
};

struct TaskItem {
    trace::TaskId task = trace::kNoTask;
    int lane = 0;
    std::string name;      // as named at the cursor
    std::string coroutine; // "worker()"
    trace::TaskId parent = trace::kNoTask;
    trace::GroupId group = trace::kNoGroup;
    bool internal = false; // one of asyncio.run's own shutdown tasks
    TaskState state = TaskState::Ready;
    trace::EventId since = trace::kNoEvent;   // where its state began (its end, for an ended task)
    trace::EventId suspend = trace::kNoEvent; // Waiting: its Suspend event
    trace::WaitKind waitKind = trace::WaitKind::Future;
    std::string awaits;  // Waiting: "gather(Task-2, Task-3)"
    std::string outcome; // Done: the result's repr; Failed: the exception's; Cancelled: its message
    trace::EventId endingCancel = trace::kNoEvent; // Cancelled: the request it ended by, if known
    std::vector<CancelRequest> cancels;            // pending requests, oldest first
    std::vector<AwaitLink> chain;                  // Waiting: what it awaits, depth first
};

// A member of a gather, wait, ... or TaskGroup, as it stands at the cursor.
struct MemberItem {
    trace::TaskId task = trace::kNoTask;
    std::string name;
    TaskState state = TaskState::Waiting;
    trace::EventId since = trace::kNoEvent; // where its state at the cursor began
    trace::EventId ended = trace::kNoEvent; // its end, if at or before the cursor
    std::string outcome;                    // ended: result / exception repr / message
    std::string awaits;                     // still waiting: on what
};

// The bookkeeping of one gather, wait, wait_for, shield, as_completed or TaskGroup.
struct MultiWaitItem {
    trace::WaitKind kind = trace::WaitKind::Gather; // Gather, Wait, WaitFor, Shield, AsCompleted, TaskGroup
    trace::WaitId wait = 0xffffffffu;               // its WaitRecord (none for as_completed and TaskGroup)
    trace::GroupId group = trace::kNoGroup;         // TaskGroup
    trace::TaskId waiter = trace::kNoTask;          // who awaits it (TaskGroup: its owner)
    trace::EventId begin = trace::kNoEvent;         // the Suspend (TaskGroup, as_completed: its first task)
    trace::EventId end = trace::kNoEvent;           // when it was over, if at or before the cursor
    bool active = true;                             // still going at the cursor

    trace::ReturnWhen returnWhen = trace::ReturnWhen::None; // wait()
    double timeout = -1;                                    // wait(), wait_for(); negative: none
    trace::EventId timeoutTimer = trace::kNoEvent;          // its timeout's Timer scheduled event
    double timeoutAt = 0;                                   // that timer's deadline
    bool timedOut = false;                                  // the timer fired at or before the cursor

    std::uint32_t total = 0; // member tasks
    std::uint32_t done = 0, failed = 0, cancelled = 0, pending = 0;
    std::uint32_t others = 0;        // awaitables that are no task
    std::vector<MemberItem> members; // in their order, capped
    std::vector<MemberItem> errors;  // failed members, first failure first, capped

    // TaskGroup: aborting once a child failed (or the owner was cancelled): the group then
    // cancels its other children and raises an ExceptionGroup of the errors when all ended.
    bool aborting = false;
    trace::EventId abortEvent = trace::kNoEvent;   // the first cancellation of the abort
    trace::EventId abortTrigger = trace::kNoEvent; // what set it off: a child's Failed, the owner's Cancel
    bool ownerWaiting = false;                     // the owner waits at the end of its `async with`
};

struct Inspection {
    trace::EventId cursor = trace::kNoEvent;
    double time = 0;
    std::uint32_t iteration = 0;
    trace::TaskId running = trace::kNoTask; // the task whose step runs at the cursor

    std::vector<ReadyItem> ready; // first to run first
    std::size_t readyCount = 0;   // in the queue, listed or not
    std::vector<TimerItem> timers; // by deadline
    std::size_t timerCount = 0;
    // Tasks created at or before the cursor, in lane order; those running, ready and
    // waiting are listed first, then the most recently ended, up to the cap.
    std::vector<TaskItem> tasks;
    std::size_t taskCount = 0; // created at or before the cursor
    std::size_t liveCount = 0; // of those, not ended
    std::vector<MultiWaitItem> waits; // the active ones (by start), then the latest finished
    std::size_t activeWaitCount = 0;

    std::size_t tasksLeftOut() const { return taskCount - tasks.size(); }
};

class LoopInspection {
public:
    struct Limits {
        std::size_t ready = 200;
        std::size_t timers = 200;
        std::size_t tasks = 300;
        std::size_t chainLinks = 40; // per task
        int chainDepth = 8;
        std::size_t chainMembers = 8; // of one gather, wait, ... in a chain
        std::size_t members = 24;     // per bookkeeping entry
        std::size_t errors = 10;
        std::size_t activeWaits = 24;
        std::size_t finishedWaits = 6;
        std::size_t labelMembers = 6; // names in a "gather(...)" label
    };

    explicit LoopInspection(std::shared_ptr<const TimelineModel> model);
    LoopInspection(std::shared_ptr<const TimelineModel> model, const Limits& limits);
    ~LoopInspection();
    LoopInspection(const LoopInspection&) = delete;
    LoopInspection& operator=(const LoopInspection&) = delete;

    const TimelineModel& model() const { return *model_; }
    const Limits& limits() const { return limits_; }

    // The loop just after event `cursor` (as the timeline shows it with its cursor there).
    Inspection at(trace::EventId cursor) const;

    // The task's name as of event `at` (Trace::nameAt without its pass over the renames).
    std::string_view nameAt(trace::TaskId task, trace::EventId at) const;
    // What a Suspend event awaits, as trace::waitLabel words it, a long member list cut
    // to `Limits::labelMembers` names ("gather(Task-2, Task-3 and 998 more)").
    std::string awaitLabel(trace::EventId suspend) const;
    // A task's state at `at` (it must exist then), and the event that state began at.
    TaskState stateAt(trace::TaskId task, trace::EventId at, trace::EventId* since = nullptr,
                      trace::EventId* suspend = nullptr) const;

private:
    class Intervals;
    struct MemberSet;
    struct Book;

    void indexEvents();
    void indexBooks();
    void fillReady(Inspection& out, trace::EventId at) const;
    void fillTimers(Inspection& out, trace::EventId at) const;
    void fillTasks(Inspection& out, trace::EventId at) const;
    void fillWaits(Inspection& out, trace::EventId at) const;
    TaskItem taskItem(trace::TaskId task, trace::EventId at) const;
    std::vector<CancelRequest> pendingCancels(trace::TaskId task, trace::EventId at) const;
    void followChain(std::vector<AwaitLink>& chain, std::vector<trace::TaskId>& path, trace::EventId suspend,
                     trace::EventId at, int depth) const;
    MemberItem memberItem(trace::TaskId task, trace::EventId at) const;
    std::string outcomeOf(trace::EventId end) const;
    MultiWaitItem waitItem(const Book& book, trace::EventId at) const;
    void countMembers(MultiWaitItem& item, const MemberSet& set, trace::EventId at) const;

    std::shared_ptr<const TimelineModel> model_;
    const trace::Trace& trace_;
    Limits limits_;

    // The ready queue: every handle that ran, by its run event, with the first cursor
    // at which it is in the queue (`from`); `fromSorted` counts those queued by then.
    struct Handle {
        trace::EventId run;
        trace::EventId from;
    };
    std::vector<Handle> handles_;
    std::vector<trace::EventId> handleFromSorted_;
    // Where the iteration number changes (event, number), for the ready queue's window.
    std::vector<std::pair<trace::EventId, std::uint32_t>> iterationRuns_;

    // Timers in scheduling order (scheduled, fired or cancelled); `timers_` holds them
    // by (deadline, scheduling), `timerOrder_` maps its items back. Tasks by id;
    // bookkeeping entries by start.
    std::vector<trace::EventId> timerScheduled_, timerEnds_;
    std::vector<std::uint32_t> timerOrder_;
    std::unique_ptr<Intervals> timers_;
    std::unique_ptr<Intervals> tasks_;
    std::unique_ptr<Intervals> books_;

    // Running segments of every lane, by start: (from, to, task).
    struct Step {
        trace::EventId from;
        trace::EventId to;
        trace::TaskId task;
    };
    std::vector<Step> steps_;

    // Per task, in event order (offsets into the flat arrays, one more than tasks).
    std::vector<std::uint32_t> renameStart_, cancelStart_, uncancelStart_, thrownStart_, waitTimerStart_;
    std::vector<trace::EventId> renames_, cancels_, uncancels_, thrown_, waitTimers_;

    // Bookkeeping: gather/wait/... suspends, TaskGroups and inferred as_completed sets.
    std::vector<Book> bookList_;
    std::vector<MemberSet> sets_;
    std::vector<trace::EventId> setEnds_;                 // each set's member ends, sorted
    std::vector<std::uint32_t> setFailed_, setCancelled_; // running counts along setEnds_
    std::vector<trace::TaskId> setTasks_;                 // members of sets no WaitRecord holds
};

} // namespace loopscope::ui
