// Words for what an event says, shared by the text and JSON writers and the app's labels
// and hover text: what a suspended task awaits ("sleep until 1.000", "gather(Task-2,
// Task-3)"), what woke a task ("timer", "done:Task-3"), a task's name or "-" for none.
#pragma once

#include "trace.h"

#include <string>

namespace loopscope::trace {

// The task's name at event `at`, or "-" for no task.
std::string taskLabel(const Trace& trace, TaskId task, EventId at);

// What a Suspend event awaits: "sleep until 1.000", "Task-3", "gather(Task-2, Task-3)",
// "wait(3 tasks, FIRST_COMPLETED)", "Event.wait", "future".
std::string waitLabel(const Trace& trace, EventId suspend);

// What a Resume or Callback event's cause was: "start", "yield", "timer", "cancel",
// "done:Task-3", "failed:Task-3", "cancelled:Task-3", "callback:<name>", "resume:Task-4"
// (something Task-4 did in its step), or "loop" for no recorded cause.
std::string causeLabel(const Trace& trace, EventId event);

// "1.000": how every writer prints a virtual time.
std::string timeLabel(double seconds);

} // namespace loopscope::trace
