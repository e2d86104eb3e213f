#include "event.h"

namespace loopscope::trace {

const char* kindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Create: return "create";
    case EventKind::Resume: return "resume";
    case EventKind::Suspend: return "suspend";
    case EventKind::Yield: return "yield";
    case EventKind::Cancel: return "cancel";
    case EventKind::Done: return "done";
    case EventKind::Failed: return "failed";
    case EventKind::Cancelled: return "cancelled";
    case EventKind::Timer: return "timer";
    case EventKind::Callback: return "callback";
    case EventKind::Print: return "print";
    case EventKind::Line: return "line";
    case EventKind::Rename: return "rename";
    case EventKind::Uncancel: return "uncancel";
    }
    return "?";
}

const char* waitKindName(WaitKind kind)
{
    switch (kind) {
    case WaitKind::Future: return "future";
    case WaitKind::Sleep: return "sleep";
    case WaitKind::Task: return "task";
    case WaitKind::Gather: return "gather";
    case WaitKind::Wait: return "wait";
    case WaitKind::WaitFor: return "wait_for";
    case WaitKind::AsCompleted: return "as_completed";
    case WaitKind::TaskGroup: return "taskgroup";
    case WaitKind::Shield: return "shield";
    case WaitKind::Event: return "Event.wait";
    case WaitKind::Lock: return "Lock.acquire";
    case WaitKind::Semaphore: return "Semaphore.acquire";
    case WaitKind::Condition: return "Condition.wait";
    case WaitKind::QueueGet: return "Queue.get";
    case WaitKind::QueuePut: return "Queue.put";
    case WaitKind::QueueJoin: return "Queue.join";
    case WaitKind::Barrier: return "Barrier.wait";
    }
    return "?";
}

const char* cancelReasonName(CancelReason reason)
{
    switch (reason) {
    case CancelReason::Call: return "call";
    case CancelReason::Await: return "await";
    case CancelReason::Gather: return "gather";
    case CancelReason::TaskGroup: return "taskgroup";
    case CancelReason::Timeout: return "timeout";
    case CancelReason::WaitFor: return "wait_for";
    case CancelReason::Shutdown: return "shutdown";
    }
    return "?";
}

const char* timerActionName(TimerAction action)
{
    switch (action) {
    case TimerAction::Scheduled: return "scheduled";
    case TimerAction::Fired: return "fired";
    case TimerAction::Cancelled: return "cancelled";
    }
    return "?";
}

const char* timerPurposeName(TimerPurpose purpose)
{
    switch (purpose) {
    case TimerPurpose::Callback: return "callback";
    case TimerPurpose::Sleep: return "sleep";
    case TimerPurpose::WaitFor: return "wait_for";
    case TimerPurpose::Timeout: return "timeout";
    }
    return "?";
}

const char* resumeCauseName(ResumeCause cause)
{
    switch (cause) {
    case ResumeCause::Start: return "start";
    case ResumeCause::Wakeup: return "wakeup";
    case ResumeCause::Continue: return "continue";
    }
    return "?";
}

} // namespace loopscope::trace
