// The event record as text, one line per event, for diffs and tests:
//   <time with 3 decimals> <task name, or - for none> <kind> [key=value ...]
// e.g. `1.000 Task-2 resume cause=timer`, `2.000 Task-3 cancelled by=Task-1 reason=taskgroup`.
// A value with a space, quote, backslash or control character is double-quoted with
// C escapes.
#pragma once

#include "trace.h"

#include <string>

namespace loopscope::trace {

struct TextOptions {
    bool lines = true; // include Line events
};

// One event's line, without the newline.
std::string eventLine(const Trace& trace, EventId id);

// Every event's line, each ending in a newline.
void writeText(const Trace& trace, std::string& out, const TextOptions& options = {});

// `value` as the text format writes it (quoted where needed).
std::string quoteValue(std::string_view value);

} // namespace loopscope::trace
