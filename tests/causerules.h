// What each kind of event may name as its cause (trace/event.h), checked over a whole
// record: every cause is an earlier event of a kind that can make it happen, and the
// links that say "the same task" (a step's end and its resume) do.
#pragma once

#include "trace/trace.h"

#include <QString>

// An empty string if every event's cause follows the rules, else the first that does not.
QString checkCauses(const loopscope::trace::Trace& trace);
