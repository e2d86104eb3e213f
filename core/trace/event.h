// One entry of the event record: what happened to which task, at which line, caused by
// which earlier event. A fixed 24-byte record; what its `arg` holds depends on its kind
// (the table below). The virtual time and the loop iteration of an event are not stored
// in it: the trace keeps them as marks where they change (see trace.h).
#pragma once

#include <bit>
#include <cstdint>

namespace loopscope::trace {

using TaskId = std::uint32_t;   // index into Trace::tasks(); 0 is "no task"
using EventId = std::uint32_t;  // the event's sequence number, from 0
using StringId = std::uint32_t; // index into the trace's strings; 0 is ""
using WaitId = std::uint32_t;   // index into Trace::waits()
using GroupId = std::uint32_t;  // index into Trace::groups(); 0 is "no group"

constexpr TaskId kNoTask = 0;
constexpr EventId kNoEvent = 0xffffffffu;
constexpr GroupId kNoGroup = 0;

enum class EventKind : std::uint8_t {
    Create,    // a task is created (its Task record says by whom, where, in which group)
    Resume,    // a task's step begins; sub: ResumeCause; arg: lo = the first event after it was queued
    Suspend,   // a step ends awaiting; sub: WaitKind; arg: see WaitKind
    Yield,     // a step ends in a bare yield (sleep(0)): the task is ready again at once
    Cancel,    // Task.cancel() returned True; sub: CancelReason; arg: lo = requester, hi = message
    Done,      // a task returned; arg: lo = the result's repr
    Failed,    // a task raised; arg: lo = the exception's repr
    Cancelled, // a task ended cancelled; arg: lo = the CancelledError's message (0: none)
    Timer,     // sub: TimerAction; extra: TimerPurpose; arg: the deadline (a double)
    Callback,  // a callback that is no task step runs; arg: lo = its name, hi = as Resume's lo
    Print,     // the program wrote output; sub: Stream; arg: lo = offset in output, hi = length
    Line,      // a task (or the module) starts a new source line
    Rename,    // Task.set_name(); arg: lo = the new name
    Uncancel,  // Task.uncancel() took back a cancellation request
};
constexpr int kEventKindCount = int(EventKind::Uncancel) + 1;

// Why a step begins.
enum class ResumeCause : std::uint8_t {
    Start,    // the task's first step (cause: its create event)
    Wakeup,   // a future it awaited is done (cause: what completed it)
    Continue, // the step after a bare yield (cause: the yield)
};

// Resume events: `extra` bit set when CancelledError is thrown into the coroutine.
constexpr std::uint16_t kCancelThrown = 1;

// What a suspended task awaits. For Sleep the arg is the deadline; for Task the awaited
// task's id; for the kinds that gather several awaitables, a WaitId; otherwise nothing.
enum class WaitKind : std::uint8_t {
    Future,      // a future nothing else names
    Sleep,       // asyncio.sleep(d): until the deadline
    Task,        // another task
    Gather,      // asyncio.gather(...)            (WaitId: its children)
    Wait,        // asyncio.wait(...)              (WaitId: the awaitables, return_when)
    WaitFor,     // asyncio.wait_for(...)          (WaitId: the inner task)
    AsCompleted, // a coroutine of asyncio.as_completed(...)
    TaskGroup,   // the end of an `async with TaskGroup()` block (WaitId: its tasks)
    Shield,      // asyncio.shield(...)
    Event,       // Event.wait()
    Lock,        // Lock.acquire()
    Semaphore,   // Semaphore.acquire() (and BoundedSemaphore)
    Condition,   // Condition.wait() / wait_for()
    QueueGet,    // Queue.get()
    QueuePut,    // Queue.put()
    QueueJoin,   // Queue.join()
    Barrier,     // Barrier.wait()
};
constexpr int kWaitKindCount = int(WaitKind::Barrier) + 1;

// Who asked for a cancellation, as the calling code shows it.
enum class CancelReason : std::uint8_t {
    Call,      // the program called task.cancel()
    Await,     // passed down: the task awaiting this one (or this future) was cancelled
    Gather,    // a cancelled gather cancels its children
    TaskGroup, // a TaskGroup aborts: a child failed, or its body raised
    Timeout,   // an asyncio.timeout() block expired
    WaitFor,   // asyncio.wait_for() timed out (or was cancelled) and cancels its inner task
    Shutdown,  // asyncio.run() cancels the tasks left when its main coroutine ends
};

enum class TimerAction : std::uint8_t { Scheduled, Fired, Cancelled };

// What a timer is for, from its callback.
enum class TimerPurpose : std::uint16_t {
    Callback,  // loop.call_later / call_at with the program's callback
    Sleep,     // the wake-up of asyncio.sleep
    WaitFor,   // the timeout of wait_for or wait (asyncio's _release_waiter)
    Timeout,   // the deadline of an asyncio.timeout() block
};

enum class Stream : std::uint8_t { Stdout = 1, Stderr = 2 };

struct Event {
    std::uint64_t arg = 0; // kind-specific (see EventKind)
    TaskId task = kNoTask; // the task it concerns
    EventId cause = kNoEvent;
    std::uint32_t line = 0; // the program's source line, 0 where none
    EventKind kind = EventKind::Line;
    std::uint8_t sub = 0;
    std::uint16_t extra = 0;

    std::uint32_t low() const { return std::uint32_t(arg); }
    std::uint32_t high() const { return std::uint32_t(arg >> 32); }
    double when() const { return std::bit_cast<double>(arg); }

    void setPair(std::uint32_t lo, std::uint32_t hi) { arg = std::uint64_t(hi) << 32 | lo; }
    void setWhen(double t) { arg = std::bit_cast<std::uint64_t>(t); }
};
static_assert(sizeof(Event) == 24, "an event is a 24-byte record");

// Names as the text, JSON and Chrome writers spell them.
const char* kindName(EventKind kind);
const char* waitKindName(WaitKind kind);
const char* cancelReasonName(CancelReason reason);
const char* timerActionName(TimerAction action);
const char* timerPurposeName(TimerPurpose purpose);
const char* resumeCauseName(ResumeCause cause);

// True for the kinds that end a task.
inline bool endsTask(EventKind kind)
{
    return kind == EventKind::Done || kind == EventKind::Failed || kind == EventKind::Cancelled;
}

} // namespace loopscope::trace
