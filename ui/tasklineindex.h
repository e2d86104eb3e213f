// Which source line each task is at, at any event: per task (and for the module's own
// code), the events that carry a line, in order; a question is a binary search. Built
// once per record, for the code view's task markers.
#pragma once

#include "trace/trace.h"

#include <vector>

namespace loopscope::ui {

class TaskLineIndex {
public:
    TaskLineIndex() = default;
    explicit TaskLineIndex(const trace::Trace& trace);

    // The line `task` was last at, at or before `event` (0: none yet).
    int lineAt(trace::TaskId task, trace::EventId event) const;

private:
    const trace::Trace* trace_ = nullptr;
    std::vector<std::vector<trace::EventId>> events_; // by task id
};

} // namespace loopscope::ui
