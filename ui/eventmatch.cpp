#include "eventmatch.h"

#include <algorithm>

namespace loopscope::ui {

using trace::EventId;
using trace::kNoEvent;

EventId matchingEvent(const trace::Trace& before, EventId event, const trace::Trace& after)
{
    if (after.empty())
        return kNoEvent;
    if (event == kNoEvent || event >= before.size())
        return event == kNoEvent ? kNoEvent : EventId(after.size() - 1);
    const trace::Event& wanted = before.event(event);
    const std::string_view name = before.finalName(wanted.task);
    // Which occurrence of (kind, task) it is.
    std::size_t ordinal = 0;
    for (EventId i = 0; i < event; ++i) {
        const trace::Event& e = before.event(i);
        if (e.kind == wanted.kind && e.task == wanted.task)
            ++ordinal;
    }
    // Task ids follow creation order, which an edit may change: go by name.
    trace::TaskId task = trace::kNoTask;
    if (wanted.task != trace::kNoTask) {
        task = trace::kNoTask;
        for (trace::TaskId t = 1; t < after.tasks().size(); ++t) {
            if (after.finalName(t) == name) {
                task = t;
                break;
            }
        }
        if (task == trace::kNoTask)
            return EventId(std::min<std::size_t>(event, after.size() - 1));
    }
    for (EventId i = 0; i < after.size(); ++i) {
        const trace::Event& e = after.event(i);
        if (e.kind == wanted.kind && e.task == task && ordinal-- == 0)
            return i;
    }
    return EventId(std::min<std::size_t>(event, after.size() - 1));
}

} // namespace loopscope::ui
