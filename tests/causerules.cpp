#include "causerules.h"

#include "trace/tracetext.h"

using namespace loopscope::trace;

namespace {

bool isOneOf(EventKind kind, std::initializer_list<EventKind> kinds)
{
    for (EventKind k : kinds) {
        if (k == kind)
            return true;
    }
    return false;
}

// Null if `event`'s cause is allowed, else why not.
const char* violation(const Trace& trace, EventId id)
{
    const Event& event = trace.event(id);
    if (event.cause == kNoEvent) {
        // Only what the loop or the module does without a cause may lack one.
        if (isOneOf(event.kind, {EventKind::Resume, EventKind::Suspend, EventKind::Yield,
                                 EventKind::Done, EventKind::Failed, EventKind::Cancelled}))
            return "a task's step names no cause";
        if (event.kind == EventKind::Timer && event.sub != std::uint8_t(TimerAction::Scheduled))
            return "a timer that fired or was cancelled names no scheduling";
        return nullptr;
    }
    if (event.cause >= id)
        return "the cause is not an earlier event";
    const Event& cause = trace.event(event.cause);
    const bool sameTask = cause.task == event.task;
    switch (event.kind) {
    case EventKind::Resume:
        if (event.extra & kCancelThrown)
            return isOneOf(cause.kind, {EventKind::Cancel, EventKind::Cancelled, EventKind::Timer,
                                        EventKind::Callback, EventKind::Resume, EventKind::Done,
                                        EventKind::Failed})
                       ? nullptr
                       : "a cancelled resume is caused by no cancellation";
        switch (ResumeCause(event.sub)) {
        case ResumeCause::Start:
            return cause.kind == EventKind::Create && sameTask ? nullptr : "a first step not caused by its create";
        case ResumeCause::Continue:
            return cause.kind == EventKind::Yield && sameTask ? nullptr : "a step after a yield not caused by it";
        case ResumeCause::Wakeup:
            return isOneOf(cause.kind, {EventKind::Timer, EventKind::Done, EventKind::Failed,
                                        EventKind::Cancelled, EventKind::Callback,
                                        EventKind::Resume, EventKind::Cancel})
                       ? nullptr
                       : "a wake-up caused by no completion";
        }
        return "an unknown resume";
    case EventKind::Suspend:
    case EventKind::Yield:
    case EventKind::Done:
    case EventKind::Failed:
        return cause.kind == EventKind::Resume && sameTask ? nullptr : "a step's end not caused by its resume";
    case EventKind::Cancelled:
        return (cause.kind == EventKind::Resume || cause.kind == EventKind::Cancel) && sameTask
                   ? nullptr
                   : "a cancelled task not caused by its cancel or step";
    case EventKind::Timer:
        if (event.sub == std::uint8_t(TimerAction::Scheduled))
            return isOneOf(cause.kind, {EventKind::Resume, EventKind::Callback, EventKind::Timer})
                       ? nullptr
                       : "a timer scheduled outside a step or callback";
        return cause.kind == EventKind::Timer && cause.sub == std::uint8_t(TimerAction::Scheduled) &&
                       cause.arg == event.arg
                   ? nullptr
                   : "a timer that fired or was cancelled names no scheduling of it";
    case EventKind::Cancel:
        return isOneOf(cause.kind, {EventKind::Cancel, EventKind::Resume, EventKind::Callback,
                                    EventKind::Timer})
                   ? nullptr
                   : "a cancel requested outside a step, callback or cancel";
    case EventKind::Create:
    case EventKind::Callback:
    case EventKind::Print:
    case EventKind::Line:
    case EventKind::Rename:
    case EventKind::Uncancel:
        return isOneOf(cause.kind, {EventKind::Resume, EventKind::Callback, EventKind::Timer,
                                    EventKind::Done, EventKind::Failed, EventKind::Cancelled})
                   ? nullptr
                   : "caused by an event that runs nothing";
    }
    return "an unknown kind";
}

} // namespace

QString checkCauses(const Trace& trace)
{
    for (EventId id = 0; id < trace.size(); ++id) {
        if (const char* why = violation(trace, id)) {
            QString text = QStringLiteral("event %1 (%2): %3").arg(id).arg(
                QString::fromStdString(eventLine(trace, id)), QString::fromUtf8(why));
            if (trace.event(id).cause < id)
                text += QStringLiteral("; its cause is %1").arg(QString::fromStdString(eventLine(trace, trace.event(id).cause)));
            return text;
        }
    }
    return {};
}
