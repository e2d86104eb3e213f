// Keeps the cursor on "the same event" when an edit re-runs the program: the event of
// the new record that is the n-th of its kind for the task of the same name, as the old
// one was; failing that, the nearest event at the same position.
#pragma once

#include "trace/trace.h"

namespace loopscope::ui {

trace::EventId matchingEvent(const trace::Trace& before, trace::EventId event, const trace::Trace& after);

} // namespace loopscope::ui
