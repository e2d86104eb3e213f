#include "eventdescription.h"

#include <cstdio>

namespace loopscope::trace {

namespace {

const char* returnWhenName(ReturnWhen when)
{
    switch (when) {
    case ReturnWhen::AllCompleted: return "ALL_COMPLETED";
    case ReturnWhen::FirstCompleted: return "FIRST_COMPLETED";
    case ReturnWhen::FirstException: return "FIRST_EXCEPTION";
    case ReturnWhen::None: break;
    }
    return "";
}

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

// "Task-2, Task-3, 1 future"
std::string memberList(const Trace& trace, const WaitRecord& wait, EventId at)
{
    std::string text;
    for (TaskId member : trace.members(wait)) {
        if (!text.empty())
            text += ", ";
        text += taskLabel(trace, member, at);
    }
    if (wait.others > 0) {
        if (!text.empty())
            text += ", ";
        text += std::to_string(wait.others) + (wait.others == 1 ? " future" : " futures");
    }
    return text;
}

} // namespace

std::string timeLabel(double seconds)
{
    char text[48];
    std::snprintf(text, sizeof text, "%.3f", seconds);
    return text;
}

std::string taskLabel(const Trace& trace, TaskId task, EventId at)
{
    if (task == kNoTask || task >= trace.tasks().size())
        return "-";
    return std::string(trace.nameAt(task, at));
}

std::string waitLabel(const Trace& trace, EventId suspend)
{
    const Event& event = trace.event(suspend);
    const auto kind = WaitKind(event.sub);
    switch (kind) {
    case WaitKind::Sleep:
        return "sleep until " + timeLabel(event.when());
    case WaitKind::Task:
        return taskLabel(trace, event.low(), suspend);
    case WaitKind::Gather:
    case WaitKind::Wait:
    case WaitKind::WaitFor:
    case WaitKind::TaskGroup: {
        if (event.low() >= trace.waits().size())
            break;
        const WaitRecord& wait = trace.waits()[event.low()];
        const std::size_t count = wait.count + wait.others;
        std::string text;
        if (kind == WaitKind::Gather) {
            text = "gather(" + memberList(trace, wait, suspend) + ")";
        } else if (kind == WaitKind::TaskGroup) {
            text = "TaskGroup(" + memberList(trace, wait, suspend) + ")";
        } else if (kind == WaitKind::WaitFor) {
            text = "wait_for(" + memberList(trace, wait, suspend);
            if (wait.timeout >= 0)
                text += ", timeout " + number(wait.timeout);
            text += ")";
        } else {
            text = "wait(" + std::to_string(count) + (count == 1 ? " task" : " tasks");
            if (wait.returnWhen != ReturnWhen::None)
                text += std::string(", ") + returnWhenName(wait.returnWhen);
            if (wait.timeout >= 0)
                text += ", timeout " + number(wait.timeout);
            text += ")";
        }
        return text;
    }
    default:
        break;
    }
    return waitKindName(kind);
}

std::string causeLabel(const Trace& trace, EventId id)
{
    const EventId causeId = trace.event(id).cause;
    if (causeId == kNoEvent)
        return "loop";
    const Event& cause = trace.event(causeId);
    switch (cause.kind) {
    case EventKind::Create:
        return "start";
    case EventKind::Yield:
        return "yield";
    case EventKind::Timer:
        return "timer";
    case EventKind::Cancel:
        return "cancel";
    case EventKind::Callback:
        return "callback:" + std::string(trace.string(cause.low()));
    case EventKind::Done:
    case EventKind::Failed:
    case EventKind::Cancelled:
    case EventKind::Resume:
        return std::string(kindName(cause.kind)) + ":" + taskLabel(trace, cause.task, causeId);
    default:
        return kindName(cause.kind);
    }
}

} // namespace loopscope::trace
