// One finished run as the app holds it: what was run, how it ended, its event record and
// the timeline built from it (both immutable, shared by every view), and what it cost.
#pragma once

#include "tasklineindex.h"
#include "timelinemodel.h"

#include "python/runoutcome.h"
#include "trace/trace.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>

namespace loopscope::ui {

struct RunResult {
    std::uint64_t generation = 0; // which request it answers (RunController::run)
    QString source;
    QString path;
    python::RunOutcome outcome;
    std::shared_ptr<const trace::Trace> trace;
    std::shared_ptr<const TimelineModel> model;
    std::shared_ptr<const TaskLineIndex> lines; // of `trace`
    std::string standardError;  // all of it, for the error's location
    std::string recordError;    // empty unless the record arrived damaged
    double runMilliseconds = 0;   // the worker's run, record included
    double modelMilliseconds = 0; // building the timeline from it
};

} // namespace loopscope::ui
