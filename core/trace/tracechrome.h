// The event record in Chrome's trace event format (JSON), so that a run opens in
// Perfetto's UI or chrome://tracing: one thread per task (and one for the event loop),
// a slice for each step and each wait, instants for creation, cancellation and output,
// and flow arrows from each wake-up's cause to the step it starts.
// Timestamps are virtual time in microseconds; events at one virtual instant are spread
// one microsecond apart so that their order stays visible.
#pragma once

#include "trace.h"
#include "tracejson.h"

#include <string>

namespace loopscope::trace {

void writeChrome(const Trace& trace, const RunSummary& run, std::string& out);

} // namespace loopscope::trace
