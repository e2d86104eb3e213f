#include "tasklineindex.h"

#include <algorithm>

namespace loopscope::ui {

TaskLineIndex::TaskLineIndex(const trace::Trace& trace) : trace_(&trace), events_(trace.tasks().size())
{
    const auto& events = trace.events();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const trace::Event& e = events[i];
        // The line of a creation, cancellation request or rename is that of the code
        // that asked for it, in another task.
        const bool ownLine = e.kind != trace::EventKind::Create && e.kind != trace::EventKind::Cancel &&
                             e.kind != trace::EventKind::Rename && e.kind != trace::EventKind::Uncancel;
        if (e.line != 0 && ownLine && e.task < events_.size())
            events_[e.task].push_back(trace::EventId(i));
    }
}

int TaskLineIndex::lineAt(trace::TaskId task, trace::EventId event) const
{
    if (!trace_ || task >= events_.size() || event == trace::kNoEvent)
        return 0;
    const std::vector<trace::EventId>& mine = events_[task];
    const auto after = std::upper_bound(mine.begin(), mine.end(), event);
    return after == mine.begin() ? 0 : int(trace_->event(*(after - 1)).line);
}

} // namespace loopscope::ui
