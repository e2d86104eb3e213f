// The event record as one JSON document (format "loopscope-trace", version 1): the run,
// its tasks and TaskGroups, every event with its kind-specific fields, and the output.
// The schema is documented in core/trace/FORMAT.md.
#pragma once

#include "trace.h"

#include <string>

namespace loopscope::trace {

// How the run ended, as the record's reader should know it.
struct RunSummary {
    std::string program;   // the program's path
    std::string python;    // the embedded interpreter's version
    std::string end;       // "finished", "stopped" (a limit or a deadlock) or "crashed"
    int exitStatus = 0;    // for "finished"
    std::string stopKind;  // for "stopped": deadlock, events, time, cpu, memory, output, ...
    std::string message;   // for "stopped" and "crashed"
};

inline constexpr int kJsonVersion = 1;

void writeJson(const Trace& trace, const RunSummary& run, std::string& out);

} // namespace loopscope::trace
